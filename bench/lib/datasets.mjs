// The data sets each run loads: the shipped file and generated ones, written beside the build.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePartners, stringifyPartners } from '../generate.mjs';
import { OUT_DIR } from './config.mjs';

export function writeDatasets(datasets) {
  const dir = join(OUT_DIR, 'bench-data');
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const d of datasets) {
    if (d === 'shipped') {
      out[d] = { file: 'data/partners.geojson', count: null };
      continue;
    }
    const count = Number(d);
    const file = `bench-data/partners-${count}.geojson`;
    writeFileSync(join(OUT_DIR, file), stringifyPartners(generatePartners({ count, seed: 8 })));
    out[d] = { file, count };
  }
  for (const d of Object.values(out)) {
    const collection = JSON.parse(readFileSync(join(OUT_DIR, d.file), 'utf8'));
    d.count = collection.features.length;
    d.bytes = statSync(join(OUT_DIR, d.file)).size;
    const years = collection.features
      .map((f) => f.properties.signed)
      .filter(Boolean)
      .map((s) => Number(s.slice(0, 4)));
    d.years = [Math.min(...years), Math.max(...years)];
    d.signedYears = [...new Set(years)];
    d.undated = d.count - years.length;
  }
  return out;
}
