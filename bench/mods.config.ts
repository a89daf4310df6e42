import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { mergeConfig, type Plugin } from 'vite';
import base from './vite.bench.config.ts';
const p: Plugin = {
  name: 'mods',
  apply: 'build',
  generateBundle(_o, bundle) {
    const out: Record<string, Record<string, number>> = {};
    for (const item of Object.values(bundle)) {
      if (item.type !== 'chunk') continue;
      out[item.fileName] = Object.fromEntries(
        Object.entries(item.modules).map(([id, m]) => [id.replace(/.*\/wt-s5-19js\//, ''), gzipSync(m.code ?? '').length]),
      );
    }
    writeFileSync('/tmp/s5-19js/mods.json', JSON.stringify(out, null, 1));
  },
};
export default mergeConfig(base, { plugins: [p], build: { outDir: '/tmp/s5-19js/dist' } });
