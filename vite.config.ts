import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { countryContinents } from './tools/vite-plugin-continents.ts';
import { dataDir } from './tools/vite-plugin-data.ts';
import { fontPreload } from './tools/vite-plugin-font-preload.ts';
import { security } from './tools/vite-plugin-security.ts';
import { firstViewChunk } from './tools/first-view-chunk.ts';

const appPage = fileURLToPath(new URL('./index.html', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [
    react(),
    countryContinents(),
    // Before dataDir, whose middleware answers data/ requests itself: every response gets the headers.
    security(),
    dataDir(process.env.PARTNER_MAP_DATA_DIR),
    fontPreload(),
    // The offline service worker: src/sw/sw.ts, registered by src/features/offline/register-sw.ts.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // dataDir copies data/ into the output in writeBundle, before this runs (closeBundle).
        globPatterns: [
          'index.html',
          'assets/*.{js,mjs,css,woff2,json}',
          'data/*.json',
          'data/**/*.geojson',
        ],
        globIgnores: ['data/*.schema.json'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      integration: {
        configureCustomSWViteBuild(inline) {
          inline.logLevel = 'warn';
          // sw.ts has no dynamic import; the option only draws a deprecation warning from Vite 8.
          const output = inline.build?.rollupOptions?.output;
          if (output && !Array.isArray(output)) delete output.inlineDynamicImports;
        },
      },
    }),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      {
        find: /^use-sync-external-store\/shim$/,
        replacement: fileURLToPath(
          new URL('./src/lib/react/use-sync-external-store-shim.ts', import.meta.url),
        ),
      },
    ],
  },
  build: {
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    // No 0.4 kB polyfill on the first view: a browser without modulepreload (Safari < 17) fetches on import.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: firstViewChunk(appPage) }] } },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
