// The <claim-check> widget in headless Chromium, under the strict CSP of scripts/serve.mjs: the demo article,
// keyboard use, markup that must stay inert, the wrapper fallback, two widgets and the script loaded twice, and the
// download budget of its code. widget-check.test.js compares its reports with the package's; widget-layout.test.js covers the
// bar, the list, the card's place and focus.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startBrowserAndSite, root, artifactPath } from './harness.js';
import {
  openWidgetPage, waitForWidgets, highlightTexts, highlightCentre, cardContent, articleSnapshot, gzippedSizes,
} from './widget-helpers.js';

const ALTERED = ['150,000', 'Dec 20', '2014', 'four'];  // the figures changed in the demo article
const BUDGET_BYTES = 250 * 1024;

let env;   // browser + a server on the repository root (fixtures)
let site;  // a server on web/, as ./run.sh serves it (the demo at /demo/)
let servers;
before(async () => {
  servers = await startBrowserAndSite();
  ({ env, site } = servers);
});
after(async () => { await servers?.close(); });

const demoUrl = () => `${site.url}demo/`;
// widget-tricky.html holds a <style> inside the article (the widget must not read it); the CSP blocks it.
const withoutFixtureStyle = (problems) => problems.filter((p) => !/inline style|style-src-elem blocked inline \(.*widget-tricky\.html/.test(p));
const fixture = (name) => `${env.url}tests/browser/fixtures/${name}`;

test('demo: the altered figures are contradicted, and every claim is marked at its words', async () => {
  const workers = [];
  const page = await openWidgetPage(env.browser, demoUrl(), { prepare: (p) => p.on('worker', (w) => workers.push(w.url())) });
  await waitForWidgets(page);
  const marked = await highlightTexts(page);
  for (const figure of ALTERED) {
    assert.ok(marked['claimcheck-contradicted']?.some((text) => text.includes(figure)), `${figure} is not marked as contradicted`);
  }
  // Each claim of the report is marked over exactly its words.
  const claims = await page.evaluate(() => {
    const widget = document.querySelector('claim-check');
    return widget.report.claims.map((c) => ({ verdict: c.verdict, text: c.text, slice: widget.reportText.slice(c.start, c.end) }));
  });
  assert.ok(claims.length >= 10, `only ${claims.length} claims`);
  for (const claim of claims) assert.equal(claim.slice, claim.text);
  const byVerdict = {};
  for (const c of claims) (byVerdict[`claimcheck-${c.verdict}`] ??= []).push(c.text);
  for (const [name, texts] of Object.entries(byVerdict)) assert.deepEqual([...marked[name]].sort(), texts.sort(), name);

  // A claim across three links, and one inside emphasis, are single ranges over the publisher's nodes.
  const spans = await page.evaluate(() => {
    const find = (name, text) => [...CSS.highlights.get(name)].find((r) => r.toString() === text);
    const across = find('claimcheck-supported', 'Iran, Syria, and Turkiye');
    const toll = find('claimcheck-contradicted', '150,000');
    return {
      across: [across.startContainer.parentElement.localName, across.endContainer.parentElement.localName,
        across.startContainer !== across.endContainer],
      toll: toll.startContainer.parentElement.localName,
    };
  });
  assert.deepEqual(spans, { across: ['a', 'a', true], toll: 'em' });
  assert.ok(workers.some((url) => url.endsWith('/dist/worker.js')), `the check ran in a worker: ${workers}`);
  const summary = await page.locator('claim-check .counts').textContent();
  assert.match(summary, /4 contradicted/);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('demo: clicking a marked claim opens its card; Escape closes it', async () => {
  const page = await openWidgetPage(env.browser, demoUrl());
  await waitForWidgets(page);
  await page.evaluate(() => document.querySelector('#article-body em').scrollIntoView({ block: 'center' }));
  const opened = page.evaluate(() => new Promise((done) => addEventListener('claimcheck-open', (e) => done(e.detail.claim.text), { once: true })));
  const point = await highlightCentre(page, 'claimcheck-contradicted', '150,000');
  await page.mouse.click(point.x, point.y);
  assert.equal(await opened, '150,000');
  const card = await cardContent(page);
  assert.equal(card.verdict, 'Contradicted');
  assert.equal(card.claim, '150,000');
  assert.equal(card.found, '150,000');
  assert.match(card.expected, /^191,369 .* to more than 606,000 .*: 18 figures of deaths from \d+ sources$/);
  assert.match(card.statement, /half a million/);
  assert.match(card.source, /TDI/);
  assert.deepEqual(card.links, [], 'the bundled base has no source urls: no link at all (not "<site>/null")');
  assert.match(card.sentence, /^But Syria’s civil war, which has left 150,000 people dead/);
  assert.equal(card.popoverOpen, true);
  assert.deepEqual((await highlightTexts(page))['claimcheck-active'], ['150,000']);
  // The card sits next to the claim, inside the viewport, without covering it.
  const placed = await page.evaluate(() => {
    const box = document.querySelector('claim-check').shadowRoot.querySelector('.card').getBoundingClientRect();
    const claim = [...CSS.highlights.get('claimcheck-active')][0].getBoundingClientRect();
    const covers = box.left < claim.right && box.right > claim.left && box.top < claim.bottom && box.bottom > claim.top;
    return { inside: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth, covers };
  });
  assert.deepEqual(placed, { inside: true, covers: false });
  await page.screenshot({ path: artifactPath('widget-demo-card.png') });

  await page.keyboard.press('Escape');
  assert.equal(await cardContent(page), null);
  assert.equal((await highlightTexts(page))['claimcheck-active'], undefined);
  // A click on plain text opens nothing.
  const plain = await page.evaluate(() => {
    const r = document.querySelector('#article-body h2').getBoundingClientRect();
    return { x: r.left + 20, y: r.top + r.height / 2 };
  });
  await page.mouse.click(plain.x, plain.y);
  assert.equal(await cardContent(page), null);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('keyboard: the badge opens the list, a claim opens its card, Escape returns to the list', async () => {
  const page = await openWidgetPage(env.browser, demoUrl());
  await waitForWidgets(page);
  const badge = page.locator('claim-check .badge');
  assert.equal(await badge.getAttribute('aria-expanded'), 'false');
  await badge.focus();
  await page.keyboard.press('Enter');
  assert.equal(await badge.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => {
    const active = document.querySelector('claim-check').shadowRoot.activeElement;
    return active ? `${active.className}:${active.dataset.index ?? ''}` : null;
  });
  const listed = await page.evaluate(() => [...document.querySelector('claim-check').shadowRoot.querySelectorAll('.list .item')]
    .map((b) => Number(b.dataset.index)));
  assert.equal(await focused(), `item:${listed[0]}`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), `item:${listed[2]}`);
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'card open:');
  const card = await cardContent(page);
  const third = await page.evaluate((i) => document.querySelector('claim-check').report.claims[i].text, listed[2]);
  assert.equal(card.claim, third);
  assert.match(card.label, new RegExp(`: ${third}$`));
  await page.keyboard.press('Escape');
  assert.equal(await cardContent(page), null);
  assert.equal(await focused(), `item:${listed[2]}`);
  assert.match(await page.locator('claim-check [role=status]').textContent(), /claims checked, 4 contradicted/);
  await page.screenshot({ path: artifactPath('widget-demo-list.png') });
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the article keeps its markup and layout when highlighted', async () => {
  let release;
  const held = new Promise((done) => { release = done; });
  const page = await openWidgetPage(env.browser, demoUrl(), {
    waitUntil: 'commit',
    prepare: (p) => p.route('**/dist/claimcheck-widget.js', async (route) => { await held; await route.continue(); }),
  });
  await page.waitForFunction(() => document.readyState !== 'loading' &&
    [...document.styleSheets].some((s) => s.href?.endsWith('demo.css')) && document.querySelector('.lead img').complete);
  // Fonts that finish loading later move the text by themselves: compare the article once they are in.
  await page.evaluate(() => document.fonts.ready);
  const before = await articleSnapshot(page, '#article-body');
  release();
  await waitForWidgets(page);
  assert.ok(Object.keys(await highlightTexts(page)).length >= 2);
  assert.deepEqual(await articleSnapshot(page, '#article-body'), before);
  await page.evaluate(() => document.querySelector('claim-check').open(0));
  assert.deepEqual(await articleSnapshot(page, '#article-body'), before);
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('nothing heavy loads before the widget is needed', async () => {
  const page = await openWidgetPage(env.browser, demoUrl(), {
    prepare: (p) => p.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__early = {
          status: document.querySelector('claim-check')?.status,
          loaded: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
        };
      });
    }),
  });
  const early = await page.evaluate(() => window.__early);
  assert.equal(early.status, 'waiting');
  assert.ok(early.loaded.some((path) => path.endsWith('/dist/claimcheck-widget.js')), early.loaded.join());
  // Only the one script tag: the package, its worker and the module wait until a widget scrolls near.
  assert.deepEqual(early.loaded.filter((path) => /\/(src|dist)\//.test(path) && !path.endsWith('/dist/claimcheck-widget.js')), []);
  await waitForWidgets(page);
  await page.close();
});

test('markup inside the text stays text; claims across links, emphasis and after an emoji map to their words', async () => {
  const page = await openWidgetPage(env.browser, fixture('widget-tricky.html'));
  await waitForWidgets(page);
  const text = await page.evaluate(() => document.querySelector('claim-check').reportText);
  for (const hidden of ['nine', 'seven', 'eight', 'content:']) assert.ok(!text.includes(hidden), `read skipped text '${hidden}'`);
  assert.ok(text.includes('<img src=x onerror="window.__pwned = 1">'));
  const marked = (await highlightTexts(page))['claimcheck-contradicted'];
  for (const figure of ['150,000', 'four', 'Dec 20']) assert.ok(marked.includes(figure), `${figure} not in ${marked}`);
  assert.ok(marked.some((t) => t.includes('2014')));
  const toll = await page.evaluate(() => {
    const r = [...CSS.highlights.get('claimcheck-contradicted')].find((x) => x.toString() === '150,000');
    return [r.startContainer.parentElement.localName, r.endContainer.parentElement.localName];
  });
  assert.deepEqual(toll, ['a', 'em']);

  // Open every card and the list: report strings that look like HTML are shown as text.
  const index = await page.evaluate(() => document.querySelector('claim-check').report.claims.findIndex((c) => c.text === 'four'));
  await page.evaluate((i) => document.querySelector('claim-check').open(i), index);
  const card = await cardContent(page);
  assert.match(card.sentence, /^<script>window.__pwned=true<\/script> Turkiye/);
  await page.keyboard.press('Escape');
  await page.locator('claim-check .badge').click();
  const inert = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    images: document.querySelectorAll('img').length,
    injected: document.querySelector('claim-check').shadowRoot.querySelectorAll('img, script, style').length,
  }));
  assert.deepEqual(inert, { pwned: null, images: 0, injected: 0 });
  assert.deepEqual(withoutFixtureStyle(page.problems), []);
  await page.close();
});

