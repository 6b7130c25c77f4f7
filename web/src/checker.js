// The Checker callers hold: one interface over two backends, in-thread (an engine in this realm) and worker (an
// engine in a module Worker or a worker_threads Worker). The front validates arguments, resolves fact bases in
// the caller's realm and queues requests in call order; a backend only answers `call(op, args, hooks)`.
//
// Long texts: both backends check a text a slice of bytes at a time (EngineSession.checkInSlices) and pause
// between slices, so the page stays responsive in-thread, progress is reported and a check can be aborted; the
// report is the one the whole text gives at once (the engine keeps one run per text).
//
// Queueing: each request is prepared (a fact base may have to be fetched) and dispatched only after the previous
// one was dispatched, so a check made after loadFacts() always sees the new base.
import { CheckerError } from './errors.js';
import { EngineSession, loadModule } from './engine.js';
import { resolveFacts } from './facts.js';

const disposedError = () => new CheckerError('disposed', 'this checker was disposed');

// Bytes of text per slice in the page's own thread: about a millisecond of work on a slow device, so a slice is
// never a long task. A worker can take longer slices (it only pauses to read cancellations).
export const PAGE_SLICE_BYTES = 8 * 1024;
export const WORKER_SLICE_BYTES = 64 * 1024;

function checkArguments(text, options) {
  if (typeof text !== 'string') throw new CheckerError('bad-argument', 'text must be a string');
  if (options === null || typeof options !== 'object') throw new CheckerError('bad-argument', 'options must be an object');
  const date = options.date ?? '';
  if (typeof date !== 'string') throw new CheckerError('bad-argument', 'options.date must be a YYYY-MM-DD string');
  const { signal, onProgress } = options;
  if (signal !== undefined && typeof signal?.aborted !== 'boolean') {
    throw new CheckerError('bad-argument', 'options.signal must be an AbortSignal');
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new CheckerError('bad-argument', 'options.onProgress must be a function');
  }
  return { date, signal, onProgress };
}

function draftArguments(text, options) {
  if (typeof text !== 'string') throw new CheckerError('bad-argument', 'text must be a string');
  if (options === null || typeof options !== 'object') throw new CheckerError('bad-argument', 'options must be an object');
  const args = {};
  for (const key of ['date', 'sourceTitle', 'publisher', 'url']) {
    const value = options[key] ?? '';
    if (typeof value !== 'string') throw new CheckerError('bad-argument', `options.${key} must be a string`);
    args[key] = value;
  }
  return args;
}

export class Checker {
  #backend;
  #tail = Promise.resolve();

  constructor(backend) { this.#backend = backend; }

  #enqueue(prepare, hooks) {
    const dispatched = this.#tail.then(async () => {
      const [op, args] = await prepare();
      if (!this.#backend) throw disposedError();
      return { reply: this.#backend.call(op, args, hooks) };
    });
    this.#tail = dispatched.then(() => undefined, () => undefined);
    return dispatched.then(({ reply }) => reply);
  }

  /**
   * Resolves to the report of `text`. options: date (YYYY-MM-DD) resolves dates written without a year;
   * onProgress({read, total, fraction}) is called as the check advances; signal (AbortSignal) stops it
   * (rejects with code 'aborted').
   */
  check(text, options = {}) {
    let args;
    try {
      args = checkArguments(text, options);
    } catch (error) {
      return Promise.reject(error);
    }
    if (args.signal?.aborted) return Promise.reject(new CheckerError('aborted', 'the check was aborted'));
    return this.#enqueue(() => ['check', [text, args.date]], { signal: args.signal, onProgress: args.onProgress });
  }

  /**
   * Resolves to the extraction of `text`: every figure, date and time with its span (docs/EXTRACT.md).
   * options: date (YYYY-MM-DD) resolves dates written without a year and dates relative to it.
   */
  extract(text, options = {}) {
    let args;
    try {
      args = checkArguments(text, options);
    } catch (error) {
      return Promise.reject(error);
    }
    if (args.signal?.aborted) return Promise.reject(new CheckerError('aborted', 'the extraction was aborted'));
    return this.#enqueue(() => ['extract', [text, args.date]]);
  }

