// Runs checks for the page: debounced while the user types, one at a time, always for the latest text.
//
// Each text is checked whole, in one call: checker.check(text, { date, signal, onProgress }). The package reads
// it a slice at a time and pauses between slices (in the Worker, or in this thread where no Worker may start), so
// the report is the report of the whole text, progress is real, and the page stays responsive. A newer request
// aborts the running check (its AbortSignal), which stops between two slices; only the newest request reports.

export const DEBOUNCE_MS = 250;

/**
 * new CheckRunner(checker, handlers): handlers.onStart({text, date, reason}), onProgress({read, total, fraction}),
 * onDone({text, date, reason, report, elapsedMs}), onError(error, {text, date}). `reason` is what the caller
 * passed to schedule() or now(), handed back untouched.
 */
export class CheckRunner {
  #checker;
  #handlers;
  #timer = 0;
  #latest = null;       // the request waiting to run: { text, date, reason, id, ready }
  #newest = 0;          // id of the newest request or cancel; only a run with this id reports
  #running = false;
  #controller = null;   // aborts the check in flight

  constructor(checker, handlers) {
    this.#checker = checker;
    this.#handlers = handlers;
  }

  /** Checks `text` once the user has paused typing; a check in flight stops now. */
  schedule(text, date, reason = 'typing') {
    this.#supersede();
    const request = { text, date, reason, id: this.#newest, ready: false };
    this.#latest = request;
    this.#timer = setTimeout(() => {
      request.ready = true;
      this.#drain();
    }, DEBOUNCE_MS);
  }

  /** Checks `text` now (a sample, a paste, a new fact base, a changed date). */
  now(text, date, reason = 'action') {
    this.#supersede();
    this.#latest = { text, date, reason, id: this.#newest, ready: true };
    this.#drain();
  }

  /** Forgets pending and running checks: none of them reports (the text was cleared). */
  cancel() {
    this.#supersede();
    this.#latest = null;
  }

  #supersede() {
    clearTimeout(this.#timer);
    ++this.#newest;
    this.#controller?.abort();
    this.#controller = null;
  }

  /** Runs ready requests one after the other; a request still in its debounce waits for its timer. */
  async #drain() {
    if (this.#running) return;
    this.#running = true;
    try {
      while (this.#latest?.ready) {
        const request = this.#latest;
        this.#latest = null;
        if (request.id === this.#newest) await this.#run(request);
      }
    } finally {
      this.#running = false;
    }
  }

  async #run({ text, date, reason, id }) {
    const controller = new AbortController();
    this.#controller = controller;
    const current = () => id === this.#newest;
    const started = performance.now();
    this.#handlers.onStart?.({ text, date, reason });
    let report;
    try {
      report = await this.#checker.check(text, {
        date,
        signal: controller.signal,
        onProgress: (progress) => { if (current()) this.#handlers.onProgress?.(progress); },
      });
    } catch (error) {
      if (current() && error?.code !== 'aborted') this.#handlers.onError?.(error, { text, date });
      return;
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
    if (current()) this.#handlers.onDone?.({ text, date, reason, report, elapsedMs: performance.now() - started });
  }
}
