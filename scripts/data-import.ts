// Usage: npm run data:import -- file.csv [--out path]   (default data/partners.geojson)
// Writes only when every row is valid; otherwise prints one line per problem and exits 1.
import { writeFileSync } from 'node:fs';
import { DEFAULT_PARTNERS_FILE } from './lib/check-partners.ts';
import { importPartnersCsv } from './lib/import-partners.ts';
import { loadConfig } from './lib/load-config.ts';
import { readUtf8 } from './lib/read-text.ts';

const USAGE =
  'usage: npm run data:import -- file.csv [--out path]   (default data/partners.geojson)';

function main(args: string[]): number {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : DEFAULT_PARTNERS_FILE;
  const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  const file = rest[0];
  if (file === undefined || rest.length > 1 || file.startsWith('-') || out === undefined) {
    console.error(USAGE);
    return 2;
  }
  const loaded = loadConfig();
  if (!loaded.config) {
    for (const line of loaded.lines) console.log(line);
    return 1;
  }
  const read = readUtf8(file, 'a CSV file');
  if ('problem' in read) {
    console.log(`${file}: file: ${read.problem}`);
    return 1;
  }
  const result = importPartnersCsv(read.text, file, {
    fieldIds: loaded.fieldIds,
    maxBytes: loaded.config.maxDataBytes,
  });
  for (const line of result.lines) console.log(line);
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (result.json === undefined) {
    console.error(
      `${file}: ${result.lines.length} problem${result.lines.length === 1 ? '' : 's'}; ${out} not written`,
    );
    return 1;
  }
  writeFileSync(out, result.json);
  console.error(`${file}: ${result.count} partners written to ${out}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
