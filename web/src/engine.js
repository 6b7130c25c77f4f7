// The WebAssembly module and one engine in it: the only file that touches Emscripten or Embind objects.
//
// The module is loaded once per realm (page, worker or Node process) and per wasm location. We instantiate the
// .wasm ourselves (Emscripten's instantiateWasm hook), the same way everywhere: Node reads the bytes from disk
// (toolchain note 3: the glue cannot fetch a path there), a browser fetches dist/claimcheck.wasm next to this
// package or options.wasmUrl (for CDNs), streaming when the server sends application/wasm.
//
// Strings go into the engine as UTF-8 bytes made by TextEncoder, not by Embind: Emscripten 3.1.6's encoder
// pairs a lone surrogate with whatever follows it, while TextEncoder writes U+FFFD (one UTF-16 unit, like the
// surrogate it replaces), so report offsets stay offsets into the caller's string. A text is copied straight into
// the module's memory (engine.textBuffer) and a report read straight out of it (a view decoded by TextDecoder):
// Embind's own std::string conversion walks every byte in JS, which cost more than checking a short text.
import { CheckerError } from './errors.js';
import { isNode } from './facts.js';
import { importGlue, WASM_URL } from './module-files.js';

const DEFAULT_WASM = WASM_URL;
const modules = new Map();  // wasm location -> Promise<module>
const encoder = new TextEncoder();
const decoder = new TextDecoder();
// A reply view longer than this is decoded, then its buffer in the module is freed at once.
const KEEP_REPLY_BYTES = 64 * 1024;

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

async function instantiate(imports, source) {
  // Bytes first: in Node the source is a Buffer, and merely naming the global Response there loads undici (Node's
  // fetch), some 20 ms of a cold start.
  // (V8 then compiles the module lazily, each function on its first call, on the main thread. Compiling it up front
  // would need V8's process-wide --no-wasm-lazy-compilation, which Node documents as unsafe to change once running:
  // a library must not, so it is left to the process, `node --no-wasm-lazy-compilation`; see web/README.md.)
  if (source instanceof Uint8Array) return WebAssembly.instantiate(source, imports);
  const streamable = typeof WebAssembly.instantiateStreaming === 'function' &&
    (source.headers.get('Content-Type') ?? '').startsWith('application/wasm');
  if (streamable) return WebAssembly.instantiateStreaming(source, imports);
  return WebAssembly.instantiate(await source.arrayBuffer(), imports);
}

// The Emscripten glue is imported when a module is first needed, not with this file: a page whose checker runs in a
// worker never loads it (the widget's bundle leaves it in a chunk of its own).
async function createModule(href, { startupImage = false } = {}) {
  // The .wasm (and in a browser the start-up image, when asked) is fetched while the glue is imported, not after it.
  const source = wasmSource(href);
  source.catch(() => {});  // its failure is reported by instantiateWasm, or not at all when the glue failed first
  const imageFile = startupImage && !isNode ? fetchImageFile(href) : null;
  const { default: createClaimcheckModule } = await importGlue();
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  const printed = [];
  let image = Promise.resolve(null);
  let compiled = null;  // the WebAssembly.Module: its id section says which image is its own
  const created = createClaimcheckModule({
    instantiateWasm(imports, done) {
      source.then((source) => {
        // In Node, the start-up image is read while V8 compiles the module (a browser fetched its own already).
        if (source instanceof Uint8Array) image = readImage(href);
        else if (imageFile) image = imageFile.then(parseImage);
        return instantiate(imports, source);
      }).then(({ instance, module }) => {
        compiled = module;
        done(instance, module);
      }, fail);
      return {};
    },
    print: () => {},
    printErr: (line) => { printed.push(line); },
  });
  const module = await Promise.race([created, failed]).catch((error) => {
    const reason = error?.message ?? printed.at(-1) ?? String(error);
    throw new CheckerError('wasm-load', `cannot load the WebAssembly module from ${href}: ${reason}`);
  });
  const engine = startImage(module, ownImage(await image, compiled));
  if (engine) imageEngines.set(module, engine);
  // A user-timing mark (devtools' Performance panel, bench/browser/bench.js): when the module was ready, and whether
  // it holds the bundled engine from the start-up image.
  globalThis.performance?.mark?.('claimcheck:module-ready', { detail: { wasm: href, image: Boolean(engine) } });
  return module;
}

