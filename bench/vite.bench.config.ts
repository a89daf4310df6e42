// Production build of the app plus the two benchmark pages (issue 8), into bench/results/dist/
// (ignored by git, ESLint and Prettier alike).
// The main vite.config.ts is reused as is; only the inputs, the output folder and a chunk report are added.
import { gzipSync } from 'node:zlib';
import { fileURLToPath, URL } from 'node:url';
import { minifySync } from 'rolldown/experimental';
import { mergeConfig, type Plugin } from 'vite';
import base from '../vite.config.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Packages that the "our own JavaScript" budget leaves out (issue 8 §2). */
const VENDOR = new Set(['react', 'react-dom', 'scheduler', 'maplibre-gl']);

function packageOf(id: string): string {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0) return 'ours';
  const [scope = '', name = ''] = id.slice(at + '/node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

export interface ChunkReport {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  /** Estimated gzip bytes of each package's modules in this chunk (minified on their own). */
  packages: Record<string, number>;
  /** Estimated gzip bytes of all modules that are not react, react-dom, scheduler or maplibre-gl. */
  ownGzip: number;
}

/** Writes bench-chunks.json: which chunk holds which package, so the runner can split our JS from vendors. */
function chunkReport(): Plugin {
  return {
    name: 'bench:chunk-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkReport[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        const code = new Map<string, string[]>();
        for (const [id, module] of Object.entries(item.modules)) {
          const pkg = packageOf(id);
          code.set(pkg, [...(code.get(pkg) ?? []), module.code ?? '']);
        }
        // Module code here is not yet minified: minify each group as the build does, then gzip.
        const gz = (parts: string[]) => {
          const min = minifySync('group.js', parts.join('\n'), {
            module: true,
            compress: false,
            mangle: { toplevel: true },
          });
          return gzipSync(min.errors.length ? parts.join('\n') : min.code).length;
        };
        const packages = Object.fromEntries([...code].map(([pkg, parts]) => [pkg, gz(parts)]));
        const own = [...code].filter(([pkg]) => !VENDOR.has(pkg)).flatMap(([, parts]) => parts);
        chunks.push({
          fileName: item.fileName,
          isEntry: item.isEntry,
          isDynamicEntry: item.isDynamicEntry,
          facadeModuleId: item.facadeModuleId,
          imports: item.imports,
          dynamicImports: item.dynamicImports,
          packages,
          ownGzip: own.length ? gz(own) : 0,
        });
      }
      this.emitFile({
        type: 'asset',
        fileName: 'bench-chunks.json',
        source: JSON.stringify({ chunks }, null, 1),
      });
    },
  };
}

export default mergeConfig(base, {
  root,
  plugins: [chunkReport()],
  build: {
    outDir: 'bench/results/dist',
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: `${root}index.html`,
        floor: `${root}bench/floor.html`,
        markers: `${root}bench/markers.html`,
      },
    },
  },
  preview: { port: 4317, strictPort: true },
});
