import { ExternalLink } from '@/components/ui/external-link';
import { useModeProfile } from '@/hooks/use-mode-profile';
import { NativeNames } from '@/components/ui/native-names';
import type { NativeName, Source } from '@/types/partner';

interface Props {
  sources: readonly Source[];
  /** Native names, listed with their own source after the partner's sources. */
  nativeNames?: readonly NativeName[];
  /** "Native name" in the interface language. */
  nativeLabel?: string;
}

/** Sources as links (http(s) only, no referrer, no opener), or QR codes on the kiosk. */
export function SourceLinks({ sources, nativeNames = [], nativeLabel = '' }: Props) {
  const { qrLinks } = useModeProfile();
  const byUrl = new Map<string, NativeName[]>();
  for (const n of nativeNames) byUrl.set(n.source.url, [...(byUrl.get(n.source.url) ?? []), n]);
  const link = (s: Source) => (
    <>
      <ExternalLink href={s.url} title={s.title} asQr={qrLinks}>
        {s.title}
      </ExternalLink>
      <span className="source-host"> — {hostOf(s.url)}</span>
    </>
  );
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.url}>{link(s)}</li>
      ))}
      {[...byUrl].map(([url, names]) => (
        <li key={`native ${url}`} className="native-source">
          {nativeLabel} <NativeNames names={names} />: {link(names[0]!.source)}
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
