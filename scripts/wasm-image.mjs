#!/usr/bin/env node
// Saves the start-up image of the full WebAssembly module (see wasm/bindings.cpp and web/src/engine.js): the
// module's memory right after a fresh instance made the engine with the bundled fact base, and where that engine
// lives. Node copies it into a fresh instance instead of building the engine again.
//   node scripts/wasm-image.mjs DIST_DIR     reads DIST_DIR/claimcheck.{js,wasm}, writes DIST_DIR/claimcheck.image
// Run by the wasm build after every link of the full module (wasm/CMakeLists.txt), so that the image always matches
// the .wasm next to it; the loader also refuses an image made for other bytes. The .wasm carries its id: the
// SHA-256 of its bytes, appended by this script as a custom section (IMAGE_ID_SECTION) that the loader reads from
// the compiled module (WebAssembly.Module.customSections), so that no loader hashes the .wasm. Run again on the
// same .wasm, the script replaces that section (the id is of the bytes without it) and writes the same id.
//
// Format: 8 bytes magic \x89 "CCIMG" \r \n, uint32 LE format (3), uint32 LE header length, the header (JSON:
// image_id: the .wasm's id, engine, fresh_in_use: the bytes malloc held before the engine was made, size: the bytes
// of memory from address 0 to the end of the heap in use, body_bytes, engine_version), then `body_bytes` of
// segments: uint32 LE offset, uint32 LE length, that many bytes of memory. Memory outside every segment is zero,
// but for the stack (stackBounds()), which the image leaves out: nothing reads stack memory it has not written. The
// loader zeroes what a fresh instance may have written outside its stack (below its heap's end), then copies the
// segments in.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const IMAGE_ID_SECTION = 'claimcheck.image-id';

/** The unsigned LEB128 number at `at` in `bytes`: [value, the offset after it]. */
function readLeb(bytes, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [value, at];
  }
}

/** `bytes` (a .wasm) without a trailing custom section named IMAGE_ID_SECTION. */
function withoutIdSection(bytes) {
  let at = 8;  // magic and version
  let last = null;  // [start, name] of the last section
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at];
    const [size, content] = readLeb(bytes, at + 1);
    let name = null;
    if (id === 0) {  // a custom section: its name first
      const [length, from] = readLeb(bytes, content);
      name = bytes.subarray(from, from + length).toString('utf8');
    }
    last = [start, name];
    at = content + size;
  }
  return last && last[1] === IMAGE_ID_SECTION ? bytes.subarray(0, last[0]) : bytes;
}

/** A custom section named `name` holding `payload`. */
function customSection(name, payload) {
  const leb = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      out.push(b);
    } while (n > 0);
    return Buffer.from(out);
  };
  const nameBytes = Buffer.from(name, 'utf8');
  const content = Buffer.concat([leb(nameBytes.length), nameBytes, payload]);
  return Buffer.concat([Buffer.from([0]), leb(content.length), content]);
}

const dist = resolve(process.argv[2] ?? 'web/dist');
const linked = withoutIdSection(readFileSync(join(dist, 'claimcheck.wasm')));
const imageId = createHash('sha256').update(linked).digest('hex');
const wasm = Buffer.concat([linked, customSection(IMAGE_ID_SECTION, Buffer.from(imageId, 'ascii'))]);
writeFileSync(join(dist, 'claimcheck.wasm.tmp'), wasm);
renameSync(join(dist, 'claimcheck.wasm.tmp'), join(dist, 'claimcheck.wasm'));
const { default: create } = await import(pathToFileURL(join(dist, 'claimcheck.js')).href);
const module = await create({ wasmBinary: wasm, print: () => {}, printErr: (line) => console.error(line) });
// Nothing but the static constructors has run: what they left on the heap is what a fresh instance holds (the
// loader compares), and the engine made now comes after it.
const freshInUse = module.heapInUse();
const engine = new module.Engine(true);
const size = module.heapEnd();
const memory = module.memoryView(size);
if (memory.length !== size) throw new Error(`wasm-image: cannot view ${size} bytes of memory`);
// Runs of at least MIN_GAP zero bytes are left out; shorter ones stay inside a segment (8 bytes of record each).
const MIN_GAP = 32;
const [stackLow, stackHigh] = module.stackBounds();
// A byte the image holds: not zero, and not on the stack (what is there is the garbage of finished calls).
const held = (at) => memory[at] !== 0 && (at < stackLow || at >= stackHigh);
const segments = [];
for (let at = 0; at < size;) {
  while (at < size && !held(at)) ++at;
  if (at === size) break;
  let end = at;
  let zeros = 0;
  for (; end < size && zeros < MIN_GAP; ++end) zeros = held(end) ? 0 : zeros + 1;
  end -= zeros;
  const record = Buffer.alloc(8);
  record.writeUInt32LE(at, 0);
  record.writeUInt32LE(end - at, 4);
  segments.push(record, memory.subarray(at, end));
  at = end;
}
const body = Buffer.concat(segments);
const header = Buffer.from(JSON.stringify({
  image_id: imageId,
  engine: engine.address(),
  fresh_in_use: freshInUse,
  size,
  body_bytes: body.length,
  engine_version: module.version(),
}));
const head = Buffer.alloc(16);
Buffer.from([0x89, 0x43, 0x43, 0x49, 0x4d, 0x47, 0x0d, 0x0a]).copy(head, 0);
head.writeUInt32LE(3, 8);
head.writeUInt32LE(header.length, 12);
const out = join(dist, 'claimcheck.image');
writeFileSync(`${out}.tmp`, Buffer.concat([head, header, body]));
renameSync(`${out}.tmp`, out);  // whole or not at all
console.log(`wasm-image: ${out} (${size} bytes of memory in ${segments.length / 2} segments, ${body.length} bytes; ` +
  `engine at ${engine.address()})`);
