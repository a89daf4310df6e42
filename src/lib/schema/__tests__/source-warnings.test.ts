import { describe, expect, it } from 'vitest';
import { isOutletAndNumber } from '../source-checks';
import { sourceWarnings } from '../source-warnings';

describe('isOutletAndNumber', () => {
  // Every form that stood in for a headline in the data before the fourth pass.
  it.each([
    'Newswin (KR) — article 10118',
    'Cổng TTĐT tỉnh Quảng Nam (EN) — PORTAL173557',
    'Daegu MBC (KR) — news article 567089',
    'Chào Vietnam (KR, Yonhap) — article 83828',
    'Asia Economy (KR), 2026 — article 2026011508113310475',
    'Đại học Đà Nẵng (EN) — post 89',
    'Thời Đại — bài 218491 (bản in)',
    'gy-senior.com (KR) — local news 43960',
    'Chamaly (AR), MAP dispatch — post 48939',
    'China News Service, 2006-10-11 (bản sao)',
    'Wakayama Shimpo, 2021',
    'Example News article 42',
    'Example News – 12345',
  ])('flags %j', (title) => {
    expect(isOutletAndNumber(title)).toBe(true);
  });

  it.each([
    'Newswin (KR), 2012-04-20 — 오산시, 자매도시 베트남 꽝남성 실무단 ‘방문’',
    'Sở Ngoại vụ Đà Nẵng (EN), 2020-04-17 — Da Nang – Salo and friends',
    'Cổng TTĐT Đà Nẵng (EN), 2023-10-05 — Da Nang - Shandong: Partners in Development',
    'Báo Đà Nẵng — Bình đẳng, hòa bình và thân thiện (2013)',
    'Daegu MBC (KR), date not shown — Daegu and Đà Nẵng upgrade their tie (headline not verified)',
    'Vietnam News — Meet Đà Nẵng 2024',
    'Sister Cities Association of Pittsburgh — Who we are',
    'Example News',
  ])('accepts %j', (title) => {
    expect(isOutletAndNumber(title)).toBe(false);
  });
});

describe('sourceWarnings', () => {
  it('names the source and suggests the encoded URL for an en dash', () => {
    const url =
      'https://cadn.com.vn/that-chat-quan-he-da-nang-–-battambang-siem-reap-post106443.html';
    expect(sourceWarnings([{ title: 'Báo Công an Đà Nẵng — Thắt chặt quan hệ', url }])).toEqual([
      {
        path: 'properties.sources[0].url',
        message:
          'unencoded character "–" (U+2013) in the URL; expected it percent-encoded, as in "https://cadn.com.vn/that-chat-quan-he-da-nang-%E2%80%93-battambang-siem-reap-post106443.html"',
        code: 'unencoded-url',
        params: { column: 'source_1_url', value: '"–"' },
      },
    ]);
  });

  it('flags Vietnamese letters and spaces too, and reports each source by index', () => {
    const warnings = sourceWarnings([
      { title: 'A — Headline', url: 'https://example.org/ok-%C3%A1' },
      { title: 'B — article 7', url: 'https://example.org/tin-tức' },
      { title: 'C — Headline', url: 'https://example.org/a b' },
    ]);
    expect(warnings.map((w) => w.path)).toEqual([
      'properties.sources[1].title',
      'properties.sources[1].url',
      'properties.sources[2].url',
    ]);
    expect(warnings[0]?.message).toBe(
      '"B — article 7" is only an outlet and a number; expected the article\'s headline, or outlet, date and what it reports marked "(headline not verified)"',
    );
    expect(warnings[1]?.message).toContain('"ứ" (U+1EE9)');
    expect(warnings[1]?.message).toContain('"https://example.org/tin-t%E1%BB%A9c"');
    expect(warnings[2]?.message).toContain('" " (U+0020)');
  });

  it('is silent for a headline and an encoded ASCII URL', () => {
    expect(
      sourceWarnings([
        {
          title: 'Viet Nam News — Partnerships open doors to sustainable growth',
          url: 'https://vietnamnews.vn/economy/1690875/partnerships-open-doors-to-sustainable-growth.html',
        },
      ]),
    ).toEqual([]);
  });
});
