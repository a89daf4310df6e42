import { readFileSync } from 'node:fs';

export type ReadResult = { text: string } | { problem: string };

/** Reads a UTF-8 file; a missing or non-UTF-8 file becomes a "problem; expected …" message. */
export function readUtf8(path: string, expected: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem: `${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? String(error)})`}; expected ${expected}`,
    };
  }
  try {
    // fatal: a file saved in a legacy code page would otherwise turn Vietnamese letters into U+FFFD silently.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { problem: `not valid UTF-8 text; expected ${expected} saved as UTF-8` };
  }
}
