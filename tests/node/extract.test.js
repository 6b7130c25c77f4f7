// Extraction (docs/EXTRACT.md) through every front door: the JS package in-thread and in a worker, the native CLI
// and the Node CLI (byte-identical output), and the wild set (tests/extract) with a floor per category, so that a
// regression in the readers of figures and dates fails here.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createChecker, CheckerError } from '../../web/src/index.js';
import { loadRows, score, formatTable } from '../extract/score.mjs';
import { nativeCli, nodeCli, run, tempDir } from './helpers.js';

const TEXT = 'On 25 April 2023 at 6:04 pm IST, more than 400,000 people and two thirds of voters, $54.20 a share, ' +
  'a 7.8 tremor, three weeks later.';

// Recall floors of the wild set (tests/extract/score.mjs), rounded down from what the engine reaches, and the
// most false extractions allowed.
const FLOORS = {
  numbers: 1, ranges: 1, percentages: 1, fractions: 1, ordinals: 1, money: 1, measures: 1, dates: 1, times: 1, total: 1,
};
const MAX_FALSE = 1;  // "Apollo 11 landed.": a name at the start of a sentence is read as a figure

const byText = (x, text) => x.mentions.find((m) => m.text === text);

for (const mode of [{ name: 'in-thread', worker: false }, { name: 'worker', worker: true }]) {
  describe(`extract (${mode.name})`, () => {
    let checker;
    before(async () => { checker = await createChecker({ worker: mode.worker }); });
    after(() => checker?.dispose());

    test('figures, dates and times in text order, with their values', async () => {
      const x = await checker.extract(TEXT, { date: '2023-04-25' });
      assert.equal(x.reference, '2023-04-25');
      assert.equal(x.reference_from, 'option');
      assert.deepEqual(x.mentions.map((m) => [m.kind, m.text]), [
        ['date', '25 April 2023'], ['figure', 'more than 400,000'], ['figure', 'two thirds'],
        ['figure', '$54.20 a share'], ['figure', '7.8'], ['date', 'three weeks later'],
      ]);
      const date = byText(x, '25 April 2023');
      assert.deepEqual([date.first, date.last, date.granularity, date.resolution], ['2023-04-25', '2023-04-25', 'day', 'explicit']);
      assert.deepEqual([date.time.text, date.time.minutes, date.time.zone, date.time.utc_offset], ['6:04 pm IST', 1084, 'IST', 330]);
      const more = byText(x, 'more than 400,000');
      assert.deepEqual([more.low, more.high, more.low_open, more.dimension, more.noun], [400000, null, true, 'count', 'people']);
      assert.deepEqual([byText(x, 'two thirds').fraction, byText(x, 'two thirds').unit], [true, 'percent']);
      const share = byText(x, '$54.20 a share');
      assert.deepEqual([share.low, share.unit, share.dimension, share.per, share.number.text], [54.2, 'usd', 'money', 'share', '$54.20']);
      assert.equal(byText(x, '7.8').unit, 'magnitude');
      const later = byText(x, 'three weeks later');
      assert.deepEqual([later.first, later.resolution, later.anchor], [null, 'anchored',
        { to: 'previous-date', count: 3, unit: 'week', calendar: false, month: null, event: null }]);
    });

    test('offsets are UTF-16 code units: text.slice(start, end) is the mention', async () => {
      const text = `🇸🇾 👩‍👩‍👧 中文 Cafe\u0301 — ${TEXT}\r\n𝟖 ₹615 crore, 60%.`;
      const x = await checker.extract(text, { date: '2023-04-25' });
      assert.ok(x.mentions.length >= 8);
      for (const m of x.mentions) {
        assert.equal(text.slice(m.start, m.end), m.text);
        if (m.number) assert.equal(text.slice(m.number.start, m.number.end), m.number.text);
        if (m.time) assert.equal(text.slice(m.time.start, m.time.end), m.time.text);
      }
      assert.equal(byText(x, '₹615 crore').unit, 'inr');
    });

    test('without a date: relative dates stay out, a dateline dates the text', async () => {
      const bare = await checker.extract('Prices rose last week.');
      assert.deepEqual([bare.reference, bare.mentions.length], [null, 0]);
      const dated = await checker.extract('Moscow, 25 April 2023 (TDI): Prices rose last week.');
      assert.deepEqual([dated.reference, dated.reference_from], ['2023-04-25', 'dateline']);
      const week = byText(dated, 'last week');
      assert.deepEqual([week.first, week.last, week.resolution], ['2023-04-17', '2023-04-23', 'relative']);
    });

    test('a bad date and a bad text are CheckerErrors', async () => {
      await assert.rejects(checker.extract('x', { date: '2023-02-30' }), (e) => e instanceof CheckerError && e.code === 'bad-date');
      await assert.rejects(checker.extract(42), (e) => e instanceof CheckerError && e.code === 'bad-argument');
      const controller = new AbortController();
      controller.abort();
      await assert.rejects(checker.extract('x', { signal: controller.signal }), (e) => e.code === 'aborted');
    });

    test('plain data that survives structuredClone', async () => {
      const x = await checker.extract(TEXT, { date: '2023-04-25' });
      assert.equal(Object.getPrototypeOf(x), Object.prototype);
      assert.deepEqual(structuredClone(x), x);
    });
  });
}

