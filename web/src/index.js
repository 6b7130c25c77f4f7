// claimcheck: check the figures, dates and names of a text against a fact base.
// One API for pages, workers and Node; the engine is C++ compiled to WebAssembly (dist/claimcheck.wasm).
//
//   const checker = await createChecker({ worker: true });   // bundled fact base, engine in a Worker
//   const report = await checker.check(text, { date: '2023-04-25' });
//   checker.dispose();
//
// Every method is async in both modes, so callers never care where the engine runs. Types: index.d.ts.
import { Checker, createLocalBackend } from './checker.js';
import { loadModule, resolveWasmUrl, validateWith } from './engine.js';
import { CheckerError } from './errors.js';
import { resolveFacts } from './facts.js';
import { bundledFactsUrl } from './module-files.js';
import { createWorkerBackend } from './worker-client.js';

export { CheckerError };

/** Resolves to a Checker; options: { facts?, worker?, wasmUrl?, startupImage? }. */
export async function createChecker(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new CheckerError('bad-argument', 'createChecker takes an options object');
  }
  const wasmUrl = await resolveWasmUrl(options.wasmUrl);
  // A module without the bundled base (the widget's) gets it as a file, fetched here like any `facts`.
  const facts = await resolveFacts(options.facts ?? bundledFactsUrl());
  const start = options.worker ? createWorkerBackend : createLocalBackend;
  // The start-up image only gives the bundled engine: with a base of the caller's, it would be downloaded for nothing.
  const startupImage = options.startupImage === true && !facts;
  return new Checker(await start({ wasmUrl, facts, startupImage }));
}

/** The validator's errors for a fact base (same inputs as `facts`); [] when it is valid. Runs in this realm. */
export async function validateFacts(facts, options = {}) {
  const source = await resolveFacts(facts);
  if (!source) throw new CheckerError('bad-argument', 'validateFacts needs a fact base');
  const module = await loadModule(options?.wasmUrl);
  return validateWith(module, [source]);
}
