// Usage: npm run data:check -- [file]   (default data/partners.geojson)
// Exit 0: summary and warnings on stderr. Exit 1: one line per problem on stdout.
import { dataCheckCli } from './lib/data-check-cli.ts';

process.exitCode = dataCheckCli(process.argv.slice(2));
