// Accessibility of the paste page and the <claim-check> widget, light and dark: contrast computed from the
// rendered colours (texts 4.5:1, underlines and highlights 3:1), a visible focus ring wherever focus lands, the
// widget's theme attribute, and axe-core with no serious or critical violation.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserAndSite } from './harness.js';
import { openWidgetPage, waitForWidgets, cardContent } from './widget-helpers.js';
import { alteredText, seedText, waitChecked, waitReady } from './page-helpers.js';
import { axeViolations, contrastFailures, focusRing, serveAxe } from './a11y-helpers.js';

const SCHEMES = ['light', 'dark'];

let env;
let site;
let servers;
before(async () => {
  servers = await startBrowserAndSite();
  ({ env, site } = servers);
});
after(async () => { await servers?.close(); });

const fixture = (name) => `${env.url}tests/browser/fixtures/${name}`;

/** The demo in `scheme`, checked, with a count pressed, the list open and the card of a contradicted claim open. */
async function openDemo(scheme) {
  const page = await openWidgetPage(env.browser, `${site.url}demo/`, {
    prepare: async (p) => {
      await serveAxe(p);
      await p.emulateMedia({ colorScheme: scheme });
    },
  });
  await waitForWidgets(page);
  await page.locator('claim-check .count[data-verdict="contradicted"]').click();
  await page.evaluate(() => {
    const widget = document.querySelector('claim-check');
    widget.open(widget.report.claims.findIndex((c) => c.verdict === 'contradicted'));
  });
  return page;
}

/** The paste page in `scheme` with the altered sample checked, a card open and a fact base error shown. */
async function openPastePage(scheme) {
  const page = await openWidgetPage(env.browser, site.url, {
    prepare: async (p) => {
      await serveAxe(p);
      await p.emulateMedia({ colorScheme: scheme });
    },
  });
  await waitReady(page);
  await page.fill('#text', alteredText);
  await waitChecked(page);
  await page.click('#facts-load > summary');
  await page.setInputFiles('#facts-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"facts": [') });
  await page.waitForSelector('#facts-message[data-kind="error"]');
  await page.click('#result-text .claim[data-verdict="contradicted"]');
  return page;
}

/** The paste page's Author mode in `scheme`: the seed drafted, one value made invalid (its error shown), the entities open. */
async function openAuthorPage(scheme) {
  const page = await openWidgetPage(env.browser, `${site.url}#author`, {
    prepare: async (p) => {
      await serveAxe(p);
      await p.emulateMedia({ colorScheme: scheme });
    },
  });
  await waitReady(page);
  await page.fill('#report-text', seedText);
  await page.click('#draft-button');
  await page.waitForSelector('#draft-result[data-state="valid"]');
  await page.locator('#draft-facts [data-key="approx"], #draft-facts [data-key="exact"]').first().fill('many');
  await page.waitForSelector('#draft-result[data-state="invalid"]');
  await page.click('.draft-entities > summary');
  return page;
}

test('the audits catch a faint text, a faint underline, a faint highlight and a missing ring (they can fail)', async () => {
  const page = await openWidgetPage(env.browser, fixture('widget-sample.html?sample=seed'));
  await waitForWidgets(page);
  assert.deepEqual(await contrastFailures(page, { highlights: true }), [], 'the fixture itself passes');
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'Faint text';
    faint.style.color = '#aaaaaa';
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'A faint underline';
    link.style.textDecorationColor = '#eeeeee';
    link.style.outline = 'none';
    document.querySelector('main').append(faint, link);
    document.querySelector('main h1').style.background = '#222';
  });
  await page.addStyleTag({ url: '/tests/browser/fixtures/faint.css' });
  const failures = await contrastFailures(page, { highlights: true });
  for (const expected of [/^text: p\. "Faint text"/, /^underline: a\. "A faint underline"/, /^text: h1\. "Talks in Moscow"/,
    /^highlight underline: claimcheck-supported/]) {
    assert.ok(failures.some((f) => expected.test(f)), `${expected} not in\n${failures.join('\n')}`);
  }
  await page.focus('main a[href="#x"]');
  assert.equal((await focusRing(page)).ok, false);
  await page.close();
});

