// What makes a source worth a warning, without the warnings' texts: the first view checks with it (issue 19).

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

/** The first character a URL should have percent-encoded, if any. */
export function unencodedChar(url: string): string | undefined {
  return UNENCODED.exec(url)?.[0];
}

/** True when a source gets a warning (source-warnings.ts words it). */
export const flaggedSource = (source: { title: string; url: string }) =>
  isOutletAndNumber(source.title) || unencodedChar(source.url) !== undefined;
