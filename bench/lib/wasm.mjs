// claimcheck's WebAssembly module in this Node process, through the package's public API (web/src/index.js,
// in-thread), and the floor: a one-pass WebAssembly scan of the same bytes (bench/floor.cpp).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { floorWasm, mbPerS, median, quantile, REFERENCE, root } from './common.mjs';

export async function createInThreadChecker(options = {}) {
  const { createChecker } = await import(new URL('web/src/index.js', `file://${root}/`).href);
  return createChecker({ worker: false, ...options });
}

/** check() on the whole text, `runs` times after a warm-up: median and MB/s. */
export async function throughput(checker, text, runs) {
  let report = await checker.check(text, { date: REFERENCE });
  const ms = [];
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    report = await checker.check(text, { date: REFERENCE });
    ms.push(performance.now() - start);
  }
  const bytes = Buffer.byteLength(text);
  return { bytes, runs_ms: ms, median_ms: median(ms), mb_per_s: mbPerS(bytes, median(ms)),
    sentences: report.sentences, claims: report.claims.length };
}

/** check() once per story, as the peers are called: total time over the corpus. */
export async function perStory(checker, storyTexts, runs) {
  const totals = [];
  for (let r = 0; r <= runs; ++r) {
    const start = performance.now();
    for (const s of storyTexts) await checker.check(s, { date: REFERENCE });
    if (r > 0) totals.push(performance.now() - start);  // run 0 warms up
  }
  const bytes = storyTexts.reduce((a, s) => a + Buffer.byteLength(s), 0);
  return { bytes, stories: storyTexts.length, runs_ms: totals, median_ms: median(totals), mb_per_s: mbPerS(bytes, median(totals)) };
}

/** Calls check() for at least 20 calls and `ms` milliseconds, so that V8 has tiered the hot code up. */
export async function warmUp(checker, text, ms = 1000) {
  const start = performance.now();
  for (let i = 0; i < 20 || performance.now() - start < ms; ++i) await checker.check(text, { date: REFERENCE });
}

/** check() on one text `iters` times after the warm-up: p50 and p95 in ms. */
export async function latency(checker, text, iters) {
  await warmUp(checker, text);
  const ms = [];
  let claims = 0;
  for (let i = 0; i < iters; ++i) {
    const start = performance.now();
    claims = (await checker.check(text, { date: REFERENCE })).claims.length;
    ms.push(performance.now() - start);
  }
  return { bytes: Buffer.byteLength(text), iters, p50_ms: quantile(ms, 0.5), p95_ms: quantile(ms, 0.95), claims };
}

/** The floor: copy the text into WebAssembly memory as UTF-8 (what any engine must do) and read every byte once. */
export async function floor(text, runs) {
  const { instance } = await WebAssembly.instantiate(readFileSync(floorWasm), {});
  const { memory, floor_buffer: buffer, floor_capacity: capacity, floor_scan: scan } = instance.exports;
  const encoder = new TextEncoder();
  const at = buffer();
  const room = new Uint8Array(memory.buffer, at, capacity());
  const once = () => {
    const t0 = performance.now();
    const { written } = encoder.encodeInto(text, room);
    const t1 = performance.now();
    const count = scan(written);
    const t2 = performance.now();
    return { copy: t1 - t0, scan: t2 - t1, total: t2 - t0, count };
  };
  for (let i = 0; i < 3; ++i) once();
  const samples = Array.from({ length: Math.max(runs, 5) }, once);
  const bytes = Buffer.byteLength(text);
  const total = median(samples.map((s) => s.total));
  return { bytes, median_ms: total, copy_ms: median(samples.map((s) => s.copy)), scan_ms: median(samples.map((s) => s.scan)),
    mb_per_s: mbPerS(bytes, total), terminators: samples[0].count };
}
