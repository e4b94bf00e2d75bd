// Starts and stops `vite preview` for the browser tests (global setup) and the screenshots tool.
//
// Environment:
//   E2E_DIST_DIR   folder to serve instead of <repo>/dist (absolute, or relative to the repo root);
//                  it is never built automatically, it must already contain index.html
//   E2E_PORT       port to serve on (default: a free port picked at start), always --strictPort
//   E2E_BASE_URL   an already running server to use instead (nothing is started or built)

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HOST = '127.0.0.1';

/** The folder that will be served: E2E_DIST_DIR or <repo>/dist. */
export function distDir() {
  const fromEnv = process.env.E2E_DIST_DIR;
  return fromEnv ? resolve(REPO_ROOT, fromEnv) : join(REPO_ROOT, 'dist');
}

/** Runs `npm run build` when <repo>/dist/index.html is missing (or always with force). Throws if it fails. */
export function ensureBuilt({ force = false, log = console.log } = {}) {
  const dir = distDir();
  if (!force && existsSync(join(dir, 'index.html'))) return dir;
  if (process.env.E2E_DIST_DIR) {
    throw new Error(`E2E_DIST_DIR=${process.env.E2E_DIST_DIR}: ${join(dir, 'index.html')} does not exist (it is not built automatically)`);
  }
  log(`[e2e] ${force ? 'building' : 'dist/index.html is missing, building'}: npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit', env: process.env });
  if (result.status !== 0 || !existsSync(join(dir, 'index.html'))) {
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal}); cannot serve ${dir}`);
  }
  return dir;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Serves the built app with `vite preview` on 127.0.0.1 and waits until it answers.
 * Returns { baseUrl, stop }. stop() kills the whole process group and waits for it to exit.
 */
export async function startPreview({ build = true, log = console.log, timeoutMs = 60_000 } = {}) {
  if (process.env.E2E_BASE_URL) {
    const baseUrl = new URL(process.env.E2E_BASE_URL).href;
    await waitUntilServing(baseUrl, { timeoutMs, exited: () => null });
    return { baseUrl, stop: async () => {} };
  }
  const dir = build ? ensureBuilt({ log }) : distDir();
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${join(dir, 'index.html')} does not exist`);

  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const baseUrl = `http://${HOST}:${port}/`;
  const viteBin = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [viteBin, 'preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', dir];
  // detached: the server gets its own process group, so stop() can kill it and anything it spawned.
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exitInfo = null;
  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      resolveExit(exitInfo);
    });
  });

  const killGroup = (signal) => {
    if (exitInfo) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // If this process dies without calling stop(), do not leave the server behind.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  const stop = async () => {
    process.removeListener('exit', onExit);
    if (exitInfo) return;
    killGroup('SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), delay(5000).then(() => true)]);
    if (timedOut) {
      killGroup('SIGKILL');
      await exited;
    }
    // Anything else left in the group (vite spawns nothing today, but be sure).
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // group is empty
    }
  };

  try {
    await waitUntilServing(baseUrl, { timeoutMs, exited: () => exitInfo });
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : error}\n--- vite preview output ---\n${output}`, { cause: error });
  }
  log(`[e2e] serving ${dir} at ${baseUrl} (vite preview, pid ${child.pid})`);
  return { baseUrl, stop };
}

async function waitUntilServing(baseUrl, { timeoutMs, exited }) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit) throw new Error(`vite preview exited before serving (code ${exit.code}, signal ${exit.signal})`);
    try {
      const response = await fetch(baseUrl, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    await delay(200);
  }
  throw new Error(`${baseUrl} did not answer within ${timeoutMs} ms (${lastError})`);
}
