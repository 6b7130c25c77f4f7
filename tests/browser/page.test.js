// The paste-and-check page (web/page/) in headless Chromium, served with the production CSP.
// Every test also asserts that the console stayed free of errors and CSP violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startBrowser, openPage, artifactPath } from './harness.js';
import {
  seedText, alteredText, bundledFacts, changedSpans, overlaps, waitChecked, waitReady, pasteText, packageReport,
  highlights, cardFields,
} from './page-helpers.js';

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

async function open() {
  const page = await openPage(env.browser, env.url);
  page.dialogs = [];
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await waitReady(page);
  return page;
}

async function finish(page) {
  assert.deepEqual(page.problems, [], 'console errors or CSP violations');
  assert.deepEqual(page.dialogs, [], 'no dialog may open');
  await page.close();
}

// ---- verdicts on the samples -------------------------------------------------------------------------

test('the altered sample: exactly the altered figures and dates are contradicted, the rest supported', async () => {
  const page = await open();
  const altered = changedSpans(seedText, alteredText);
  assert.ok(altered.length >= 3, 'the altered sample changes several figures');
  await pasteText(page, alteredText);

  const marks = await highlights(page);
  assert.ok(marks.length > altered.length);
  for (const mark of marks) {
    assert.equal(mark.text, alteredText.slice(mark.start, mark.end), 'a highlight shows its own span');
    const isAltered = altered.some((span) => overlaps(span, mark));
    assert.equal(mark.verdict, isAltered ? 'contradicted' : 'supported', `"${mark.text}" at ${mark.start}`);
  }
  for (const span of altered) {
    assert.ok(marks.some((m) => m.verdict === 'contradicted' && overlaps(span, m)),
      `the change on line ${span.line + 1} ("${alteredText.slice(span.start, span.end)}") is flagged`);
  }

  // The summary and the list agree with the highlights; the list is in document order.
  const count = (v) => marks.filter((m) => m.verdict === v).length;
  const summary = await page.$$eval('#summary .count', (items) =>
    Object.fromEntries(items.map((li) => [li.dataset.verdict, Number(li.querySelector('.count-number').textContent)])));
  assert.deepEqual(summary, { supported: count('supported'), contradicted: count('contradicted'), unverified: 0 });
  const list = await page.$$eval('#claims-list .claim-item', (items) => items.map((b) => b.dataset.verdict));
  assert.deepEqual(list, marks.map((m) => m.verdict));
  const announced = await page.textContent('#announce');
  assert.match(announced, new RegExp(`${count('contradicted')} contradicted`));
  await finish(page);
});

test('the sample article button loads the seed article, and every claim in it is supported', async () => {
  const page = await open();
  await page.click('button[data-sample="seed"]');
  await waitChecked(page);
  assert.equal(await page.inputValue('#text'), seedText);
  const marks = await highlights(page);
  assert.ok(marks.length >= 8, `${marks.length} claims`);
  assert.deepEqual([...new Set(marks.map((m) => m.verdict))], ['supported']);
  await finish(page);
});

// ---- the card ------------------------------------------------------------------------------------------

test('a card opens from the keyboard and shows what the report says', async () => {
  const page = await open();
  await pasteText(page, alteredText);
  const report = await packageReport(page, alteredText);

  // Tab from the date field into the text, then arrow keys to the first contradicted claim.
  await page.focus('#date');
  for (let i = 0; i < 8 && !(await page.evaluate(() => document.activeElement.matches('.claim'))); i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.dataset.start), String(report.claims[0].start));
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement.dataset.verdict)) !== 'contradicted'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  const start = Number(await page.evaluate(() => document.activeElement.dataset.start));
  const claim = report.claims.find((c) => c.start === start);
  assert.equal(claim.verdict, 'contradicted');
  await page.keyboard.press('Enter');

  assert.ok(await page.isVisible('#card.is-open'));
  const card = await cardFields(page);
  assert.equal(card.verdict.replace(/^\W+/, ''), 'Contradicted');
  assert.equal(card.text, claim.text);
  assert.equal(card.found, claim.found);
  assert.equal(card.expected, claim.expected);
  assert.equal(card.statement, claim.statement);
  assert.equal(card['source-title'], claim.source.title);
  assert.match(card['source-meta'], new RegExp(claim.source.publisher));
  assert.equal(await page.getAttribute('#claims-list [aria-current="true"]', 'data-index'),
    await page.evaluate(() => document.activeElement.dataset.index), 'the list marks the same claim');

  // Arrow keys move the selection; Escape closes the card and leaves focus on the claim.
  await page.keyboard.press('ArrowLeft');
  const previousStart = Number(await page.evaluate(() => document.activeElement.dataset.start));
  const previous = report.claims.find((c) => c.start === previousStart);
  assert.equal((await cardFields(page)).text, previous.text);
  await page.keyboard.press('Escape');
  assert.equal(await page.$('#card.is-open'), null);
  assert.ok(await page.evaluate(() => document.activeElement.matches('.claim')));
  await finish(page);
});

