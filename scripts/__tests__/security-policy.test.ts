import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  originsFromConfig,
  securityHeaders,
} from '../../tools/vite-plugin-security.ts';

describe('the Content-Security-Policy', () => {
  const none = { dataOrigins: [], frameAncestors: [] };

  it('allows scripts from this origin only, and never eval', () => {
    const policy = contentSecurityPolicy(none);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("default-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*/);
    expect(policy.split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
  });

  it('leaves frame-ancestors out of the meta version, which browsers ignore there', () => {
    expect(contentSecurityPolicy(none)).not.toContain('frame-ancestors');
    expect(securityHeaders(none)['Content-Security-Policy']).toMatch(/; frame-ancestors 'self'$/);
  });

  it('takes data and embedding origins from the config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-'));
    const file = join(dir, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({
        allowedDataOrigins: ['https://data.example.org/partners/', 'javascript:alert(1)'],
        embed: { allowedOrigins: ['https://portal.example.gov.vn'] },
      }),
    );
    const origins = originsFromConfig(file);
    expect(origins).toEqual({
      dataOrigins: ['https://data.example.org'],
      frameAncestors: ['https://portal.example.gov.vn'],
    });
    const header = securityHeaders(origins)['Content-Security-Policy'];
    expect(header).toContain("connect-src 'self' https://data.example.org;");
    expect(header).toMatch(/frame-ancestors 'self' https:\/\/portal\.example\.gov\.vn$/);
  });

  it('falls back to this origin only when the config cannot be read', () => {
    expect(originsFromConfig('no/such/config.json')).toEqual(none);
  });

  it('is the policy docs/deploy.md tells nginx to send', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    const nginx = /add_header Content-Security-Policy "([^"]+)" always;/.exec(doc)?.[1];
    const expected = securityHeaders({
      dataOrigins: [],
      frameAncestors: ['https://portal.example.gov.vn'],
    });
    expect(nginx).toBe(expected['Content-Security-Policy']);
    expect(doc).toContain(
      `add_header X-Content-Type-Options "${expected['X-Content-Type-Options']}"`,
    );
    expect(doc).toContain(`add_header Referrer-Policy "${expected['Referrer-Policy']}"`);
    // …and the meta policy it quotes (wrapped over lines there).
    const meta = /carries this policy[\s\S]*?```\n([\s\S]*?)```/
      .exec(doc)?.[1]
      ?.trim()
      .replace(/\s+/g, ' ');
    expect(meta).toBe(contentSecurityPolicy(none));
  });
});
