import type { NativeName } from '@/types/partner';
import { directionOf } from '@/lib/partners/native-name';

interface Props {
  names: readonly NativeName[];
  /** Text before the first name, e.g. " · " after the name in the page's language. */
  before?: string;
  className?: string;
}

/** Native names, each tagged with its own `lang` (and isolated, so Arabic keeps its direction). */
export function NativeNames({ names, before = '', className = 'native-name' }: Props) {
  if (names.length === 0) return null;
  return (
    <>
      {before}
      {names.map((n, i) => (
        <span key={n.lang + n.text}>
          {i > 0 && ' · '}
          <bdi className={className} lang={n.lang} dir={directionOf(n.lang)}>
            {n.text}
          </bdi>
        </span>
      ))}
    </>
  );
}
