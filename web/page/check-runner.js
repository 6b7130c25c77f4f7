// Runs checks for the page: debounced while the user types, one at a time, always for the latest text.
//
// The checker runs in a Worker, so the page never blocks; what this adds is progress and freshness. A text that
// is longer than one chunk and has an explicit publication date is checked in chunks of whole paragraphs: the
// engine matches sentence by sentence, so the merged report equals the report of the whole text, and between
// chunks the run reports real progress and gives way to newer text. Without an explicit date the engine reads
// the dateline at the start of the text to resolve "last year" or "on November 20", so such a text is sent in
// one piece and the page shows an indeterminate indicator with the elapsed time instead.

export const CHUNK_CHARS = 6000;
export const DEBOUNCE_MS = 250;

/**
 * Half-open [start, end) ranges (UTF-16) covering `text`, cut at a newline near every `size` chars. Every chunk
 * but the first starts WITH its newline: the engine takes a date on the first line of a text for a dateline, and
 * a first line that is empty keeps a dated paragraph in the middle of the text a claim, as in the whole text.
 */
export function splitChunks(text, size = CHUNK_CHARS) {
  const chunks = [];
  let start = 0;
  while (text.length - start > size) {
    let cut = text.lastIndexOf('\n', start + size);
    if (cut <= start) cut = text.indexOf('\n', start + size);
    if (cut < 0) break;
    chunks.push({ start, end: cut });
    start = cut;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}

/** Shifts a chunk's claims to whole-text offsets and appends them to `into`. */
function mergeReport(into, part, offset) {
  for (const claim of part.claims) {
    into.claims.push({
      ...claim,
      start: claim.start + offset,
      end: claim.end + offset,
      sentence: { start: claim.sentence.start + offset, end: claim.sentence.end + offset },
    });
  }
  into.sentences += part.sentences;
}

/**
 * new CheckRunner(checker, handlers): handlers.onStart({text, chunks}), onProgress({done, total, fraction}),
 * onDone({text, date, report, elapsedMs}), onError(error, {text, date}). Only the latest request reports.
 */
export class CheckRunner {
  #checker;
  #handlers;
  #timer = 0;
  #latest = null;   // the request waiting to run: { text, date, id, ready }
  #newest = 0;      // id of the newest request or cancel; only a run with this id reports
  #running = false;

  constructor(checker, handlers) {
    this.#checker = checker;
    this.#handlers = handlers;
  }

  /** Checks `text` once the user has paused typing. */
  schedule(text, date) {
    clearTimeout(this.#timer);
    const request = { text, date, id: ++this.#newest, ready: false };
    this.#latest = request;
    this.#timer = setTimeout(() => {
      request.ready = true;
      this.#drain();
    }, DEBOUNCE_MS);
  }

  /** Checks `text` now (a sample, a new fact base, a changed date). */
  now(text, date) {
    clearTimeout(this.#timer);
    this.#latest = { text, date, id: ++this.#newest, ready: true };
    this.#drain();
  }

  /** Forgets pending and running checks: none of them reports (the text was cleared). */
  cancel() {
    clearTimeout(this.#timer);
    this.#latest = null;
    ++this.#newest;
  }

  #superseded(id) {
    return id !== this.#newest;
  }

  /** Runs ready requests one after the other; a request still in its debounce waits for its timer. */
  async #drain() {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#latest?.ready) {
        const request = this.#latest;
        this.#latest = null;
        await this.#run(request);
      }
    } finally {
      this.#running = false;
    }
  }

  async #run({ text, date, id }) {
    const started = performance.now();
    const chunks = date ? splitChunks(text) : [{ start: 0, end: text.length }];
    const options = date ? { date } : {};
    this.#handlers.onStart?.({ text, chunks: chunks.length });
    const report = { claims: [], sentences: 0 };
    try {
      for (let i = 0; i < chunks.length; i++) {
        const { start, end } = chunks[i];
        const part = await this.#checker.check(chunks.length === 1 ? text : text.slice(start, end), options);
        if (this.#superseded(id)) return;
        mergeReport(report, part, start);
        this.#handlers.onProgress?.({ done: i + 1, total: chunks.length, fraction: end / (text.length || 1) });
      }
    } catch (error) {
      if (!this.#superseded(id)) this.#handlers.onError?.(error, { text, date });
      return;
    }
    this.#handlers.onDone?.({ text, date, report, elapsedMs: performance.now() - started });
  }
}
