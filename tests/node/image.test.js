// The full module's start-up image (scripts/wasm-image.mjs, web/src/engine.js startFromImage): Node copies the
// memory the build saved into a fresh module instead of building the bundled engine. The engine it gives must be
// that engine: the same reports, a heap that frees cleanly. An image made for other bytes, damaged, or offered to
// a module that is not fresh is refused, and the module works as without it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, goldenDir, tempDir } from './helpers.js';
import { EngineSession, loadModule, runCommand, startFromImage } from '../../web/src/engine.js';
import { createChecker } from '../../web/src/index.js';

const dist = join(root, 'web/dist');
const wasm = readFileSync(join(dist, 'claimcheck.wasm'));
const image = readFileSync(join(dist, 'claimcheck.image'));
const wasmHref = pathToFileURL(join(dist, 'claimcheck.wasm')).href;
const compiled = await WebAssembly.compile(wasm);
const ID_SECTION = 'claimcheck.image-id';

/** The id the build wrote into the .wasm (its custom section), as text. */
function idOf(module) {
  return WebAssembly.Module.customSections(module, ID_SECTION).map((b) => Buffer.from(b).toString('ascii'));
}

async function freshModule() {
  const { default: create } = await import(join(dist, 'claimcheck.js'));
  return create({ wasmBinary: wasm });
}

/** The image's header (see scripts/wasm-image.mjs) and where its memory starts. */
function header(bytes) {
  const length = bytes.readUInt32LE(12);
  return { format: bytes.readUInt32LE(8), json: JSON.parse(bytes.subarray(16, 16 + length)), body: 16 + length };
}

/** startFromImage on a fresh module with `bytes` as the image beside a copy of the .wasm (compiled: `module`). */
async function tryImage(bytes, wasmModule = compiled) {
  const dir = tempDir();
  try {
    copyFileSync(join(dist, 'claimcheck.wasm'), join(dir.path, 'claimcheck.wasm'));
    writeFileSync(join(dir.path, 'claimcheck.image'), bytes);
    const module = await freshModule();
    const engine = await startFromImage(module, pathToFileURL(join(dir.path, 'claimcheck.wasm')).href, wasmModule);
    return { module, engine };
  } finally {
    dir.cleanup();
  }
}

const texts = readdirSync(goldenDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(join(goldenDir, f), 'utf8'));

/** `bytes` with its first segment record (at `body`) given another offset and/or length. */
function withFirstSegment(bytes, body, offset, length) {
  const copy = Buffer.from(bytes);
  if (offset !== undefined) copy.writeUInt32LE(offset, body);
  if (length !== undefined) copy.writeUInt32LE(length, body + 4);
  return copy;
}