// The start-up image (scripts/wasm-image.mjs, wasm/bindings.cpp): the memory of a fresh module right after it made
// the engine with the bundled fact base, saved by the build next to the .wasm. A fresh module is the same bytes
// every time, so copying them in gives that engine without building it: its indexes, lexicon and gazetteer, most
// of a cold start's work (and the code V8 would otherwise compile for it). Node reads it when it is there; a browser
// fetches it only when asked (createChecker's startupImage).
const IMAGE_MAGIC = [0x89, 0x43, 0x43, 0x49, 0x4d, 0x47, 0x0d, 0x0a];  // \x89 CCIMG \r\n
const IMAGE_FORMAT = 3;
const IMAGE_ID_SECTION = 'claimcheck.image-id';  // scripts/wasm-image.mjs appends it to the .wasm
const imageEngines = new WeakMap();  // module -> the engine its image gave, until a session takes it

/** The image file beside the .wasm at `href`, read in Node: {header, body}, or null when there is none. Never throws. */
async function readImage(href) {
  try {
    if (!href.endsWith('.wasm')) return null;
    const { readFile } = await import('node:fs/promises');
    return parseImage(await readFile(new URL(`${href.slice(0, -'.wasm'.length)}.image`)));
  } catch {
    return null;  // no image there, or not one: the module builds its engine as without it
  }
}

/** The start-up image beside the .wasm at `href`, fetched: its bytes, or null when there is none. Never rejects. */
async function fetchImageFile(href) {
  try {
    if (!href.endsWith('.wasm')) return null;
    const response = await fetch(`${href.slice(0, -'.wasm'.length)}.image`);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/** {header, body} of image `file`, or null when it is not an image of this format or is cut short. Never throws. */
function parseImage(file) {
  try {
    if (!file || file.length < 16 || IMAGE_MAGIC.some((b, i) => file[i] !== b)) return null;
    const words = new DataView(file.buffer, file.byteOffset, 16);
    if (words.getUint32(8, true) !== IMAGE_FORMAT) return null;
    const headerEnd = 16 + words.getUint32(12, true);
    const header = JSON.parse(decoder.decode(file.subarray(16, headerEnd)));
    if (typeof header.image_id !== 'string' || headerEnd + header.body_bytes !== file.length) return null;
    return { header, body: file.subarray(headerEnd) };
  } catch {
    return null;
  }
}

/**
 * `image` when it was made for the compiled module `compiled` (a WebAssembly.Module): the id the build put in the
 * .wasm's IMAGE_ID_SECTION is the image's. Null otherwise: a stale image from an earlier build is never used.
 */
function ownImage(image, compiled) {
  if (!image || !compiled) return null;
  const sections = WebAssembly.Module.customSections(compiled, IMAGE_ID_SECTION);
  return sections.length === 1 && decoder.decode(sections[0]) === image.header.image_id ? image : null;
}

/**
 * Copies `image` (readImage) into `module`, fresh from instantiation, and returns a handle for the engine in it;
 * null when there is no image or the module is not fresh.
 */
function startImage(module, image) {
  if (!image || typeof module.adoptEngine !== 'function') return null;
  const { header, body } = image;
  // Fresh: what malloc holds is what the static constructors left, as in the image before its engine was made
  // (anything made since would be overwritten under its owner), and the heap ends inside the image.
  if (module.heapInUse() !== header.fresh_in_use || module.heapEnd() > header.size) return null;
  const view = module.memoryView(header.size);
  if (view.length !== header.size) return null;
  // Every segment inside the memory and the body, checked before anything is written: a bad image changes nothing.
  const records = new DataView(body.buffer, body.byteOffset, body.length);
  const segments = [];
  for (let at = 0; at < body.length;) {
    if (at + 8 > body.length) return null;
    const offset = records.getUint32(at, true);
    const length = records.getUint32(at + 4, true);
    if (offset + length > header.size || at + 8 + length > body.length) return null;
    segments.push([offset, at + 8, length]);
    at += 8 + length;
  }
  // Outside the segments the image's memory is zero. A fresh instance has written only below its heap's end
  // (malloc never gives memory back to sbrk, so nothing above it was ever written), and its stack needs no zeroes:
  // nothing reads stack memory it has not written. So only the rest below the heap's end is zeroed; every page
  // written is a page the system must map (about 3 ms a megabyte where page faults are slow), and the stack is
  // half of the image's range.
  const heapEnd = Math.min(module.heapEnd(), header.size);
  const [stackLow, stackHigh] = typeof module.stackBounds === 'function' ? module.stackBounds() : [heapEnd, heapEnd];
  view.fill(0, 0, Math.min(stackLow, heapEnd));
  if (stackHigh < heapEnd) view.fill(0, stackHigh, heapEnd);
  for (const [offset, from, length] of segments) view.set(body.subarray(from, from + length), offset);
  return module.adoptEngine(header.engine);
}

/**
 * readImage + startImage: the engine the image beside `href` gives `module` (instantiated from `compiled`, its
 * WebAssembly.Module), or null. Exported for the tests.
 */
export async function startFromImage(module, href, compiled) {
  return startImage(module, ownImage(await readImage(href), compiled));
}

/**
 * Resolves to the Emscripten module for this realm (cached; a failed load is retried next time). startupImage: a
 * browser also fetches the start-up image beside the .wasm, for the bundled engine (Node always reads it).
 */
export async function loadModule(wasmUrl, { startupImage = false } = {}) {
  if (typeof WebAssembly !== 'object') {
    throw new CheckerError('wasm-load', 'this JavaScript runtime has no WebAssembly (Node started with --jitless, ' +
      'or a browser with WebAssembly turned off)');
  }
  const href = await resolveWasmUrl(wasmUrl);
  let pending = modules.get(href);
  if (!pending) {
    pending = createModule(href, { startupImage });
    modules.set(href, pending);
    pending.catch(() => modules.delete(href));
  }
  return pending;
}

function toEngineInput(value) {
  return typeof value === 'string' ? encoder.encode(value) : value;
}

/**
 * Puts `text` (a string or UTF-8 bytes) where the engine's next check, extract, draft or begin reads it; returns
 * its length in bytes.
 */
function putText(engine, text) {
  const bytes = toEngineInput(text);
  engine.textBuffer(bytes.length).set(bytes);
  return bytes.length;
}

/** The JSON of a reply view (valid only until the next call into the module), decoded at once. */
function replyText(engine, view) {
  const json = decoder.decode(view);
  if (view.length > KEEP_REPLY_BYTES) engine.release();
  return json;
}

/** The engine's one error shape ({code, message, file, pointer, line, column, text}) as a CheckerError. */
export function engineError(error) {
  return new CheckerError(error?.code ?? 'internal', error?.message ?? 'engine error', undefined, error);
}

function parseOrThrow(json) {
  const value = JSON.parse(json);
  if (value && !Array.isArray(value) && value.error) throw engineError(value.error);
  return value;
}

function loadResult(json) {
  const result = JSON.parse(json);
  if (result.ok) return result.info;
  const errors = result.errors;
  throw new CheckerError('invalid-facts', `invalid fact base:\n${errors.map((e) => e.text).join('\n')}`, errors);
}

const documents = (list) => list.map(({ text, name }) => ({ text: toEngineInput(text), name }));

/** A pause that lets the realm handle input and messages (a macrotask, or scheduler.yield where there is one). */
export function yieldToEventLoop() {
  if (typeof globalThis.scheduler?.yield === 'function') return globalThis.scheduler.yield();
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(null);
  });
}

