import type { Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Decodes a PNG file's pixels. */
export function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

/** The text a QR code on screen encodes, read from a screenshot of it; null when none decodes. */
export async function readQr(qr: Locator): Promise<string | null> {
  const png = decodePng(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
