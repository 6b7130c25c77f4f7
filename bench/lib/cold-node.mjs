// One cold start in a fresh Node process: import the package, instantiate the module, load the bundled fact base.
// Prints {import_ms, module_ms, create_ms, total_ms, since_process_start_ms, main_thread_cpu_ms (import to
// first answer), process_cpu_ms (all threads, since the process started)}. Run by bench.mjs, once per process.
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
const c3 = threadCpuMs();
checker.dispose();
console.log(JSON.stringify({ import_ms: t1 - t0, module_ms: t2 - t1, create_ms: t3 - t2, total_ms: t3 - t0,
  since_process_start_ms: t3, main_thread_cpu_ms: c0 === null ? null : c3 - c0,
  process_cpu_ms: (process.cpuUsage().user + process.cpuUsage().system) / 1000, facts: info.facts?.count ?? null }));
