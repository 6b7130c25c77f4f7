// The worker side of createChecker({ worker: true }): one engine, requests answered one at a time in arrival
// order. Runs as a browser module Worker or a Node worker_threads Worker. Protocol: see worker-client.js.
import { EngineSession, loadModule } from './engine.js';
import { errorToWire, CheckerError } from './errors.js';

let session = null;
let queue = Promise.resolve();

async function init({ wasmUrl, facts }) {
  if (session) throw new CheckerError('internal', 'the worker is already initialised');
  const fresh = new EngineSession(await loadModule(wasmUrl));
  try {
    if (facts) fresh.load(facts.text, facts.name);
  } catch (error) {
    fresh.dispose();
    throw error;
  }
  session = fresh;
  return null;
}

async function answer({ id, op, args }) {
  if (op === 'init') return init(args[0]);
  if (!session) throw new CheckerError('internal', `request '${op}' before init`);
  return session.run(op, args);
}

function listen(post) {
  return (request) => {
    queue = queue
      .then(() => answer(request))
      .then((value) => post({ id: request.id, ok: true, value }),
        (error) => post({ id: request.id, ok: false, error: errorToWire(error) }));
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
