// Loads the WebAssembly module once per realm (page, worker or Node process).
// Node cannot fetch a file path, so there we read the bytes ourselves and hand them over (toolchain note 3);
// a browser fetches claimcheck.wasm next to this package, or from options.wasmUrl (for CDNs).
import createClaimcheckModule from '../dist/claimcheck.js';

const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined';
let modulePromise = null;

async function nodeWasmBinary(wasmUrl) {
  const { readFile } = await import('node:fs/promises');
  return readFile(wasmUrl ?? new URL('../dist/claimcheck.wasm', import.meta.url));
}

export function loadEngine(options = {}) {
  if (modulePromise && !options.wasmUrl) return modulePromise;
  const settings = {};
  const pending = (async () => {
    if (isNode) {
      settings.wasmBinary = await nodeWasmBinary(options.wasmUrl);
    } else {
      const url = options.wasmUrl ? new URL(options.wasmUrl, globalThis.location?.href) :
        new URL('../dist/claimcheck.wasm', import.meta.url);
      settings.locateFile = (path) => (path.endsWith('.wasm') ? url.href : path);
    }
    return createClaimcheckModule(settings);
  })();
  if (!options.wasmUrl) {
    modulePromise = pending;
    pending.catch(() => { modulePromise = null; });
  }
  return pending;
}
