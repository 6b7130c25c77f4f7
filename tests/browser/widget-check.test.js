// What the <claim-check> widget reports, and how it checks: the same report as the package checking the widget's
// text at once (with and without a date, a long article and the sample, in a worker and in the page), and, in the
// page, a check that pauses between slices of bounded size, so input is handled while it runs. Nothing here
// measures time: slices are counted in bytes through the widget's claimcheck-progress events, and pauses by
// recording calls to scheduler.yield.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, root } from './harness.js';
import { openWidgetPage, waitForWidgets, recordOrder } from './widget-helpers.js';

let env;
before(async () => { env = await startBrowser({ servedRoot: root }); });
after(async () => { await env?.close(); });

const fixture = (name) => `${env.url}tests/browser/fixtures/${name}`;

/** The widget's report and text, and the report of the package (in this page's thread) on the same text at once. */
function reports(page) {
  return page.evaluate(async () => {
    const widget = document.querySelector('claim-check');
    const { createChecker } = await import('/web/src/index.js');
    const checker = await createChecker();
    try {
      const whole = await checker.check(widget.reportText, widget.date ? { date: widget.date } : {});
      return { widget: widget.report, whole, text: widget.reportText };
    } finally {
      checker.dispose();
    }
  });
}

const spans = (report) => report.claims.map((c) => `${c.start}-${c.end} ${c.verdict} ${c.text}`);

for (const [name, query] of [
  ['the sample without a date', 'widget-sample.html?sample=altered'],
  ['the sample with its date', 'widget-sample.html?sample=altered&date=2023-04-25'],
  ['the sample without a date, in the page', 'widget-sample.html?sample=altered&worker=off'],
  ['the sample 6 times over without a date (one dateline, at the top)', 'widget-sample.html?sample=altered&copies=6'],
  ['the sample 6 times over without a date, in the page', 'widget-sample.html?sample=altered&copies=6&worker=off'],
  ['a long article without a date', 'widget-long.html?copies=150'],
  ['a long article with a date, in the page', 'widget-long.html?copies=150&date=2023-04-25&worker=off'],
]) {
  test(`${name}: the widget's report is the report of its whole text checked at once`, async () => {
    const page = await openWidgetPage(env.browser, fixture(query));
    await waitForWidgets(page);
    const { widget, whole, text } = await reports(page);
    assert.ok(whole.claims.length >= 10, `${whole.claims.length} claims`);
    assert.deepEqual(spans(widget), spans(whole));
    assert.deepEqual(widget, whole);
    if (query.includes('sample=altered')) {
      // The dateline at the top resolves every "Dec 21" of the whole text: slices cut by the widget lost it.
      const copies = Number(/copies=(\d+)/.exec(query)?.[1] ?? 1);
      const dec = widget.claims.filter((c) => c.text === 'Dec 21');
      assert.deepEqual(dec.map((c) => c.verdict), Array(copies).fill('contradicted'), text.slice(0, 80));
    }
    assert.deepEqual(page.problems, []);
    await page.close();
  });
}

