import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  lang: string;
  text: string;
  short?: string;
  source: { title: string; url: string };
}
const features = (
  JSON.parse(readFileSync('data/partners.geojson', 'utf8')) as {
    features: { properties: { id: string; nativeName?: Entry[] } }[];
  }
).features.map((f) => f.properties);

// Hosts the research (shared/research/partners-native-names.md) read Wikipedia through: never shipped.
const MIRRORS =
  /app\.surf|nina\.az|cydlabs|wikimili|askwikinow|clateway|worddisk|ixistenz|iiab\.me|doczz|movatter|eudic|wikiwand|kiwix|wikitrps|fastly|howlingpixel|fact-index|academic|azureedge|edgio/i;

describe('shipped native names', () => {
  it('every partner has one, with a source that is not a mirror', () => {
    expect(features.filter((p) => !p.nativeName?.length).map((p) => p.id)).toEqual([]);
    const mirrored = features.flatMap((p) =>
      (p.nativeName ?? []).filter((n) => MIRRORS.test(n.source.url)).map(() => p.id),
    );
    expect(mirrored).toEqual([]);
  });

  it('has the research examples and two entries for Macau, Turku and Aktau', () => {
    const primary = Object.fromEntries(features.map((p) => [p.id, p.nativeName?.[0]]));
    expect(primary.osan).toMatchObject({ lang: 'ko', text: '오산시', short: '오산' });
    expect(primary.jiangsu).toMatchObject({ lang: 'zh-Hans', text: '江苏省' });
    expect(primary['khon-kaen']).toMatchObject({ lang: 'th', text: 'จังหวัดขอนแก่น' });
    expect(primary.salavan).toMatchObject({ lang: 'lo', text: 'ແຂວງສາລະວັນ' });
    expect(primary.yaroslavl).toMatchObject({ lang: 'ru', text: 'Ярославская область' });
    const langs = (id: string) => features.find((p) => p.id === id)?.nativeName?.map((n) => n.lang);
    expect(langs('macau')).toEqual(['zh-Hant', 'pt']);
    expect(langs('turku')).toEqual(['fi', 'sv']);
    expect(langs('aktau')).toEqual(['kk', 'ru']);
  });

  it('is stored in NFC (search normalises the query, not the data)', () => {
    const texts = features.flatMap((p) =>
      (p.nativeName ?? []).flatMap((n) => [n.text, n.short ?? '']),
    );
    expect(texts.filter((t) => t !== t.normalize('NFC'))).toEqual([]);
  });
});
