import { cssFamilies, fontStack } from './font-families';

/**
 * Fetches the font files that draw these texts (each in its own `lang`), so that a canvas (map
 * labels, postcard) that draws them next finds the faces loaded: a canvas does not wait for a face
 * a unicode-range names, it draws the text in a stand-in font. A failed load is left to the
 * fallback fonts.
 */
export async function loadNameFonts(
  texts: readonly { lang: string; text: string }[],
  weight = 400,
): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts?.load) return;
  const byLang = new Map<string, string>();
  for (const { lang, text } of texts) byLang.set(lang, (byLang.get(lang) ?? '') + text);
  await Promise.all(
    [...byLang].map(([lang, text]) =>
      document.fonts.load(`${weight} 16px ${cssFamilies(fontStack(lang))}`, text).catch(() => []),
    ),
  );
}
