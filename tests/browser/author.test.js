// The paste page's Author mode (web/page/author.js, fact-editor.js) in headless Chromium: a trusted report is
// drafted into editable fact cards; an edit re-validates through the engine and shows the validator's error next
// to the field it names; the base downloads as valid JSON; used as the page's fact base, it contradicts the
// planted errors of a copy of the report. Every wait is on a condition the page sets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startBrowser, openPage, root } from './harness.js';
import { changedSpans, overlaps, waitChecked, waitReady, highlights } from './page-helpers.js';

const seed = readFileSync(join(root, 'tests/draft/moscow-2023-04-25.txt'), 'utf8');
const planted = readFileSync(join(root, 'tests/draft/moscow-2023-04-25.planted.txt'), 'utf8');

let env;
before(async () => { env = await startBrowser(); });
after(async () => { await env?.close(); });

async function openAuthor() {
  const page = await openPage(env.browser, `${env.url}#author`);
  await waitReady(page);
  return page;
}

async function finish(page) {
  assert.deepEqual(page.problems, [], 'console errors or CSP violations');
  await page.close();
}

/** Pastes `text` as the trusted report, drafts, and waits for the validated cards. */
async function draftReport(page, text) {
  await page.fill('#report-text', text);
  await page.click('#draft-button');
  await page.waitForSelector('#draft-result[data-state="valid"], #draft-result[data-state="invalid"], #draft-result[data-state="error"]');
}

/** The base the package drafts from `text` in-thread, to compare the page with. */
function packageDraft(page, text) {
  return page.evaluate(async (t) => {
    const { createChecker } = await import('/src/index.js');
    const checker = await createChecker();
    try {
      return await checker.draft(t);
    } finally {
      checker.dispose();
    }
  }, text);
}

test('Author mode: the link switches modes, the hash opens it, Check mode is the default', async () => {
  const page = await openPage(env.browser, env.url);
  await waitReady(page);
  assert.equal(await page.isVisible('#check-mode'), true);
  assert.equal(await page.isVisible('#author-mode'), false);
  await page.click('a.mode-link[data-mode="author"]');
  await page.waitForSelector('#author-mode:not([hidden])');
  assert.equal(await page.isVisible('#check-mode'), false);
  assert.equal(await page.getAttribute('a.mode-link[data-mode="author"]', 'aria-current'), 'page');
  assert.equal(await page.getAttribute('#skip-link', 'href'), '#draft-result');
  await page.click('a.mode-link[data-mode="check"]');
  await page.waitForSelector('#check-mode:not([hidden])');
  await finish(page);
});

test('draft: the seed report becomes one card per drafted fact, valid as drafted', async () => {
  const page = await openAuthor();
  await draftReport(page, seed);
  assert.equal(await page.getAttribute('#draft-result', 'data-state'), 'valid');
  const expected = await packageDraft(page, seed);
  assert.ok(expected.facts.length >= 8, `the seed drafts ${expected.facts.length} facts`);
  const cards = await page.$$eval('#draft-facts > .fact-card', (items) => items.map((li) => ({
    id: li.querySelector('.fact-id').textContent,
    kind: li.querySelector('.fact-kind').textContent,
    statement: li.querySelector('.fact-field--statement textarea')?.value,
    triggers: li.querySelector('.fact-field--triggers textarea')?.value,
  })));
  assert.deepEqual(cards.map((c) => c.id), expected.facts.map((f) => f.id));
  assert.deepEqual(cards.map((c) => c.kind), expected.facts.map((f) => f.kind));
  assert.deepEqual(cards.map((c) => c.statement), expected.facts.map((f) => f.statement));
  assert.deepEqual(cards.map((c) => c.triggers), expected.facts.map((f) => f.triggers.join('\n')));
  // The fields an editor reviews are there: a value, a date, a place, participants.
  for (const selector of ['[data-key="approx"], [data-key="exact"]', '[data-pointer$="/date/on"]',
    '.fact-field--place input', '.fact-group--participants']) {
    assert.ok(await page.$(`#draft-facts ${selector}`), `a card shows ${selector}`);
  }
  // The drafter's doubts are shown on the card.
  const notes = await page.$$eval('#draft-facts .fact-note', (n) => n.length);
  assert.equal(notes, expected.facts.filter((f) => f.note).length);
  assert.match(await page.textContent('#draft-status'), /^Valid: \d+ facts/);
  await finish(page);
});

