// claimcheck in headless Chromium (tests/browser/harness.js: Debian's Chromium through playwright-core, the page
// served by scripts/serve.mjs with its strict CSP). Latency: one page checks the article many times. Cold start:
// a fresh page per run; the first run is also the first in a fresh browser profile (no HTTP or code cache).
// Chromium coarsens performance.now() to 0.1 ms on pages that are not cross-origin isolated: latencies are
// multiples of about 0.1 ms.
import { median, root } from './common.mjs';

async function runPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 120_000 });
  const result = await page.evaluate(() => window.benchResult);
  await page.close();
  if (result.error || problems.length) throw new Error(result.error ?? problems.join('; '));
  return result;
}

export async function browserBench({ iters, coldRuns }, log) {
  const { startBrowser } = await import(new URL('tests/browser/harness.js', `file://${root}/`).href);
  const env = await startBrowser({ servedRoot: root });
  try {
    const base = `${env.url}bench/browser/bench.html`;
    const version = env.browser.browser()?.version() ?? null;
    log('  cold start, fresh pages (without and with the start-up image, alternating) ...');
    const runs = [];
    const imageRuns = [];
    for (let i = 0; i < coldRuns; ++i) {
      runs.push(await runPage(env.browser, `${base}?mode=cold&run=${i}`));
      imageRuns.push(await runPage(env.browser, `${base}?mode=cold&image=1&run=${i}`));
    }
    if (imageRuns.some((r) => r.image !== true)) throw new Error('a startupImage page did not use the image');
    log('  latency ...');
    const lat = await runPage(env.browser, `${base}?mode=latency&iters=${iters}`);
    const later = runs.slice(1);
    const imageLater = imageRuns.slice(1);
    const med = (key) => median(imageLater.map((r) => r[key]));
    return {
      chromium: version,
      latency: lat,
      cold: {
        runs: runs.map((r) => r.total_ms),
        first_ms: runs[0].total_ms,
        first_since_navigation_ms: runs[0].since_navigation_ms,
        median_ms: median(later.length ? later.map((r) => r.total_ms) : [runs[0].total_ms]),
        median_module_ms: median(later.length ? later.map((r) => r.module_ms) : [runs[0].module_ms]),
        median_create_ms: median(later.length ? later.map((r) => r.create_ms) : [runs[0].create_ms]),
        first_to_report_ms: runs[0].to_report_ms,
        median_to_report_ms: median(later.length ? later.map((r) => r.to_report_ms) : [runs[0].to_report_ms]),
        median_first_report_ms: median(later.length ? later.map((r) => r.first_report_ms) : [runs[0].first_report_ms]),
        median_import_ms: median(later.length ? later.map((r) => r.import_ms) : [runs[0].import_ms]),
      },
      // createChecker({ startupImage: true }): the first run is the image's first download; medians of the rest.
      cold_image: imageLater.length ? {
        median_ms: med('total_ms'),
        median_module_ms: med('module_ms'),
        median_create_ms: med('create_ms'),
        median_to_report_ms: med('to_report_ms'),
        median_first_report_ms: med('first_report_ms'),
      } : null,
    };
  } finally {
    await env.close();
  }
}
