// claimcheck: check the figures, dates and names of a text against a fact base.
// One API for pages, workers and Node; the engine is C++ compiled to WebAssembly (dist/claimcheck.wasm).
//
//   const checker = await createChecker();                 // bundled fact base
//   const report = await checker.check(text, { date: '2023-04-25' });
//   checker.dispose();
import { loadEngine } from './engine.js';

export class CheckerError extends Error {
  constructor(code, message, details = undefined) {
    super(message);
    this.name = 'CheckerError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseEngineJson(text) {
  const value = JSON.parse(text);
  if (value && value.error) throw new CheckerError(value.error.code, value.error.message);
  return value;
}

async function factsText(facts) {
  if (facts === undefined || facts === null) return null;
  if (facts instanceof URL) {
    const response = await fetch(facts);
    if (!response.ok) throw new CheckerError('facts-fetch', `cannot fetch fact base ${facts}: HTTP ${response.status}`);
    return { text: await response.text(), name: facts.pathname.split('/').pop() || String(facts) };
  }
  if (typeof facts === 'string') return { text: facts, name: 'facts.json' };
  if (typeof facts === 'object') return { text: JSON.stringify(facts), name: 'facts.json' };
  throw new CheckerError('bad-argument', 'facts must be JSON text, an object or a URL');
}

class LocalChecker {
  #engine;
  constructor(engine) { this.#engine = engine; }

  #live() {
    if (!this.#engine) throw new CheckerError('disposed', 'this checker was disposed');
    return this.#engine;
  }

  async check(text, options = {}) {
    if (typeof text !== 'string') throw new CheckerError('bad-argument', 'text must be a string');
    const date = options.date ?? '';
    if (date !== '' && !DATE.test(date)) throw new CheckerError('bad-date', `date '${date}' is not YYYY-MM-DD`);
    return parseEngineJson(this.#live().check(text, date));
  }

  async info() { return parseEngineJson(this.#live().info()); }

  async loadFacts(facts) {
    const source = await factsText(facts);
    const result = JSON.parse(this.#live().load(source.text, source.name));
    if (!result.ok) {
      throw new CheckerError('invalid-facts', result.errors.map((e) => e.text ?? e.message).join('\n'), result.errors);
    }
    return result.info;
  }

  dispose() {
    this.#engine?.delete();
    this.#engine = null;
  }
}

/** Resolves to a checker; options: { facts?, wasmUrl? }. */
export async function createChecker(options = {}) {
  const module = await loadEngine(options);
  const checker = new LocalChecker(new module.Engine());
  if (options.facts !== undefined) {
    try {
      await checker.loadFacts(options.facts);
    } catch (error) {
      checker.dispose();
      throw error;
    }
  }
  return checker;
}

/** The validator's errors for a fact base (JSON text or object); [] when it is valid. */
export async function validateFacts(facts, options = {}) {
  const module = await loadEngine(options);
  const source = await factsText(facts);
  return JSON.parse(module.validateFacts(source.text, source.name));
}
