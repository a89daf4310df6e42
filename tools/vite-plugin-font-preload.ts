import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Preloads the app's font files (src/assets/fonts/) from index.html. Without it the browser asks
 * for them only once the app has rendered text, and the first view is drawn in a fallback font
 * and then swapped; with it they arrive alongside the scripts. Page and map share the same files
 * (src/styles/fonts.css), so each is still fetched once. Build only: the URLs carry the asset hash.
 */
export function fontPreload(dir = 'src/assets/fonts/'): Plugin {
  let base = './';
  return {
    name: 'partner-map:font-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }): HtmlTagDescriptor[] {
        return Object.values(bundle ?? {})
          .filter(
            (output) =>
              output.type === 'asset' &&
              output.fileName.endsWith('.woff2') &&
              output.originalFileNames.some((name) => name.startsWith(dir)),
          )
          .map((font) => ({
            tag: 'link',
            // crossorigin: font requests are CORS requests, and a preload only serves a request of the same mode.
            attrs: {
              rel: 'preload',
              href: `${base}${font.fileName}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: true,
            },
            injectTo: 'head',
          }));
      },
    },
  };
}
