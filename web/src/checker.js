// The Checker callers hold: one interface over two backends, in-thread (an engine in this realm) and worker (an
// engine in a module Worker or a worker_threads Worker). The front validates arguments, resolves fact bases in
// the caller's realm and queues requests in call order; a backend only answers `call(op, args)`.
//
// Queueing: each request is prepared (a fact base may have to be fetched) and dispatched only after the previous
// one was dispatched, so a check made after loadFacts() always sees the new base. Replies are awaited outside
// the queue, so a worker can have several requests in flight.
import { CheckerError } from './errors.js';
import { EngineSession, loadModule } from './engine.js';
import { resolveFacts } from './facts.js';

const disposedError = () => new CheckerError('disposed', 'this checker was disposed');

function dateArgument(options) {
  const date = options?.date ?? '';
  if (typeof date !== 'string') throw new CheckerError('bad-argument', 'options.date must be a YYYY-MM-DD string');
  return date;
}

export class Checker {
  #backend;
  #tail = Promise.resolve();

  constructor(backend) { this.#backend = backend; }

  #enqueue(prepare) {
    const dispatched = this.#tail.then(async () => {
      const [op, args] = await prepare();
      if (!this.#backend) throw disposedError();
      return { reply: this.#backend.call(op, args) };
    });
    this.#tail = dispatched.then(() => undefined, () => undefined);
    return dispatched.then(({ reply }) => reply);
  }

  /** Resolves to the report of `text`; options.date (YYYY-MM-DD) resolves dates written without a year. */
  check(text, options = {}) {
    if (typeof text !== 'string') return Promise.reject(new CheckerError('bad-argument', 'text must be a string'));
    let date;
    try {
      date = dateArgument(options);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#enqueue(() => ['check', [text, date]]);
  }

  /** Resolves to {engine, facts: {name, version, count}}. */
  info() { return this.#enqueue(() => ['info', []]); }

  /** Replaces the fact base; resolves to its info. Invalid facts reject with 'invalid-facts', old base kept. */
  loadFacts(facts) {
    return this.#enqueue(async () => {
      const source = await resolveFacts(facts);
      if (!source) throw new CheckerError('bad-argument', 'loadFacts needs a fact base');
      return ['load', [source.text, source.name]];
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

/** Runs requests on an engine in this realm; the module is shared by every in-thread checker of the realm. */
class LocalBackend {
  #session;

  constructor(session) { this.#session = session; }

  async call(op, args) {
    if (!this.#session) throw disposedError();
    return this.#session.run(op, args);
  }

  dispose() {
    this.#session?.dispose();
    this.#session = null;
  }
}

export async function createLocalBackend({ wasmUrl, facts }) {
  const session = new EngineSession(await loadModule(wasmUrl));
  try {
    if (facts) session.load(facts.text, facts.name);
  } catch (error) {
    session.dispose();
    throw error;
  }
  return new LocalBackend(session);
}