for (const scheme of SCHEMES) {
  test(`widget, ${scheme}: every text, underline and highlight at WCAG AA contrast`, async () => {
    const page = await openDemo(scheme);
    assert.ok(await cardContent(page), 'the card is open');
    const panel = await page.evaluate(() => getComputedStyle(document.querySelector('claim-check').shadowRoot.querySelector('.panel')).backgroundColor);
    const sum = panel.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b);
    assert.equal(sum < 3 * 128, scheme === 'dark', `the panel is ${panel}`);
    assert.deepEqual(await contrastFailures(page, { scope: 'claim-check', highlights: true }), []);
    assert.deepEqual(page.problems, []);
    await page.close();

    // While loading, and with the marks drawn as <mark> wrappers.
    let release;
    const held = new Promise((done) => { release = done; });
    const loading = await openWidgetPage(env.browser, fixture('widget-sample.html?sample=altered&marking=wrap'), {
      prepare: async (p) => {
        await p.emulateMedia({ colorScheme: scheme });
        await p.route('**/src/index.js', async (route) => { await held; await route.continue(); });
      },
    });
    await loading.waitForFunction(() => document.querySelector('claim-check')?.status === 'loading');
    assert.deepEqual(await contrastFailures(loading, { scope: 'claim-check' }), [], 'loading');
    release();
    await waitForWidgets(loading);
    assert.ok(await loading.evaluate(() => document.querySelectorAll('mark.claimcheck-mark').length > 5));
    assert.deepEqual(await contrastFailures(loading, { scope: 'document' }), [], 'wrappers');
    await loading.close();
  });

  test(`paste page, ${scheme}: every text and underline at WCAG AA contrast, also on a phone`, async () => {
    const page = await openPastePage(scheme);
    const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const sum = body.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b);
    assert.equal(sum < 3 * 128, scheme === 'dark', `the page is ${body}`);
    assert.deepEqual(await contrastFailures(page), []);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.click('#result-text .claim[data-verdict="contradicted"] >> nth=1');
    assert.deepEqual(await contrastFailures(page), [], 'phone');
    await page.close();

    const author = await openAuthorPage(scheme);
    assert.deepEqual(await contrastFailures(author), [], 'author mode');
    await author.setViewportSize({ width: 375, height: 812 });
    assert.deepEqual(await contrastFailures(author), [], 'author mode, phone');
    await author.close();
  });

  test(`axe-core, ${scheme}: no serious or critical violation in the widget demo and the paste page`, async () => {
    const demo = await openDemo(scheme);
    assert.deepEqual(await axeViolations(demo), []);
    await demo.close();
    const page = await openPastePage(scheme);
    assert.deepEqual(await axeViolations(page), []);
    await page.setViewportSize({ width: 375, height: 812 });
    assert.deepEqual(await axeViolations(page), [], 'phone');
    await page.close();
    const author = await openAuthorPage(scheme);
    assert.deepEqual(await axeViolations(author), [], 'author mode');
    await author.close();
  });
}

test('widget: theme="light" and theme="dark" win over the system; "auto" follows it', async () => {
  const looks = {};
  for (const scheme of SCHEMES) {
    for (const theme of ['light', 'dark', 'auto']) {
      const page = await openWidgetPage(env.browser, fixture(`widget-sample.html?sample=seed&theme=${theme}`), {
        prepare: (p) => p.emulateMedia({ colorScheme: scheme }),
      });
      await waitForWidgets(page);
      looks[`${scheme}/${theme}`] = await page.evaluate(() => {
        const panel = document.querySelector('claim-check').shadowRoot.querySelector('.panel');
        const [r, g, b] = getComputedStyle(panel).backgroundColor.match(/\d+/g).map(Number);
        return r + g + b < 3 * 128 ? 'dark' : 'light';
      });
      assert.deepEqual(await contrastFailures(page, { scope: 'claim-check' }), [], `${scheme}/${theme}`);
      await page.close();
    }
  }
  assert.deepEqual(looks, {
    'light/light': 'light', 'light/dark': 'dark', 'light/auto': 'light',
    'dark/light': 'light', 'dark/dark': 'dark', 'dark/auto': 'dark',
  });
});

