// What a reader and a news site notice about the <claim-check> widget's layout: the bar keeps one height from
// loading to done at every width (the height a site reserves), the counts filter the list, contradicted claims come
// first, the card never covers its claim on a phone (also a claim on two lines), and focus never stays under the
// card: Tab past its last button closes it.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowserAndSite } from './harness.js';
import { openWidgetPage, waitForWidgets, cardContent, deepFocus } from './widget-helpers.js';

const BAR_PX = 48;  // web/widget/README.md: the height to reserve
const WIDTHS = [280, 320, 375, 414, 600, 768, 1024, 1280];
const PHONE = { width: 375, height: 812 };

let env;
let site;
let servers;
before(async () => {
  servers = await startBrowserAndSite();
  ({ env, site } = servers);
});
after(async () => { await servers?.close(); });

const fixture = (name) => `${env.url}tests/browser/fixtures/${name}`;
const hostHeights = async (page) => {
  const heights = {};
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    heights[width] = await page.evaluate(() => document.querySelector('claim-check').getBoundingClientRect().height);
  }
  return heights;
};
const all = (value) => Object.fromEntries(WIDTHS.map((w) => [w, value]));

test(`the bar is ${BAR_PX} px high while loading, when done and on error, at every width`, async () => {
  let release;
  const held = new Promise((done) => { release = done; });
  const page = await openWidgetPage(env.browser, `${site.url}demo/`, {
    prepare: (p) => p.route('**/src/index.js', async (route) => { await held; await route.continue(); }),
  });
  await page.waitForFunction(() => document.querySelector('claim-check')?.status === 'loading');
  assert.deepEqual(await hostHeights(page), all(BAR_PX), 'loading');
  release();
  await waitForWidgets(page);
  const done = await hostHeights(page);
  assert.deepEqual(done, all(BAR_PX), 'done');
  // Every count is on the bar's one line, at every width.
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const lines = await page.evaluate(() => {
      const root = document.querySelector('claim-check').shadowRoot;
      const bar = root.querySelector('.bar').getBoundingClientRect();
      return [...root.querySelectorAll('.count, .badge')].map((e) => e.getBoundingClientRect())
        .filter((r) => r.top < bar.top || r.bottom > bar.bottom || r.right > bar.right).length;
    });
    assert.equal(lines, 0, `at ${width} px a count or the button sits outside the bar`);
  }
  await page.close();

  const broken = await openWidgetPage(env.browser, fixture('widget-sample.html?sample=seed'), {
    prepare: (p) => p.route('**/dist/claimcheck.wasm', (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  await broken.waitForFunction(() => document.querySelector('claim-check')?.status === 'error');
  assert.deepEqual(await hostHeights(broken), all(BAR_PX), 'error');
  const details = await broken.evaluate(() => {
    const root = document.querySelector('claim-check').shadowRoot;
    root.querySelector('.badge').click();
    return root.querySelector('.details:not([hidden])')?.textContent ?? '';
  });
  assert.match(details, /wasm-load/, 'the error shows its code');
  await broken.close();
});

test('the list puts contradicted claims first; the counts are toggle buttons that filter it', async () => {
  const page = await openWidgetPage(env.browser, `${site.url}demo/`);
  await waitForWidgets(page);
  const list = () => page.evaluate(() => {
    const widget = document.querySelector('claim-check');
    const root = widget.shadowRoot;
    return {
      shown: [...root.querySelectorAll('.list li:not([hidden]) .item')].map((b) => Number(b.dataset.index)),
      expanded: root.querySelector('.badge').getAttribute('aria-expanded'),
      pressed: [...root.querySelectorAll('.count')].map((b) => `${b.dataset.verdict}:${b.getAttribute('aria-pressed')}`),
      starts: widget.report.claims.map((c) => [c.verdict, c.start]),
    };
  });
  const before = await list();
  const rank = { contradicted: 0, unverified: 1, supported: 2 };
  const order = before.shown.map((i) => before.starts[i]);
  const sorted = [...order].sort((a, b) => rank[a[0]] - rank[b[0]] || a[1] - b[1]);
  assert.deepEqual(order, sorted, 'contradicted first, then in document order');
  assert.equal(order[0][0], 'contradicted');

  await page.locator('claim-check .count[data-verdict="contradicted"]').click();
  let now = await list();
  assert.equal(now.expanded, 'true', 'a count opens the list');
  assert.ok(now.pressed.includes('contradicted:true'));
  assert.deepEqual(now.shown.map((i) => now.starts[i][0]), Array(4).fill('contradicted'));
  assert.match(await page.locator('claim-check [role=status]').textContent(), /Showing 4 claims: contradicted/);

  await page.locator('claim-check .count[data-verdict="supported"]').click();
  now = await list();
  assert.deepEqual(now.shown, before.shown, 'contradicted and supported: everything here');
  await page.locator('claim-check .count[data-verdict="contradicted"]').click();
  now = await list();
  assert.ok(now.shown.every((i) => now.starts[i][0] === 'supported'));
  // Previous and Next step through the list as filtered.
  await page.evaluate((i) => document.querySelector('claim-check').open(i), now.shown[0]);
  assert.match((await cardContent(page)).label, /^Supported/);
  assert.match(await page.locator('claim-check .card .position').textContent(), new RegExp(`of ${now.shown.length}$`));
  await page.keyboard.press('Escape');
  await page.locator('claim-check .count[data-verdict="supported"]').click();
  now = await list();
  assert.deepEqual(now.shown, before.shown);
  assert.ok(now.pressed.every((p) => p.endsWith(':false')));
  assert.deepEqual(page.problems, []);
  await page.close();
});

/** Opens claim `index` and says whether the card covers any line of it, and whether the card is in the viewport. */
function openAndMeasure(page, index) {
  return page.evaluate(async (i) => {
    const widget = document.querySelector('claim-check');
    widget.open(i);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const card = widget.shadowRoot.querySelector('.card').getBoundingClientRect();
    const range = [...CSS.highlights.get('claimcheck-active')][0];
    const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const covered = lines.filter((r) => card.left < r.right && card.right > r.left && card.top < r.bottom && card.bottom > r.top);
    return {
      text: range.toString(),
      rows: new Set(lines.map((r) => Math.round(r.top))).size,
      covered: covered.length,
      inside: card.top >= 0 && card.bottom <= innerHeight && card.left >= 0 && card.right <= innerWidth,
      height: Math.round(card.height),
    };
  }, index);
}

for (const [name, url] of [['the demo', () => `${site.url}demo/`],
  ['a narrow column where claims wrap', () => fixture('widget-sample.html?sample=altered&narrow=1')]]) {
  test(`phone: the card never covers any line of its claim (${name})`, async () => {
    const page = await openWidgetPage(env.browser, url());
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await waitForWidgets(page);
    const count = await page.evaluate(() => document.querySelector('claim-check').report.claims.length);
    let wrapped = 0;
    for (let i = 0; i < count; i++) {
      const m = await openAndMeasure(page, i);
      if (m.rows > 1) wrapped++;
      assert.equal(m.covered, 0, `"${m.text}" (${m.rows} lines): the card covers ${m.covered} of them`);
      assert.ok(m.inside, `"${m.text}": the card leaves the viewport`);
      assert.ok(m.height >= 150, `"${m.text}": the card is only ${m.height} px high`);
    }
    if (name.startsWith('a narrow')) assert.ok(wrapped >= 3, `only ${wrapped} claims wrap`);
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('phone: Tab past the card\'s last button closes it, so focus never sits under the card', async () => {
  const page = await openWidgetPage(env.browser, fixture('widget-sample.html?sample=altered'));
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await waitForWidgets(page);
  await page.locator('claim-check .badge').click();
  await page.locator('claim-check .item >> nth=0').focus();
  await page.keyboard.press('Enter');
  assert.ok(await cardContent(page), 'the card is open');
  const seen = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const focus = await deepFocus(page);
    seen.push(`${focus?.tag}.${focus?.className}`);
    const state = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const card = document.querySelector('claim-check').shadowRoot.querySelector('.card');
      const inCard = card.contains(active);
      const open = card.classList.contains('open');
      const a = active.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      const covered = open && !inCard && a.left < c.right && a.right > c.left && a.top < c.bottom && a.bottom > c.top;
      return { inCard, open, covered };
    });
    assert.equal(state.covered, false, `focus on ${seen.at(-1)} sits under the open card`);
    if (!state.inCard) {
      assert.equal(state.open, false, `focus left the card for ${seen.at(-1)} and the card stayed open`);
      break;
    }
  }
  assert.ok(seen.some((s) => s.includes('nav')), `Tab went through the card: ${seen.join(', ')}`);
  assert.equal(await cardContent(page), null, `focus never left the card: ${seen.join(', ')}`);
  assert.deepEqual(page.problems, []);
  await page.close();
});
