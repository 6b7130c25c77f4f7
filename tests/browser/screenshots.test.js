// The pictures in docs/: the paste page and the widget demo, light, dark and on a phone, each with a contradicted
// claim's card open. They are written to tests/artifacts/docs/; `cp tests/artifacts/docs/*.png docs/` refreshes the
// committed ones. Each picture is taken once the page says it is done, never after a delay.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowserAndSite, artifacts } from './harness.js';
import { openWidgetPage, waitForWidgets, cardContent } from './widget-helpers.js';
import { waitChecked, waitReady } from './page-helpers.js';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };
const out = join(artifacts, 'docs');

let env;
let site;
let servers;
before(async () => {
  servers = await startBrowserAndSite();
  ({ env, site } = servers);
  mkdirSync(out, { recursive: true });
});
after(async () => { await servers?.close(); });

const settled = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

for (const [name, viewport, scheme] of [['page', DESKTOP, 'light'], ['page-dark', DESKTOP, 'dark'], ['page-mobile', PHONE, 'light']]) {
  test(`docs/${name}.png: the paste page with the altered sample and a contradicted claim's card`, async () => {
    const page = await openWidgetPage(env.browser, site.url, {
      prepare: async (p) => {
        await p.setViewportSize(viewport);
        await p.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      },
    });
    await waitReady(page);
    await page.click('button[data-sample="altered"]');
    await waitChecked(page);
    await page.mouse.move(0, 0);
    const claim = '#result-text .claim[data-verdict="contradicted"]';
    if (viewport === PHONE) {
      await page.click(`${claim} >> nth=0`);
    } else {
      await page.focus(claim);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    assert.ok(await page.isVisible('#card.is-open'));
    await settled(page);
    await page.screenshot({ path: join(out, `${name}.png`) });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

for (const [name, viewport, scheme] of [['widget', DESKTOP, 'light'], ['widget-dark', DESKTOP, 'dark'], ['widget-mobile', PHONE, 'light']]) {
  test(`docs/${name}.png: the widget demo with the card of "150,000" open`, async () => {
    const page = await openWidgetPage(env.browser, `${site.url}demo/`, {
      prepare: async (p) => {
        await p.setViewportSize(viewport);
        await p.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      },
    });
    await waitForWidgets(page);
    await page.evaluate(() => {
      const widget = document.querySelector('claim-check');
      widget.open(widget.report.claims.findIndex((c) => c.text === '150,000'));
    });
    assert.equal((await cardContent(page))?.claim, '150,000');
    await settled(page);
    await page.screenshot({ path: join(out, `${name}.png`) });
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}