test('wrappers (no Highlight API): claims wrapped in <mark>, clickable, unwrapped cleanly on removal', async () => {
  const page = await openWidgetPage(env.browser, fixture('widget-tricky.html'));
  await waitForWidgets(page);
  await page.evaluate(() => document.querySelector('claim-check').remove());
  assert.deepEqual(await highlightTexts(page), {});
  const before = await page.evaluate(() => ({
    html: document.getElementById('story').innerHTML,
    nodes: document.getElementById('story').querySelectorAll('*').length,
    texts: [...document.querySelectorAll('#story p, #story li')].map((p) => p.childNodes.length),
  }));
  await page.evaluate(() => {
    const widget = document.createElement('claim-check');
    widget.htmlFor = 'story';
    widget.date = '2023-04-25';
    widget.marking = 'wrap';
    widget.loading = 'eager';
    document.body.append(widget);
  });
  await waitForWidgets(page);
  assert.equal(await page.evaluate(() => document.querySelector('claim-check').getAttribute('marking')), 'wrap');
  assert.deepEqual(await highlightTexts(page), {});
  const marks = await page.evaluate(() => [...document.querySelectorAll('#story mark.claimcheck-mark-contradicted')]
    .map((m) => [m.parentElement.localName, m.textContent]));
  assert.deepEqual(marks.slice(0, 2), [['a', '150,'], ['em', '000']]);
  assert.ok(marks.some(([, t]) => t === 'four') && marks.some(([, t]) => t === 'Dec 20'));
  await page.click('#story em mark');
  const card = await cardContent(page);
  assert.equal(card.claim, '150,000');
  assert.equal(await page.evaluate(() => document.querySelectorAll('#story .claimcheck-mark-active').length), 2);

  await page.evaluate(() => document.querySelector('claim-check').remove());
  const after = await page.evaluate(() => ({
    html: document.getElementById('story').innerHTML,
    nodes: document.getElementById('story').querySelectorAll('*').length,
    texts: [...document.querySelectorAll('#story p, #story li')].map((p) => p.childNodes.length),
  }));
  assert.deepEqual(after, before);
  assert.deepEqual(withoutFixtureStyle(page.problems), []);
  await page.close();
});

