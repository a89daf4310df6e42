// Chunk sizes of the build (bench-chunks.json) and our own JS for the first view.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OUT_DIR } from './config.mjs';

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

export function bundleReport() {
  const report = JSON.parse(readFileSync(join(OUT_DIR, 'bench-chunks.json'), 'utf8'));
  const byFile = new Map(report.chunks.map((c) => [c.fileName, c]));
  const entry = report.chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('/index.html'));
  const appChunks = new Set();
  const queue = entry ? [entry.fileName] : [];
  for (let i = 0; i < queue.length && i < 1000; i += 1) {
    const name = queue[i];
    if (appChunks.has(name)) continue;
    appChunks.add(name);
    const chunk = byFile.get(name);
    if (chunk) queue.push(...chunk.imports, ...chunk.dynamicImports);
  }
  const assets = listFiles(join(OUT_DIR, 'assets'))
    .filter((f) => !/\.woff$/.test(f))
    .map((file) => {
      const name = relative(OUT_DIR, file);
      const raw = readFileSync(file);
      const chunk = byFile.get(name);
      const top = chunk
        ? Object.entries(chunk.packages)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(([p]) => p)
        : [];
      return {
        file: name,
        raw: raw.length,
        gzip: /\.woff2$/.test(file) ? raw.length : gzipSync(raw).length,
        app: appChunks.has(name),
        ownGzip: chunk?.ownGzip ?? null,
        top,
        packages: chunk?.packages ?? null,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const ownJs = report.chunks
    .filter((c) => appChunks.has(c.fileName))
    .reduce((sum, c) => sum + c.ownGzip, 0);
  return { assets, ownJs, appChunks: [...appChunks] };
}

/**
 * Our own JS (bench-chunks.json's `ownGzip`) of the app's chunks fetched before its first idle: what
 * the first view needs. From the bundle report and the first run's network capture, so `--print`
 * can work it out for saved results too. Null without a capture.
 */
export function firstViewOwnJs(bundle, appNetwork) {
  if (!appNetwork?.files) return null;
  const fetched = appNetwork.files.filter((f) => f.kind === 'js').map((f) => f.path);
  const chunks = bundle.assets.filter(
    (a) => a.ownGzip !== null && fetched.some((path) => path.endsWith(`/${a.file}`)),
  );
  return {
    bytes: chunks.reduce((sum, a) => sum + a.ownGzip, 0),
    chunks: chunks.map((a) => a.file),
  };
}