test('a list entry opens the card too, by click and by arrow keys', async () => {
  const page = await open();
  await pasteText(page, alteredText);
  const items = await page.$$('#claims-list .claim-item');
  await items[1].click();
  const second = (await highlights(page))[1];
  assert.equal((await cardFields(page)).text, second.text);
  await page.keyboard.press('ArrowDown');
  const third = (await highlights(page))[2];
  assert.equal((await cardFields(page)).text, third.text);
  assert.equal(await page.getAttribute(`#result-text .claim[aria-current="true"]`, 'data-start'), String(third.start));
  await finish(page);
});

// ---- text stays text -------------------------------------------------------------------------------

test('pasted markup stays visible text and nothing runs', async () => {
  const page = await open();
  const markup = '<img src=x onerror=alert(1)>';
  const text = `${markup} Syria's civil war has left 500,000 people dead. <script>alert(2)</script>`;
  await pasteText(page, text);
  assert.ok((await page.textContent('#result-text')).includes(markup));
  assert.ok((await page.textContent('#result-text')).includes('<script>alert(2)</script>'));
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, #result-text script').length), 0);
  assert.equal((await highlights(page)).length, 1);
  await page.click('#result-text .claim');
  assert.equal((await cardFields(page)).text, '500,000');
  await finish(page);
});

// ---- fact bases ------------------------------------------------------------------------------------

test('a broken fact base shows its errors and the page keeps checking with the previous one', async () => {
  const page = await open();
  await pasteText(page, alteredText);
  const before = await page.textContent('#facts-info');
  const marksBefore = await highlights(page);

  await page.click('#facts-load > summary');
  await page.setInputFiles('#facts-file', {
    name: 'truncated.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "name": "broken",\n  "facts": [\n'),
  });
  await page.waitForSelector('#facts-message[data-kind="error"]');
  const syntax = await page.textContent('#facts-message');
  assert.match(syntax, /truncated\.json:\d+:\d+/, 'line:column');
  assert.match(syntax, /Still checking with moscow-2023-04-25/);

  const facts = bundledFacts();
  facts.facts[2].kind = 'nonsense';
  delete facts.facts[3].statement;
  await page.setInputFiles('#facts-file', {
    name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(facts, null, 2)),
  });
  await page.waitForFunction(() => document.querySelector('#facts-message').textContent.includes('invalid.json'));
  const errors = await page.$$eval('#facts-message .facts-error', (items) => items.map((li) => li.textContent));
  assert.ok(errors.some((e) => e.includes('/facts/2/kind')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('/facts/3') && /statement/.test(e)), errors.join('\n'));
  assert.equal(await page.textContent('#facts-info'), before);

  // Still checking, with the previous base: a new text gets the same verdicts.
  await pasteText(page, `${alteredText}\n`);
  assert.deepEqual(await highlights(page), marksBefore);
  await finish(page);
});

test('another fact base loads from a file and from a URL; its name, version and count show', async () => {
  const page = await open();
  await pasteText(page, alteredText);
  const facts = bundledFacts();
  facts.name = 'newsroom-test';
  facts.version = '2.1.0';
  const marker = 'Statement from the <b>test</b> base <img src=x onerror=alert(3)>';
  facts.facts.find((f) => f.id === 'syria-war-death-toll').statement = marker;
  facts.sources[0].url = 'https://example.org/tdi-report';

  await page.click('#facts-load > summary');
  await page.setInputFiles('#facts-file', {
    name: 'newsroom.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(facts)),
  });
  await page.waitForSelector('#facts-message[data-kind="ok"]');
  assert.equal(await page.textContent('[data-field="facts-name"]'), 'newsroom-test');
  assert.equal(await page.textContent('[data-field="facts-version"]'), 'v2.1.0');
  assert.equal(await page.textContent('[data-field="facts-count"]'), `${facts.facts.length} facts`);

  // The text is re-checked with the new base: its statement (markup included) shows as text, its link works.
  await waitChecked(page);
  await page.click('#result-text .claim[data-verdict="contradicted"]');
  const card = await cardFields(page);
  assert.equal(card.statement, marker);
  assert.equal(await page.getAttribute('#card a[data-field="source-title"]', 'href'), 'https://example.org/tdi-report');
  assert.equal(await page.evaluate(() => document.querySelectorAll('img, #card b').length), 0);

  // A URL on another host is refused with an explanation (the CSP would block it); a same-site URL loads.
  await page.click('#facts-load > summary');
  await page.fill('#facts-url', 'https://example.org/facts.json');
  await page.click('#facts-url-form button');
  await page.waitForSelector('#facts-message[data-kind="error"]');
  assert.match(await page.textContent('#facts-message'), /this site/);
  await page.fill('#facts-url', '/page/samples/missing.json');
  await page.click('#facts-url-form button');
  await page.waitForFunction(() => /missing\.json could not be loaded/.test(document.querySelector('#facts-message').textContent));
  assert.equal(await page.textContent('[data-field="facts-name"]'), 'newsroom-test');
  page.problems = page.problems.filter((p) => !/404/.test(p));   // the missing file's 404, asked for above
  await finish(page);
});

// ---- long texts, exports -----------------------------------------------------------------------------

