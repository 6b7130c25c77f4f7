// One cold start in a fresh Node process: import the package, instantiate the module, load the bundled fact base.
// Prints {import_ms, module_ms, create_ms, total_ms (import to the engine with its base), since_process_start_ms,
// first_report_ms (the first check of bench/corpus/article.txt), to_report_ms (import to that first report: what the
// cold-start target counts), main_thread_cpu_ms (import to the first report), process_cpu_ms (all threads, since
// the process started)}. Run by bench.mjs, once per process.
// module_ms (instantiating the WebAssembly module alone) uses the package's internal loadModule() when it is there;
// create_ms is then the rest of createChecker(): the engine and its bundled fact base.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

// CPU time of this (the main) thread in ms, from Linux's /proc/thread-self/schedstat (ns on the CPU); null elsewhere.
// process.cpuUsage() would add V8's compiler and GC threads.
const threadCpuMs = () => {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
};
// The 1,000-word article (bench/corpus, made by gen-corpus.mjs), read before the clock starts; its first report ends
// the cold start the targets count ("import to the first report").
const article = (() => {
  try {
    return readFileSync(new URL('../corpus/article.txt', import.meta.url), 'utf8');
  } catch {
    return null;
  }
})();
const c0 = threadCpuMs();
const t0 = performance.now();
const { createChecker } = await import('../../web/src/index.js');
const engine = await import('../../web/src/engine.js').catch(() => ({}));
const t1 = performance.now();
if (typeof engine.loadModule === 'function') await engine.loadModule();
const t2 = performance.now();
const checker = await createChecker({ worker: false });
const info = await checker.info();
const t3 = performance.now();
const report = article === null ? null : await checker.check(article, { date: '2023-04-25' });
const t4 = performance.now();
const c4 = threadCpuMs();
checker.dispose();
console.log(JSON.stringify({ import_ms: t1 - t0, module_ms: t2 - t1, create_ms: t3 - t2, total_ms: t3 - t0,
  since_process_start_ms: t3, first_report_ms: report ? t4 - t3 : null, to_report_ms: report ? t4 - t0 : null,
  claims: report?.claims.length ?? null, main_thread_cpu_ms: c0 === null ? null : c4 - c0,
  process_cpu_ms: (process.cpuUsage().user + process.cpuUsage().system) / 1000, facts: info.facts?.count ?? null }));
