// The paste page (web/page/) as a reader and an editor notice it, in headless Chromium with the production CSP: a
// source without a url gets no link, focus and the announcement move to the results after a sample or a paste,
// the date a check used is shown with where it came from, the counts filter the list, and on a phone the card
// sheet leaves the claim and its source line visible and never covers where focus is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openPage } from './harness.js';
import { seedText, alteredText, waitChecked, waitReady, pasteText, packageReport, highlights, cardFields } from './page-helpers.js';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

async function open() {
  const page = await openPage(env.browser, env.url);
  await waitReady(page);
  return page;
}

async function finish(page) {
  assert.deepEqual(page.problems, [], 'console errors or CSP violations');
  await page.close();
}

test('a source without a url shows its title and no link at all (page.test.js checks a source with one)', async () => {
  const page = await open();
  await pasteText(page, alteredText);
  await page.click('#result-text .claim[data-verdict="contradicted"]');
  const card = await cardFields(page);
  assert.equal(card['source-title'], 'Russia hosts defence ministers of Iran, Syria and Türkiye');
  assert.equal(await page.$$eval('#card a', (links) => links.length), 0, 'the bundled base has no source urls');
  assert.equal(await page.$eval('#card [data-field="source-title"]', (e) => e.localName), 'cite');
  await finish(page);
});

