import { flagParams, type Flags } from '@/lib/url/render-flags';
import { serializeUrlState, type SerializeContext, type UrlState } from '@/lib/url/url-state';

/** The height the snippet starts with; embed.js replaces it with the app's preferred height. */
export const SNIPPET_HEIGHT = 640;

/** The app's address: `config.publicUrl` when set, else this page, without query or hash. */
export function appBase(publicUrl: string | null, pageUrl: string): URL {
  const base = new URL(publicUrl ?? pageUrl);
  base.search = '';
  base.hash = '';
  return base;
}

/** The iframe's src: the current view in `mode=embed`, with the render flags; no kiosk timer. */
export function embedUrl(
  state: UrlState,
  ctx: SerializeContext,
  flags: Flags,
  publicUrl: string | null,
  pageUrl: string,
): string {
  const query = serializeUrlState(
    { ...state, mode: 'embed', idle: null, health: false },
    ctx,
    flagParams(flags),
  );
  return `${appBase(publicUrl, pageUrl).href}${query}`;
}

/** embed.js next to the app. */
export function embedScriptUrl(publicUrl: string | null, pageUrl: string): string {
  return new URL('embed.js', appBase(publicUrl, pageUrl)).href;
}

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The HTML a portal pastes: the iframe and the script that sizes it. Plain text, never parsed here. */
export function embedSnippet({
  src,
  title,
  script,
}: {
  src: string;
  title: string;
  script: string;
}): string {
  const a = escapeAttribute;
  return [
    `<iframe src="${a(src)}" title="${a(title)}" width="100%" height="${SNIPPET_HEIGHT}"` +
      ` loading="lazy" allow="fullscreen; clipboard-write" data-partner-map></iframe>`,
    `<script src="${a(script)}" defer></script>`,
  ].join('\n');
}
