// The drafted fact base as editable cards: one card per fact (statement, values, date, place, participants,
// triggers first, then the kind's other fields), the source, and the entities. The editor is generic over the
// JSON: every field is an input bound to its JSON pointer (data-pointer), so an error of the engine's validator
// (which carries a JSON pointer) is shown next to the field whose pointer is the longest prefix of the error's.
//
// What an input holds becomes JSON by the type the field had when drafted: a number field takes numbers ("500,000"
// too), a list takes one item per line, a string is kept as typed. Text that does not fit (a word in a number
// field) is stored as the string typed, so the validator names the error and the input keeps the text.
import { h, replaceChildren } from '../ui/dom.js';

const LABELS = {
  statement: 'Statement', values: 'Values', value: 'Value', label: 'As written', exact: 'Exactly', approx: 'Approximately',
  tolerance: 'Tolerance (0.1 = ±10%)', min: 'At least', max: 'At most', date: 'Date', on: 'On',
  from: 'From', to: 'To', place: 'Place', participants: 'Participants', entities: 'Entities',
  closed: 'No one else took part', triggers: 'Triggers', about: 'About', sources: 'Sources', person: 'Person',
  office: 'Office', of: 'Of', as_of: 'As of', measure: 'Measure', unit: 'Unit', counted: 'Counted', actor: 'Actor',
  ordinal: 'Ordinal', series: 'Series', period: 'Period', id: 'Id', name: 'Name', kind: 'Kind', aliases: 'Aliases',
  demonyms: 'Demonyms', code: 'Code', part_of: 'Part of', title: 'Title', publisher: 'Publisher', url: 'URL',
  note: 'Note',
};
// The fields an editor reviews first, in this order; the rest follow in the draft's order.
const FIRST = ['statement', 'values', 'value', 'date', 'period', 'place', 'participants', 'triggers'];
const LAST = ['about', 'sources', 'id'];
// Shown in the card's heading or note, not as fields.
const NOT_FIELDS = new Set(['kind', 'note']);

