#!/usr/bin/env node
// Where the WebAssembly module spends its time, by function: V8's sampling profiler (--cpu-prof) on a copy of the
// module linked with --profiling-funcs (function names kept; bench/profile.sh builds it into build/bench-prof/).
//   node bench/profile-wasm.mjs cold|check|corpus [MODULE_DIR]
// cold: one fresh instantiation + the bundled fact base (run it in a fresh process); check: the 1,000-word
// article in a loop for 3 s after a warm-up; corpus: the same with the 1 MB corpus. Prints the top functions by
// self time.
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [mode = 'check', dir = 'build/bench-prof', child] = process.argv.slice(2);
const moduleDir = resolve(dir);

if (child !== 'child') {
  // Parent: run this script again under the profiler, then summarise the profile.
  const out = mkdtempSync(join(tmpdir(), 'claimcheck-prof-'));
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, '--cpu-prof-interval', '200',
    new URL(import.meta.url).pathname, mode, moduleDir, 'child'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const profile = JSON.parse(readFileSync(join(out, readdirSync(out)[0]), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  const self = new Map();
  const dt = profile.timeDeltas;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'program'})`;
    self.set(name, (self.get(name) ?? 0) + (dt[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, v) => a + v, 0);
  console.log(`${mode}: ${(total / 1000).toFixed(0)} ms sampled; top functions by self time:`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${(100 * us / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(1).padStart(7)} ms  ${name.slice(0, 150)}`);
  }
  process.exit(0);
}

const t0 = performance.now();
const create = (await import(pathToFileURL(join(moduleDir, 'claimcheck.js')).href)).default;
const module = await create({ wasmBinary: readFileSync(join(moduleDir, 'claimcheck.wasm')) });
const t1 = performance.now();
const engine = new module.Engine();
const t2 = performance.now();
if (mode === 'cold') {
  console.log(`instantiate ${(t1 - t0).toFixed(1)} ms, Engine() ${(t2 - t1).toFixed(1)} ms`);
} else {
  const text = readFileSync(new URL(mode === 'corpus' ? 'corpus/news.txt' : 'corpus/article.txt', import.meta.url), 'utf8');
  const decoder = new TextDecoder();
  // As web/src/engine.js calls it: the text into the module's memory, the report out of it as a view.
  const check = () => {
    const bytes = new TextEncoder().encode(text);
    engine.textBuffer(bytes.length).set(bytes);
    return decoder.decode(engine.check('2023-04-25'));
  };
  const warm = performance.now();
  while (performance.now() - warm < 1000) check();
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < 3000) {
    check();
    ++calls;
  }
  console.log(`check: ${calls} calls, ${((performance.now() - start) / calls).toFixed(2)} ms per call`);
}
engine.delete();
