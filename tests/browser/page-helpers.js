// Helpers for page.test.js: the sample files, the spans the altered sample changes, and page actions that wait
// for the page's own signals (never for fixed delays).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.js';

export const samples = join(root, 'web/page/samples');
export const seedText = readFileSync(join(samples, 'moscow-2023-04-25.txt'), 'utf8');
export const alteredText = readFileSync(join(samples, 'moscow-2023-04-25-altered.txt'), 'utf8');
export const bundledFacts = () => JSON.parse(readFileSync(join(root, 'facts/moscow-2023-04-25.json'), 'utf8'));

/**
 * The spans (JS string indexes, half-open) of `altered` that differ from `original`, line by line: each line
 * of the altered sample changes one figure or date, so the common prefix and suffix delimit the change.
 */
export function changedSpans(original, altered) {
  const a = original.split('\n');
  const b = altered.split('\n');
  if (a.length !== b.length) throw new Error('the samples must have the same lines');
  const spans = [];
  let offset = 0;
  for (let i = 0; i < b.length; i++) {
    if (a[i] !== b[i]) {
      let prefix = 0;
      while (prefix < a[i].length && a[i][prefix] === b[i][prefix]) prefix++;
      let suffix = 0;
      while (suffix < a[i].length - prefix && suffix < b[i].length - prefix &&
        a[i][a[i].length - 1 - suffix] === b[i][b[i].length - 1 - suffix]) suffix++;
      spans.push({ start: offset + prefix, end: offset + b[i].length - suffix, line: i });
    }
    offset += b[i].length + 1;
  }
  return spans;
}

export const overlaps = (x, y) => x.start < y.end && y.start < x.end;

/** Waits until the page shows the check of its current text. */
export async function waitChecked(page) {
  await page.waitForSelector('#results:not(.is-stale):not([data-state="empty"])');
  await page.waitForSelector('#status[data-state="done"]');
}

/** Opens the page and waits for the checker to be up. */
export async function waitReady(page) {
  await page.waitForSelector('body[data-ready="true"]');
}

/** Types `text` into the text area as a paste would (one input event) and waits for the result. */
export async function pasteText(page, text) {
  await page.fill('#text', text);
  await waitChecked(page);
}

/** The report of `text` straight from the package (in-thread), to compare the page with. */
export function packageReport(page, text, date = '') {
  return page.evaluate(async ([t, d]) => {
    const { createChecker } = await import('/src/index.js');
    const checker = await createChecker();
    try {
      return await checker.check(t, d ? { date: d } : {});
    } finally {
      checker.dispose();
    }
  }, [text, date]);
}

/** The highlights of the checked text as { start, end, verdict, text }. */
export function highlights(page) {
  return page.$$eval('#result-text .claim', (marks) => marks.map((m) => ({
    start: Number(m.dataset.start), end: Number(m.dataset.end), verdict: m.dataset.verdict,
    text: m.textContent.slice(m.querySelector('.marker').textContent.length),
  })));
}

/** The card's fields by data-field name. */
export function cardFields(page) {
  return page.$$eval('#card [data-field]', (nodes) =>
    Object.fromEntries(nodes.map((n) => [n.dataset.field, n.textContent.trim()])));
}
