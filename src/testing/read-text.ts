/**
 * Reads a file next to the tests. Vitest empties every CSS import (even `?raw`) unless CSS
 * processing is on, so files are read through Node's fs, reached without Node's types.
 */
export function readText(url: URL): string {
  const nodeProcess = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process;
  const fs = nodeProcess?.getBuiltinModule?.('node:fs') as
    { readFileSync: (path: URL, encoding: 'utf8') => string } | undefined;
  if (!fs) throw new Error('These tests read files and must run under Node ≥ 20.16.');
  return fs.readFileSync(url, 'utf8');
}
