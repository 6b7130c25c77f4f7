// Verdicts as the page and the widget show them, and the small words around a report: labels with a marker
// (✗ ? ✓, so a verdict reads without colour), counts, orders, dates and plurals.

/** In the order a reader should see them: what is wrong first. */
export const VERDICTS = {
  contradicted: { label: 'Contradicted', marker: '✗' },
  unverified: { label: 'Unverified', marker: '?' },
  supported: { label: 'Supported', marker: '✓' },
};
export const VERDICT_ORDER = Object.keys(VERDICTS);

/** The verdict key of a claim; anything unknown counts as unverified. */
export const verdictKey = (claim) => (claim.verdict in VERDICTS ? claim.verdict : 'unverified');

/** { contradicted, unverified, supported } counts of `claims`. */
export function countVerdicts(claims) {
  const counts = { contradicted: 0, unverified: 0, supported: 0 };
  for (const claim of claims) counts[verdictKey(claim)]++;
  return counts;
}

/** Claims in document order (start, then longest first), each as { claim, index } with its index in `claims`. */
export function inDocumentOrder(claims) {
  return claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => a.claim.start - b.claim.start || b.claim.end - a.claim.end || a.index - b.index);
}

/** Entries ({ claim, ... }) sorted contradicted first, then unverified, then supported; stable otherwise. */
export function byVerdict(entries) {
  const rank = (entry) => VERDICT_ORDER.indexOf(verdictKey(entry.claim));
  return entries.map((entry, at) => ({ entry, at }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.at - b.at)
    .map(({ entry }) => entry);
}

export const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "3 contradicted, 1 unverified, 9 supported" (zero counts left out), or '' when there are none. */
export function countsSentence(counts) {
  return VERDICT_ORDER.filter((v) => counts[v] > 0)
    .map((v) => `${counts[v].toLocaleString('en-GB')} ${VERDICTS[v].label.toLowerCase()}`).join(', ');
}

const MONTH_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** "2023-04-25" -> "25 April 2023", "2023-04" -> "April 2023"; anything else is returned as given ('' for none). */
export function formatDate(value) {
  if (typeof value !== 'string') return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m || !m[2]) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  if (Number.isNaN(date.getTime())) return value;
  return (m[3] ? DAY_FORMAT : MONTH_FORMAT).format(date);
}
