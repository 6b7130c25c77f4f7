// Turns what a caller passes as `facts` into a document {name, text (string or UTF-8 bytes)} for the engine. What a
// value is never depends on what a string looks like:
//
//   string                  JSON text (a path or a URL in a string is a JSON syntax error, never a read)
//   URL instance            fetched; in Node a file: URL is read from disk
//   { path: string }        Node only: the file at that path (relative to the cwd)
//   Uint8Array/ArrayBuffer  UTF-8 JSON bytes
//   any other object        the fact base itself (JSON.stringify'd)
//
// Bytes, a fetched URL and a file may also be a compiled fact base (`claimcheck compile`): the engine tells it by
// its first byte, 0x89, which no JSON text starts with (facts/README.md, "Compiled fact bases").
//
// Always runs in the caller's realm, so relative URLs resolve against the caller's page, never the worker's.
import { CheckerError } from './errors.js';

export const isNode = typeof process !== 'undefined' && !!process.versions?.node &&
  typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

const TEXT_NAME = 'facts.json';

function lastSegment(path) {
  return decodeURIComponent(path.split('/').filter(Boolean).pop() ?? '') || TEXT_NAME;
}

async function readNodePath(path) {
  const { readFile } = await import('node:fs/promises');
  try {
    return await readFile(path);
  } catch (error) {
    throw new CheckerError('facts-fetch', `cannot read fact base ${path}: ${error.message}`);
  }
}

async function fetchBytes(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CheckerError('facts-fetch', `cannot fetch fact base ${url}: ${error.message}`);
  }
  if (!response.ok) throw new CheckerError('facts-fetch', `cannot fetch fact base ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());  // JSON as UTF-8, or a compiled fact base
}

async function fromUrl(url) {
  if (isNode && url.protocol === 'file:') {
    const { fileURLToPath } = await import('node:url');
    return { text: await readNodePath(fileURLToPath(url)), name: lastSegment(url.pathname) };
  }
  return { text: await fetchBytes(url), name: url.protocol === 'data:' ? TEXT_NAME : lastSegment(url.pathname) };
}

const isPathRequest = (value) => Object.keys(value).length === 1 && typeof value.path === 'string';

/** Resolves `facts` to {text, name} (text: string or UTF-8 bytes), or null when there is nothing to load. */
export async function resolveFacts(facts) {
  if (facts === undefined || facts === null) return null;
  if (facts instanceof URL) return fromUrl(facts);
  if (typeof facts === 'string') return { text: facts, name: TEXT_NAME };
  if (facts instanceof ArrayBuffer) return { text: new Uint8Array(facts), name: TEXT_NAME };
  if (ArrayBuffer.isView(facts)) {
    return { text: new Uint8Array(facts.buffer, facts.byteOffset, facts.byteLength), name: TEXT_NAME };
  }
  if (typeof facts === 'object' && isPathRequest(facts)) {
    if (!isNode) throw new CheckerError('bad-argument', '{ path } names a file in Node only; in a browser pass a URL');
    return { text: await readNodePath(facts.path), name: facts.path };
  }
  if (typeof facts === 'object') {
    try {
      return { text: JSON.stringify(facts), name: TEXT_NAME };
    } catch (error) {
      throw new CheckerError('bad-argument', `facts cannot be turned into JSON: ${error.message}`);
    }
  }
  throw new CheckerError('bad-argument', 'facts must be JSON text, an object, bytes, a URL or { path }');
}
