import { show } from './messages';
import type { ProblemCode, ProblemParams } from './problem-codes';
import { isOutletAndNumber, unencodedChar } from './source-checks';

export interface SourceWarning {
  path: string;
  message: string;
  code: ProblemCode;
  params: ProblemParams;
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Warnings for sources the schema accepts but a reader should not get: a placeholder title, an unencoded URL. */
export function sourceWarnings(
  sources: readonly { title: string; url: string }[],
): SourceWarning[] {
  const warnings: SourceWarning[] = [];
  sources.forEach((source, i) => {
    if (isOutletAndNumber(source.title)) {
      warnings.push({
        path: `properties.sources[${i}].title`,
        message: `${show(source.title)} is only an outlet and a number; expected the article's headline, or outlet, date and what it reports marked "(headline not verified)"`,
        code: 'outlet-title',
        params: { column: `source_${i + 1}_title`, value: show(source.title) },
      });
    }
    const char = unencodedChar(source.url);
    if (char !== undefined) {
      warnings.push({
        path: `properties.sources[${i}].url`,
        message: `unencoded character ${show(char)} (${codePoint(char)}) in the URL; expected it percent-encoded, as in ${JSON.stringify(new URL(source.url).href)}`,
        code: 'unencoded-url',
        params: { column: `source_${i + 1}_url`, value: show(char) },
      });
    }
  });
  return warnings;
}
