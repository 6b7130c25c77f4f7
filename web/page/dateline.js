// Which publication date a check used, as far as the page can tell: the date typed in the date field, else the
// dateline the engine reads at the start of the text ("Moscow, 25 April 2023 (TDI):"), else none.
//
// The report does not say which date the engine used, so this mirrors the engine's rule (FindDateline in
// engine/src/dates.cpp): on the first line (at most 300 characters), the first date must be a full day date
// (2023-04-25, 25/04/2023, 25 April 2023, April 25, 2023, Apr. 25 2023); before it nothing, or a short place and
// agency of capitalized words ending in ',' or '-'; after it an optional "(Agency)" and then ':', '-', '—', '–',
// '/' or the end of the line. A date the engine would read that this misses is shown as "none".

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
const ABBREVIATIONS = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const MONTH = '(?<![A-Za-z])([A-Za-z]+)\\.?';
const DAY = '(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?';
const PATTERNS = [
  { re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g, read: (m) => [m[1], m[2], m[3]] },
  { re: /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g, read: (m) => slashDate(m) },
  { re: new RegExp(`${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'g'), read: (m) => [m[3], month(m[2]), m[1]] },
  { re: new RegExp(`${MONTH}\\s+${DAY},?\\s+(\\d{4})(?!\\d)`, 'g'), read: (m) => [m[3], month(m[1]), m[2]] },
];
const MAX_PREFIX = 48;

/** Month number of a month word as the engine reads it (abbreviations and "March"/"May" only capitalized). */
function month(word) {
  const lower = word.toLowerCase();
  const full = MONTHS.indexOf(lower) + 1;
  const capital = word[0] === word[0].toUpperCase();
  if (full && (capital || (lower !== 'march' && lower !== 'may'))) return full;
  return capital ? ABBREVIATIONS[lower] ?? 0 : 0;
}

function slashDate(m) {
  const [a, b] = [Number(m[1]), Number(m[2])];
  if (a > 12 && b <= 12) return [m[3], b, a];
  if (b > 12 && a <= 12) return [m[3], a, b];
  return a === b ? [m[3], a, a] : null;
}

function isoDay([year, monthNumber, day]) {
  const [y, mo, d] = [Number(year), Number(monthNumber), Number(day)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!mo || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isPrefix(prefix) {
  const trimmed = prefix.trimEnd();
  if (trimmed === '') return true;
  if (prefix.length > MAX_PREFIX || !/[,-]$/.test(trimmed)) return false;
  const words = trimmed.slice(0, -1).replace(/\([^)]*\)/g, '');
  return /^[\p{L}\s,.'’-]*$/u.test(words) && !/(^|[\s-])\p{Ll}/u.test(words);
}

function isSuffix(rest) {
  const tail = rest.replace(/^[ \t\r]*(\([^)]{0,38}\))?[ \t\r]*/, '');
  return tail === '' || /^[:\-/—–]/.test(tail);
}

/** The dateline's day as YYYY-MM-DD, or null when the text starts with none. */
export function findDateline(text) {
  const end = text.indexOf('\n');
  const line = text.slice(0, Math.min(end < 0 ? text.length : end, 300));
  const found = PATTERNS.flatMap(({ re, read }) => [...line.matchAll(re)].map((m) => {
    const parts = read(m);
    return { m, day: parts && parts[1] ? isoDay(parts) : null };
  })).filter(({ day }) => day).sort((a, b) => a.m.index - b.m.index)[0];
  if (!found) return null;
  const { m, day } = found;
  return isPrefix(line.slice(0, m.index)) && isSuffix(line.slice(m.index + m[0].length)) ? day : null;
}

/** { date: 'YYYY-MM-DD' | '', from: 'typed' | 'dateline' | 'none' } for a check of `text` with `typed`. */
export function dateUsed(text, typed) {
  if (typed) return { date: typed, from: 'typed' };
  const dateline = findDateline(text);
  return dateline ? { date: dateline, from: 'dateline' } : { date: '', from: 'none' };
}
