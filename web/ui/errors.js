// Errors as the page and the widget show them: one shape, the package's CheckerError. Always the code and the
// message; for a fact base error (code 'invalid-facts', details = the validator's errors) each error with its
// place: file:line:column for a syntax error, file and JSON pointer for a schema error.
import { h } from './dom.js';
import { plural } from './verdicts.js';

const MAX_SHOWN = 50;

/** "facts.json:12:5", or "facts.json" when the error has no line; `fileName` replaces the package's generic name. */
export function errorPlace(error, fileName) {
  const file = fileName && (!error.file || error.file === 'facts.json') ? fileName : error.file ?? '';
  return error.line ? `${file}:${error.line}:${error.column ?? 1}` : file;
}

/** One fact base error: <li class="error-item"> place, pointer, code, message. */
function errorItem(error, fileName) {
  const place = errorPlace(error, fileName);
  return h('li', { class: 'error-item', 'data-code': error.code },
    h('span', { class: 'error-where' },
      place && h('code', { class: 'error-place' }, place),
      error.pointer && h('code', { class: 'error-pointer' }, error.pointer)),
    h('span', { class: 'error-message' }, error.message ?? error.text ?? String(error)),
    error.code && h('code', { class: 'error-code' }, error.code));
}

/** The fact base errors of `error` (or an array of them) as an <ol>, at most 50 shown; null when there are none. */
export function errorList(error, fileName) {
  const details = Array.isArray(error) ? error : Array.isArray(error?.details) ? error.details : [];
  if (details.length === 0) return null;
  const shown = details.slice(0, MAX_SHOWN);
  return h('ol', { class: 'error-list' }, shown.map((e) => errorItem(e, fileName)),
    details.length > shown.length && h('li', { class: 'error-more' }, `… and ${plural(details.length - shown.length, 'more error')}.`));
}

/** "code: message" of any error, and its place when it has one. */
export function errorSummary(error) {
  const code = error?.code ?? 'internal';
  const message = Array.isArray(error?.details) && error.details.length ?
    `${plural(error.details.length, 'error')} in the fact base` : error?.message ?? String(error);
  const place = error?.file || error?.line ? ` (${errorPlace(error)}${error.pointer ? ` ${error.pointer}` : ''})` : '';
  return `${code}: ${message}${place}`;
}

/** The whole error: a <div class="error"> with its code, its message and its fact base errors. */
export function errorView(error, { fileName, headline } = {}) {
  return h('div', { class: 'error', 'data-code': error?.code ?? 'internal' },
    h('p', { class: 'error-head' }, headline ?? '', headline ? ' ' : '',
      h('code', { class: 'error-code' }, error?.code ?? 'internal'), ' ',
      h('span', { class: 'error-text' }, Array.isArray(error?.details) && error.details.length ?
        `${plural(error.details.length, 'error')} in the fact base:` : error?.message ?? String(error))),
    errorList(error, fileName));
}
