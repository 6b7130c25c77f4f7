// Checkers for the widgets of a page: the package is imported only when a widget first needs it, and widgets with
// the same settings share one checker.
//
// A checker runs in a worker where the page allows one (the package's `worker: true`); if that fails (no Worker,
// a CSP without worker-src, an old package), the widget falls back to a checker in the page. Either way the widget
// hands the whole text to checker.check(): the package reads it a slice at a time and pauses between slices, so
// an in-page check never holds the main thread for long and the report is the one of the whole text.

const DISPOSE_AFTER_MS = 30_000;  // a widget removed and added back within this time reuses its checker
const FACT_ERRORS = new Set(['invalid-facts', 'facts-fetch', 'bad-argument']);
const WARM_UP_TEXT = 'Syria has 3 cities since 2016.';

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
