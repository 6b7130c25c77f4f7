// The worker side of createChecker({ worker: true }): one engine, requests answered one at a time in arrival
// order (SessionRunner). Runs as a browser module Worker or a Node worker_threads Worker. Protocol: see
// worker-client.js. A check pauses between slices of text, which is when 'cancel' messages are read.
import { SessionRunner, WORKER_SLICE_BYTES } from './checker.js';
import { EngineSession, loadModule } from './engine.js';
import { errorToWire, CheckerError } from './errors.js';

let runner = null;
const running = new Map();  // request id -> AbortController, for checks that may be cancelled

async function init({ wasmUrl, facts, startupImage = false }) {
  if (runner) throw new CheckerError('internal', 'the worker is already initialised');
  const session = new EngineSession(await loadModule(wasmUrl, { startupImage }), { bundled: !facts });
  try {
    if (facts) session.load([facts]);
  } catch (error) {
    session.dispose();
    throw error;
  }
  runner = new SessionRunner(session, WORKER_SLICE_BYTES);
  return null;
}

let initialising = Promise.resolve();

function listen(post) {
  return async ({ id, op, args, progress }) => {
    if (op === 'cancel') {
      running.get(args[0])?.abort();
      return;
    }
    try {
      let value;
      if (op === 'init') {
        initialising = init(args[0]);
        value = await initialising;
      } else {
        await initialising.catch(() => {});
        if (!runner) throw new CheckerError('internal', `request '${op}' before init`);
        const controller = new AbortController();
        running.set(id, controller);
        const hooks = { signal: controller.signal };
        if (progress) hooks.onProgress = (step) => post({ id, progress: step });
        try {
          value = await runner.run(op, args, hooks);
        } finally {
          running.delete(id);
        }
      }
      post({ id, ok: true, value });
    } catch (error) {
      post({ id, ok: false, error: errorToWire(error) });
    }
  };
}

// Browsers: attach the listener synchronously, before any await, or early messages would be lost.
if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  const onRequest = listen((message) => globalThis.postMessage(message));
  globalThis.addEventListener('message', (event) => onRequest(event.data));
} else {
  const { parentPort } = await import('node:worker_threads');
  if (!parentPort) throw new Error('claimcheck/worker.js runs inside a worker, started by createChecker()');
  const onRequest = listen((message) => parentPort.postMessage(message));
  parentPort.on('message', onRequest);
}
