// Generates the engine's built-in lexicon (engine/src/extract/lexicon.cpp includes it) from the data files in
// engine/data/lexicon/: units.json, currencies.json, numbers.json, dates.json.
// usage: node gen_lexicon.mjs engine/data/lexicon out/lexicon_data.inc
// Every file is checked here, so that a mistake in the data fails the build with the file and the entry named,
// never the engine at run time. Lists are '|'-separated in the output (no entry may contain '|').
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const [dir, output] = process.argv.slice(2);
if (!dir || !output) {
  console.error('usage: gen_lexicon.mjs engine/data/lexicon lexicon_data.inc');
  process.exit(2);
}

let where = '';
function fail(message) {
  console.error(`gen_lexicon: ${where}: ${message}`);
  process.exit(1);
}
function read(name) {
  where = name;
  try {
    return JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (error) {
    return fail(error.message);
  }
}
// Only the keys listed may appear ("$comment" anywhere).
function keys(object, allowed, what) {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) fail(`${what} must be an object`);
  for (const key of Object.keys(object)) {
    if (key !== '$comment' && !allowed.includes(key)) fail(`${what}: unknown key "${key}"`);
  }
}
function words(list, what) {
  if (list === undefined) return [];
  if (!Array.isArray(list)) fail(`${what} must be a list of strings`);
  for (const w of list) {
    if (typeof w !== 'string' || !w.trim() || w.includes('|')) fail(`${what}: bad entry ${JSON.stringify(w)}`);
    if (w !== w.toLowerCase() && !what.endsWith('codes') && !what.endsWith('zones')) {
      fail(`${what}: "${w}" must be written in lower case (matching folds case)`);
    }
  }
  return list;
}
function number(value, what, { positive = false } = {}) {
  if (typeof value !== 'number' || !Number.isFinite(value) || (positive && !(value > 0))) {
    fail(`${what} must be a ${positive ? 'positive ' : ''}finite number`);
  }
  return value;
}
function integer(value, what, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) fail(`${what} must be an integer in ${min}..${max}`);
  return value;
}
function oneOf(value, table, what) {
  if (!(value in table)) fail(`${what}: "${value}" is not one of ${Object.keys(table).join(', ')}`);
  return table[value];
}
const str = (s) => JSON.stringify(s);

// The output is one string of records, one a line, fields separated by tabs, the first field a record code (the
// table), lists within a field separated by '|': a string compresses much better than arrays of pointers, which matters for the WebAssembly download.
// lexicon.cpp reads it once (ReadRecords).
const records = [];
function record(code, ...fields) {
  for (const f of fields) {
    if (/[\t\n]/.test(String(f))) fail(`a tab or a line break in ${JSON.stringify(f)}`);
  }
  records.push([code, ...fields].join('\t'));
}
// A double in plain decimal notation (no exponent), exact enough for DigitsToDouble to read it back.
function plain(x) {
  if (Number.isInteger(x)) return BigInt(x).toString();
  const digits = Math.max(0, 17 - Math.floor(Math.log10(Math.abs(x))) - 1);
  return x.toFixed(Math.min(digits, 100)).replace(/0+$/, '').replace(/\.$/, '');
}
const flag = (b) => (b ? '1' : '0');
// Lists within a field are '|'-separated ("km|kms|kilometre"); a phrase with a value is "phrase=value" (read at the
// last '=', so a phrase may hold one: ">=").
const list = (items) => {
  for (const i of items) if (i.includes('|')) fail(`'|' in ${JSON.stringify(i)}`);
  return items.join('|');
};

// --- units.json and currencies.json -----------------------------------------------------------------------------
const units = read('units.json');
keys(units, ['dimensions', 'units', 'rate_nouns'], 'units.json');
const dimensions = new Map();
for (const d of units.dimensions) {
  keys(d, ['id', 'base', 'signed', 'bare'], `dimension ${str(d.id)}`);
  if (typeof d.id !== 'string' || !d.id || dimensions.has(d.id)) fail(`dimension id ${str(d.id)} missing or repeated`);
  if (typeof d.base !== 'string') fail(`dimension ${d.id}: base must be a unit id or ""`);
  dimensions.set(d.id, d);
  record('D', d.id, d.base, flag(d.signed), flag(d.bare));
}
const unitIds = new Set();
function addUnit(u, what, dimension) {
  keys(u, ['id', 'dimension', 'factor', 'offset', 'names', 'glued', 'before', 'codes', 'after_scale', 'implied_by'], what);
  if (typeof u.id !== 'string' || !u.id || u.id.includes('|') || unitIds.has(u.id)) fail(`${what}: id missing or repeated`);
  unitIds.add(u.id);
  const dim = dimension ?? u.dimension;
  if (!dimensions.has(dim)) fail(`${what}: unknown dimension ${str(dim)}`);
  const factor = u.factor === undefined ? 1 : number(u.factor, `${what}: factor`, { positive: true });
  const offset = u.offset === undefined ? 0 : number(u.offset, `${what}: offset`);
  const codes = words(u.codes, `${what}: codes`);
  for (const c of codes) if (c !== c.toUpperCase()) fail(`${what}: code "${c}" must be in capitals`);
  record('U', u.id, dim, plain(factor), plain(offset), list(words(u.names, `${what}: names`)),
    list(words(u.glued, `${what}: glued`)), list(words(u.before, `${what}: before`)), list(codes),
    list(words(u.after_scale, `${what}: after_scale`)), list(words(u.implied_by, `${what}: implied_by`)));
}
for (const u of units.units) addUnit(u, `units.json: unit ${str(u.id)}`);
for (const d of dimensions.values()) {
  if (d.base && !unitIds.has(d.base)) fail(`dimension ${d.id}: base unit "${d.base}" is not a unit`);
}
const currencies = read('currencies.json');
keys(currencies, ['currencies'], 'currencies.json');
for (const c of currencies.currencies) {
  if (c.dimension !== undefined || c.factor !== undefined) fail(`currency ${str(c.id)}: currencies take no dimension or factor`);
  addUnit(c, `currencies.json: currency ${str(c.id)}`, 'money');
}
where = 'units.json';
record('r', list(words(units.rate_nouns, 'rate_nouns')));