/**
 * One engine (fact base + checker) inside a module. Every method returns plain data; the Embind handle never
 * leaves this object. Text may be a string or UTF-8 bytes. One check runs at a time (checkInSlices holds it).
 */
// Claims per part of a finished run's report: each part's JSON stays far below what a JS string holds.
const REPORT_PART_CLAIMS = 50000;

/** The report of the engine's finished run, read part by part (engine.takePart) and joined. */
function takeReport(engine) {
  const takePart = () => replyText(engine, engine.takePart(REPORT_PART_CLAIMS));
  const report = JSON.parse(takePart());
  for (let json = takePart(); json !== ''; json = takePart()) {
    const part = JSON.parse(json);
    for (const claim of part.claims) report.claims.push(claim);
    Object.assign(report.figures, part.figures);
  }
  return report;
}

export class EngineSession {
  #module;
  #engine;

  /** bundled: false starts without a fact base, for a caller that loads its own next (the bundled one is not read). */
  constructor(module, { bundled = true } = {}) {
    this.#module = module;
    const fromImage = bundled ? imageEngines.get(module) : undefined;
    if (fromImage) imageEngines.delete(module);
    this.#engine = fromImage ?? new module.Engine(bundled);
  }

  #live() {
    if (!this.#engine) throw new CheckerError('disposed', 'this checker was disposed');
    return this.#engine;
  }

