import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, type UrlState } from '@/lib/url/url-state';
import { embedScriptUrl, embedSnippet, embedUrl, escapeAttribute } from '../snippet';

const ALL_SHOWN = { header: true, timeline: true, list: true, legend: true };
const ctx = { defaultLang: 'vi' as const, fieldIds: ['ports', 'it'] };
const state = (over: Partial<UrlState>): UrlState => ({ ...EMPTY_URL_STATE, ...over });
const PAGE = 'http://localhost:4173/?lang=en&partner=le-havre#x';

describe('embedUrl', () => {
  it('carries the current view in mode=embed on the page address', () => {
    expect(
      embedUrl(state({ lang: 'en', partner: 'le-havre', year: 2025 }), ctx, ALL_SHOWN, null, PAGE),
    ).toBe('http://localhost:4173/?lang=en&mode=embed&partner=le-havre&year=2025');
  });

  it('replaces kiosk or presenter mode, drops the idle timer, keeps the render flags', () => {
    expect(
      embedUrl(
        state({ mode: 'present', idle: 30, fields: ['it'] }),
        ctx,
        { ...ALL_SHOWN, header: false, legend: false },
        null,
        PAGE,
      ),
    ).toBe('http://localhost:4173/?mode=embed&fields=it&header=0&legend=0');
  });

  it('uses config.publicUrl when set', () => {
    expect(embedUrl(state({}), ctx, ALL_SHOWN, 'https://map.example/partners/', PAGE)).toBe(
      'https://map.example/partners/?mode=embed',
    );
    expect(embedScriptUrl('https://map.example/partners/', PAGE)).toBe(
      'https://map.example/partners/embed.js',
    );
    expect(embedScriptUrl(null, PAGE)).toBe('http://localhost:4173/embed.js');
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    src: 'https://map.example/?lang=en&mode=embed',
    title: 'Đà Nẵng\'s "partners" <map>',
    script: 'https://map.example/embed.js',
  });

  it('has the iframe attributes a portal needs and the embed.js tag', () => {
    expect(snippet).toContain('src="https://map.example/?lang=en&amp;mode=embed"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('allow="fullscreen; clipboard-write"');
    expect(snippet).toContain(' data-partner-map>');
    expect(snippet).toContain('<script src="https://map.example/embed.js" defer></script>');
  });

  it('escapes the title', () => {
    expect(snippet).toContain('title="Đà Nẵng\'s &quot;partners&quot; &lt;map&gt;"');
    expect(escapeAttribute('a&b')).toBe('a&amp;b');
  });
});
