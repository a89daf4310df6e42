// Usage: npm run data:check -- [file]   (default data/partners.geojson)
// Exit 0: summary and warnings on stderr. Exit 1: one line per problem on stdout.
import { checkPartnersFile, DEFAULT_PARTNERS_FILE } from './lib/check-partners.ts';

function main(args: string[]): number {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    console.error('usage: npm run data:check -- [file]   (default data/partners.geojson)');
    return 2;
  }
  const file = args[0] ?? DEFAULT_PARTNERS_FILE;
  const result = checkPartnersFile(file);
  for (const line of result.lines) console.log(line);
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (result.ok) {
    console.error(`${file}: ${result.partners.length} partners, all valid`);
    return 0;
  }
  const n = result.lines.length;
  console.error(
    `${file}: ${n} problem${n === 1 ? '' : 's'}; ${result.partners.length} partners valid`,
  );
  return 1;
}

process.exitCode = main(process.argv.slice(2));