describe('the start-up image', () => {
  test('is made by the build for the .wasm beside it', () => {
    assert.deepEqual([...image.subarray(0, 8)], [0x89, 0x43, 0x43, 0x49, 0x4d, 0x47, 0x0d, 0x0a]);
    const { format, json, body } = header(image);
    assert.equal(format, 3);
    // The .wasm's id: the SHA-256 of its bytes before the build appended the id section (the section is last).
    assert.deepEqual(idOf(compiled), [json.image_id]);
    const section = Buffer.concat([Buffer.from([ID_SECTION.length]), Buffer.from(ID_SECTION), Buffer.from(json.image_id)]);
    const linked = wasm.subarray(0, wasm.length - section.length - 2);
    assert.deepEqual([...wasm.subarray(linked.length, linked.length + 2)], [0, section.length]);
    assert.equal(json.image_id, createHash('sha256').update(linked).digest('hex'));
    assert.equal(image.length, body + json.body_bytes);
    // Segments (offset, length, bytes) in order, inside the memory, covering the body exactly.
    let end = 0;
    let at = body;
    while (at < image.length) {
      const offset = image.readUInt32LE(at);
      const length = image.readUInt32LE(at + 4);
      assert.ok(offset >= end && offset + length <= json.size && length > 0, `segment at ${at}`);
      end = offset + length;
      at += 8 + length;
    }
    assert.equal(at, image.length);
  });

  test('gives the engine with the bundled base: the same info and reports as building it', async () => {
    assert.ok(texts.length > 0);
    const fromImage = await freshModule();
    const engine = await startFromImage(fromImage, wasmHref, compiled);
    assert.ok(engine, 'the image was used');
    const built = await freshModule();
    const a = new EngineSession(built);
    const info = JSON.parse(engine.info());
    assert.deepEqual(info, a.info());
    const decoder = new TextDecoder();
    for (const text of texts) {
      const bytes = new TextEncoder().encode(text);
      engine.textBuffer(bytes.length).set(bytes);
      assert.deepEqual(JSON.parse(decoder.decode(engine.check('2023-04-25'))), a.check(text, '2023-04-25'));
    }
    // Its heap is the module's own: the engine frees into it, and new engines live beside it.
    engine.delete();
    const again = new EngineSession(fromImage);
    assert.deepEqual(again.check(texts[0], '2023-04-25'), a.check(texts[0], '2023-04-25'));
    again.dispose();
    a.dispose();
  });

  test('leaves the stack out; zeroes what a fresh module wrote elsewhere, not its stack', async () => {
    const { json, body } = header(image);
    const segments = [];
    for (let at = body; at < image.length; at += 8 + image.readUInt32LE(at + 4)) {
      segments.push([image.readUInt32LE(at), image.readUInt32LE(at) + image.readUInt32LE(at + 4)]);
    }
    const module = await freshModule();
    const [stackLow, stackHigh] = module.stackBounds();
    assert.ok(stackLow > 0 && stackLow < stackHigh && stackHigh <= json.size);
    for (const [from, to] of segments) assert.ok(to <= stackLow || from >= stackHigh, `segment [${from}, ${to})`);
    const inSegment = (at) => segments.some(([from, to]) => at >= from && at < to);
    // Addresses the image has as zero: one below the stack (static data) and one in the fresh heap above it.
    const zeroAt = (from, to) => {
      for (let at = from; at < to; ++at) if (!inSegment(at)) return at;
      throw new Error(`no zero byte in [${from}, ${to})`);
    };
    const belowStack = zeroAt(1024, stackLow);
    const inHeap = zeroAt(stackHigh, module.heapEnd());
    // Dirt a fresh module might hold there (what its static constructors left), and garbage deep in its stack.
    const view = module.memoryView(json.size);
    view[belowStack] = 0xab;
    view[inHeap] = 0xcd;
    view.fill(0xee, stackLow + 4096, stackLow + 8192);
    const engine = await startFromImage(module, wasmHref, compiled);
    assert.ok(engine, 'the image was used');
    const after = module.memoryView(json.size);
    assert.equal(after[belowStack], 0);
    assert.equal(after[inHeap], 0);
    const built = new EngineSession(await freshModule());
    const decoder = new TextDecoder();
    for (const text of texts.slice(0, 3)) {
      const bytes = new TextEncoder().encode(text);
      engine.textBuffer(bytes.length).set(bytes);
      assert.deepEqual(JSON.parse(decoder.decode(engine.check('2023-04-25'))), built.check(text, '2023-04-25'));
    }
    engine.delete();
    built.dispose();
  });

  // Before any checker takes the image's engine (the next test's do).
  test('serves the command line on the bundled base', async () => {
    const module = await loadModule();
    const engines = [];
    const original = module.runCommand;
    module.runCommand = (args, io, engine) => {
      engines.push(engine);
      return original(args, io, engine);
    };
    try {
      const out = [];
      const io = { write: (fd, bytes) => { out.push(Buffer.from(bytes).toString()); return ''; },
        wantsColour: () => false, readFile: () => ({ error: 'no file here' }), kindOf: () => 'missing' };
      assert.equal(runCommand(module, ['info'], io), 0);
      assert.ok(engines[0], 'the image\'s engine was passed');
      assert.equal(JSON.parse(out.join('')).facts.count, JSON.parse(engines[0].info()).facts.count);
    } finally {
      module.runCommand = original;
    }
  });

  test('is what createChecker starts from in Node, in the page thread and in a worker', async () => {
    // The package's module holds the image's engine as soon as it is loaded, before any checker is made.
    const module = await loadModule();
    assert.ok(module.heapInUse() > header(image).json.fresh_in_use);
    const built = new EngineSession(await freshModule());
    for (const worker of [false, true]) {
      const checker = await createChecker({ worker });
      for (const text of texts.slice(0, 3)) {
        assert.deepEqual(await checker.check(text, { date: '2023-04-25' }), built.check(text, '2023-04-25'));
      }
      checker.dispose();
    }
    built.dispose();
  });

  test('is refused when made from other bytes, damaged, or the module is not fresh', async () => {
    const { json, body } = header(image);
    // The same code with another id (another build), and with none (a .wasm the image script never saw).
    const otherId = Buffer.from(wasm);
    otherId[otherId.length - 1] = otherId[otherId.length - 1] === 0x30 ? 0x31 : 0x30;
    const noId = wasm.subarray(0, wasm.length - (2 + 1 + ID_SECTION.length + json.image_id.length));
    const cases = {
      'a .wasm of another build': [image, await WebAssembly.compile(otherId)],
      'a .wasm without an id': [image, await WebAssembly.compile(noId)],
      'an id of other bytes': [Buffer.concat([image.subarray(0, 16),
        Buffer.from(JSON.stringify({ ...json, image_id: '0'.repeat(64) }).padEnd(body - 16)),
        image.subarray(body)]), compiled],
      'truncated': [image.subarray(0, image.length - 1), compiled],
      'only the header': [image.subarray(0, body), compiled],
      'another format': [Buffer.concat([image.subarray(0, 8), Buffer.from([2, 0, 0, 0]), image.subarray(12)]), compiled],
      'a segment outside the memory': [withFirstSegment(image, body, json.size), compiled],
      'a segment past the end of the file': [withFirstSegment(image, body, undefined, json.body_bytes), compiled],
      'no magic': [Buffer.concat([Buffer.from('CCIMG'), image.subarray(5)]), compiled],
      'empty': [Buffer.alloc(0), compiled],
    };
    for (const [name, [bytes, wasmModule]] of Object.entries(cases)) {
      const { module, engine } = await tryImage(bytes, wasmModule);
      assert.equal(engine, null, name);
      const session = new EngineSession(module);
      assert.ok(session.check(texts[0], '2023-04-25').claims.length > 0, name);
      session.dispose();
    }
    // A module that already made an engine is not fresh: its heap is not the image's.
    const used = await freshModule();
    const first = new EngineSession(used, { bundled: false });
    assert.equal(await startFromImage(used, wasmHref, compiled), null);
    first.dispose();
  });
});
