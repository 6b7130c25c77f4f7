// The paste-and-check page (web/page/) in headless Chromium, served with the production CSP.
// Every test also asserts that the console stayed free of errors and CSP violations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startBrowser, openPage } from './harness.js';
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
  assert.match(syntax, /syntax/, 'the error code');
  assert.match(syntax, /Still checking with moscow-2023-04-25/);

  const facts = bundledFacts();
  facts.facts[2].kind = 'nonsense';
  delete facts.facts[3].statement;
  await page.setInputFiles('#facts-file', {
    name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(facts, null, 2)),
  });
  // "Loading invalid.json…" names the file too: wait for the error itself.
  await page.waitForFunction(() => {
    const box = document.querySelector('#facts-message[data-kind="error"]');
    return box?.textContent.includes('invalid.json');
  });
  const errors = await page.$$eval('#facts-message .error-item', (items) => items.map((li) => li.textContent));
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

test('a long text is checked whole, with progress; with and without a date it gets the report of checking it at once', async () => {
  const page = await open();
  const long = Array.from({ length: 80 }, () => seedText).join('\n\n');
  await page.evaluate(() => {
    window.progressSeen = [];
    const bar = document.querySelector('#progress');
    new MutationObserver(() => {
      if (!bar.hidden) window.progressSeen.push(bar.value);
    }).observe(bar, { attributes: true });
  });
  for (const date of ['2023-04-25', '']) {
    await page.fill('#date', date);
    await page.evaluate(() => { window.progressSeen = []; });
    await pasteText(page, `${long}\n${date}`);
    const text = await page.inputValue('#text');
    const seen = await page.evaluate(() => window.progressSeen);
    assert.ok(seen.some((v) => v > 0 && v < 1), `date '${date}': progress seen: ${seen.join(', ')}`);
    assert.ok(await page.isHidden('#progress'), 'the bar goes away when done');

    const whole = await packageReport(page, text, date);
    const marks = await highlights(page);
    assert.deepEqual(marks.map((m) => [m.start, m.end, m.verdict]), whole.claims.map((c) => [c.start, c.end, c.verdict]),
      `date '${date}'`);
    assert.match(await page.textContent('#summary'), new RegExp(`in ${whole.sentences.toLocaleString('en-GB')} sentences`));
  }
  await finish(page);
});

test('the samples without a date: the page shows the report of checking the whole text at once', async () => {
  const page = await open();
  for (const text of [alteredText, seedText]) {
    await pasteText(page, text);
    const whole = await packageReport(page, text);
    assert.deepEqual((await highlights(page)).map((m) => [m.start, m.end, m.verdict]),
      whole.claims.map((c) => [c.start, c.end, c.verdict]));
    assert.equal(await page.$$eval('#claims-list .claim-item', (items) => items.length), whole.claims.length);
  }
  // The altered sample's "Dec 21" is read against the dateline: contradicted, as in the whole text.
  await pasteText(page, alteredText);
  const marks = await highlights(page);
  assert.equal(marks.find((m) => m.text.includes('Dec 21'))?.verdict, 'contradicted', JSON.stringify(marks));
  await finish(page);
});

test('checking runs in a Worker: no WebAssembly in the page\'s thread, and the newest text wins', async () => {
  const page = await openPage(env.browser, env.url);
  page.dialogs = [];
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__wasmInPage = 0;
    for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
      const real = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        window.__wasmInPage++;
        return real.apply(this, args);
      };
    }
  });
  await page.reload();
  await waitReady(page);
  const long = Array.from({ length: 60 }, () => seedText).join('\n\n');
  await pasteText(page, long);
  assert.ok(page.workers().some((w) => w.url().endsWith('/dist/claimcheck-worker.js')), 'a worker runs the checker');
  assert.equal(await page.evaluate(() => window.__wasmInPage), 0, 'no WebAssembly was compiled in the page');
  // The page asks for the start-up image (an editor comes back to it): the worker fetched it.
  assert.ok(requests.some((url) => url.endsWith('/dist/claimcheck.image')), 'the start-up image was fetched');

  // Typing while a check runs: every key aborts the check in flight; the page ends on the newest text.
  await page.focus('#text');
  await page.keyboard.press('Control+End');
  const typed = ' Syria\'s civil war has left 80,000 people dead.';
  await page.keyboard.type(typed);
  await waitChecked(page);
  assert.equal(await page.inputValue('#text'), long + typed);
  assert.equal(await page.evaluate(() => window.__wasmInPage), 0);
  const last = (await highlights(page)).at(-1);
  const expected = (await packageReport(page, long + typed)).claims.at(-1);
  assert.deepEqual([last.text, last.verdict], [expected.text, expected.verdict]);
  assert.equal(last.text, '80,000');
  await finish(page);
});

test('in the page\'s thread (no Worker allowed), a key typed during a long check is handled before the check ends', async () => {
  const page = await env.browser.newPage();
  page.problems = [];
  page.dialogs = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  // The worker script cannot load, so the page falls back to an in-thread checker. Each pause of the check
  // (scheduler.yield) is recorded; the first pause of a check waits for the test, so the key is typed mid-check
  // whatever the speed of the machine.
  await page.route('**/dist/claimcheck-worker.js', (route) => route.abort());
  await page.addInitScript(() => {
    window.__order = [];
    let release;
    window.__held = new Promise((done) => { release = done; });
    window.__release = () => release();
    const yieldOnce = scheduler.yield.bind(scheduler);
    scheduler.yield = async () => {
      window.__order.push('yield');
      await yieldOnce();
      if (window.__order.filter((e) => e === 'yield').length === 1) await window.__held;
    };
    addEventListener('input', () => window.__order.push('input'), true);
    new MutationObserver(() => {
      if (document.querySelector('#status')?.dataset.state === 'done') window.__order.push('done');
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  });
  await page.goto(env.url);
  await waitReady(page);
  assert.equal(page.workers().length, 0, 'no worker runs');
  const long = Array.from({ length: 12 }, () => seedText).join('\n\n');
  await page.evaluate((text) => {
    const area = document.querySelector('#text');
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, long);
  await page.waitForFunction(() => window.__order.includes('yield'));
  await page.focus('#text');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('!');
  await page.evaluate(() => window.__release());
  await waitChecked(page);
  const order = await page.evaluate(() => window.__order);
  const firstDone = order.indexOf('done');
  const input = order.indexOf('input', 1);   // order[0] is the paste
  assert.ok(input > order.indexOf('yield') && (firstDone < 0 || input < firstDone), order.join(' '));
  assert.equal(await page.inputValue('#text'), `${long}!`);
  const whole = await packageReport(page, `${long}!`);
  assert.deepEqual((await highlights(page)).map((m) => [m.start, m.verdict]), whole.claims.map((c) => [c.start, c.verdict]));
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
