// Command-line arguments; the usage line is in bench/run.mjs.

export function parseArgs(argv) {
  const args = {
    quick: false,
    build: true,
    compare: null,
    runs: null,
    port: 4317,
    out: null,
    data: null,
    print: null,
    variants: null,
    resolution: true,
    firstViewOnly: false,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.build = false;
    else if (a === '--no-4k') args.resolution = false;
    else if (a === '--first-view') args.firstViewOnly = true;
    else if (a === '--compare') args.compare = argv[(i += 1)];
    else if (a === '--runs') args.runs = Number(argv[(i += 1)]);
    else if (a === '--port') args.port = Number(argv[(i += 1)]);
    else if (a === '--out') args.out = argv[(i += 1)];
    else if (a === '--print') args.print = argv[(i += 1)];
    else if (a === '--variants') args.variants = String(argv[(i += 1)]).split(',');
    else if (a === '--data') args.data = String(argv[(i += 1)]).split(',');
    else throw new Error(`unknown argument ${a}; see the usage line in bench/run.mjs`);
  }
  if (args.data?.some((d) => d !== 'shipped' && !/^[1-9]\d{0,4}$/.test(d)))
    throw new Error('--data expects a list of "shipped" and partner counts, e.g. shipped,500,5000');
  if (args.variants?.some((v) => !['app', 'floor', 'markers'].includes(v)))
    throw new Error('--variants expects a list of app, floor and markers');
  if (args.runs !== null && !(Number.isInteger(args.runs) && args.runs > 0 && args.runs < 100))
    throw new Error('--runs expects a whole number from 1 to 99');
  return args;
}