/** "/facts/3/values" as ['facts', '3', 'values'] (RFC 6901 unescaping). */
export function pointerParts(pointer) {
  if (!pointer) return [];
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const escapePart = (part) => String(part).replace(/~/g, '~0').replace(/\//g, '~1');
const join = (pointer, key) => `${pointer}/${escapePart(key)}`;

/** The value of `text` as the JSON type `original` had. */
export function parseField(text, original) {
  if (Array.isArray(original)) {
    const items = text.split('\n').map((line) => line.trim()).filter(Boolean);
    const numbers = original.length > 0 && original.every((x) => typeof x === 'number');
    return numbers ? items.map((item) => parseField(item, 0)) : items;
  }
  if (typeof original === 'number') {
    const plain = text.trim().replace(/,(?=\d{3}\b)/g, '');
    return /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain) ? Number(plain) : text;
  }
  return text;
}

/** The text an input shows for a JSON value. */
function fieldText(value) {
  if (Array.isArray(value)) return value.join('\n');
  return value === null || value === undefined ? '' : String(value);
}

const isScalarList = (v) => Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object');

function orderedKeys(object, { first = FIRST, last = LAST } = {}) {
  const keys = Object.keys(object).filter((k) => !NOT_FIELDS.has(k));
  const head = first.filter((k) => keys.includes(k));
  const tail = last.filter((k) => keys.includes(k));
  return [...head, ...keys.filter((k) => !head.includes(k) && !tail.includes(k)), ...tail];
}

let nextId = 0;
const uid = (prefix) => `${prefix}-${++nextId}`;

/** One input (or textarea, or checkbox) bound to `pointer`, with its label and a slot for its error. */
function scalarField(key, value, pointer) {
  const id = uid('field');
  const errorId = `${id}-error`;
  const label = LABELS[key] ?? key;
  const list = Array.isArray(value);
  const common = { id, 'data-pointer': pointer, 'data-key': key, 'data-type': list ? 'list' : typeof value };
  let input;
  if (typeof value === 'boolean') {
    input = h('input', { ...common, type: 'checkbox', checked: value });
    return h('div', { class: 'fact-field fact-field--check', 'data-field-pointer': pointer },
      h('label', { class: 'check-label' }, input, ` ${label}`),
      h('p', { class: 'field-error', id: errorId, hidden: true }));
  }
  if (key === 'statement' || list) {
    const rows = key === 'statement' ? 3 : Math.min(Math.max(value.length, 1), 6);
    input = h('textarea', { ...common, rows, spellcheck: key === 'statement' ? 'true' : 'false' });
    input.value = fieldText(value);
  } else {
    input = h('input', { ...common, type: 'text', autocomplete: 'off', spellcheck: 'false',
      inputmode: typeof value === 'number' ? 'decimal' : null });
    input.value = fieldText(value);
  }
  return h('div', { class: `fact-field fact-field--${key}`, 'data-field-pointer': pointer },
    h('label', { for: id }, label, list && h('span', { class: 'field-hint' }, ' (one per line)')),
    input,
    h('p', { class: 'field-error', id: errorId, hidden: true }));
}

/** A field of any JSON type: an object or a list of objects becomes a fieldset of fields. */
function field(key, value, pointer, legend = LABELS[key] ?? key) {
  if (value === null || typeof value !== 'object' || isScalarList(value)) return scalarField(key, value, pointer);
  const children = Array.isArray(value) ?
    value.map((item, i) => field(key === 'values' ? 'value-item' : key, item, join(pointer, i),
      `${key === 'values' ? 'Value' : LABELS[key] ?? key} ${i + 1}`)) :
    orderedKeys(value).map((k) => {
      // A value's figure ({approx, tolerance}) is shown in the value's own box, next to its label.
      const inner = value[k];
      if (key === 'value-item' && k === 'value' && inner && typeof inner === 'object' && !Array.isArray(inner)) {
        return orderedKeys(inner).map((kk) => field(kk, inner[kk], join(join(pointer, k), kk)));
      }
      return field(k, inner, join(pointer, k));
    });
  return h('fieldset', { class: `fact-group fact-group--${key}`, 'data-field-pointer': pointer },
    h('legend', {}, legend),
    children,
    h('p', { class: 'field-error', id: uid('group-error'), hidden: true }));
}

/** The card of facts[index]. */
function factCard(fact, index) {
  const pointer = `/facts/${index}`;
  const headingId = uid('fact-heading');
  const remove = h('button', { type: 'button', class: 'button button--quiet fact-remove', 'data-remove': index,
    'aria-describedby': headingId }, 'Remove');
  return h('li', { class: 'fact-card', 'data-fact-index': index, 'data-field-pointer': pointer },
    h('article', { 'aria-labelledby': headingId },
      h('div', { class: 'fact-card-head' },
        h('h4', { class: 'fact-heading', id: headingId },
          h('span', { class: 'fact-kind' }, fact.kind ?? 'fact'), ' ',
          h('span', { class: 'fact-id' }, fact.id ?? `fact ${index + 1}`)),
        remove),
      fact.note && h('p', { class: 'fact-note' }, h('strong', {}, 'Unsure: '), fact.note),
      orderedKeys(fact).map((k) => field(k, fact[k], join(pointer, k))),
      h('p', { class: 'field-error', id: uid('card-error'), hidden: true })));
}

function simpleCard(object, pointer, title) {
  const headingId = uid('card-heading');
  return h('li', { class: 'fact-card fact-card--plain', 'data-field-pointer': pointer },
    h('article', { 'aria-labelledby': headingId },
      h('h4', { class: 'fact-heading', id: headingId }, title),
      orderedKeys(object, { first: ['name', 'title', 'kind', 'aliases'], last: ['id'] })
        .map((k) => field(k, object[k], join(pointer, k))),
      h('p', { class: 'field-error', id: uid('card-error'), hidden: true })));
}

/**
 * Renders `base` into els {sources, facts, entities, entityCount}. Inputs carry their pointers; the caller
 * listens for 'input'/'change' on the containers and calls readInput().
 */
export function renderBase(els, base) {
  replaceChildren(els.sources, (base.sources ?? []).map((s, i) =>
    simpleCard(s, `/sources/${i}`, s.publisher ? `${s.publisher}, ${s.date ?? ''}` : `Source ${i + 1}`)));
  replaceChildren(els.facts, (base.facts ?? []).map(factCard));
  replaceChildren(els.entities, (base.entities ?? []).map((e, i) =>
    simpleCard(e, `/entities/${i}`, `${e.name ?? e.id} (${e.kind ?? 'entity'})`)));
  els.entityCount.textContent = String(base.entities?.length ?? 0);
}

/** Writes the input's value into `base` at its pointer (by the type the draft gave the field). */
export function readInput(base, input) {
  const parts = pointerParts(input.dataset.pointer);
  let parent = base;
  for (const part of parts.slice(0, -1)) parent = parent?.[part];
  const key = parts.at(-1);
  if (parent === null || typeof parent !== 'object') return;
  if (input.type === 'checkbox') {
    parent[key] = input.checked;
    return;
  }
  const type = input.dataset.type;
  const original = type === 'list' ? [] : type === 'number' ? 0 : '';
  parent[key] = parseField(input.value, type === 'list' && Array.isArray(parent[key]) ? parent[key] : original);
}

/**
 * Shows each validator error next to the field it points at (the deepest element whose data-field-pointer is a
 * prefix of the error's pointer) within `root`; returns the errors that found no place. Clears old errors.
 */
export function showErrors(root, errors) {
  for (const slot of root.querySelectorAll('.field-error')) {
    slot.hidden = true;
    slot.replaceChildren();
  }
  for (const input of root.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
  const places = new Map();
  for (const node of root.querySelectorAll('[data-field-pointer]')) places.set(node.dataset.fieldPointer, node);
  const unplaced = [];
  for (const error of errors) {
    const parts = pointerParts(error.pointer ?? '');
    let place = null;
    for (let n = parts.length; n > 0 && !place; n--) {
      place = places.get(`/${parts.slice(0, n).map(escapePart).join('/')}`) ?? null;
    }
    if (!place) {
      unplaced.push(error);
      continue;
    }
    const slot = [...place.children].find((c) => c.classList.contains('field-error')) ??
      place.querySelector(':scope > article > .field-error');
    if (!slot) {
      unplaced.push(error);
      continue;
    }
    slot.hidden = false;
    slot.append(h('span', { class: 'field-error-item', 'data-code': error.code }, error.message ?? error.text));
    const input = [...place.children].find((c) => c.matches('input, textarea')) ??
      place.querySelector(':scope > label > input');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', slot.id);
    }
  }
  return unplaced;
}
