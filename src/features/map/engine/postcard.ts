import type { Map as MapLibreMap } from 'maplibre-gl';
import { cssFamilies, fontStack } from '@/lib/fonts/font-families';
import { loadNameFonts } from '@/lib/fonts/load-name-fonts';

export interface PostcardContent {
  title: string;
  subtitle: string;
  legend: { label: string; color: string }[];
  fileName: string;
  colors: { bg: string; fg: string; muted: string };
  /** The page's font stack for its interface language (CSS `--font-family`). */
  fontFamily: string;
  /** The open partner: its name, then its own names, each drawn in the font of its language. */
  partner?: { name: string; natives: { lang: string; text: string }[] };
}

/** Reads the map's pixels during a render, so no permanent preserveDrawingBuffer is needed. */
function captureMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** Draws the current view with title, year and legend into a PNG blob. */
export async function renderPostcard(map: MapLibreMap, content: PostcardContent): Promise<Blob> {
  const image = await captureMap(map);
  const scale = image.width / map.getCanvas().clientWidth || 1;
  const pad = 24 * scale;
  const header = 84 * scale;
  const rowH = 26 * scale;
  const cols = Math.max(1, Math.floor(image.width / (260 * scale)));
  const footer = pad + Math.ceil(content.legend.length / cols) * rowH + pad;
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = header + image.height + footer;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const family = content.fontFamily || 'system-ui, sans-serif';
  const font = (size: number, weight = 400, stack = family) =>
    `${weight} ${size * scale}px ${stack}`;
  // A canvas draws in whatever font is loaded when it is asked: load every face first.
  const uiText = [content.title, content.subtitle, content.partner?.name ?? '']
    .concat(content.legend.map((l) => l.label))
    .join('');
  await Promise.all([
    document.fonts.load(font(18, 400), uiText).catch(() => []),
    document.fonts.load(font(26, 600), content.title).catch(() => []),
    loadNameFonts(content.partner?.natives ?? []),
  ]);
  ctx.fillStyle = content.colors.bg;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = content.colors.fg;
  ctx.font = font(26, 600);
  ctx.fillText(content.title, pad, pad + 26 * scale);
  ctx.fillStyle = content.colors.muted;
  ctx.font = font(18);
  ctx.fillText(content.subtitle, pad, pad + 54 * scale);
  if (content.partner) {
    let x = pad + ctx.measureText(content.subtitle).width;
    const segments: [string, string][] = [[` — ${content.partner.name}`, family]];
    for (const n of content.partner.natives)
      segments.push([' · ', family], [n.text, cssFamilies(fontStack(n.lang))]);
    ctx.fillStyle = content.colors.fg;
    for (const [text, stack] of segments) {
      ctx.font = font(18, 400, stack);
      ctx.fillText(text, x, pad + 54 * scale);
      x += ctx.measureText(text).width;
    }
  }
  ctx.drawImage(image, 0, header);
  ctx.font = font(15);
  content.legend.forEach((item, i) => {
    const x = pad + (i % cols) * (260 * scale);
    const y = header + image.height + pad + Math.floor(i / cols) * rowH;
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(x + 8 * scale, y + 8 * scale, 7 * scale, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = content.colors.fg;
    ctx.fillText(item.label, x + 24 * scale, y + 13 * scale);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

export function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
