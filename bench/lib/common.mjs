// Shared by the benchmark modules: where things are, statistics, and running a child that prints JSON.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = fileURLToPath(new URL('../', import.meta.url));
export const root = join(benchDir, '..');
export const corpusDir = join(benchDir, 'corpus');
export const nativeBench = join(root, 'build/native/bench/claimcheck_bench');
export const floorWasm = join(root, 'build/bench/floor.wasm');
export const REFERENCE = '2023-04-25';

const env = (name, fallback) => (process.env[name] === undefined || process.env[name] === '' ? fallback : process.env[name]);

// Every size and count is configurable, so that a quick run (BENCH_QUICK=1) takes seconds.
const quick = env('BENCH_QUICK', '0') === '1';
export const config = {
  quick,
  corpusBytes: Number(env('BENCH_CORPUS_BYTES', 1_000_000)),
  runs: Number(env('BENCH_RUNS', quick ? 3 : 7)),              // throughput runs (median)
  iters: Number(env('BENCH_ITERS', quick ? 50 : 300)),         // latency samples
  coldRuns: Number(env('BENCH_COLD_RUNS', quick ? 3 : 10)),    // fresh processes / pages
  peerSeconds: Number(env('BENCH_PEER_SECONDS', quick ? 2 : 8)),  // time budget per peer library
  scale: env('BENCH_SCALE', quick ? '10,1000' : '10,1000,10000,100000').split(',').filter(Boolean).map(Number),
  browser: env('BENCH_BROWSER', '1') !== '0',
  wasmScale: env('BENCH_WASM_SCALE', '1') !== '0',
};

export const readText = (name) => readFileSync(join(corpusDir, name), 'utf8');
export const readJson = (name) => JSON.parse(readText(name));

/** The stories of a corpus text: blocks separated by a blank line (as gen-corpus.mjs writes them). */
export const stories = (text) => text.split('\n\n').map((s) => s.replace(/\n+$/, '')).filter((s) => s !== '');

export function quantile(samples, q) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}
export const median = (samples) => quantile(samples, 0.5);
export const mbPerS = (bytes, ms) => bytes / 1e6 / (ms / 1e3);

/** Runs a command that prints one JSON object on stdout. */
export function runJson(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    const why = result.error?.message ?? `exit ${result.status ?? result.signal}: ${result.stderr}`;
    throw new Error(`${command} ${args.join(' ')} failed (${why})`);
  }
  return JSON.parse(result.stdout);
}

export function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const sh = (cmd, args) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
        env: { ...process.env, NODE_PATH: '/usr/share/nodejs' } }).trim();
    } catch {
      return null;
    }
  };
  const chromium = sh('/usr/bin/chromium', ['--version']);
  return {
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1] ?? 'unknown',
    nproc: Number(sh('nproc', [])),
    memory_gb: Math.round(Number(/MemTotal:\s*(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1048576),
    node: process.version,
    emscripten: sh('em++', ['--version'])?.split('\n')[0].replace(/^.*\) /, '').replace(/ \(\)$/, '') ?? null,
    gcc: sh('g++', ['-dumpfullversion']),
    chromium,
    date: new Date().toISOString(),
  };
}
