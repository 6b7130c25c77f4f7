// The caller's side of the worker backend: starts worker.js (a module Worker in browsers, worker_threads in Node)
// and turns requests into messages.
//
// Protocol: {id, op, args, progress?} goes in; {id, ok: true, value} or {id, ok: false, error: {code, message,
// ...}} comes back, in request order, after any {id, progress: {read, total, fraction}} of a check that asked for
// progress. {op: 'cancel', args: [id]} aborts a check between two slices. The first request is 'init' ({wasmUrl,
// facts, startupImage}). In Node the worker is unref'd while nothing is pending, so a forgotten checker never keeps the process
// alive, and it starts with no execArgv: the parent's flags (--expose-gc, --max-old-space-size, --jitless, ...) are
// not all valid for a worker, and the engine needs none.
import { CheckerError, errorFromWire } from './errors.js';
import { isNode } from './facts.js';
import { WORKER_URL } from './module-files.js';

// Pages that enforce Trusted Types (require-trusted-types-for 'script') refuse a plain URL for new Worker().
// The policy vouches for exactly one URL: this package's own worker script.
let workerPolicy;
function workerScriptUrl() {
  const factory = globalThis.trustedTypes;
  if (!factory?.createPolicy) return WORKER_URL;
  workerPolicy ??= factory.createPolicy('claimcheck', {
    createScriptURL: (url) => {
      if (url !== WORKER_URL.href) throw new TypeError(`claimcheck: refusing worker URL ${url}`);
      return url;
    },
  });
  return workerPolicy.createScriptURL(WORKER_URL.href);
}

async function startWorker() {
  if (isNode) {
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(WORKER_URL, { execArgv: [] });
    return {
      post: (message) => worker.postMessage(message),
      on: (handlers) => {
        worker.on('message', handlers.message);
        worker.on('error', (error) => handlers.failure(error?.message ?? String(error)));
        worker.on('exit', (code) => handlers.failure(`the worker exited (code ${code})`));
      },
      busy: (busy) => (busy ? worker.ref() : worker.unref()),
      terminate: () => { worker.terminate(); },
    };
  }
  if (typeof Worker !== 'function') throw new CheckerError('worker', 'this environment has no Worker');
  const worker = new Worker(workerScriptUrl(), { type: 'module' });
  return {
    post: (message) => worker.postMessage(message),
    on: (handlers) => {
      worker.addEventListener('message', (event) => handlers.message(event.data));
      worker.addEventListener('messageerror', () => handlers.failure('a message could not be read'));
      worker.addEventListener('error', (event) => {
        event.preventDefault?.();
        handlers.failure(event.message || `cannot run ${WORKER_URL.href}`);
      });
    },
    busy: () => {},
    terminate: () => worker.terminate(),
  };
}

class WorkerBackend {
  #worker;
  #pending = new Map();  // id -> {resolve, reject}
  #nextId = 1;
  #failure = null;

  constructor(worker) {
    this.#worker = worker;
    worker.on({
      message: (reply) => this.#settle(reply),
      failure: (message) => this.#fail(new CheckerError('worker', `claimcheck worker failed: ${message}`)),
    });
    worker.busy(false);
  }

  #settle({ id, ok, value, error, progress }) {
    const request = this.#pending.get(id);
    if (!request) return;
    if (progress) {
      request.onProgress?.(progress);
      return;
    }
    this.#pending.delete(id);
    if (this.#pending.size === 0) this.#worker?.busy(false);
    if (ok) request.resolve(value);
    else request.reject(errorFromWire(error));
  }

  #fail(error) {
    if (!this.#worker) return;
    this.#failure = error;
    this.#rejectAll(error);
    this.#worker.terminate();
    this.#worker = null;
  }

  #rejectAll(error) {
    for (const request of this.#pending.values()) request.reject(error);
    this.#pending.clear();
  }

  call(op, args, { signal, onProgress } = {}) {
    if (!this.#worker) return Promise.reject(this.#failure ?? new CheckerError('disposed', 'this checker was disposed'));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        if (!this.#pending.has(id)) return;
        this.#worker?.post({ op: 'cancel', args: [id] });
        this.#settle({ id, ok: false, error: { code: 'aborted', message: 'the check was aborted' } });
      };
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.#pending.set(id, {
        resolve: (value) => { done(); resolve(value); },
        reject: (error) => { done(); reject(error); },
        onProgress,
      });
      if (this.#pending.size === 1) this.#worker.busy(true);
      signal?.addEventListener('abort', onAbort);
      try {
        this.#worker.post({ id, op, args, progress: !!onProgress });
      } catch (error) {
        this.#pending.delete(id);
        done();
        reject(new CheckerError('bad-argument', `cannot send to the worker: ${error.message}`));
      }
    });
  }

  dispose() {
    if (!this.#worker) return;
    this.#worker.terminate();
    this.#worker = null;
    this.#rejectAll(new CheckerError('disposed', 'this checker was disposed'));
  }
}

/** Starts a worker and initialises its engine; rejects (and stops the worker) when that fails. */
export async function createWorkerBackend({ wasmUrl, facts, startupImage = false }) {
  let worker;
  try {
    worker = await startWorker();
  } catch (error) {
    if (error instanceof CheckerError) throw error;
    throw new CheckerError('worker', `cannot start the claimcheck worker: ${error?.message ?? error}`);
  }
  const backend = new WorkerBackend(worker);
  try {
    await backend.call('init', [{ wasmUrl, facts, startupImage }]);
  } catch (error) {
    backend.dispose();
    throw error;
  }
  return backend;
}