test('in the page (no worker), the check pauses between slices of at most PAGE_SLICE_BYTES and a sentence', async (t) => {
  const page = await openWidgetPage(env.browser, fixture('widget-long.html?copies=400&date=2023-04-25&worker=off'), {
    prepare: (p) => p.addInitScript(recordOrder),
  });
  await waitForWidgets(page);
  const got = await page.evaluate(async () => {
    const { PAGE_SLICE_BYTES } = await import('/web/src/checker.js');
    const text = document.querySelector('claim-check').reportText;
    const bytes = (s) => new TextEncoder().encode(s).length;
    return {
      order: window.__order, sliceBytes: PAGE_SLICE_BYTES, total: bytes(text),
      longestBlock: Math.max(...text.split('\n\n').map(bytes)),   // a sentence never crosses a block
      workers: typeof Worker,
    };
  });
  assert.equal(page.workers().length, 0, 'the check ran in the page');
  const progress = got.order.filter((e) => e.kind === 'progress');
  t.diagnostic(`${progress.length} slices of ${got.total} bytes`);
  assert.ok(got.total > 10 * got.sliceBytes, 'the article is long enough for many slices');
  assert.ok(progress.length >= 10, `${progress.length} slices`);
  let read = 0;
  for (const step of progress) {
    assert.ok(step.read > read, 'every slice reads on');
    assert.ok(step.read - read <= got.sliceBytes + got.longestBlock, `a slice of ${step.read - read} bytes`);
    read = step.read;
  }
  assert.equal(read, got.total, 'the slices cover the whole text');
  assert.equal(progress.at(-1).total, got.total);
  // Between any two slices the check gave the thread back.
  const at = (e) => got.order.indexOf(e);
  for (let i = 1; i < progress.length; i++) {
    const between = got.order.slice(at(progress[i - 1]) + 1, at(progress[i]));
    assert.ok(between.some((e) => e.kind === 'yield'), `no pause between slices ${i} and ${i + 1}`);
  }
  assert.ok(at(got.order.find((e) => e.kind === 'report')) > at(progress.at(-1)));
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('in the page (no worker), a key typed during a long check is handled before the check ends', async () => {
  // The first pause after the first slice waits for the test, so the key is typed mid-check on any machine.
  const page = await openWidgetPage(env.browser, fixture('widget-long.html?copies=100&worker=off'), {
    prepare: (p) => p.addInitScript(() => {
      window.__order = [];
      let release;
      const held = new Promise((done) => { release = done; });
      window.__release = release;
      addEventListener('claimcheck-progress', () => window.__order.push('progress'));
      addEventListener('claimcheck-report', () => window.__order.push('report'));
      addEventListener('input', () => window.__order.push('input'), true);
      const yieldOnce = scheduler.yield.bind(scheduler);
      scheduler.yield = async () => {
        const first = window.__order.includes('progress') && !window.__order.includes('held');
        if (first) window.__order.push('held');
        await yieldOnce();
        if (first) await held;
      };
    }),
  });
  await page.waitForFunction(() => window.__order.includes('held'));
  await page.focus('#comment');
  await page.keyboard.type('x');
  await page.evaluate(() => window.__release());
  await waitForWidgets(page);
  const order = await page.evaluate(() => window.__order);
  const input = order.indexOf('input');
  assert.ok(input > order.indexOf('progress'), order.join(' '));
  assert.ok(order.indexOf('progress', input) > input, `the check went on after the key: ${order.join(' ')}`);
  assert.ok(order.indexOf('report') > input, order.join(' '));
  assert.equal(await page.inputValue('#comment'), 'x');
  assert.deepEqual(page.problems, []);
  await page.close();
});

test('a check that is no longer needed stops: the widget removed mid-check aborts it between two slices', async () => {
  const page = await openWidgetPage(env.browser, fixture('widget-long.html?copies=400&worker=off'), {
    prepare: (p) => p.addInitScript(() => {
      window.__progress = 0;
      window.__yieldsAfter = 0;
      const yieldOnce = scheduler.yield.bind(scheduler);
      scheduler.yield = () => {
        if (window.__removed) window.__yieldsAfter++;
        return yieldOnce();
      };
      addEventListener('claimcheck-progress', (e) => {
        window.__progress++;
        window.__total = e.detail.total;
        if (window.__progress === 2) {
          window.__removed = true;
          document.querySelector('claim-check').remove();
        }
      });
    }),
  });
  await page.waitForFunction(() => window.__removed);
  // An idle callback runs only once no task is queued: a check still going on would queue one per slice.
  const got = await page.evaluate(async () => {
    await new Promise((done) => requestIdleCallback(done));
    return { yieldsAfter: window.__yieldsAfter, slicesLeft: Math.ceil(window.__total / 8192) - 2 };
  });
  assert.ok(got.slicesLeft >= 10, `${got.slicesLeft} slices were left`);
  assert.ok(got.yieldsAfter <= 1, `the check went on for ${got.yieldsAfter} more slices after the widget was removed`);
  assert.deepEqual(page.problems, []);
  await page.close();
});
