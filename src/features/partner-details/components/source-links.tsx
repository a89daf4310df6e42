import { useTranslation } from 'react-i18next';
import { isHttpUrl } from '@/lib/schema/text';
import type { Source } from '@/types/partner';

/** Sources as links: http(s) only, opened without referrer or opener. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation();
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.url}>
          {isHttpUrl(s.url) ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
              <span className="visually-hidden"> {t('panel.opensNewTab')}</span>
            </a>
          ) : (
            <span>{s.title}</span>
          )}
          <span className="source-host"> — {hostOf(s.url)}</span>
        </li>
      ))}
    </ul>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
