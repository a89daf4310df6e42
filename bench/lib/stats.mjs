// Medians, percentiles and the per-variant summary of a set of runs.

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

export const METRICS = [
  ['loadMs', 'first idle (ms)', (r) => r.loadMs, 0],
  ['yearRenders', 'year scrub: map frames', (r) => r.year?.renders, 0],
  ['yearP95', 'year scrub: p95 frame (ms)', (r) => r.year?.p95, 1],
  ['yearSettle', 'year scrub: last step → idle (ms)', (r) => r.year?.settleMs, 0],
  ['panRenders', 'pan: map frames per run', (r) => r.pan?.renders, 0],
  ['panP95', 'pan: p95 frame, all runs pooled (ms)', (r) => r.pan?.p95, 1],
  ['heapMB', 'JS heap after (MB)', (r) => r.heapMB, 1],
];

export function summarise(runs) {
  const ok = runs.filter((r) => r.ok);
  const out = { runs: runs.length, ok: ok.length };
  for (const [key, , get] of METRICS) out[key] = median(ok.map(get).filter((x) => x !== undefined));
  // Pan frames are pooled over the runs (hundreds of frames, not one run's 15–90); the spread is the
  // lowest and highest p95 of a single run.
  const pooled = ok.flatMap((r) => r.pan?.frames ?? []);
  if (pooled.length) {
    out.panP95 = percentile(pooled, 95);
    out.panFrames = pooled.length;
    const each = ok.map((r) => r.pan?.p95).filter(Number.isFinite);
    out.panSpread = [Math.min(...each), Math.max(...each)];
  }
  return out;
}

export const round2 = (x) => Math.round(x * 100) / 100;

export const ratio = (a, b) => (a === null || b === null || b === 0 ? null : a / b);

/** Dataset ids in table order: shipped first, then by size (object keys would put "500" first). */
export const ordered = (summary) =>
  Object.keys(summary).sort((a, b) =>
    a === 'shipped' ? -1 : b === 'shipped' ? 1 : Number(a) - Number(b),
  );

export const dataName = (d) =>
  d === 'shipped' ? 'shipped data' : Number(d).toLocaleString('en-US');