test('after a sample or a paste, focus and the announcement move to the results; typing keeps focus', async () => {
  const page = await open();
  await page.click('button[data-sample="altered"]');
  await waitChecked(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'results');
  const announced = await page.textContent('#results [aria-live="polite"]');
  assert.match(announced, /5 contradicted, 7 supported in 14 sentences\. Dates read against 25 April 2023 \(the dateline/);

  await page.evaluate((text) => {
    const area = document.querySelector('#text');
    area.focus();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, seedText);
  await waitChecked(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'results');
  assert.match(await page.textContent('#announce'), /^12 supported in 14 sentences/);

  await page.focus('#text');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' More.');
  await waitChecked(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text', 'typing never loses focus');
  await finish(page);
});

test('the date a check used is shown, and where it came from: typed, the dateline, or none', async () => {
  const page = await open();
  const used = () => page.$eval('[data-field="date-used"]', (e) => [e.dataset.from, e.textContent]);
  await pasteText(page, alteredText);
  assert.deepEqual(await used(), ['dateline', 'Dates read against 25 April 2023 (the dateline at the start of the text)']);

  await page.fill('#date', '2023-05-02');
  await page.dispatchEvent('#date', 'change');
  await waitChecked(page);
  assert.deepEqual(await used(), ['typed', 'Dates read against 2 May 2023 (the date typed above)']);
  assert.deepEqual((await highlights(page)).map((m) => [m.start, m.verdict]),
    (await packageReport(page, alteredText, '2023-05-02')).claims.map((c) => [c.start, c.verdict]));

  await page.fill('#date', '');
  await page.dispatchEvent('#date', 'change');
  const undated = alteredText.replace('Moscow, 25 April 2023 (TDI): ', '');
  await pasteText(page, undated);
  const [from, words] = await used();
  assert.equal(from, 'none');
  assert.match(words, /No publication date/);
  // What the page says agrees with the engine: without the dateline "Dec 21" is no longer read as a day.
  const withDateline = (await packageReport(page, alteredText)).claims.map((c) => c.text);
  const without = (await packageReport(page, undated)).claims.map((c) => c.text);
  assert.ok(withDateline.includes('Dec 21') && !without.includes('Dec 21'), `${withDateline} / ${without}`);
  await finish(page);
});

test('the counts are toggle buttons that filter the list', async () => {
  const page = await open();
  await pasteText(page, alteredText);
  const shown = () => page.$$eval('#claims-list li:not([hidden]) .claim-item', (items) => items.map((b) => b.dataset.verdict));
  const all = await shown();
  await page.click('#summary button.count[data-verdict="contradicted"]');
  assert.equal(await page.getAttribute('#summary button.count[data-verdict="contradicted"]', 'aria-pressed'), 'true');
  assert.deepEqual(await shown(), all.filter((v) => v === 'contradicted'));
  await page.click('#summary button.count[data-verdict="supported"]');
  assert.deepEqual(await shown(), all);
  await page.click('#summary button.count[data-verdict="contradicted"]');
  assert.deepEqual(await shown(), all.filter((v) => v === 'supported'));
  await page.click('#summary button.count[data-verdict="supported"]');
  assert.deepEqual(await shown(), all);
  assert.equal(await page.getAttribute('#summary button.count[data-verdict="unverified"]', 'disabled'), '', 'a zero count');
  await finish(page);
});

test('phone width: the sheet leaves every line of the claim and the whole source line visible', async () => {
  const page = await open();
  await page.setViewportSize({ width: 375, height: 812 });
  await pasteText(page, alteredText);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no horizontal overflow');
  const count = await page.$$eval('#result-text .claim', (marks) => marks.length);
  for (let i = 0; i < count; i++) {
    await page.click(`#result-text .claim >> nth=${i}`);
    const boxes = await page.evaluate(() => {
      const claim = document.querySelector('#result-text .claim[aria-current="true"]');
      const sheet = document.querySelector('#card').getBoundingClientRect();
      const source = document.querySelector('#card [data-field="source"]')?.getBoundingClientRect() ?? null;
      return { lines: [...claim.getClientRects()].map((r) => [r.top, r.bottom]), sheet: [sheet.top, sheet.bottom],
        source: source && [source.top, source.bottom], height: innerHeight, text: claim.textContent };
    });
    for (const [top, bottom] of boxes.lines) {
      assert.ok(top >= 0 && bottom <= boxes.sheet[0], `"${boxes.text}": a line at ${top}-${bottom}, the sheet at ${boxes.sheet[0]}`);
    }
    assert.ok(boxes.source, 'the card has a source line');
    assert.ok(boxes.source[0] >= boxes.sheet[0] && boxes.source[1] <= Math.min(boxes.sheet[1], boxes.height),
      `"${boxes.text}": the source line ${boxes.source} is not all inside the sheet ${boxes.sheet}`);
  }
  await finish(page);
});

test('phone: wherever Tab moves focus, the card sheet never covers it', async () => {
  const page = await open();
  await page.setViewportSize({ width: 375, height: 812 });
  await pasteText(page, alteredText);
  await page.focus('#result-text .claim >> nth=0');
  assert.ok(await page.isVisible('#card.is-open'), 'focus on a claim opens the sheet');
  const seen = [];
  let closed = false;
  for (let i = 0; i < 50; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const active = document.activeElement;
      const card = document.querySelector('#card');
      const open = card.classList.contains('is-open');
      const a = active.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      const covered = open && !card.contains(active) && a.left < c.right && a.right > c.left && a.top < c.bottom && a.bottom > c.top;
      return { name: `${active.localName}${active.id ? `#${active.id}` : ''}.${active.className}`, open, covered };
    });
    seen.push(state.name);
    assert.equal(state.covered, false, `focus on ${state.name} sits under the sheet`);
    if (!state.open) closed = true;
  }
  assert.ok(seen.some((n) => n.includes('claim-item')), 'Tab went through the list');
  assert.ok(closed, `the sheet closed once focus left the claims: ${seen.join(', ')}`);
  await finish(page);
});

test('a contested figure lists every source\'s value in the card: open when contradicted, the agreeing one marked', async () => {
  const page = await open();
  await pasteText(page, "Syria's civil war has left 80,000 people dead. The UN said it had identified 350,209 people killed in Syria's war.");
  await page.click('#result-text .claim[data-verdict="contradicted"]');
  const wrong = await page.$eval('#card [data-field="figures"]', (d) => ({
    open: d.open,
    summary: d.querySelector('summary').textContent,
    items: [...d.querySelectorAll('li')].map((li) => li.textContent),
    agrees: d.querySelectorAll('li[data-agrees]').length,
  }));
  assert.equal(wrong.open, true);
  assert.match(wrong.summary, /^What each source said: 18 figures from \d+ sources$/);
  assert.equal(wrong.items.length, 18);
  assert.ok(wrong.items.some((t) => /^191,369 — United Nations .*, August 2014/.test(t)), wrong.items.join('\n'));
  assert.equal(wrong.agrees, 0);
  await page.click('#result-text .claim[data-verdict="supported"]');
  const right = await page.$eval('#card [data-field="figures"]', (d) => ({
    open: d.open,
    agrees: [...d.querySelectorAll('li[data-agrees]')].map((li) => li.textContent),
  }));
  assert.equal(right.open, false);
  assert.equal(right.agrees.length, 1);
  assert.match(right.agrees[0], /^350,209 identified — United Nations .*, 24 September 2021.* ✓ agrees$/);
  await finish(page);
});
