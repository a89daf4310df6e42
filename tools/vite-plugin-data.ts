import { createReadStream, cpSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `data/` at `./data/` in dev and preview, and copies it into `dist/data/` on build.
 * The copy runs in writeBundle, so the service worker's precache manifest (closeBundle) sees it.
 * `dir` defaults to `data`; the offline e2e points a preview server at a scratch copy.
 */
export function dataDir(dir = 'data'): Plugin {
  const root = resolve(dir);
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const at = url.lastIndexOf('/data/');
    if (at < 0) return next();
    const file = normalize(join(root, url.slice(at + '/data/'.length)));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    createReadStream(file).pipe(res);
  };
  let outDir = 'dist';
  return {
    name: 'partner-map:data-dir',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    writeBundle: {
      order: 'pre',
      handler() {
        cpSync(root, join(outDir, 'data'), { recursive: true });
      },
    },
  };
}