// --- numbers.json -------------------------------------------------------------------------------------------------
const numbers = read('numbers.json');
keys(numbers, ['scales', 'vague', 'modifiers', 'negations', 'labels', 'streets', 'function_words'], 'numbers.json');
for (const sc of numbers.scales) {
  keys(sc, ['word', 'exponent', 'glued_only', 'words'], `scale ${JSON.stringify(sc.word)}`);
  words([sc.word], 'scale word');
  record('s', sc.word, integer(sc.exponent, `scale ${sc.word}: exponent`, 1, 18), flag(sc.glued_only), flag(sc.words));
}
for (const v of numbers.vague) {
  keys(v, ['phrase', 'low', 'high', 'needs_of'], `vague ${JSON.stringify(v.phrase)}`);
  words([v.phrase], 'vague phrase');
  const low = number(v.low, `vague ${v.phrase}: low`, { positive: true });
  const high = number(v.high, `vague ${v.phrase}: high`, { positive: true });
  if (high < low) fail(`vague ${v.phrase}: high < low`);
  record('v', v.phrase, plain(low), plain(high), flag(v.needs_of));
}
// Kind names as lexicon.cpp knows them (kModifierNames there).
const modifierKinds = Object.fromEntries(['hedge', 'nearly', 'just-over', 'just-under', 'more-than', 'at-least',
  'less-than', 'up-to', 'exact', 'between', 'from', 'odd'].map((k) => [k, k]));
keys(numbers.modifiers, ['before', 'after'], 'modifiers');
for (const side of ['before', 'after']) {
  for (const group of numbers.modifiers[side]) {
    keys(group, ['kind', 'phrases'], `modifiers.${side}`);
    const kind = oneOf(group.kind, modifierKinds, `modifiers.${side}: kind`);
    record('m', list(words(group.phrases, `modifiers.${side}.${group.kind}`)), kind, flag(side === 'after'));
  }
}
record('x', list(words(numbers.negations, 'negations')));
record('l', list(words(numbers.labels, 'labels')));
record('t', list(words(numbers.streets, 'streets')));
record('f', list(words(numbers.function_words, 'function_words')));

// --- dates.json ---------------------------------------------------------------------------------------------------
const dates = read('dates.json');
keys(dates, ['months', 'month_names_need_capital', 'weekdays', 'relative_days', 'units', 'this_next_last', 'anchored',
  'offsets', 'year_context', 'year_followers', 'non_year_signs', 'parts', 'periods', 'fiscal', 'rolling', 'holidays',
  'time_words', 'zones', 'count_words'], 'dates.json');
