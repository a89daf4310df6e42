// Usage: npm run data:export -- [out.csv] [--in file]   (CSV to stdout by default; input data/partners.geojson)
// UTF-8 with BOM and CRLF, so Excel opens it with Vietnamese intact; `data:import` reads it back losslessly.
import { writeFileSync } from 'node:fs';
import { checkPartnersFile, DEFAULT_PARTNERS_FILE } from './lib/check-partners.ts';
import type { PartnerCollection } from '../src/lib/partners-file/partner-file.ts';
import { collectionToCsv } from '../src/lib/partners-file/partners-csv.ts';
import { lostInCsv } from './lib/lost-in-csv.ts';

const USAGE =
  'usage: npm run data:export -- [out.csv] [--in file]   (default: CSV of data/partners.geojson on stdout)';

function main(args: string[]): number {
  const at = args.indexOf('--in');
  const input = at >= 0 ? args[at + 1] : DEFAULT_PARTNERS_FILE;
  const rest = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  if (input === undefined || rest.length > 1 || rest[0]?.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const result = checkPartnersFile(input);
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (!result.ok) {
    // Only a valid file is exported: a CSV of half-broken records would not import again.
    for (const line of result.lines) console.error(line);
    console.error(`${input}: not exported; fix the problems above (npm run data:check) first`);
    return 1;
  }
  const collection = result.raw as PartnerCollection;
  const csv = collectionToCsv(collection);
  for (const path of lostInCsv(collection, csv)) {
    console.error(
      `warning: ${input}: ${path}: would change in a CSV round trip (extra keys are dropped, $schema is reset); expected only the keys data:import writes`,
    );
  }
  const out = rest[0];
  if (out === undefined) {
    process.stdout.write(csv);
  } else {
    writeFileSync(out, csv);
    console.error(`${input}: ${result.partners.length} partners written to ${out}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
