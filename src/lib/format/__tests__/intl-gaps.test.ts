import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { fillPluralGaps } from '@/i18n/plural-gaps';
import { countryName } from '@/lib/format/countries';
import { formatPartialDate } from '@/lib/format/dates';
import { fillIntlGaps, intlSupplement } from '@/lib/format/intl-gaps';
import { INTERFACE_LANGS } from '@/lib/i18n/languages';

// Expected values come from the raw data files and from Node's own ICU (full CLDR, Lao included),
// never from the shipped table.
const partners = JSON.parse(readFileSync('data/partners.geojson', 'utf8')) as {
  features: { properties: { country: string } }[];
};
const config = JSON.parse(readFileSync('data/config.json', 'utf8')) as {
  home: { country: string };
  countryNames: Record<string, { vi: string; en: string }>;
};
const countries = [
  ...new Set([config.home.country, ...partners.features.map((f) => f.properties.country)]),
].filter((c) => !config.countryNames[c]);
const laoIcu = new Intl.DisplayNames(['lo'], { type: 'region' });
const englishIcu = new Intl.DisplayNames(['en'], { type: 'region' });
const day = (year: number, month: number, d: number) =>
  ({ precision: 'day', year, month, day: d }) as const;

const notLao = (locales?: Intl.LocalesArgument) =>
  [locales ?? []]
    .flat()
    .map(String)
    .filter((l) => !l.startsWith('lo'));
const real = {
  PluralRules: Intl.PluralRules,
  DisplayNames: Intl.DisplayNames,
  DateTimeFormat: Intl.DateTimeFormat,
};
const orEnglish = (locales?: Intl.LocalesArgument) => (notLao(locales).length ? locales : 'en-US');

/** Chromium has no Lao data: it answers Lao questions in English (names, months, plural rules). */
function withoutLaoIntl() {
  class PluralRules extends real.PluralRules {
    constructor(locales?: Intl.LocalesArgument, options?: Intl.PluralRulesOptions) {
      super(orEnglish(locales), options);
    }
    static override supportedLocalesOf = notLao;
  }
  class DisplayNames extends real.DisplayNames {
    constructor(locales: Intl.LocalesArgument, options: Intl.DisplayNamesOptions) {
      super(orEnglish(locales), options);
    }
    static override supportedLocalesOf = notLao;
  }
  class DateTimeFormat extends real.DateTimeFormat {
    constructor(locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) {
      super(orEnglish(locales), options);
    }
    static override supportedLocalesOf = notLao;
  }
  Object.assign(Intl, { PluralRules, DisplayNames, DateTimeFormat });
  expect(new Intl.DisplayNames(['lo'], { type: 'region' }).of('LA')).toBe('Laos');
}
afterEach(() => {
  Object.assign(Intl, real);
});

describe('Intl gaps', () => {
  it('loads nothing where Intl has the language', async () => {
    await fillIntlGaps('lo');
    expect(intlSupplement('lo')).toBeUndefined();
    await fillIntlGaps('th');
    expect(intlSupplement('th')).toBeUndefined();
  });

  it("where Intl lacks Lao, every partner's country and the home country are named in Lao", async () => {
    withoutLaoIntl();
    await fillIntlGaps('lo');
    expect(countries.length).toBeGreaterThan(15);
    for (const code of countries) {
      const lao = countryName(code, 'lo');
      expect(lao, code).toBe(laoIcu.of(code));
      expect(lao, code).not.toBe(englishIcu.of(code));
    }
  });

  it('where Intl lacks Lao, dates use the Lao month names in the Lao long pattern', async () => {
    withoutLaoIntl();
    await fillIntlGaps('lo');
    const icu = new real.DateTimeFormat('lo', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month += 1)
      expect(formatPartialDate(day(2025, month, 6), 'lo')).toBe(
        icu.format(new Date(Date.UTC(2025, month - 1, 6))),
      );
  });

  it("the config's overrides fall back to their English form outside vi", () => {
    const [code, names] = Object.entries(config.countryNames)[0] ?? [];
    expect(code).toBeDefined();
    for (const lang of INTERFACE_LANGS)
      expect(countryName(code ?? '', lang, config.countryNames), lang).toBe(
        lang === 'vi' ? names?.vi : names?.en,
      );
  });

  it('Thai (and every language) dates count Gregorian years', () => {
    expect(formatPartialDate(day(2025, 10, 6), 'th')).toBe('6 ตุลาคม 2025');
    for (const lang of INTERFACE_LANGS) {
      const text = formatPartialDate(day(2025, 10, 6), lang);
      expect(text, lang).toContain('2025');
      expect(text, lang).not.toContain('2568');
    }
  });

  it('where Intl lacks Lao plural rules, a count of 1 finds the only (other) form', async () => {
    withoutLaoIntl();
    const strings = fillPluralGaps('lo', {
      list: { partners_other: '{{count}} ຄູ່ຮ່ວມມື' },
      kept: { n_one: 'one', n_other: 'other' },
    });
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'lo', resources: { lo: { translation: strings } } });
    expect(new Intl.PluralRules('lo').select(1)).toBe('one');
    expect(i18n.t('list.partners', { count: 1 })).toBe('1 ຄູ່ຮ່ວມມື');
    expect(i18n.t('kept.n', { count: 1 })).toBe('one');
    expect(fillPluralGaps('th', { a_other: 'x' })).toEqual({ a_other: 'x' });
  });
});
