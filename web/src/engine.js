// The WebAssembly module and one engine in it: the only file that touches Emscripten or Embind objects.
//
// The module is loaded once per realm (page, worker or Node process) and per wasm location. We instantiate the
// .wasm ourselves (Emscripten's instantiateWasm hook), the same way everywhere: Node reads the bytes from disk
// (toolchain note 3: the glue cannot fetch a path there), a browser fetches dist/claimcheck.wasm next to this
// package or options.wasmUrl (for CDNs), streaming when the server sends application/wasm.
//
// Strings go into the engine as UTF-8 bytes made by TextEncoder, not by Embind: Emscripten 3.1.6's encoder
// pairs a lone surrogate with whatever follows it, while TextEncoder writes U+FFFD (one UTF-16 unit, like the
// surrogate it replaces), so report offsets stay offsets into the caller's string.
import createClaimcheckModule from '../dist/claimcheck.js';
import { CheckerError } from './errors.js';
import { isNode } from './facts.js';

const DEFAULT_WASM = new URL('../dist/claimcheck.wasm', import.meta.url);
const modules = new Map();  // wasm location -> Promise<module>
const encoder = new TextEncoder();

/** A string or URL for the .wasm, absolute: resolved against the page (browser) or cwd (Node). */
export async function resolveWasmUrl(wasmUrl) {
  if (wasmUrl === undefined || wasmUrl === null || wasmUrl === '') return DEFAULT_WASM.href;
  if (wasmUrl instanceof URL) return wasmUrl.href;
  if (typeof wasmUrl !== 'string') throw new CheckerError('bad-argument', 'wasmUrl must be a string or a URL');
  if (isNode && !/^[a-z][a-z0-9+.-]+:/i.test(wasmUrl)) {  // a path (a drive letter is no scheme)
    const { pathToFileURL } = await import('node:url');
    return pathToFileURL(wasmUrl).href;
  }
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  try {
    return new URL(wasmUrl, base).href;
  } catch {
    throw new CheckerError('bad-argument', `wasmUrl '${wasmUrl}' is not a URL`);
  }
}

async function wasmSource(href) {
  if (isNode && href.startsWith('file:')) {
    const { readFile } = await import('node:fs/promises');
    return readFile(new URL(href));
  }
  const response = await fetch(href);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${href}`);
  return response;
}

async function instantiate(href, imports) {
  const source = await wasmSource(href);
  if (!(source instanceof Response)) return WebAssembly.instantiate(source, imports);
  const streamable = typeof WebAssembly.instantiateStreaming === 'function' &&
    (source.headers.get('Content-Type') ?? '').startsWith('application/wasm');
  if (streamable) return WebAssembly.instantiateStreaming(source, imports);
  return WebAssembly.instantiate(await source.arrayBuffer(), imports);
}

function createModule(href) {
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  const printed = [];
  const created = createClaimcheckModule({
    instantiateWasm(imports, done) {
      instantiate(href, imports).then(({ instance, module }) => done(instance, module), fail);
      return {};
    },
    print: () => {},
    printErr: (line) => { printed.push(line); },
  });
  return Promise.race([created, failed]).catch((error) => {
    const reason = error?.message ?? printed.at(-1) ?? String(error);
    throw new CheckerError('wasm-load', `cannot load the WebAssembly module from ${href}: ${reason}`);
  });
}

/** Resolves to the Emscripten module for this realm (cached; a failed load is retried next time). */
export async function loadModule(wasmUrl) {
  const href = await resolveWasmUrl(wasmUrl);
  let pending = modules.get(href);
  if (!pending) {
    pending = createModule(href);
    modules.set(href, pending);
    pending.catch(() => modules.delete(href));
  }
  return pending;
}

function toEngineInput(value) {
  return typeof value === 'string' ? encoder.encode(value) : value;
}

function parseOrThrow(json) {
  const value = JSON.parse(json);
  if (value && !Array.isArray(value) && value.error) {
    throw new CheckerError(value.error.code ?? 'internal', value.error.message ?? 'engine error');
  }
  return value;
}

// Every error gets file, pointer and text, also the rare "internal" ones the bindings make from an exception.
function factErrors(errors, name) {
  return errors.map((e) => {
    const file = e.file ?? name;
    return { ...e, file, pointer: e.pointer ?? '', text: e.text ?? `${file}: ${e.message}` };
  });
}

function loadResult(json, name) {
  const result = JSON.parse(json);
  if (result.ok) return result.info;
  const errors = factErrors(result.errors, name);
  throw new CheckerError('invalid-facts', `invalid fact base:\n${errors.map((e) => e.text).join('\n')}`, errors);
}

/**
 * One engine (fact base + checker) inside a module. Every method is synchronous and returns plain data; the
 * Embind handle never leaves this object. Text may be a string or UTF-8 bytes.
 */
export class EngineSession {
  #module;
  #engine;

  constructor(module) {
    this.#module = module;
    this.#engine = new module.Engine();
  }

  #live() {
    if (!this.#engine) throw new CheckerError('disposed', 'this checker was disposed');
    return this.#engine;
  }

  /** The report as the engine's compact JSON text, or {"error":...}: what the CLI prints as is. */
  checkJson(text, date = '') { return this.#live().check(toEngineInput(text), date); }

  check(text, date = '') { return parseOrThrow(this.checkJson(text, date)); }

  info() { return parseOrThrow(this.#live().info()); }

  /** Replaces the fact base; throws 'invalid-facts' (details = errors) and keeps the old one on failure. */
  load(text, name) { return loadResult(this.#live().load(toEngineInput(text), name), name); }

  /** Several documents loaded one by one and merged, as the native CLI does with a directory. */
  loadFiles(files) {
    const input = files.map(({ text, name }) => ({ text: toEngineInput(text), name }));
    return loadResult(this.#live().loadFiles(input), '');
  }

  /** Memory of the module: WebAssembly memory size (it only grows) and bytes malloc has handed out. */
  memory() { return { memory: this.#module.HEAP8.length, inUse: this.#module.heapInUse() }; }

  /** One request by name: what the in-thread checker and the worker both call. */
  run(op, args) {
    switch (op) {
      case 'check': return this.check(args[0], args[1]);
      case 'load': return this.load(args[0], args[1]);
      case 'info': return this.info();
      case 'memory': return this.memory();
      default: throw new CheckerError('internal', `unknown request '${op}'`);
    }
  }

  dispose() {
    this.#engine?.delete();
    this.#engine = null;
  }
}

/** The validator's errors for one document ([] when it loads). */
export function validateWith(module, text, name) {
  return factErrors(parseOrThrow(module.validateFacts(toEngineInput(text), name)), name);
}

export function engineVersion(module) { return module.version(); }
