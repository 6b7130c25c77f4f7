// One cold start in a fresh Node process: import the package, instantiate the module, load the bundled fact base.
// Prints {import_ms, module_ms, create_ms, total_ms, since_process_start_ms}. Run by bench.mjs, once per process.
// module_ms (instantiating the WebAssembly module alone) uses the package's internal loadModule() when it is there;
// create_ms is then the rest of createChecker(): the engine and its bundled fact base.
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const { createChecker } = await import('../../web/src/index.js');
const engine = await import('../../web/src/engine.js').catch(() => ({}));
const t1 = performance.now();
if (typeof engine.loadModule === 'function') await engine.loadModule();
const t2 = performance.now();
const checker = await createChecker({ worker: false });
const info = await checker.info();
const t3 = performance.now();
checker.dispose();
console.log(JSON.stringify({ import_ms: t1 - t0, module_ms: t2 - t1, create_ms: t3 - t2, total_ms: t3 - t0,
  since_process_start_ms: t3, facts: info.facts?.count ?? null }));
