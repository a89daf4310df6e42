import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Preloads the app's font files (src/assets/fonts/) from index.html. Without it the browser asks
 * for them only once the app has rendered text, and the first view is drawn in a fallback font
 * and then swapped; with it they arrive alongside the scripts. Page and map share the same files
 * (src/styles/fonts.css), so each is still fetched once. Build only: the URLs carry the asset hash.
 * Interface files (ui-<lang>.woff2) are not preloaded: a language's file is fetched only when text in
 * that language needs it (unicode-range); the name files are, since the list shows every native name.
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
              output.originalFileNames.some(
                (name) => name.startsWith(dir) && !name.slice(dir.length).startsWith('ui-'),
              ),
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
