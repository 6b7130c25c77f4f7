// Turns what a caller passes as `facts` into JSON text (or UTF-8 bytes) and a file name for error messages.
// Always runs in the caller's realm, so relative URLs resolve against the caller's page (or cwd in Node), never
// against the worker's script.
//
//   URL instance                          fetched (Node: file: URLs are read from disk)
//   string starting with '{' or '['       JSON text
//   string that looks like a location:    fetched / read from disk
//     http(s):, file:, data:, blob: URLs, or starting with / ./ ../, or ending in .json (before ?query or #hash)
//   any other string                      JSON text (so a typo gets the parser's error, not a 404)
//   Uint8Array / ArrayBuffer              UTF-8 JSON bytes
//   other object                          JSON.stringify'd
import { CheckerError } from './errors.js';

export const isNode = typeof process !== 'undefined' && !!process.versions?.node &&
  typeof window === 'undefined' && typeof WorkerGlobalScope === 'undefined';

const TEXT_NAME = 'facts.json';

/** True when a string names a place to read a fact base from rather than holding one. */
export function isFactsLocation(text) {
  const start = text.replace(/^[\s\uFEFF]+/, '');
  if (start.startsWith('{') || start.startsWith('[')) return false;
  if (/^(https?|file|data|blob):/i.test(start)) return true;
  if (/^\.{0,2}\//.test(start)) return true;
  return /\.json$/i.test(start.replace(/[?#].*$/s, ''));
}

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

async function fetchText(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new CheckerError('facts-fetch', `cannot fetch fact base ${url}: ${error.message}`);
  }
  if (!response.ok) throw new CheckerError('facts-fetch', `cannot fetch fact base ${url}: HTTP ${response.status}`);
  return response.text();
}

async function fromLocation(location) {
  if (isNode) {
    if (location instanceof URL || /^file:/i.test(location)) {
      const url = new URL(location);
      if (url.protocol === 'file:') {
        const { fileURLToPath } = await import('node:url');
        return { text: await readNodePath(fileURLToPath(url)), name: lastSegment(url.pathname) };
      }
    }
    if (typeof location === 'string' && !/^(https?|data|blob):/i.test(location)) {
      return { text: await readNodePath(location), name: location };
    }
  }
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  let url;
  try {
    url = new URL(location, base);
  } catch {
    throw new CheckerError('bad-argument', `'${location}' is not a URL`);
  }
  return { text: await fetchText(url), name: url.protocol === 'data:' ? TEXT_NAME : lastSegment(url.pathname) };
}

/** Resolves `facts` to {text, name} (text: string or UTF-8 bytes), or null when there is nothing to load. */
export async function resolveFacts(facts) {
  if (facts === undefined || facts === null) return null;
  if (facts instanceof URL) return fromLocation(facts);
  if (typeof facts === 'string') {
    return isFactsLocation(facts) ? fromLocation(facts.trim()) : { text: facts, name: TEXT_NAME };
  }
  if (facts instanceof ArrayBuffer) return { text: new Uint8Array(facts), name: TEXT_NAME };
  if (ArrayBuffer.isView(facts)) {
    return { text: new Uint8Array(facts.buffer, facts.byteOffset, facts.byteLength), name: TEXT_NAME };
  }
  if (typeof facts === 'object') {
    try {
      return { text: JSON.stringify(facts), name: TEXT_NAME };
    } catch (error) {
      throw new CheckerError('bad-argument', `facts cannot be turned into JSON: ${error.message}`);
    }
  }
  throw new CheckerError('bad-argument', 'facts must be JSON text, an object, bytes or a URL');
}