/** Presses Tab up to `times` times; returns the rings seen that are missing or too faint. */
async function tabAndCheck(page, times, { stopWhen } = {}) {
  const bad = [];
  const seen = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    if (!ring) continue;
    seen.push(ring.name);
    if (!ring.ok) bad.push(`${ring.name}: ${ring.why}`);
    if (stopWhen && (await page.evaluate(stopWhen))) break;
  }
  return { bad, seen };
}

for (const scheme of SCHEMES) {
  test(`a visible focus ring wherever focus lands, ${scheme}: the page, the widget and its card`, async () => {
    const page = await openPastePage(scheme);
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.activeElement.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    let { bad, seen } = await tabAndCheck(page, 45);
    assert.ok(seen.length >= 30, `Tab reached ${seen.length} elements`);
    assert.deepEqual(bad, [], `page: ${seen.join(', ')}`);
    // The results take focus after a sample is loaded.
    await page.click('button[data-sample="seed"]');
    // The altered text's check is already done: wait for the seed's to finish, which is when focus moves.
    await page.waitForFunction(() => document.activeElement?.id === 'results');
    await waitChecked(page);
    assert.deepEqual(await focusRing(page), { name: 'section.panel#results', ok: true, why: (await focusRing(page)).why });
    await page.close();

    const author = await openAuthorPage(scheme);
    await author.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
    ({ bad, seen } = await tabAndCheck(author, 40));
    assert.ok(seen.length >= 30, `Tab reached ${seen.length} elements in author mode`);
    assert.deepEqual(bad, [], `author mode: ${seen.join(', ')}`);
    await author.close();

    const demo = await openWidgetPage(env.browser, `${site.url}demo/`, { prepare: (p) => p.emulateMedia({ colorScheme: scheme }) });
    await waitForWidgets(demo);
    // A click on a marked claim opens its card and focuses the dialog: it shows a ring too.
    await demo.evaluate(() => document.querySelector('#article-body em').scrollIntoView({ block: 'center' }));
    const point = await demo.evaluate(() => {
      const box = [...CSS.highlights.get('claimcheck-contradicted')].find((r) => r.toString() === '150,000').getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await demo.mouse.click(point.x, point.y);
    const dialog = await focusRing(demo);
    assert.equal(dialog?.name, 'div.card');
    assert.ok(dialog.ok, dialog.why);
    await demo.keyboard.press('Escape');
    // From the top of the page through the widget's counts, its button, the list and a card.
    await demo.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    ({ bad, seen } = await tabAndCheck(demo, 40, {
      stopWhen: () => document.querySelector('claim-check').shadowRoot.activeElement?.classList.contains('badge'),
    }));
    assert.ok(seen.some((s) => s.startsWith('button.count')), seen.join(', '));
    await demo.keyboard.press('Enter');               // the list opens
    bad.push(...(await tabAndCheck(demo, 3)).bad);    // into the list
    await demo.keyboard.press('Enter');               // a claim's card opens, focused
    const card = await focusRing(demo);
    assert.equal(card?.name, 'div.card');
    bad.push(...(card.ok ? [] : [`card: ${card.why}`]), ...(await tabAndCheck(demo, 4)).bad);
    assert.deepEqual(bad, [], 'widget');
    assert.deepEqual(demo.problems, []);
    await demo.close();
  });
}
