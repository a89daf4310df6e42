import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface SecurityOrigins {
  /** Origins `?data=` may load from (config `allowedDataOrigins`): added to `connect-src`. */
  dataOrigins: readonly string[];
  /** Origins that may frame the app (config `embed.allowedOrigins`): added to `frame-ancestors`. */
  frameAncestors: readonly string[];
}

const originOf = (url: string): string | null => {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
};

/** Reads the two origin lists from `data/config.json`; a broken config gives none (the app reports it). */
export function originsFromConfig(file = 'data/config.json'): SecurityOrigins {
  let raw: { allowedDataOrigins?: unknown; embed?: { allowedOrigins?: unknown } } = {};
  try {
    raw = JSON.parse(readFileSync(resolve(file), 'utf8').replace(/^\uFEFF/, '')) as typeof raw;
  } catch {
    // The app shows the config error itself; the policy stays at 'self'.
  }
  const list = (value: unknown) =>
    Array.isArray(value)
      ? value.flatMap((v) => (typeof v === 'string' ? (originOf(v) ?? []) : []))
      : [];
  return {
    dataOrigins: list(raw.allowedDataOrigins),
    frameAncestors: list(raw.embed?.allowedOrigins),
  };
}

/**
 * The Content-Security-Policy for the page (checked with a strict policy over a full session):
 * - `style-src 'unsafe-inline'`: only for the `<style>` element Radix's scroll lock
 *   (react-remove-scroll) injects when a modal dialog opens; no style attributes are used (React and
 *   maplibre set styles through the CSSOM, which CSP does not restrict).
 * - `img-src data:`: the page's `data:,` favicon and maplibre-gl.css's control icons.
 * - `blob:` in `img-src` and `worker-src`: maplibre's fallbacks (sprites of a custom basemapStyle, a
 *   blob worker when no worker URL is set); the bundled basemap needs neither today.
 * - no `unsafe-eval`: zod runs jitless and maplibre interprets its style expressions.
 * The service worker (`sw.js`) is covered by `worker-src 'self'`.
 */
export function contentSecurityPolicy(
  origins: SecurityOrigins,
  { frameAncestors = false }: { frameAncestors?: boolean } = {},
): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...origins.dataOrigins],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'none'"],
  ];
  // A <meta> policy cannot carry frame-ancestors (browsers ignore it there): headers only.
  if (frameAncestors) directives.push(['frame-ancestors', "'self'", ...origins.frameAncestors]);
  return directives.map((d) => d.join(' ')).join('; ');
}

export function securityHeaders(origins: SecurityOrigins): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(origins, { frameAncestors: true }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * Puts the policy in the built index.html as a `<meta http-equiv>` (dev keeps Vite's inline
 * hot-reload preamble working, so no meta there) and sends it, plus frame-ancestors, nosniff and
 * no-referrer, as response headers from `vite preview`.
 */
export function security(configFile = 'data/config.json'): Plugin {
  let isBuild = false;
  return {
    name: 'partner-map:security',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!isBuild) return html;
        // Right after <meta charset>: a meta policy only governs what the parser meets after it.
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(originsFromConfig(configFile))}" />`;
        const withMeta = html.replace(/(<meta charset=[^>]*>)/i, `$1\n    ${meta}`);
        if (withMeta === html)
          throw new Error('index.html needs a <meta charset> for the CSP meta');
        return withMeta;
      },
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        // Read per request: editing data/config.json needs no restart.
        for (const [name, value] of Object.entries(securityHeaders(originsFromConfig(configFile))))
          res.setHeader(name, value);
        next();
      });
    },
  };
}
