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