  /**
   * Resolves to a fact base (an object in the format of facts/README.md) drafted from `text`, a trusted report:
   * one source, the entities it names, one fact per checkable claim. It loads as it is (loadFacts); review it
   * before use. options: date (YYYY-MM-DD, else the report's dateline), sourceTitle, publisher, url.
   */
  draft(text, options = {}) {
    let args;
    try {
      args = draftArguments(text, options);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#enqueue(() => ['draft', [text, args]]);
  }

  /**
   * Resolves to the validator's errors for `facts` (the inputs loadFacts takes), [] when it would load. Runs on
   * this checker's engine (in the worker for a worker checker); the base in use is not changed.
   */
  validate(facts) {
    return this.#enqueue(async () => {
      const source = await resolveFacts(facts);
      if (!source) throw new CheckerError('bad-argument', 'validate needs a fact base');
      return ['validate', [[source]]];
    });
  }

  /** Resolves to {engine, facts: {name, version, count}}. */
  info() { return this.#enqueue(() => ['info', []]); }

  /** Replaces the fact base; resolves to its info. Invalid facts reject with 'invalid-facts', old base kept. */
  loadFacts(facts) {
    return this.#enqueue(async () => {
      const source = await resolveFacts(facts);
      if (!source) throw new CheckerError('bad-argument', 'loadFacts needs a fact base');
      return ['load', [[source]]];
    });
  }

  /** Frees the engine (terminates the worker). Pending and later calls reject with 'disposed'. */
  dispose() {
    this.#backend?.dispose();
    this.#backend = null;
  }

  /** Internal (leak tests): {memory: WebAssembly memory bytes, inUse: bytes malloc has handed out}. */
  _memory() { return this.#enqueue(() => ['memory', []]); }
}

/**
 * Answers requests on one EngineSession, one at a time (a sliced check holds the engine until it ends): what the
 * in-thread backend and the worker both run.
 */
export class SessionRunner {
  #session;
  #sliceBytes;
  #tail = Promise.resolve();

  constructor(session, sliceBytes) {
    this.#session = session;
    this.#sliceBytes = sliceBytes;
  }

  run(op, args, hooks = {}) {
    const result = this.#tail.then(() => this.#answer(op, args, hooks));
    this.#tail = result.then(() => undefined, () => undefined);
    return result;
  }

  async #answer(op, args, hooks) {
    const session = this.#session;
    if (!session) throw disposedError();
    switch (op) {
      case 'check':
        return session.checkInSlices(args[0], args[1], { sliceBytes: this.#sliceBytes, ...hooks });
      case 'extract': return session.extract(args[0], args[1]);
      case 'draft': return session.draft(args[0], args[1]);
      case 'load': return session.load(args[0]);
      case 'validate': return session.validate(args[0]);
      case 'info': return session.info();
      case 'memory': return session.memory();
      default: throw new CheckerError('internal', `unknown request '${op}'`);
    }
  }

  dispose() {
    this.#session?.dispose();
    this.#session = null;
  }
}

/** Runs requests on an engine in this realm; the module is shared by every in-thread checker of the realm. */
class LocalBackend {
  #runner;

  constructor(runner) { this.#runner = runner; }

  call(op, args, hooks) {
    if (!this.#runner) return Promise.reject(disposedError());
    return this.#runner.run(op, args, hooks);
  }

  dispose() {
    this.#runner?.dispose();
    this.#runner = null;
  }
}

export async function createLocalBackend({ wasmUrl, facts, startupImage = false }) {
  const session = new EngineSession(await loadModule(wasmUrl, { startupImage }), { bundled: !facts });
  try {
    if (facts) session.load([facts]);
  } catch (error) {
    session.dispose();
    throw error;
  }
  return new LocalBackend(new SessionRunner(session, PAGE_SLICE_BYTES));
}
