// Accuracy against the corpus's ground truth (bench/corpus/truth.json), the same rules for every library.
//
// The metric is recall of the true values, story by story: the share of the numbers (or dates, or sentences) that
// the generator wrote which the library also reports with the same value. Each output is used for at most one
// true value. Numbers: vague words ("dozens", "millions") have no single value and are left out; a true number
// is found when an output value equals it (relative difference < 1e-9). Dates: a true date is found when an
// output names the same day, month, year or decade, at least as precisely as the text did ("September 2015" is
// found by an output for September 2015 or for a day in it). Sentences: a true sentence is found when a segment,
// trimmed, is exactly that sentence. Recall ignores extra outputs (years read as numbers, say), so it is not
// precision; it answers "did the library find what is there".

const VALUED = new Set(['cardinal', 'percent', 'money', 'ordinal']);
const pad = (v) => String(v).padStart(2, '0');

/** Keys a date output can match: {y, m?, d?, decade?} with what is known. */
export function dateKeys({ y, m = null, d = null, decade = false }) {
  if (decade) return [`X:${y - (y % 10)}s`];
  const keys = [`Y:${y}`];
  if (m !== null) keys.push(`M:${y}-${pad(m)}`);
  if (m !== null && d !== null) keys.push(`D:${y}-${pad(m)}-${pad(d)}`);
  return keys;
}

function truthDateKey({ iso, granularity }) {
  return { day: 'D:', month: 'M:', year: 'Y:', decade: 'X:' }[granularity] + iso;
}

function matchAll(truths, outputs, matches) {
  const used = new Array(outputs.length).fill(false);
  const found = [];
  for (const t of truths) {
    const i = outputs.findIndex((o, k) => !used[k] && matches(t, o));
    if (i >= 0) used[i] = true;
    found.push(i >= 0);
  }
  return found;
}

function tally(into, kind, ok) {
  into[kind] ??= { total: 0, found: 0 };
  into[kind].total += 1;
  if (ok) into[kind].found += 1;
}

function summary(byKind) {
  let total = 0;
  let found = 0;
  const kinds = {};
  for (const [kind, { total: t, found: f }] of Object.entries(byKind)) {
    total += t;
    found += f;
    kinds[kind] = { total: t, found: f, recall: f / t };
  }
  return { total, found, recall: total ? found / total : null, by_kind: kinds };
}

const sameNumber = (a, b) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/** outputs[i]: array of value lists (one per mention) for story i; stories beyond outputs.length are skipped. */
export function scoreNumbers(truth, outputs) {
  const byKind = {};
  outputs.forEach((mentions, i) => {
    const truths = truth.stories[i].numbers.filter((n) => VALUED.has(n.kind));
    const found = matchAll(truths, mentions, (t, values) => values.some((v) => sameNumber(v, t.value)));
    truths.forEach((t, k) => tally(byKind, t.kind, found[k]));
  });
  return summary(byKind);
}

function dateKind(t) {
  if (t.relative) return 'relative';
  if (!t.year_written) return t.granularity === 'day' ? 'day, no year' : `${t.granularity}, short ('90s)`;
  return t.granularity;
}

/** outputs[i]: array of key lists (dateKeys) for story i. */
export function scoreDates(truth, outputs) {
  const byKind = {};
  outputs.forEach((mentions, i) => {
    const truths = truth.stories[i].dates;
    const found = matchAll(truths, mentions, (t, keys) => keys.includes(truthDateKey(t)));
    truths.forEach((t, k) => tally(byKind, dateKind(t), found[k]));
  });
  return summary(byKind);
}

/** outputs[i]: array of sentence strings for story i. */
export function scoreSentences(truth, outputs) {
  const byKind = {};
  outputs.forEach((segments, i) => {
    const trimmed = segments.map((s) => s.trim());
    const truths = truth.stories[i].sentences;
    const found = matchAll(truths, trimmed, (t, s) => s === t);
    truths.forEach((t, k) => tally(byKind, k === 0 && !/[.!?"]$/.test(t) ? 'headline' : 'sentence', found[k]));
  });
  return summary(byKind);
}
