import { expecting, show } from './messages';
import { z } from './zod';

const MARKUP = /<\s*[a-z!/?]|&#?[a-z0-9]+;/i;

/** Non-empty text with no HTML markup. */
export const plainText = (expected = 'plain text') =>
  z.string(expecting(expected, (v) => `${show(v)} is not text`)).check(
    z.trim(),
    z.minLength(
      1,
      expecting(expected, () => 'empty text'),
    ),
    z.refine(
      (s) => !MARKUP.test(s),
      expecting(`${expected} without HTML`, (v) => `HTML markup in ${show(v)}`),
    ),
  );

export const localizedText = (what: string) =>
  z.object(
    {
      vi: plainText(`Vietnamese ${what} as plain text`),
      en: plainText(`English ${what} as plain text`),
    },
    expecting(
      `{ "vi": "…", "en": "…" } with the ${what} in both languages`,
      (v) => `${show(v)} is not a vi/en pair`,
    ),
  );

const ELLIPSIS = /…|\.\.\./;

/** A complete http(s) URL: no other scheme, no abbreviation. */
export const httpUrl = z
  .string(expecting('a full http:// or https:// URL', (v) => `${show(v)} is not text`))
  .check(
    z.refine(
      (s) => {
        try {
          const u = new URL(s);
          return u.protocol === 'http:' || u.protocol === 'https:';
        } catch {
          return false;
        }
      },
      expecting('a full http:// or https:// URL', (v) => `${show(v)} is not an http(s) URL`),
    ),
    z.refine(
      (s) => !ELLIPSIS.test(s),
      expecting('a full URL, not an abbreviated one', (v) => `${show(v)} is truncated ("…")`),
    ),
  );

export function isHttpUrl(value: string): boolean {
  return httpUrl.safeParse(value).success;
}