const capital = new Set(words(dates.month_names_need_capital, 'month_names_need_capital'));
const monthNames = [];
for (const m of dates.months) {
  keys(m, ['month', 'names', 'abbreviations'], `month ${m.month}`);
  const month = integer(m.month, 'month', 1, 12);
  if (monthNames[month - 1]) fail(`month ${month} repeated`);
  const names = words(m.names, `month ${month}: names`);
  if (!names.length) fail(`month ${month}: no name`);
  monthNames[month - 1] = names[0];
  record('M', list(names.filter((n) => !capital.has(n))), month, '0', '0');
  record('M', list(names.filter((n) => capital.has(n))), month, '0', '1');
  record('M', list(words(m.abbreviations, `month ${month}: abbreviations`)), month, '1', '1');
}
if (monthNames.filter(Boolean).length !== 12) fail('months: all twelve are needed');
// Display names ("January"): the first name of each month, capitalized.
record('N', list(monthNames.map((n) => n[0].toUpperCase() + n.slice(1))));
const weekdays = words(dates.weekdays, 'weekdays');
if (weekdays.length !== 7) fail('weekdays: seven, Sunday first');
record('W', list(weekdays.map((w, i) => `${w}=${i}`)));
record('R', list(dates.relative_days.map((r) => {
  keys(r, ['phrase', 'days'], `relative_days ${JSON.stringify(r.phrase)}`);
  words([r.phrase], 'relative_days');
  return `${r.phrase}=${integer(r.days, `relative_days ${r.phrase}: days`, -7, 7)}`;
})));
const dateUnits = ['day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade'];
for (const u of dates.units) {
  keys(u, ['words', 'unit'], 'units');
  if (!dateUnits.includes(u.unit)) fail(`units: "${u.unit}" is not one of ${dateUnits.join(', ')}`);
  record('u', list(words(u.words, `units ${u.unit}`)), u.unit);
}
const offsetValue = (rows, name, code) => {
  record(code, list(rows.map((r) => {
    keys(r, ['phrase', 'offset'], `${name} ${JSON.stringify(r.phrase)}`);
    words([r.phrase], name);
    return `${r.phrase}=${integer(r.offset, `${name} ${r.phrase}: offset`, -1, 1)}`;
  })));
};
offsetValue(dates.this_next_last, 'this_next_last', 'T');
offsetValue(dates.anchored, 'anchored', 'A');
for (const o of dates.offsets) {
  keys(o, ['phrase', 'anchor', 'sign'], `offsets ${JSON.stringify(o.phrase)}`);
  words([o.phrase], 'offsets');
  if (o.sign !== 1 && o.sign !== -1) fail(`offsets ${o.phrase}: sign must be 1 or -1`);
  if (!['reference', 'previous-date', 'event'].includes(o.anchor)) fail(`offsets ${o.phrase}: bad anchor "${o.anchor}"`);
  record('O', o.phrase, o.anchor, o.sign);
}
record('Y', list(words(dates.year_context, 'year_context')));
record('F', list(words(dates.year_followers, 'year_followers')));
record('S', list(words(dates.non_year_signs, 'non_year_signs')));
for (const p of dates.parts) {
  keys(p, ['phrase', 'part'], `parts ${JSON.stringify(p.phrase)}`);
  words([p.phrase], 'parts');
  if (!['early', 'mid', 'late'].includes(p.part)) fail(`parts ${p.phrase}: bad part "${p.part}"`);
  record('P', p.phrase, p.part);
}
for (const p of dates.periods) {
  keys(p, ['phrases', 'first', 'last'], 'periods');
  const first = integer(p.first, 'periods: first', 1, 12);
  const last = integer(p.last, 'periods: last', first, 12);
  record('Q', list(words(p.phrases, 'periods')), first, last);
}
record('y', list(words(dates.fiscal, 'fiscal')));
record('L', list(dates.rolling.map((r) => {
  keys(r, ['phrase', 'sign'], `rolling ${JSON.stringify(r.phrase)}`);
  words([r.phrase], 'rolling');
  if (r.sign !== 1 && r.sign !== -1) fail(`rolling ${r.phrase}: sign must be 1 or -1`);
  return `${r.phrase}=${r.sign}`;
})));
for (const h of dates.holidays) {
  keys(h, ['phrase', 'month', 'day'], `holidays ${JSON.stringify(h.phrase)}`);
  words([h.phrase], 'holidays');
  const month = integer(h.month, `holidays ${h.phrase}: month`, 1, 12);
  record('H', h.phrase, month, integer(h.day, `holidays ${h.phrase}: day`, 1, 31));
}
record('w', list(dates.time_words.map((t) => {
  keys(t, ['phrase', 'minutes'], `time_words ${JSON.stringify(t.phrase)}`);
  words([t.phrase], 'time_words');
  return `${t.phrase}=${integer(t.minutes, `time_words ${t.phrase}: minutes`, 0, 1439)}`;
})));
record('z', list(dates.zones.map((z) => {
  keys(z, ['zone', 'offset'], `zones ${JSON.stringify(z.zone)}`);
  words([z.zone], 'zones');
  if (z.zone !== z.zone.toUpperCase()) fail(`zones: "${z.zone}" must be in capitals`);
  return `${z.zone.toLowerCase()}=${integer(z.offset, `zones ${z.zone}: offset`, -720, 840)}`;
})));
record('C', list(words(dates.count_words, 'count_words')));

// One C++ string, written a record a line (JSON string escapes are valid C++ escapes for this data).
const text = `// Generated by engine/data/gen_lexicon.mjs from engine/data/lexicon/*.json. Do not edit.
constexpr char kLexicon[] =
${records.map((r) => `    ${JSON.stringify(`${r}\n`)}`).join('\n')};
`;
writeFileSync(`${output}.tmp`, text);
renameSync(`${output}.tmp`, output);