test('the script loaded twice, two widgets on one page, a widget removed and added back', async () => {
  const requests = [];
  const page = await openWidgetPage(env.browser, fixture('widget-twice.html'), {
    prepare: (p) => p.on('request', (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search)),
  });
  await waitForWidgets(page);
  assert.ok(requests.includes('/web/widget/claimcheck-widget.js?copy=2'), 'the second copy was loaded');
  assert.ok(requests.includes('/facts/moscow-2023-04-25.json'), 'widget B fetched its facts attribute');
  const contradicted = async () => ((await highlightTexts(page))['claimcheck-contradicted'] ?? []).sort();
  assert.deepEqual(await contradicted(), ['150,000', 'four']);

  const a = page.locator('#widget-a');
  await page.evaluate(() => { window.__a = document.getElementById('widget-a'); window.__a.remove(); });
  assert.deepEqual(await contradicted(), ['four']);
  assert.equal(await page.evaluate(() => window.__a.status), 'idle');
  await page.evaluate(() => document.getElementById('first').after(window.__a));
  await waitForWidgets(page);
  assert.deepEqual(await contradicted(), ['150,000', 'four']);
  assert.equal(await a.evaluate((w) => w.report.claims.length > 0), true);

  // Attributes and properties mirror each other; a changed attribute checks again.
  const mirrored = await page.evaluate(() => {
    const w = document.getElementById('widget-b');
    w.verdicts = 'supported';
    return [w.getAttribute('verdicts'), w.htmlFor, w.facts, w.loading, w.marking];
  });
  assert.deepEqual(mirrored, ['supported', 'second', '/facts/moscow-2023-04-25.json', 'eager', 'auto']);
  await waitForWidgets(page);
  assert.deepEqual(await contradicted(), ['150,000']);
  assert.deepEqual(page.problems, []);
  await page.close();
});

