// The browser half of bench/lib/browser.mjs, loaded under the strict CSP of scripts/serve.mjs (the repository
// root is served). ?mode=cold: import the package (its bundle for pages; ?package=src: its sources), instantiate
// the module and load the bundled fact base, once, then the first report of bench/corpus/article.txt
// (to_report_ms: import to that report).
// ?mode=latency&iters=N: check bench/corpus/article.txt N times after a warm-up. The result goes to
// window.benchResult (and #result).
const params = new URLSearchParams(location.search);
const REFERENCE = '2023-04-25';

const quantile = (samples, q) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};

async function cold() {
  const article = await (await fetch('../corpus/article.txt')).text();  // fetched before the clock starts
  // What a page imports: the package's bundle for pages (dist/claimcheck-browser.js); ?package=src: its sources.
  const entry = params.get('package') === 'src' ? '../../web/src/index.js' : '../../web/dist/claimcheck-browser.js';
  const t0 = performance.now();
  const { createChecker } = await import(entry);
  const t1 = performance.now();
  // ?image=1: the bundled engine from the start-up image (createChecker's startupImage).
  const checker = await createChecker({ startupImage: params.get('image') === '1' });
  await checker.info();
  const t3 = performance.now();
  // The package marks when its module is ready: instantiated, the runtime started (web/src/engine.js).
  const ready = performance.getEntriesByName('claimcheck:module-ready')[0];
  const t2 = ready?.startTime ?? t1;
  await checker.check(article, { date: REFERENCE });
  const t4 = performance.now();
  checker.dispose();
  return { import_ms: t1 - t0, module_ms: t2 - t1, create_ms: t3 - t2, total_ms: t3 - t0, since_navigation_ms: t3,
    first_report_ms: t4 - t3, to_report_ms: t4 - t0, entry,
    image: ready?.detail?.image ?? null };
}

async function latency(iters) {
  const { createChecker } = await import('../../web/dist/claimcheck-browser.js');
  const text = await (await fetch('../corpus/article.txt')).text();
  const checker = await createChecker();
  // Warm-up: at least 20 calls and one second, so that V8 has tiered the hot code up (as in bench/lib/wasm.mjs).
  const warm = performance.now();
  for (let i = 0; i < 20 || performance.now() - warm < 1000; ++i) await checker.check(text, { date: REFERENCE });
  const ms = [];
  let claims = 0;
  for (let i = 0; i < iters; ++i) {
    const start = performance.now();
    claims = (await checker.check(text, { date: REFERENCE })).claims.length;
    ms.push(performance.now() - start);
  }
  checker.dispose();
  const steps = ms.filter((v) => v > 0).reduce((a, v) => Math.min(a, v), Infinity);
  return { iters, p50_ms: quantile(ms, 0.5), p95_ms: quantile(ms, 0.95), claims, smallest_sample_ms: steps,
    cross_origin_isolated: globalThis.crossOriginIsolated === true };
}

try {
  const mode = params.get('mode');
  window.benchResult = mode === 'cold' ? await cold() : await latency(Number(params.get('iters') ?? 200));
} catch (error) {
  window.benchResult = { error: String(error?.stack ?? error) };
}
document.getElementById('result').textContent = JSON.stringify(window.benchResult);
