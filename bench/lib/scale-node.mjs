// The scale benchmark in WebAssembly under Node, in a fresh process: load bench/corpus/facts-N.json through
// checker.loadFacts() (parse, validate, index), then check the article. Prints one JSON object.
//   node bench/lib/scale-node.mjs N ITERS
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpusDir, REFERENCE } from './common.mjs';
import { createInThreadChecker, latency } from './wasm.mjs';

const [n, iters] = process.argv.slice(2).map(Number);
const json = readFileSync(join(corpusDir, `facts-${n}.json`), 'utf8');
const article = readFileSync(join(corpusDir, 'article.txt'), 'utf8');
const checker = await createInThreadChecker();
const memory = async () => (typeof checker._memory === 'function' ? checker._memory() : null);
const before = await memory();
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
const info = await checker.loadFacts(json);
const loadMs = performance.now() - start;
const after = await memory();
const check = await latency(checker, article, iters);
console.log(JSON.stringify({
  facts: info.facts?.count ?? n, json_bytes: Buffer.byteLength(json), load_ms: loadMs,
  wasm_heap_bytes: before && after ? after.inUse - before.inUse : null,
  wasm_memory_bytes: after?.memory ?? null, rss_delta_bytes: process.memoryUsage().rss - rssBefore,
  check, date: REFERENCE,
}));
checker.dispose();