test('a long text is checked in chunks with visible progress, and the merged report equals the whole one', async () => {
  const page = await open();
  const long = Array.from({ length: 80 }, () => seedText).join('\n\n');
  await page.fill('#date', '2023-04-25');
  await page.evaluate(() => {
    window.progressSeen = [];
    const bar = document.querySelector('#progress');
    new MutationObserver(() => {
      if (!bar.hidden) window.progressSeen.push(bar.hasAttribute('value') ? bar.value : 'indeterminate');
    }).observe(bar, { attributes: true });
  });
  await pasteText(page, long);
  const seen = await page.evaluate(() => window.progressSeen);
  assert.ok(seen.some((v) => typeof v === 'number' && v > 0 && v < 1), `progress seen: ${seen.join(', ')}`);
  assert.ok(await page.isHidden('#progress'), 'the bar goes away when done');

  const whole = await packageReport(page, long, '2023-04-25');
  const marks = await highlights(page);
  assert.deepEqual(marks.map((m) => [m.start, m.end, m.verdict]), whole.claims.map((c) => [c.start, c.end, c.verdict]));
  assert.match(await page.textContent('#summary'), new RegExp(`in ${whole.sentences.toLocaleString('en-GB')} sentences`));
  await finish(page);
});

test('typing into a long text never stalls the page: checking runs in a Worker', async () => {
  const page = await open();
  const long = Array.from({ length: 60 }, () => seedText).join('\n\n');
  await pasteText(page, long);
  assert.ok(page.workers().length >= 1, 'the checker runs in a Worker');
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
  });
  await page.focus('#text');
  await page.keyboard.press('Control+End');
  const typed = ' Syria\'s civil war has left 80,000 people dead.';
  await page.keyboard.type(typed, { delay: 15 });
  const during = await page.evaluate(() => window.longTasks.slice());
  assert.ok(during.every((ms) => ms < 250), `long tasks while typing: ${during.join(', ')} ms`);
  await waitChecked(page);
  assert.equal(await page.inputValue('#text'), long + typed);
  const last = (await highlights(page)).at(-1);
  const expected = (await packageReport(page, long + typed)).claims.at(-1);
  assert.deepEqual([last.text, last.verdict], [expected.text, expected.verdict]);
  assert.equal(last.text, '80,000');
  await finish(page);
});

test('exports: the report as JSON and the checked claims as ClaimReview JSON-LD', async () => {
  const page = await open();
  await pasteText(page, alteredText);
  const report = await packageReport(page, alteredText);

  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(json.suggestedFilename(), 'claimcheck-report.json');
  assert.deepEqual(JSON.parse(readFileSync(await json.path(), 'utf8')), report);

  await page.fill('#article-url', 'https://news.example/moscow-talks');
  const [ld] = await Promise.all([page.waitForEvent('download'), page.click('#export-claimreview')]);
  const doc = JSON.parse(readFileSync(await ld.path(), 'utf8'));
  assert.equal(doc['@context'], 'https://schema.org');
  const rated = report.claims.filter((c) => c.fact_id && c.verdict !== 'unverified');
  assert.equal(doc['@graph'].length, rated.length);
  doc['@graph'].forEach((review, i) => {
    const claim = rated[i];
    assert.equal(review['@type'], 'ClaimReview');
    assert.equal(review.reviewRating.alternateName, claim.verdict === 'supported' ? 'True' : 'False');
    assert.equal(review.itemReviewed['@type'], 'Claim');
    assert.equal(review.itemReviewed.appearance.url, 'https://news.example/moscow-talks');
    assert.equal(review.itemReviewed.firstAppearance.url, 'https://news.example/moscow-talks');
    assert.ok(review.claimReviewed.includes(claim.text));
    assert.equal(review.author.name, claim.source?.publisher ?? 'moscow-2023-04-25');
  });
  await finish(page);
});

// ---- looks: screenshots, dark mode, phone width -----------------------------------------------------

test('screenshots: light, dark and phone width, with results and an open card', async () => {
  const page = await open();
  await page.click('button[data-sample="altered"]');
  await waitChecked(page);
  await page.mouse.move(0, 0);
  await page.focus('#result-text .claim[data-verdict="contradicted"]');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: artifactPath('page-light.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(background, 'rgb(245, 245, 242)', 'dark mode changes the page colours');
  await page.screenshot({ path: artifactPath('page-dark.png') });

  // Phone width: one column, no sideways scrolling, the card is a sheet that leaves the claim visible.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 375, height: 812 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'no horizontal overflow');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: artifactPath('page-phone.png') });
  await page.click('#result-text .claim[data-verdict="contradicted"] >> nth=1');
  const [claimBox, cardBox] = await Promise.all([
    page.locator('#result-text .claim[aria-current="true"]').boundingBox(), page.locator('#card').boundingBox()]);
  assert.ok(claimBox.y + claimBox.height <= cardBox.y, 'the selected claim stays above the card sheet');
  await page.screenshot({ path: artifactPath('page-phone-card.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: artifactPath('page-phone-card-dark.png') });
  await finish(page);
});
