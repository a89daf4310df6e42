// The bench's own build, and `vite preview` serving it on a free port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { CONFIG, LIMITS, root, VITE } from './config.mjs';

function run(command, args, options = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      ...options,
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`${command} ${args.join(' ')}: exit ${code}`)),
    );
  });
}

/** Builds the app and the two bench pages into bench/results/dist/. */
export function build() {
  return run(process.execPath, [VITE, 'build', '-c', CONFIG, '--logLevel', 'warn'], {
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
}

function portIsFree(port) {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(false));
    server.listen({ port, host: '127.0.0.1' }, () => server.close(() => resolvePromise(true)));
  });
}

export async function freePort(first) {
  for (let port = first; port < first + 50; port += 1) {
    if (port !== 4173 && (await portIsFree(port))) return port;
  }
  throw new Error(`no free port in ${first}..${first + 49}`);
}

export async function startPreview(port) {
  const child = spawn(
    process.execPath,
    [VITE, 'preview', '-c', CONFIG, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + LIMITS.serverStartMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${stderr}`);
    try {
      const response = await fetch(base);
      if (response.ok) return { child, base };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${base} within ${LIMITS.serverStartMs} ms`);
}
