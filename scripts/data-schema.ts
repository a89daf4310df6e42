// Usage: npm run data:schema [-- --check]
// Writes data/partners.schema.json and data/config.schema.json from the zod schemas;
// --check only compares and exits 1 when a committed file is out of date.
import { writeFileSync } from 'node:fs';
import { generateSchemas, staleSchemas } from './lib/json-schemas.ts';
import { loadConfig } from './lib/load-config.ts';

function main(args: string[]): number {
  const check = args.includes('--check');
  if (args.some((a) => a !== '--check')) {
    console.error('usage: npm run data:schema [-- --check]');
    return 2;
  }
  const loaded = loadConfig();
  if (!loaded.config) {
    for (const line of loaded.lines) console.log(line);
    return 1;
  }
  const generated = generateSchemas(loaded.fieldIds);
  const stale = staleSchemas(generated);
  if (check) {
    for (const file of stale)
      console.log(`${file}: file: out of date; expected the output of npm run data:schema`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const file of stale) {
    writeFileSync(file, generated[file] ?? '');
    console.error(`wrote ${file}`);
  }
  if (stale.length === 0) console.error('schemas already up to date');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
