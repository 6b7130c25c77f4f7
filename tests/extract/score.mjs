// Scores the extraction (docs/EXTRACT.md) on the wild set: figures, dates and times in news-like sentences,
// written by hand (tests/extract/wild.jsonl). Each row: {"category", "text", "date"?, "expect": [...]} where every
// figure, date and time of the text is listed:
//   {"kind": "figure", "text", "low", "high", "unit"?, "per"?, "ordinal"?, "fraction"?}   (null = unbounded)
//   {"kind": "date", "text", "first", "last"}  or  {"kind": "date", "text", "anchor": "previous-date"|"event"}
//   {"kind": "time", "text", "minutes", "utc_offset"?}
// An expectation is met by a mention of its kind that overlaps its text and has its values (numbers within a
// relative 1e-4). A mention that overlaps no expectation of its kind is a false extraction.
//
//   node tests/extract/score.mjs [--verbose] [--from extractions.jsonl]
// Without --from it extracts with the JS package (web/src, the WebAssembly engine) in this thread.
import { readFileSync } from 'node:fs';

export const WILD = new URL('./wild.jsonl', import.meta.url);

export function loadRows(url = WILD) {
  return readFileSync(url, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}

const close = (a, b) => {
  if (b === null || b === undefined) return a === null || a === undefined;
  if (typeof a !== 'number') return false;
  return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b));
};

function valuesMatch(expected, m) {
  switch (expected.kind) {
    case 'figure':
      if (!close(m.low, expected.low) || !close(m.high, expected.high)) return false;
      if (expected.unit !== undefined && (m.unit ?? '') !== expected.unit) return false;
      if (expected.per !== undefined && m.per !== expected.per) return false;
      if (expected.ordinal !== undefined && Boolean(m.ordinal) !== expected.ordinal) return false;
      return expected.fraction === undefined || Boolean(m.fraction) === expected.fraction;
    case 'date':
      if (expected.anchor) return m.resolution === 'anchored' && m.anchor?.to === expected.anchor;
      return m.first === expected.first && m.last === expected.last;
    case 'time':
      if (m.minutes !== expected.minutes) return false;
      return expected.utc_offset === undefined || m.utc_offset === expected.utc_offset;
    default:
      return false;
  }
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Scores one row: {expected, hits, exact, falses, misses: [...], extra: [...]}. */
export function scoreRow(row, mentions) {
  const located = row.expect.map((e) => {
    const start = row.text.indexOf(e.text);
    if (start < 0) throw new Error(`wild set: "${e.text}" is not in "${row.text}"`);
    return { ...e, start, end: start + e.text.length };
  });
  const result = { expected: located.length, hits: 0, exact: 0, falses: 0, misses: [], extra: [] };
  for (const e of located) {
    const candidates = mentions.filter((m) => m.kind === e.kind && overlaps(m, e));
    const hit = candidates.find((m) => valuesMatch(e, m));
    if (hit) {
      result.hits += 1;
      if (hit.text === e.text) result.exact += 1;
    } else {
      result.misses.push({ expected: e, found: candidates });
    }
  }
  for (const m of mentions) {
    if (!['figure', 'date', 'time'].includes(m.kind)) continue;
    if (!located.some((e) => e.kind === m.kind && overlaps(m, e))) {
      result.falses += 1;
      result.extra.push(m);
    }
  }
  return result;
}

/** Per category {expected, hits, exact, falses, recall} and a "total" row. */
export function score(rows, extractions) {
  const table = {};
  const add = (name, r) => {
    const t = (table[name] ??= { expected: 0, hits: 0, exact: 0, falses: 0 });
    t.expected += r.expected;
    t.hits += r.hits;
    t.exact += r.exact;
    t.falses += r.falses;
  };
  const details = rows.map((row, i) => {
    const r = scoreRow(row, extractions[i]?.mentions ?? []);
    add(row.category, r);
    add('total', r);
    return { row, ...r };
  });
  for (const t of Object.values(table)) t.recall = t.expected ? t.hits / t.expected : 1;
  return { table, details };
}

export async function extractAll(rows) {
  const { createChecker } = await import('../../web/src/index.js');
  const checker = await createChecker();
  try {
    const out = [];
    for (const row of rows) out.push(await checker.extract(row.text, row.date ? { date: row.date } : {}));
    return out;
  } finally {
    checker.dispose();
  }
}

export function formatTable(table) {
  const lines = ['category      recall            exact  false'];
  const names = Object.keys(table).filter((n) => n !== 'total').concat('total');
  for (const name of names) {
    const t = table[name];
    const pct = (100 * t.recall).toFixed(1).padStart(5);
    lines.push(`${name.padEnd(13)} ${pct}% ${`${t.hits}/${t.expected}`.padStart(9)}  ${String(t.exact).padStart(5)}  ${String(t.falses).padStart(5)}`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const rows = loadRows();
  const from = args.indexOf('--from');
  const extractions = from >= 0
    ? readFileSync(args[from + 1], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
    : await extractAll(rows);
  const { table, details } = score(rows, extractions);
  if (args.includes('--verbose')) {
    for (const d of details) {
      if (!d.misses.length && !d.extra.length) continue;
      console.log(`[${d.row.category}] ${d.row.text}${d.row.date ? `  (${d.row.date})` : ''}`);
      for (const m of d.misses) {
        const found = m.found.map((f) => JSON.stringify(f)).join(' ') || 'nothing';
        console.log(`  miss ${JSON.stringify(m.expected)}\n       found ${found}`);
      }
      for (const m of d.extra) console.log(`  false ${JSON.stringify(m)}`);
    }
  }
  console.log(formatTable(table));
}