// The budget is the widget's code: everything it downloads but the fact base, which is the site's content like the
// article (its own file, or the bundled base compiled, claimcheck-bundled.ccfb, when it gives none; reported).
const isFactBase = (path) => path.endsWith('.ccfb');

/** Checks and reports the gzipped sizes of `files` (paths under the repository root) against the budget. */
function checkBudget(t, files) {
  const code = gzippedSizes(files.filter((path) => !isFactBase(path)));
  const base = gzippedSizes(files.filter(isFactBase));
  for (const { file, bytes } of [...code.sizes, ...base.sizes]) t.diagnostic(`${file.slice(root.length)} ${bytes}`);
  t.diagnostic(`code, gzip -9: ${code.total} bytes (${(code.total / 1024).toFixed(1)} KiB) over ${code.sizes.length} files`);
  if (base.sizes.length > 0) t.diagnostic(`with the bundled fact base: ${code.total + base.total} bytes`);
  assert.ok(code.total <= BUDGET_BYTES, `${code.total} bytes > ${BUDGET_BYTES}`);
}

test('the widget\'s code fits in 250 KB gzipped', async (t) => {
  const paths = new Set();
  const page = await openWidgetPage(env.browser, demoUrl(), {
    prepare: (p) => p.context().on('request', (r) => {
      if (r.url().startsWith(site.url)) paths.add(new URL(r.url()).pathname);
    }),
  });
  await waitForWidgets(page);
  const widgetFiles = [...paths].filter((path) => /^\/(widget|ui|src|dist)\//.test(path)).sort();
  for (const needed of ['/dist/claimcheck-widget.js', '/dist/worker.js', '/dist/claimcheck-check.wasm']) {
    assert.ok(widgetFiles.includes(needed), `${needed} not among ${widgetFiles}`);
  }
  checkBudget(t, widgetFiles.map((path) => join(root, 'web', path)));
  await page.close();
});

// The widget's module carries no bundled fact base: a widget given none fetches it compiled, beside the module.
const BUNDLED_FILE = '/web/dist/claimcheck-bundled.ccfb';
const bundled = (query) => fixture(`widget-sample.html?sample=altered&bundle=1${query}`);

/** Opens `url` and waits for its widget; returns the page and the paths every page and worker requested from env. */
async function openRecorded(url, options = {}) {
  const paths = new Set();
  const record = (r) => { if (r.url().startsWith(env.url)) paths.add(new URL(r.url()).pathname); };
  env.browser.on('request', record);
  try {
    const page = await openWidgetPage(env.browser, url, options);
    await waitForWidgets(page);
    return { page, paths: [...paths].sort() };
  } finally {
    env.browser.off('request', record);
  }
}

const distFiles = (paths) => paths.filter((path) => path.startsWith('/web/dist/'));

for (const [where, query] of [['in a worker', ''], ['in the page', '&worker=off']]) {
  test(`no facts given: the widget fetches the compiled bundled base and checks with it, ${where}`, async (t) => {
    const { page, paths } = await openRecorded(bundled(query));
    assert.ok(paths.includes(BUNDLED_FILE), `${BUNDLED_FILE} not among ${paths}`);
    assert.ok(paths.includes('/web/dist/claimcheck-check.wasm'), paths.join());
    assert.ok((await highlightTexts(page))['claimcheck-contradicted'].includes('150,000'));
    assert.deepEqual(await page.evaluate(() => document.querySelector('claim-check').report.claims
      .find((c) => c.text === '150,000').fact_id), 'syria-war-death-toll');
    if (!query) checkBudget(t, distFiles(paths).map((path) => join(root, path)));
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('a base of the site\'s own: the bundled base is not downloaded', async (t) => {
  const { page, paths } = await openRecorded(bundled('&facts=/facts/moscow-2023-04-25.json'));
  assert.ok(paths.includes('/facts/moscow-2023-04-25.json'), paths.join());
  assert.ok(!paths.includes(BUNDLED_FILE), `${BUNDLED_FILE} was requested`);
  assert.ok((await highlightTexts(page))['claimcheck-contradicted'].includes('150,000'));
  checkBudget(t, distFiles(paths).map((path) => join(root, path)));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('the bundled base cannot be fetched: the widget shows its fact-base error, in a worker and in the page', async () => {
  for (const query of ['', '&worker=off']) {
    const page = await openWidgetPage(env.browser, bundled(query), {
      prepare: (p) => p.context().route('**/dist/claimcheck-bundled.ccfb', (route) => route.fulfill({ status: 404, body: 'gone' })),
    });
    try {
      await page.waitForFunction(() => document.querySelector('claim-check')?.status === 'error');
      const details = await page.evaluate(() => {
        const root = document.querySelector('claim-check').shadowRoot;
        root.querySelector('.badge').click();
        return root.querySelector('.details:not([hidden])')?.textContent ?? '';
      });
      assert.match(details, /facts-fetch/, query);
      assert.match(details, /claimcheck-bundled\.ccfb: HTTP 404/, query);
      assert.deepEqual(page.problems.filter((p) => !/status of 404/.test(p)), [], query);
    } finally {
      await page.context().unroute('**/dist/claimcheck-bundled.ccfb');
      await page.close();
    }
  }
});
