// Helpers for the <claim-check> widget tests: pages that record console errors, page errors and CSP violations
// from the very first script, and small readers of what the widget put on the page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * A new page that records problems (console errors, uncaught errors, securitypolicyviolation events) into
 * page.problems. `prepare(page)` runs before navigation (routes, init scripts); `waitUntil` as page.goto.
 */
export async function openWidgetPage(browser, url, { prepare, waitUntil = 'load' } = {}) {
  const page = await browser.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.exposeFunction('__reportProblem', (text) => page.problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__reportProblem(`csp: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  await prepare?.(page);
  await page.goto(url, { waitUntil });
  return page;
}

/** Waits until every <claim-check> on the page (or `selector`) is done; fails on 'error' with its message. */
export async function waitForWidgets(page, selector = 'claim-check') {
  await page.waitForFunction((s) => {
    const widgets = [...document.querySelectorAll(s)];
    return widgets.length > 0 && widgets.every((w) => w.status === 'done' || w.status === 'error');
  }, selector);
  const failed = await page.evaluate((s) => [...document.querySelectorAll(s)]
    .filter((w) => w.status === 'error').map((w) => w.shadowRoot.querySelector('.badge').title), selector);
  if (failed.length) throw new Error(`widget failed: ${failed.join('; ')}`);
}

/** { name: [range text, ...] } for every claimcheck-* highlight registered on the page. */
export function highlightTexts(page) {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights]
    .filter(([name]) => name.startsWith('claimcheck-'))
    .map(([name, highlight]) => [name, [...highlight].map((range) => range.toString().replace(/\s+/g, ' '))])));
}

/** Viewport centre of the first box of the highlighted range whose text is `text` (in highlight `name`). */
export function highlightCentre(page, name, text) {
  return page.evaluate(([n, t]) => {
    const range = [...CSS.highlights.get(n)].find((r) => r.toString() === t);
    const box = range.getClientRects()[0];
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, [name, text]);
}

/** The open card of the widget `selector` as text fields, or null when no card is open. */
export function cardContent(page, selector = 'claim-check') {
  return page.evaluate((s) => {
    const card = document.querySelector(s).shadowRoot.querySelector('.card');
    if (!card.classList.contains('open')) return null;
    const text = (q) => card.querySelector(q)?.textContent.trim() ?? null;
    return {
      verdict: text('.card-head .verdict')?.replace(/^\W+/, ''), sentence: text('.sentence'), claim: text('.sentence mark'), found: text('.found dd'),
      expected: text('.expected dd'), statement: text('.statement'), source: text('.source'),
      label: card.getAttribute('aria-label'), popoverOpen: card.matches(':popover-open'),
      links: [...card.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    };
  }, selector);
}

/**
 * innerHTML of `selector` and the boxes of its child elements in page coordinates (opening a card may scroll):
 * what must not change when highlighting.
 */
export function articleSnapshot(page, selector) {
  return page.evaluate((s) => {
    const article = document.querySelector(s);
    return {
      html: article.innerHTML,
      boxes: [...article.children].map((child) => {
        const r = child.getBoundingClientRect();
        return [child.localName, r.x + scrollX, r.y + scrollY, r.width, r.height];
      }),
    };
  }, selector);
}

/** Bytes of `files` (paths) after gzip -9, one by one, and their sum. */
export function gzippedSizes(files) {
  const sizes = files.map((file) => ({ file, bytes: gzipSync(readFileSync(file), { level: 9 }).length }));
  return { sizes, total: sizes.reduce((sum, s) => sum + s.bytes, 0) };
}

/** The deepest focused element (through shadow roots) as a short description, or null. */
export function deepFocus(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return null;
    return { tag: active.localName, className: String(active.className), index: active.dataset?.index ?? null,
      text: active.textContent.trim().slice(0, 40) };
  });
}

/** Records claimcheck-progress events and scheduler.yield calls, in order, into window.__order (an init script). */
export function recordOrder() {
  window.__order = [];
  addEventListener('claimcheck-progress', (e) => window.__order.push({ kind: 'progress', read: e.detail.read, total: e.detail.total }));
  addEventListener('claimcheck-report', () => window.__order.push({ kind: 'report' }));
  const yieldOnce = scheduler.yield.bind(scheduler);
  scheduler.yield = () => {
    window.__order.push({ kind: 'yield' });
    return yieldOnce();
  };
}
