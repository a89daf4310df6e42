import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema } from '@/lib/schema/config-schema';
import { homeNameIn } from '../home-name';

const home = configSchema.parse(JSON.parse(readFileSync('data/config.json', 'utf8'))).home;

describe('the home city named in the interface language', () => {
  it("uses the config's sourced spelling for a language that has one, tagged with it", () => {
    expect(homeNameIn(home, 'ko')).toEqual({ text: '다낭', lang: 'ko' });
    expect(homeNameIn(home, 'ja')).toEqual({ text: 'ダナン', lang: 'ja' });
    expect(homeNameIn(home, 'zh')).toEqual({ text: '岘港', lang: 'zh-Hans' });
    expect(homeNameIn(home, 'lo')).toEqual({ text: 'ດ່າໜັງ', lang: 'lo' });
    expect(homeNameIn(home, 'th')).toEqual({ text: 'ดานัง', lang: 'th' });
    expect(homeNameIn(home, 'ru')).toEqual({ text: 'Дананг', lang: 'ru' });
  });

  it('keeps vi and en from name, and falls back to the content language without a sourced name', () => {
    expect(homeNameIn(home, 'vi')).toEqual({ text: 'Đà Nẵng', lang: 'vi' });
    expect(homeNameIn(home, 'en')).toEqual({ text: 'Da Nang', lang: 'en' });
    // Without a sourced spelling: the content language's name, marked as such.
    const withoutLao = { ...home.names };
    delete withoutLao.lo;
    expect(homeNameIn({ ...home, names: withoutLao }, 'lo')).toEqual({
      text: 'Da Nang',
      lang: 'en',
    });
  });

  it('rejects a language the registry does not know', () => {
    const raw = JSON.parse(readFileSync('data/config.json', 'utf8')) as {
      home: { names: Record<string, unknown> };
    };
    raw.home.names.kr = { text: '다낭', source: { title: 't', url: 'https://example.org/' } };
    const result = configSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('"kr"');
  });
});