test('an invalid value shows the validator error next to its field and keeps the text; fixing it clears it', async () => {
  const page = await openAuthor();
  await draftReport(page, seed);
  const field = page.locator('#draft-facts [data-key="approx"], #draft-facts [data-key="exact"]').first();
  const pointer = await field.getAttribute('data-pointer');
  const original = await field.inputValue();
  await field.fill('five hundred thousand');
  await page.waitForSelector('#draft-result[data-state="invalid"]');
  const shown = await field.evaluate((input) => {
    const slot = document.getElementById(input.getAttribute('aria-describedby'));
    return { invalid: input.getAttribute('aria-invalid'), value: input.value, error: slot?.textContent,
      sameField: slot?.parentElement === input.parentElement, hidden: slot?.hidden };
  });
  assert.deepEqual(shown, { invalid: 'true', value: 'five hundred thousand',
    error: 'expected a number, found a string ("five hundred thousand")', sameField: true, hidden: false });
  assert.equal(await page.textContent('#draft-errors'), '', 'every error has a field');
  assert.equal(await page.isDisabled('#draft-download'), true);
  assert.equal(await page.isDisabled('#draft-use'), true);
  assert.match(await page.textContent('#draft-status'), /^1 error to fix/);
  // The error names the field by its pointer: exactly one field shows an error.
  assert.deepEqual(await page.$$eval('#draft-editor [aria-invalid="true"]', (n) => n.map((i) => i.dataset.pointer)), [pointer]);

  // An error below a list field (an unknown entity id in participants) is shown at the list.
  const participants = page.locator('#draft-facts .fact-group--participants [data-key="entities"]').first();
  await participants.fill('russia\nnowhere-land');
  await page.waitForFunction(() => document.querySelectorAll('#draft-editor [aria-invalid="true"]').length === 2);
  assert.match(await participants.evaluate((i) => document.getElementById(i.getAttribute('aria-describedby')).textContent),
    /expected the id of an entity listed under "entities", found "nowhere-land"/);

  await participants.fill('russia');
  await field.fill(original);
  await page.waitForSelector('#draft-result[data-state="valid"]');
  assert.equal(await page.$$eval('#draft-editor [aria-invalid]', (n) => n.length), 0);
  assert.equal(await page.$$eval('#draft-editor .field-error:not([hidden])', (n) => n.length), 0);
  await finish(page);
});

test('download: the edited base as JSON that validates, with the edits in it', async () => {
  const page = await openAuthor();
  await draftReport(page, seed);
  const statement = page.locator('#draft-facts .fact-field--statement textarea').first();
  await statement.fill('An edited statement.');
  await page.waitForSelector('#draft-result[data-state="valid"]');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#draft-download')]);
  assert.match(file.suggestedFilename(), /^draft-.*\.json$/);
  const base = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.equal(base.facts[0].statement, 'An edited statement.');
  assert.equal(base.facts.length, await page.$$eval('#draft-facts > .fact-card', (n) => n.length));
  const { validateFacts } = await import('../../web/src/index.js');
  assert.deepEqual(await validateFacts(base), []);
  await finish(page);
});

test('use as the page\'s fact base: Check mode then contradicts exactly the planted errors', async () => {
  const page = await openAuthor();
  await draftReport(page, seed);
  const count = await page.$$eval('#draft-facts > .fact-card', (n) => n.length);
  // A removed card is gone from the base that is used (the first: an office, which no planted error needs).
  await page.click('#draft-facts > .fact-card:first-child .fact-remove');
  await page.waitForSelector('#draft-result[data-state="valid"]');
  assert.equal(await page.$$eval('#draft-facts > .fact-card', (n) => n.length), count - 1);
  await page.click('#draft-use');
  await page.waitForSelector('#check-mode:not([hidden])');
  await page.waitForFunction((n) => document.querySelector('[data-field="facts-count"]')?.textContent === `${n} facts`, count - 1);
  assert.match(await page.textContent('[data-field="facts-name"]'), /^draft-/);
  assert.match(await page.textContent('#facts-message'), /Using the drafted fact base/);

  await page.fill('#text', planted);
  await waitChecked(page);
  const spans = changedSpans(seed, planted);
  assert.equal(spans.length, 5);
  const contradicted = (await highlights(page)).filter((m) => m.verdict === 'contradicted');
  for (const span of spans) {
    assert.ok(contradicted.some((m) => overlaps(m, span)), `"${planted.slice(span.start, span.end)}" is contradicted`);
  }
  assert.equal(contradicted.filter((m) => !spans.some((s) => overlaps(m, s))).length, 0,
    `nothing else: ${contradicted.map((m) => m.text).join(', ')}`);
  await finish(page);
});

test('draft: an empty report asks for one; a report with no claim gives a valid, empty base', async () => {
  const page = await openAuthor();
  await page.click('#draft-button');
  await page.waitForSelector('#draft-result[data-state="error"]');
  assert.match(await page.textContent('#draft-status'), /Paste a trusted report first/);
  await draftReport(page, 'The weather was pleasant and everyone enjoyed the afternoon.');
  assert.equal(await page.getAttribute('#draft-result', 'data-state'), 'valid');
  assert.equal(await page.$$eval('#draft-facts > .fact-card', (n) => n.length), 0);
  await page.fill('#report-url', 'javascript:alert(1)');
  await draftReport(page, seed);
  // A URL that is no http(s) URL is the engine's error, not a base with a bad source.
  assert.equal(await page.getAttribute('#draft-result', 'data-state'), 'error');
  assert.match(await page.textContent('#draft-status'), /invalid-url/);
  await finish(page);
});
