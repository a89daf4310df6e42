// Benchmark (issue 8): the app against the bare-MapLibre floor and the DOM-marker technique.
// Usage: npm run bench -- [--quick] [--compare old.json] [--runs N] [--data shipped,500,5000]
//                        [--variants app,floor,markers] [--no-4k] [--port 4317] [--out file.json] [--no-build] [--print saved.json]
//                        [--first-view] (only the first views' own JS: vi, en and kiosk)
// Builds with bench/vite.bench.config.ts, serves bench/results/dist/ with `vite preview`, drives headless Chromium,
// prints one table and writes bench/results/latest.json. Never part of `npm test`: machines are noisy.
// bench/lib/: config, args; server and datasets (build, serve, data); scenarios, measure and runs (drive the
// browser, measure one run, all runs); stats, bundle, budgets, format and report (summarise and print).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHROMIUM_ARGS,
  findChromium,
  hasPlaywrightBrowser,
  HOW_TO_GET_CHROMIUM,
} from '../scripts/find-chromium.mjs';
import { parseArgs } from './lib/args.mjs';
import { BUDGETS, evaluateBudgets } from './lib/budgets.mjs';
import { bundleReport } from './lib/bundle.mjs';
import { LIMITS, log, OUT_DIR, root, VARIANTS, VIEWPORT } from './lib/config.mjs';
import { writeDatasets } from './lib/datasets.mjs';
import { captureFirstViews } from './lib/first-view.mjs';
import { compare, firstViewLines, table } from './lib/report.mjs';
import { runResolution, runVariants } from './lib/runs.mjs';
import { webglRenderer } from './lib/scenarios.mjs';
import { build, freePort, startPreview } from './lib/server.mjs';
import { round2, summarise } from './lib/stats.mjs';

/** `--print file.json`: the table of an earlier run, budgets evaluated again (and `--compare`). */
function printSaved(file, oldResult) {
  const result = JSON.parse(readFileSync(resolve(file), 'utf8'));
  result.budgets = evaluateBudgets(
    result.summary,
    result.resolution,
    result.bundle,
    result.network?.app,
    result.firstViews,
  );
  console.log(table(result));
  if (oldResult) console.log(`\n${compare(oldResult, result)}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.print) {
    printSaved(args.print, args.compare && JSON.parse(readFileSync(resolve(args.compare), 'utf8')));
    return;
  }
  const runs = args.runs ?? (args.quick ? 3 : 5);
  const datasetIds = args.data ?? (args.quick ? ['shipped', '500'] : ['shipped', '500', '5000']);
  if (!datasetIds.includes('shipped')) datasetIds.unshift('shipped');
  const oldResult = args.compare ? JSON.parse(readFileSync(resolve(args.compare), 'utf8')) : null;
  const started = Date.now();
  const loadBefore = os.loadavg()[0];
  if (loadBefore > os.cpus().length * 0.5)
    log(
      `note: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} cores; other work will skew the numbers`,
    );

  const executablePath = findChromium();
  if (!executablePath && !(await hasPlaywrightBrowser())) throw new Error(HOW_TO_GET_CHROMIUM);
  const { chromium } = await import('@playwright/test');

  if (args.build) {
    log('building bench/results/dist/ …');
    await build();
  }
  if (!existsSync(join(OUT_DIR, 'bench-chunks.json')))
    throw new Error('bench/results/dist/ is missing: run without --no-build');
  const datasets = writeDatasets(datasetIds);
  const port = await freePort(args.port);
  const server = await startPreview(port);
  log(`serving bench/results/dist/ on ${server.base}`);
  const stop = () => server.child.exitCode === null && server.child.kill();
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });

  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    if (args.firstViewOnly) {
      // `--first-view`: only the first views' own JS (vi, en, kiosk), in seconds rather than minutes.
      const errors = [];
      const firstViews = await captureFirstViews(browser, {
        base: server.base,
        dataset: datasets.shipped,
        errors,
      });
      console.log(firstViewLines(bundleReport(), firstViews, BUDGETS.ownJsBytes).join('\n'));
      for (const e of errors) console.log(`  ${e}`);
      if (errors.length) process.exitCode = 1;
      return;
    }
    const webglPage = await browser.newPage();
    const webgl = await webglPage.evaluate(webglRenderer);
    await webglPage.close();

    const errors = [];
    const { raw, network, canvas } = await runVariants(browser, {
      base: server.base,
      datasetIds,
      datasets,
      runs,
      errors,
      variants: args.variants ?? VARIANTS,
    });

    // --quick does one 4K/HD pair, and only while the whole run stays under its 5-minute budget.
    const pairs = !args.resolution
      ? 0
      : args.quick
        ? Date.now() - started < LIMITS.quickPairBeforeMs
          ? 1
          : 0
        : runs;
    if (!pairs)
      errors.push(
        args.resolution
          ? '4K comparison skipped: --quick is out of time'
          : '4K comparison skipped: --no-4k',
      );
    const resolution = await runResolution(browser, {
      base: server.base,
      dataset: datasets.shipped,
      pairs,
      errors,
    });

    const summary = Object.fromEntries(
      datasetIds.map((d) => [
        d,
        Object.fromEntries(VARIANTS.map((v) => [v, summarise(raw[d][v])])),
      ]),
    );
    const firstViews = await captureFirstViews(browser, {
      base: server.base,
      dataset: datasets.shipped,
      errors,
    });
    const bundle = bundleReport();
    const budgets = evaluateBudgets(summary, resolution, bundle, network.app, firstViews);
    const cpus = os.cpus();
    const result = {
      version: 1,
      date: new Date().toISOString(),
      mode: args.quick ? 'quick' : 'full',
      runs,
      durationS: Math.round((Date.now() - started) / 1000),
      machine: {
        cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
        cores: cpus.length,
        memoryGB: Math.round(os.totalmem() / 1e9),
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.versions.node,
        loadAverage: [round2(loadBefore), round2(os.loadavg()[0])],
      },
      browser: { version: browser.version(), webgl },
      viewport: VIEWPORT,
      canvas: canvas ?? VIEWPORT,
      limits: LIMITS,
      datasets,
      summary,
      resolution,
      bundle,
      network,
      firstViews,
      budgets,
      errors,
      raw,
    };
    const text = table(result);
    console.log(text);
    if (oldResult) console.log(`\n${compare(oldResult, result)}`);
    const out = resolve(args.out ?? join(root, 'bench/results/latest.json'));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
    log(`\nwrote ${relative(process.cwd(), out)} in ${result.durationS} s`);
  } finally {
    await browser.close().catch(() => {});
    stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
