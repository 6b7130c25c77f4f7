// The WASM module in headless Chromium, loaded as a page would under the strict CSP of scripts/serve.mjs.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage, root } from './harness.js';

let env;
before(async () => { env = await startBrowser({ servedRoot: root }); });
after(async () => { await env?.close(); });

test('module loads under a strict CSP and checks a sentence', async () => {
  const page = await openPage(env.browser, `${env.url}tests/browser/fixtures/module.html`);
  await page.waitForFunction(() => document.getElementById('result').textContent !== 'loading');
  const text = await page.textContent('#result');
  assert.ok(!text.startsWith('error'), text);
  const report = JSON.parse(text);
  const claim = report.claims.find((c) => c.fact_id === 'syria-war-death-toll');
  assert.equal(claim.verdict, 'contradicted');
  assert.equal(claim.text, '80,000');
  assert.deepEqual(page.problems, []);
});

/**
 * In a fresh page (a realm of its own, so a module of its own): the package bundle for pages checks `texts` with
 * createChecker(`options`), in the page or a worker. Returns the reports, whether the module-ready mark says the
 * image gave the engine, and the URLs the page fetched.
 */
async function checkInFreshPage(texts, options) {
  const page = await openPage(env.browser, `${env.url}tests/browser/fixtures/blank.html`);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const result = await page.evaluate(async ({ texts, options }) => {
    const { createChecker } = await import('/web/dist/claimcheck-browser.js');
    const { factsUrl, ...rest } = options;
    const checker = await createChecker(factsUrl ? { ...rest, facts: new URL(factsUrl, location.href) } : rest);
    try {
      const reports = [];
      for (const text of texts) reports.push(await checker.check(text, { date: '2023-04-25' }));
      const info = await checker.info();
      const mark = performance.getEntriesByName('claimcheck:module-ready')[0];
      return { reports, info, image: mark?.detail?.image ?? null };
    } finally {
      checker.dispose();
    }
  }, { texts, options });
  assert.deepEqual(page.problems, []);
  await page.close();
  return { ...result, requests };
}

test('startupImage: the bundled engine from the start-up image gives the same info and reports', async () => {
  const texts = [
    "Syria's civil war has left 80,000 people dead, the monitor said on Tuesday.",
    'Israeli jets struck Aleppo airport on 2 May 2023, and three incursions followed in March.',
    'Nothing to check here.',
  ];
  const built = await checkInFreshPage(texts, {});
  assert.equal(built.image, false, 'without the option the engine is built');
  assert.ok(!built.requests.some((url) => url.endsWith('.image')), 'and the image is not fetched');
  const imaged = await checkInFreshPage(texts, { startupImage: true });
  assert.equal(imaged.image, true, 'the image gave the engine');
  assert.ok(imaged.requests.some((url) => url.endsWith('/web/dist/claimcheck.image')));
  assert.deepEqual(imaged.info, built.info);
  assert.deepEqual(imaged.reports, built.reports);
  assert.ok(built.reports[0].claims.some((c) => c.verdict === 'contradicted'));
  // With a base of the caller's (here the bundled base's JSON), the image is not fetched at all.
  const own = await checkInFreshPage(texts, { startupImage: true, factsUrl: '/facts/moscow-2023-04-25.json' });
  assert.equal(own.image, false);
  assert.ok(!own.requests.some((url) => url.endsWith('.image')));
  assert.deepEqual(own.reports, built.reports);
});

test('startupImage in a worker: the same reports as in the page', async () => {
  const texts = ["Syria's civil war has left 80,000 people dead, the monitor said on Tuesday."];
  const page = await checkInFreshPage(texts, { startupImage: true });
  const worker = await checkInFreshPage(texts, { startupImage: true, worker: true });
  assert.ok(worker.requests.some((url) => url.endsWith('/web/dist/claimcheck-worker.js')), 'a worker ran the check');
  assert.ok(worker.requests.some((url) => url.endsWith('/web/dist/claimcheck.image')), 'it fetched the image');
  assert.deepEqual(worker.reports, page.reports);
  assert.deepEqual(worker.info, page.info);
});
