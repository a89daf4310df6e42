import { ExternalLink } from '@/components/ui/external-link';
import { useModeProfile } from '@/hooks/use-mode-profile';
import type { Source } from '@/types/partner';

/** Sources as links (http(s) only, no referrer, no opener), or QR codes on the kiosk. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const { qrLinks } = useModeProfile();
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <ExternalLink href={s.url} title={s.title} asQr={qrLinks}>
            {s.title}
          </ExternalLink>
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
