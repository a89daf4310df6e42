declare module 'fontverter' {
  export function convert(
    buffer: Uint8Array,
    to: 'sfnt' | 'truetype' | 'woff' | 'woff2',
  ): Promise<Uint8Array>;
  export function detectFormat(buffer: Uint8Array): string;
}
