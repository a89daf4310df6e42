import { checkPartnersFile, DEFAULT_PARTNERS_FILE } from './check-partners.ts';

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const CONSOLE: CliOutput = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** `npm run data:check -- [file]`: 0 when valid (summary on stderr), 1 with one line per problem on stdout, 2 on misuse. */
export function dataCheckCli(args: readonly string[], io: CliOutput = CONSOLE): number {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    io.err('usage: npm run data:check -- [file]   (default data/partners.geojson)');
    return 2;
  }
  const file = args[0] ?? DEFAULT_PARTNERS_FILE;
  const result = checkPartnersFile(file);
  for (const line of result.lines) io.out(line);
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  if (result.ok) {
    io.err(`${file}: ${result.partners.length} partners, all valid`);
    return 0;
  }
  const n = result.lines.length;
  io.err(`${file}: ${n} problem${n === 1 ? '' : 's'}; ${result.partners.length} partners valid`);
  return 1;
}
