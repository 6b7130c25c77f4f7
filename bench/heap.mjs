#!/usr/bin/env node
// The WebAssembly heap over many checks: is it bounded? Runs N checks (default 100,000) through one in-thread
// checker of the JS package, cycling through texts of every kind (the sample articles, short claims, hostile
// texts, empty ones) and failing calls (bad dates, invalid fact bases), and prints the module's memory every
// N/10 checks: the WebAssembly memory (it only grows) and the bytes malloc holds (it must come back).
//   node bench/heap.mjs [CHECKS] [--big MB]
// --big MB first checks one text of MB megabytes, to see what a large input costs and whether it comes back.
// Not a test (tests/node/hostile.test.js has the assertions); docs/LIMITS.md quotes its output.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createChecker } from '../web/src/index.js';

const args = process.argv.slice(2);
const bigAt = args.indexOf('--big');
const bigMb = bigAt >= 0 ? Number(args.splice(bigAt, 2)[1]) : 0;
const total = Number(args[0] ?? 100000);
const sample = (name) => readFileSync(new URL(`../web/page/samples/${name}`, import.meta.url), 'utf8');

const DEATHS = "Syria's civil war has left 80,000 people dead.";
const texts = [
  sample('moscow-2023-04-25.txt'),
  sample('moscow-2023-04-25-altered.txt'),
  DEATHS,
  '',
  `\u0000${DEATHS}\uD800 🇸🇾 <img src=x onerror=alert(1)>`,
  `Syria's civil war has killed ${'9'.repeat(5000)} people.`,
  'word '.repeat(2000),
  'Defence ministers met in Moscow on 25 April 2023, the 19th meeting since 2016; 1e308 people were there.',
];
const failures = [
  (c) => c.check(DEATHS, { date: '2023-02-30' }),
  (c) => c.loadFacts('{"name": '),
  (c) => c.loadFacts('['.repeat(100000)),
];

const mb = (bytes) => (bytes / 1048576).toFixed(1).padStart(8);
const checker = await createChecker();
const rows = [];
const row = async (checks, started) => {
  const { memory, inUse } = await checker._memory();
  const ms = performance.now() - started;
  rows.push({ checks, memory, inUse });
  console.log(`${String(checks).padStart(8)} ${mb(memory)} ${mb(inUse)} ${(ms / 1000).toFixed(1).padStart(8)}`);
};

console.log('  checks  wasm MB  inUse MB        s');
const started = performance.now();
await checker.check(DEATHS);
await row(0, started);
if (bigMb > 0) {
  const big = `${sample('moscow-2023-04-25-altered.txt')}\n\n`.repeat(Math.ceil((bigMb * 1e6) / 2100));
  const result = await checker.check(big).then((r) => `${r.claims.length} claims`, (e) => `${e.code}: ${e.message}`);
  console.log(`  --big ${bigMb} MB: ${result}`);
  await row(0, started);
}
const step = Math.max(1, Math.floor(total / 10));
for (let i = 1; i <= total; i++) {
  if (i % 97 === 0) await failures[i % failures.length](checker).catch(() => {});
  await checker.check(texts[i % texts.length], { date: '2023-04-25' });
  if (i % step === 0) await row(i, started);
}
checker.dispose();

const warm = rows.find((r) => r.checks >= step) ?? rows[0];
const last = rows.at(-1);
console.log(`after ${total} checks: wasm memory ${last.memory === warm.memory ? 'flat' : 'grew'} since ${warm.checks}, ` +
  `malloc in use ${last.inUse - warm.inUse >= 0 ? '+' : ''}${last.inUse - warm.inUse} bytes`);
