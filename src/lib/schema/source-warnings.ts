import { show } from './messages';
import type { ProblemCode, ProblemParams } from './problem-codes';

export interface SourceWarning {
  path: string;
  message: string;
  code: ProblemCode;
  params: ProblemParams;
}

// An id-like tail: "article 10118", "news article 567089", "post 89", "bài 218491", "PORTAL173557".
const LABEL = String.raw`(?:(?:local|news)\s+)*(?:article|post|item|story|page|news|bài|tin|số|no\.?|id|#)`;
const ID_TAIL = new RegExp(String.raw`^(?:${LABEL}\s*)?[a-z]*\d[\w\-/.]*$`, 'iu');
// "Outlet, 2006-10-11" or "Outlet article 123", with no " — " separator.
const OUTLET_DATE = /^[^,\d]+,\s*\d{4}(?:-\d{2}){0,2}$/u;
const OUTLET_ID = new RegExp(String.raw`^[^\d]+\s${LABEL}\s*[a-z]*\d[\w\-/.]*$`, 'iu');
const SEPARATOR = /\s[—–]\s/u;

/** True when a title names only an outlet plus a number (an article id or a date), not what the article says. */
export function isOutletAndNumber(title: string): boolean {
  const bare = title
    .replace(/\s*\([^)]*\)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const parts = bare.split(SEPARATOR);
  if (parts.length > 1) return ID_TAIL.test(parts[parts.length - 1] ?? '');
  return OUTLET_DATE.test(bare) || OUTLET_ID.test(bare);
}

// Anything but visible ASCII: non-ASCII letters and dashes, and spaces.
const UNENCODED = /[^\x21-\x7E]/u;

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
    const char = UNENCODED.exec(source.url)?.[0];
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
