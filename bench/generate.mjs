// Seeded generator of synthetic partners for the benchmark (issue 8).
// Usage: node bench/generate.mjs --count 500 [--seed 8] [--out bench/results/data/partners-500.geojson]
// The same count and seed always give the same file, byte for byte.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

/** mulberry32: small, fast, good enough for test data; the same seed gives the same sequence. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RELATIONS = [
  // [id, weight]: most ties are friendship/cooperation or MoUs, few are sister cities.
  ['sister-city', 8],
  ['friendship-cooperation', 40],
  ['mou', 30],
  ['letter-of-intent', 12],
  ['cooperative-ties', 10],
];

// Vietnam's partners cluster in East and Southeast Asia; other regions appear less often.
const REGION_WEIGHT = {
  JP: 4,
  KR: 4,
  CN: 3,
  TW: 2,
  HK: 2,
  MO: 1,
  LA: 4,
  KH: 3,
  TH: 3,
  MY: 2,
  SG: 2,
  ID: 2,
  PH: 2,
  MM: 2,
  US: 2,
  FR: 2,
  DE: 1.5,
  AU: 1.5,
  RU: 1.5,
};

const SUMMARIES = [
  ['Hợp tác về {f} giữa Đà Nẵng và {n}.', 'Cooperation on {f} between Da Nang and {n}.'],
  ['Trao đổi đoàn, hội chợ và học bổng với {n}.', 'Delegations, fairs and scholarships with {n}.'],
  ['{n} và Đà Nẵng ký kết hợp tác {f}.', '{n} and Da Nang signed an agreement on {f}.'],
  ['Dự án chung về {f}; trao đổi chuyên gia.', 'Joint projects on {f}; expert exchanges.'],
];
const FIELD_WORDS = {
  ports: ['cảng biển', 'ports'],
  it: ['CNTT', 'IT'],
  tourism: ['du lịch', 'tourism'],
  'semiconductors-ai': ['bán dẫn', 'chips'],
  education: ['giáo dục', 'education'],
  culture: ['văn hóa', 'culture'],
  'urban-planning': ['đô thị', 'urban planning'],
  trade: ['thương mại', 'trade'],
  health: ['y tế', 'health'],
  environment: ['môi trường', 'environment'],
};

function slug(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function weighted(random, items, weightOf) {
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let r = random() * total;
  for (const item of items) {
    r -= weightOf(item);
    if (r < 0) return item;
  }
  return items[items.length - 1];
}

function shuffle(random, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const pad = (n) => String(n).padStart(2, '0');
const round4 = (x) => Math.round(x * 1e4) / 1e4;

/** A date 1995–2026 at year, month or day precision, or null (about 20%). */
function signedDate(random) {
  if (random() < 0.2) return null;
  const year = 1995 + Math.floor(random() * 32);
  const precision = random();
  if (precision < 0.35) return String(year);
  const month = 1 + Math.floor(random() * 12);
  if (precision < 0.6) return `${year}-${pad(month)}`;
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 0–3 field ids (primary first), empty for about 25%. */
function pickFields(random, fieldIds) {
  if (random() < 0.25) return [];
  const count = 1 + Math.floor(random() * 3);
  return shuffle(random, fieldIds).slice(0, count);
}

/** N partner features over real cities; cities repeat (jittered, id suffixed) once the list runs out. */
export function generatePartners({ count, seed = 8 }) {
  const config = JSON.parse(readFileSync(resolve(root, 'data/config.json'), 'utf8'));
  const fieldIds = config.fields.map((f) => f.id);
  const { cities } = JSON.parse(readFileSync(resolve(here, 'world-cities.json'), 'utf8'));
  const random = prng(seed);
  const order = shuffle(random, cities);
  const used = new Map();
  const features = [];
  for (let i = 0; i < count; i += 1) {
    const first = i < order.length;
    const city = first ? order[i] : weighted(random, cities, (c) => REGION_WEIGHT[c[1]] ?? 1);
    const [cityName, country, lon, lat] = city;
    const base = slug(cityName);
    const nth = (used.get(base) ?? 0) + 1;
    used.set(base, nth);
    const id = nth === 1 ? base : `${base}-${nth}`;
    const name = nth === 1 ? cityName : `${cityName} ${nth}`;
    // jitter repeats by up to ±0.6° so they are nearby localities, not the same point
    const jitter = (range) => (nth === 1 ? 0 : (random() * 2 - 1) * range);
    const x = Math.max(-180, Math.min(180, lon + jitter(0.6)));
    const y = Math.max(-85, Math.min(85, lat + jitter(0.6)));
    const fields = pickFields(random, fieldIds);
    const [vi, en] = SUMMARIES[Math.floor(random() * SUMMARIES.length)];
    const words = FIELD_WORDS[fields[0]] ?? ['nhiều lĩnh vực', 'several fields'];
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round4(x), round4(y)] },
      properties: {
        id,
        name: { vi: name, en: name },
        country,
        kind: random() < 0.15 ? 'region' : 'city',
        relation: weighted(random, RELATIONS, (r) => r[1])[0],
        signed: signedDate(random),
        fields,
        summary: {
          vi: vi.replace('{n}', name).replace('{f}', words[0]),
          en: en.replace('{n}', name).replace('{f}', words[1]),
        },
        sources: [{ title: `Synthetic source ${i + 1}`, url: `https://example.org/p/${id}` }],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** Compact JSON (one feature a line) so 5,000 records stay far under config.maxDataBytes. */
export function stringifyPartners(collection) {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function writePartners(file, options) {
  const text = stringifyPartners(generatePartners(options));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function main(argv) {
  const arg = (name, fallback) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
  };
  const count = Number(arg('count', '500'));
  const seed = Number(arg('seed', '8'));
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: node bench/generate.mjs --count N [--seed S] [--out file]');
    return 2;
  }
  const out = resolve(arg('out', `bench/results/data/partners-${count}.geojson`));
  const bytes = writePartners(out, { count, seed });
  console.error(`${out}: ${count} partners, ${bytes} bytes (seed ${seed})`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
