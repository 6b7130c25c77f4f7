// Checkers for the widgets of a page: the package is imported only when a widget first needs it, widgets with the
// same settings share one checker, and a long text is checked in slices.
//
// A checker runs in a worker where the page allows one (the package's `worker: true`); if that fails (no Worker,
// a CSP without worker-src, an old package), the widget falls back to a checker in the page, where checking a
// text in pieces of a few milliseconds keeps every task short. The engine checks sentence by sentence, so cutting
// the text at blank lines (block boundaries, see text-map.js) does not change a verdict.

const DISPOSE_AFTER_MS = 30_000;  // a widget removed and added back within this time reuses its checker
const FACT_ERRORS = new Set(['invalid-facts', 'facts-fetch', 'bad-argument']);
const WARM_UP_TEXT = 'Syria has 3 cities since 2016.';
const FIRST_SLICE_CHARS = 2_000;
const SLICE_TARGET_MS = 12;  // well under the 50 ms long-task line, also on a slow or busy device
const MIN_SLICE_CHARS = 1_000;
const MAX_SLICE_CHARS = 200_000;
const BLOCK_BREAK = '\n\n';

const shared = new Map();  // key -> { promise, users, timer }

function settingsKey({ facts, worker, wasmUrl }) {
  return JSON.stringify([facts ?? '', worker, wasmUrl ?? '']);
}

// The engine's first check pays for warming up (tens of ms in one call, whatever the text): pay it with a tiny
// text, in a task of its own, so that no slice of the article carries it.
async function warm(checker) {
  await checker.check(WARM_UP_TEXT);
  return checker;
}

async function create({ facts, worker, wasmUrl }) {
  const { createChecker } = await import('../src/index.js');
  const options = {};
  if (facts) options.facts = new URL(facts, document.baseURI);
  if (wasmUrl) options.wasmUrl = new URL(wasmUrl, document.baseURI).href;
  if (worker !== 'off' && typeof Worker === 'function') {
    try {
      return await warm(await createChecker({ ...options, worker: true }));
    } catch (error) {
      if (FACT_ERRORS.has(error?.code)) throw error;
    }
  }
  return warm(await createChecker(options));
}

/**
 * A checker for settings { facts (URL, relative to the page), worker ('auto' | 'off'), wasmUrl }.
 * Resolves to { checker, key }; hand the key back to releaseChecker when done.
 */
export async function acquireChecker(settings) {
  const key = settingsKey(settings);
  let entry = shared.get(key);
  if (!entry) {
    entry = { promise: create(settings), users: 0, timer: 0 };
    shared.set(key, entry);
    entry.promise.catch(() => { if (shared.get(key) === entry) shared.delete(key); });
  }
  entry.users++;
  clearTimeout(entry.timer);
  try {
    return { checker: await entry.promise, key };
  } catch (error) {
    entry.users--;
    throw error;
  }
}

export function releaseChecker(key) {
  const entry = shared.get(key);
  if (!entry || --entry.users > 0) return;
  entry.timer = setTimeout(() => {
    if (entry.users > 0 || shared.get(key) !== entry) return;
    shared.delete(key);
    entry.promise.then((checker) => checker.dispose(), () => {});
  }, DISPOSE_AFTER_MS);
}

// Where the slice that starts at `start` ends: at a block break, about `size` characters on.
function sliceEnd(text, start, size) {
  if (start + size >= text.length) return text.length;
  const before = text.lastIndexOf(BLOCK_BREAK, start + size);
  if (before > start) return before + BLOCK_BREAK.length;
  const after = text.indexOf(BLOCK_BREAK, start + size);
  return after < 0 ? text.length : after + BLOCK_BREAK.length;
}

function shiftClaim(claim, by) {
  return {
    ...claim,
    start: claim.start + by,
    end: claim.end + by,
    sentence: claim.sentence && { start: claim.sentence.start + by, end: claim.sentence.end + by },
  };
}

/**
 * Checks `text` in slices cut at block breaks, sized from the time the previous slice took, yielding to the page
 * between them (`budget.next()`). Resolves to one report with offsets into the whole text, as if checked at once.
 * `isStale()` true stops early (resolves to null).
 */
export async function checkInSlices(checker, text, date, budget, isStale) {
  const report = { claims: [], sentences: 0 };
  const options = date ? { date } : {};
  let size = FIRST_SLICE_CHARS;
  for (let start = 0; start < text.length;) {
    const end = sliceEnd(text, start, size);
    const began = performance.now();
    const part = await checker.check(text.slice(start, end), options);
    if (isStale()) return null;
    const rate = (end - start) / Math.max(performance.now() - began, 1);
    const next = Math.min(Math.round(rate * SLICE_TARGET_MS), 2 * (end - start));  // grow at most twofold
    size = Math.min(MAX_SLICE_CHARS, Math.max(MIN_SLICE_CHARS, next));
    for (const claim of part.claims) report.claims.push(start ? shiftClaim(claim, start) : claim);
    report.sentences += part.sentences;
    start = end;
    if (start < text.length) await budget.next();
  }
  return report;
}