describe('extract: the wild set', () => {
  let result;
  before(async () => {
    const rows = loadRows();
    const checker = await createChecker();
    try {
      const extractions = [];
      for (const row of rows) extractions.push(await checker.extract(row.text, row.date ? { date: row.date } : {}));
      result = score(rows, extractions);
    } finally {
      checker.dispose();
    }
  });

  test('has at least 300 rows in every category', () => {
    const rows = loadRows();
    assert.ok(rows.length >= 300);
    for (const name of Object.keys(FLOORS)) if (name !== 'total') assert.ok(rows.some((r) => r.category === name), name);
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    test(`${name}: recall at least ${floor}`, () => {
      const t = result.table[name];
      assert.ok(t.recall >= floor, `${name} ${t.hits}/${t.expected}\n${formatTable(result.table)}`);
    });
  }

  test(`at most ${MAX_FALSE} false extractions`, () => {
    assert.ok(result.table.total.falses <= MAX_FALSE, formatTable(result.table));
  });
});

describe('extract: both CLIs print the same bytes', () => {
  let dir;
  before(() => { dir = tempDir(); });
  after(() => dir?.cleanup());

  function same(args, input = '') {
    const native = run(nativeCli, args, input);
    const node = run(nodeCli, args, input);
    assert.equal(node.stdout, native.stdout);
    assert.equal(node.stderr, native.stderr);
    assert.equal(node.status, native.status);
    return native;
  }

  test('json from a file and from stdin', () => {
    const file = join(dir.path, 'text.txt');
    writeFileSync(file, `🇸🇾 ${TEXT}\r\nIt cost €40m, or 12.5%.`);
    const fromFile = same(['extract', '--date', '2023-04-25', file]);
    assert.equal(fromFile.status, 0, fromFile.stderr);
    const x = JSON.parse(fromFile.stdout);
    assert.ok(x.mentions.some((m) => m.text === '€40m' && m.unit === 'eur'));
    assert.equal(same(['extract', '--date', '2023-04-25', '--format', 'json', '-'], `🇸🇾 ${TEXT}\r\nIt cost €40m, or 12.5%.`).stdout, fromFile.stdout);
  });

  test('jsonl: one line per input line, errors in the shape of check', () => {
    const batch = [
      JSON.stringify({ id: 1, text: TEXT, date: '2023-04-25' }),
      JSON.stringify({ id: 'b', text: 'Sales rose 20% in Q3 2019.' }),
      '',
      'not json',
      JSON.stringify({ id: 3 }),
      JSON.stringify({ id: 4, text: 'x', date: '2023-13-01' }),
    ].join('\n');
    const result = same(['extract', '--format', 'jsonl'], batch);
    assert.equal(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 6);
    assert.equal(lines[0].id, 1);
    assert.ok(lines[0].mentions.length >= 5);
    assert.deepEqual(lines[1].mentions.map((m) => m.text), ['20%', 'Q3 2019']);
    assert.deepEqual(lines.slice(2).map((l) => [l.id, l.line, l.error.code]),
      [[null, 3, 'bad-json'], [null, 4, 'bad-json'], [3, 5, 'bad-json'], [4, 6, 'bad-date']]);
  });

  test('usage errors', () => {
    for (const args of [['extract', '--format', 'text', '-'], ['extract', '--facts', 'x.json', '-'],
      ['extract', 'a.txt', 'b.txt'], ['extract', '--date', 'yesterday', '-']]) {
      const result = same(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^claimcheck: /);
    }
  });
});