  check(text, date = '') {
    const engine = this.#live();
    putText(engine, text);
    return parseOrThrow(replyText(engine, engine.check(date)));
  }

  /** Every figure, date and time of `text` (docs/EXTRACT.md); date '' or YYYY-MM-DD. */
  extract(text, date = '') {
    const engine = this.#live();
    if (typeof engine.extract !== 'function') throw checkOnly('extract()');
    putText(engine, text);
    return parseOrThrow(replyText(engine, engine.extract(date)));
  }

  /**
   * The same report as check(), read `sliceBytes` of text at a time with a pause between slices
   * (`pause()`, default yieldToEventLoop), so that a long text never holds the thread for long.
   * onProgress({read, total, fraction}) after each slice; `signal` aborting stops the run ('aborted'). A text of
   * one slice or less is checked in one call, without a pause.
   */
  async checkInSlices(text, date, { sliceBytes, pause = yieldToEventLoop, onProgress, signal } = {}) {
    const engine = this.#live();
    const aborted = () => new CheckerError('aborted', 'the check was aborted');
    if (signal?.aborted) throw aborted();
    const bytes = putText(engine, text);
    if (bytes <= sliceBytes) {  // one slice: checked in one call, as check() does, and the same report
      const report = parseOrThrow(replyText(engine, engine.check(date)));
      onProgress?.({ read: bytes, total: bytes, fraction: 1 });
      return report;
    }
    const started = engine.begin(date);
    if (started) parseOrThrow(started);
    try {
      for (;;) {
        const step = JSON.parse(engine.advance(sliceBytes));
        onProgress?.({ read: step.read, total: step.total, fraction: step.total ? step.read / step.total : 1 });
        if (step.done) break;
        await pause();
        if (!this.#engine) throw new CheckerError('disposed', 'this checker was disposed');
        if (signal?.aborted) throw aborted();
      }
      return takeReport(engine);
    } catch (error) {
      if (this.#engine) {  // drop the run, its copy of the text and its report
        engine.take();
        engine.release();
      }
      throw error;
    }
  }

  /**
   * A fact base drafted from `text`, a trusted report (engine/include/claimcheck/draft.h), as an object.
   * options: {date, sourceTitle, publisher, url}, each '' when not given.
   */
  draft(text, { date = '', sourceTitle = '', publisher = '', url = '' } = {}) {
    const engine = this.#live();
    if (typeof engine.draft !== 'function') throw checkOnly('draft()');
    putText(engine, text);
    return parseOrThrow(replyText(engine, engine.draft(date, toEngineInput(sourceTitle), toEngineInput(publisher),
      toEngineInput(url))));
  }

  info() { return parseOrThrow(this.#live().info()); }

  /** The validator's errors for documents [{name, text}] taken as one fact base ([] when it loads); nothing changes. */
  validate(list) {
    this.#live();
    return validateWith(this.#module, list);
  }

  /** Replaces the fact base with the documents [{name, text}] taken as one; throws 'invalid-facts', keeping the old. */
  load(list) { return loadResult(this.#live().load(documents(list))); }

  /** Memory of the module: WebAssembly memory size (it only grows) and bytes malloc has handed out. */
  memory() { return { memory: this.#module.HEAP8.length, inUse: this.#module.heapInUse() }; }

  dispose() {
    this.#engine?.delete();
    this.#engine = null;
  }
}

// The widget's module (dist/claimcheck-check.wasm) loads fact bases and checks, nothing more.
function checkOnly(what) {
  return new CheckerError('unsupported', `${what} needs the full module (dist/claimcheck.wasm); ` +
    'this is the widget\'s check-only module (dist/claimcheck-check.wasm)');
}

/** The validator's errors for documents [{name, text}] taken as one fact base ([] when it loads). */
export function validateWith(module, list) {
  if (typeof module.validateFacts !== 'function') throw checkOnly('validate()');
  return JSON.parse(module.validateFacts(documents(list)));
}

export function engineVersion(module) { return module.version(); }

/** `claimcheck args` on the engine's command line (command.h) with `io`; returns the exit status. */
export function runCommand(module, args, io) {
  if (typeof module.runCommand !== 'function') throw checkOnly('the command line');
  // The engine the start-up image gave (if no session took it) serves commands on the bundled base: a command then
  // starts without building it. It stays the module's: a later session may still take it.
  return module.runCommand(args, io, imageEngines.get(module) ?? null);
}
