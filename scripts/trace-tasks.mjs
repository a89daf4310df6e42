// Attributes the long main-thread tasks of a Chrome trace (studio-bench.mjs --trace) to their causes:
// for each task over --min ms (default 50), the trace events that took its time (self time, by name)
// and the JavaScript that ran in it (CPU profile samples, by function and by source file; with a
// `vite build --sourcemap` build, minified positions map back to src/ or node_modules/<package>).
// Usage: node scripts/trace-tasks.mjs trace.json [--min 50] [--dist dist] [--top 8]
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const file = args.find((a) => a.endsWith('.json'));
const min = Number(opt('min', 50)) * 1000;
const dist = opt('dist', 'dist');
const top = Number(opt('top', 8));
const raw = JSON.parse(readFileSync(file, 'utf8'));
const events = Array.isArray(raw) ? raw : raw.traceEvents;

// The page's main thread: the CrRendererMain with the most events.
const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name');
const counts = new Map();
for (const e of events) counts.set(`${e.pid}:${e.tid}`, (counts.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
const main = names
  .filter((e) => e.args.name === 'CrRendererMain')
  .map((e) => `${e.pid}:${e.tid}`)
  .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
const onMain = events
  .filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur >= min);

// CPU profile samples on the main thread, as [time, node] with node → frame and parent.
const [pid, tid] = main.split(':').map(Number);
const nodes = new Map();
const samples = [];
const profileIds = new Set(
  events.filter((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid).map((e) => e.id),
);
let clock = new Map();
for (const e of events) {
  if (e.name === 'Profile' && profileIds.has(e.id)) clock.set(e.id, e.args.data.startTime);
  if (e.name !== 'ProfileChunk' || !profileIds.has(e.id)) continue;
  const cpu = e.args.data.cpuProfile ?? {};
  for (const n of cpu.nodes ?? []) nodes.set(`${e.id}:${n.id}`, { ...n, key: e.id });
  let t = clock.get(e.id) ?? 0;
  (cpu.samples ?? []).forEach((s, i) => {
    t += e.args.data.timeDeltas[i];
    samples.push([t, `${e.id}:${s}`]);
  });
  clock.set(e.id, t);
}

const maps = new Map();
function origin(frame) {
  const name = basename(frame.url ?? '');
  if (!name) return `(${frame.functionName || 'native'})`;
  const mapFile = join(dist, 'assets', `${name}.map`);
  if (!maps.has(name))
    maps.set(
      name,
      existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile))) : null,
    );
  const map = maps.get(name);
  if (!map) return name;
  const pos = map.originalPositionFor({
    line: frame.lineNumber + 1,
    column: frame.columnNumber,
  });
  if (!pos.source) return name;
  const src = pos.source.replace(/^(\.\.\/)+/, '');
  const pkg = src.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1];
  return `${pkg ? `${pkg}:` : ''}${(pkg ? src.split(`${pkg}/`)[1] : src) ?? src}:${pos.line} ${pos.name ?? frame.functionName ?? ''}`;
}
const byCount = (m) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `      ${(v / 1000).toFixed(0).padStart(5)} ms  ${k}`)
    .join('\n');

// What mostly filled a task: the compositor's commit waiting for the GPU process (software WebGL
// is read back for software compositing), the profiler starting (tracing itself), or the page's work.
const GPU_WAIT = ['Commit', 'CommandBufferProxyImpl::WaitForGetOffset', 'GLES2::ReadPixels'];
const kindOf = (self, leaf, dur) => {
  const part = (map, names) => names.reduce((sum, n) => sum + Math.max(0, map.get(n) ?? 0), 0);
  const share = (names) => part(self, names) / dur;
  if (share(['V8.InvokeApiInterruptCallbacks']) > 0.5) return 'tracing start';
  // Playwright's selector queries (its injected script's query) are the bench's own probes.
  if (part(leaf, ['(query)', '(querySelectorAll)']) / dur > 0.5) return 'bench probe';
  return share(GPU_WAIT) > 0.5 ? 'GPU wait' : 'page work';
};
const longest = new Map();
const t0 = tasks[0]?.ts ?? 0;
console.log(`${tasks.length} main-thread tasks over ${min / 1000} ms in ${basename(file)}`);
for (const task of tasks) {
  const end = task.ts + task.dur;
  // Self time of each trace event inside the task (children subtracted).
  const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end && e !== task);
  const self = new Map();
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  // JS: the leaf frame of each sample, and the first frame from the app's own source (src/).
  const leaf = new Map();
  const own = new Map();
  const inTask = samples.filter(([t]) => t >= task.ts && t <= end);
  for (let i = 0; i < inTask.length; i += 1) {
    const [t, id] = inTask[i];
    const dt = (inTask[i + 1]?.[0] ?? t) - t;
    let node = nodes.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const where = origin(node.callFrame);
    leaf.set(where, (leaf.get(where) ?? 0) + dt);
    for (let n = node; n; n = nodes.get(`${n.key}:${n.parent}`)) {
      const o = origin(n.callFrame);
      if (o.startsWith('src/')) {
        own.set(o, (own.get(o) ?? 0) + dt);
        break;
      }
    }
    node = null;
  }
  const kind = kindOf(self, leaf, task.dur);
  longest.set(kind, Math.max(longest.get(kind) ?? 0, task.dur));
  console.log(
    `\n  task at +${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms (${kind})`,
  );
  console.log(`    trace events (self):\n${byCount(self)}`);
  if (leaf.size) console.log(`    JS (leaf frame):\n${byCount(leaf)}`);
  if (own.size) console.log(`    JS (nearest app frame):\n${byCount(own)}`);
}
console.log(
  `\nlongest by kind: ${[...longest].map(([k, v]) => `${k} ${(v / 1000).toFixed(0)} ms`).join(', ')}`,
);
