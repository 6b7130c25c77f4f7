// File-system side of fact bases for the Node CLI, as cli/fact_files.cpp does it for the native one: a path is a
// file, or a directory whose *.json files (in name order) are loaded one by one and merged.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { EngineSession, validateWith } from '../engine.js';

function ioError(file, message) {
  return { code: 'io', message, file, pointer: '', text: `${file}: ${message}` };
}

function byBytes(a, b) { return Buffer.compare(Buffer.from(a), Buffer.from(b)); }

// std::filesystem's extension(): "x.json" has one, a file named ".json" has none.
// A JSON Schema kept beside the facts (facts/schema.json, *.schema.json) is not a fact base.
const isJsonName = (name) => name.endsWith('.json') && name !== '.json' && name !== 'schema.json' &&
  !name.endsWith('.schema.json');

function expandPath(path, errors) {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  let names;
  try {
    names = readdirSync(path);
  } catch (error) {
    errors.push(ioError(path, `cannot list directory: ${error.message}`));
    return [];
  }
  const join = (name) => (path.endsWith('/') ? path + name : `${path}/${name}`);
  const files = names.filter(isJsonName).map(join)
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile()).sort(byBytes);
  if (files.length === 0) errors.push(ioError(path, 'directory holds no .json fact base'));
  return files;
}

/** The documents `path` stands for, read from disk: [{name, text (bytes)}], and I/O errors. */
function readDocuments(path) {
  const errors = [];
  const documents = [];
  for (const file of expandPath(path, errors)) {
    try {
      documents.push({ name: file, text: readFileSync(file) });
    } catch {
      errors.push(ioError(file, 'cannot read file'));
    }
  }
  return { documents, errors };
}

/** Loads the fact base at `path` into `session` ('' keeps the bundled one). Returns the errors ([] on success). */
export function loadFactBase(session, path) {
  if (path === '') return [];
  const { documents, errors } = readDocuments(path);
  if (documents.length > 0) {
    try {
      session.loadFiles(documents);
    } catch (error) {
      if (!error.details) throw error;
      errors.push(...error.details);
    }
  }
  return errors;
}

/** Every error of the fact base at `path` (`claimcheck validate`), as cli/fact_files.cpp ValidatePath. */
export function validatePath(module, path) {
  const { documents, errors } = readDocuments(path);
  const valid = [];
  for (const document of documents) {
    const found = validateWith(module, document.text, document.name);
    if (found.length === 0) valid.push(document);
    errors.push(...found);
  }
  if (errors.length > 0 || valid.length < 2) return errors;
  const session = new EngineSession(module);
  try {
    session.loadFiles(valid);
    return [];
  } catch (error) {
    if (!error.details) throw error;
    return error.details;
  } finally {
    session.dispose();
  }
}

/** One line per error, as the engine's ErrorToString writes it. */
export function errorLine(error) {
  return error.text ?? `${error.file}: ${error.message}`;
}
