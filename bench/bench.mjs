#!/usr/bin/env node
// Runs every benchmark and writes bench/results.json, then prints the tables (bench/lib/table.mjs).
// bench/run.sh builds what this needs first; see bench/README.md for what each number means.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchDir, config, corpusDir, machine, median, nativeBench, readJson, readText, REFERENCE, runJson, stories }
  from './lib/common.mjs';
import { runPeers } from './lib/peers.mjs';
import { scoreDates, scoreNumbers, scoreSentences, dateKeys } from './lib/score.mjs';
import { sizes } from './lib/sizes.mjs';
import { createInThreadChecker, floor, latency, perStory, throughput } from './lib/wasm.mjs';
import { renderTables, targets } from './lib/table.mjs';

const log = (...a) => console.error(...a);
const started = performance.now();
const file = (name) => join(corpusDir, name);
const results = { machine: { ...machine(), loadavg_start: loadavg() }, config };

// --- native ----------------------------------------------------------------------------------------------------
log('native: throughput, latency, extraction ...');
const native = {
  throughput: runJson(nativeBench, ['throughput', file('news.txt'), '--runs', String(config.runs)]),
  // Check() and the JSON report once per story, as the WASM module and the peers are called.
  per_story: runJson(nativeBench, ['stories', file('news.txt'), '--runs', String(Math.min(config.runs, 5))]),
  latency: runJson(nativeBench, ['latency', file('article.txt'), '--iters', String(config.iters)]),
};
const extracted = runJson(nativeBench, ['extract', file('news.txt'), '--date', REFERENCE]);
native.extraction = { ms: extracted.ms, mb_per_s: extracted.mb_per_s, mentions: extracted.mentions };
results.native = native;

// --- accuracy of our extraction (native FindQuantities / FindDates / SplitSentences) ----------------------------
const truth = readJson('truth.json');
const ourDates = extracted.stories.map((s) => s.dates.map((d) => dateKeys({
  y: d.y, m: d.granularity === 'year' || d.granularity === 'decade' ? null : d.m,
  d: d.granularity === 'day' ? d.d : null, decade: d.granularity === 'decade' })));
results.accuracy = {
  sentences: scoreSentences(truth, extracted.stories.map((s) => s.sentences)),
  numbers: scoreNumbers(truth, extracted.stories.map((s) => s.numbers.map((n) => n.values))),
  dates: scoreDates(truth, ourDates),
};

// --- WebAssembly in this Node process ----------------------------------------------------------------------------
log('wasm (Node): throughput, per story, latency, floor ...');
const corpus = readText('news.txt');
const storyTexts = stories(corpus);
const article = readText('article.txt');
const checker = await createInThreadChecker();
results.wasm_node = {
  throughput: await throughput(checker, corpus, config.runs),
  per_story: await perStory(checker, storyTexts, Math.min(config.runs, 3)),
  latency: await latency(checker, article, config.iters),
  floor: await floor(corpus, config.runs),
};
checker.dispose();

// --- peers, same process, same stories ---------------------------------------------------------------------------
log('peers ...');
const peers = await runPeers(storyTexts, config.peerSeconds * 1000, log);
const scorers = { sentences: scoreSentences, numbers: scoreNumbers, dates: scoreDates };
results.peers = peers.map(({ outputs, ...p }) => (p.error ? p : {
  ...p, mb_per_s: p.bytes / 1e6 / (p.ms / 1e3), accuracy: scorers[p.step](truth, outputs),
}));

// --- cold start: a fresh Node process per run ----------------------------------------------------------------------
log('cold start (Node) ...');
const coldRuns = Array.from({ length: config.coldRuns },
  () => runJson(process.execPath, [join(benchDir, 'lib/cold-node.mjs')]));
results.cold_node = {
  runs: coldRuns.map((r) => r.total_ms),
  median_ms: median(coldRuns.map((r) => r.total_ms)),
  median_import_ms: median(coldRuns.map((r) => r.import_ms)),
  median_module_ms: median(coldRuns.map((r) => r.module_ms)),
  median_create_ms: median(coldRuns.map((r) => r.create_ms)),
  median_since_process_start_ms: median(coldRuns.map((r) => r.since_process_start_ms)),
  median_to_report_ms: median(coldRuns.map((r) => r.to_report_ms)),
  median_first_report_ms: median(coldRuns.map((r) => r.first_report_ms)),
  median_main_thread_cpu_ms: median(coldRuns.map((r) => r.main_thread_cpu_ms)),
};

// --- Chromium -----------------------------------------------------------------------------------------------------
if (config.browser) {
  log('browser (Chromium) ...');
  try {
    const { browserBench } = await import('./lib/browser.mjs');
    results.browser = await browserBench(config, log);
  } catch (error) {
    results.browser = { error: String(error.message ?? error).split('\n')[0] };
  }
}

// --- download size ------------------------------------------------------------------------------------------------
results.download = sizes();

// --- scale: generated fact bases ----------------------------------------------------------------------------------
log(`scale: ${config.scale.join(', ')} facts ...`);
const scaleIters = Math.max(20, Math.floor(config.iters / 3));
results.scale = config.scale.map((n) => {
  const row = { facts: n,
    native: runJson(nativeBench, ['scale', file(`facts-${n}.json`), file('article.txt'), '--iters', String(scaleIters)]) };
  if (config.wasmScale) {
    try {
      row.wasm_node = runJson(process.execPath, [join(benchDir, 'lib/scale-node.mjs'), String(n), String(scaleIters)]);
    } catch (error) {
      row.wasm_node = { error: String(error.message).split('\n')[0] };
    }
  }
  return row;
});

results.targets = targets(results);
results.machine.loadavg_end = loadavg();
results.seconds = (performance.now() - started) / 1000;
writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
console.log(renderTables(results));
log(`bench: ${results.seconds.toFixed(0)} s; wrote bench/results.json`);
