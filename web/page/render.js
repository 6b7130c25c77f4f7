// Renders a report: the checked text with one highlight per claim, the list of claims and the summary.
// Highlights carry their claim's index (data-index) and UTF-16 span (data-start, data-end); the text between
// them goes in as text nodes only (../ui/dom.js).
import { h, replaceChildren } from '../ui/dom.js';
import { countButtons } from '../ui/filter.js';
import { VERDICTS, countVerdicts, countsSentence, formatDate, inDocumentOrder, plural } from '../ui/verdicts.js';
import { verdictLabel } from '../ui/card.js';

/** The sentence a claim sits in, from the checked text. */
export const sentenceOf = (text, claim) => text.slice(claim.sentence.start, claim.sentence.end).trim();

/** "Fact base: …" in a few words, for the list and the screen reader description of a highlight. */
export function shortExpectation(claim) {
  if (claim.verdict === 'unverified' || !claim.expected) return claim.explanation ?? 'No fact in the base settles this.';
  return `Fact base: ${claim.expected}`;
}

const marker = (verdict) => h('span', { class: 'marker', 'aria-hidden': 'true' }, (VERDICTS[verdict] ?? VERDICTS.unverified).marker);

function highlight(text, claim, index) {
  const claimText = text.slice(claim.start, claim.end);
  const split = claimText.search(/\s/);   // the marker is glued to the first word: a line never breaks between them
  const head = split < 0 ? claimText : claimText.slice(0, split);
  return h('mark', {
    class: `claim claim--${claim.verdict}`,
    role: 'button',
    tabindex: '0',
    'data-index': index,
    'data-verdict': claim.verdict,
    'data-start': claim.start,
    'data-end': claim.end,
    'aria-label': `${(VERDICTS[claim.verdict] ?? VERDICTS.unverified).label}: ${claimText}`,
    'aria-description': shortExpectation(claim),
    'aria-controls': 'card',
  }, h('span', { class: 'claim-head' }, marker(claim.verdict), head), split < 0 ? '' : claimText.slice(split));
}

/**
 * Cuts the text into paragraphs at newlines, except inside a claim. Claims nested in or overlapping an earlier
 * claim get no highlight of their own (they stay in the list).
 */
function paragraphs(text, ordered) {
  const result = [];
  let current = [];
  let pos = 0;
  const flushText = (end) => {
    let from = pos;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < end; nl = text.indexOf('\n', from)) {
      if (nl > from) current.push(text.slice(from, nl));
      if (current.length) result.push(current);
      current = [];
      from = nl + 1;
    }
    if (end > from) current.push(text.slice(from, end));
    pos = end;
  };
  for (const { claim, index } of ordered) {
    if (claim.start < pos || claim.end <= claim.start || claim.end > text.length) continue;
    flushText(claim.start);
    current.push(highlight(text, claim, index));
    pos = claim.end;
  }
  flushText(text.length);
  if (current.length) result.push(current);
  return result;
}

/** Fills `container` with the checked text, one <p> per paragraph. */
export function renderText(container, text, report) {
  replaceChildren(container, paragraphs(text, inDocumentOrder(report.claims)).map((parts) => h('p', {}, parts)));
}

/** Fills the <ol> `list` with one button per claim, in document order (as the text beside it). */
export function renderList(list, text, report) {
  const items = inDocumentOrder(report.claims).map(({ claim, index }) => {
    const detail = claim.verdict === 'contradicted' && claim.expected ?
      h('span', { class: 'claim-item-detail' }, h('span', { class: 'visually-hidden' }, 'fact base: '), '→ ', claim.expected) :
      h('span', { class: 'claim-item-detail' }, claim.statement ?? shortExpectation(claim));
    return h('li', { 'data-verdict': claim.verdict }, h('button', {
      type: 'button',
      class: `claim-item claim-item--${claim.verdict}`,
      'data-index': index,
      'data-verdict': claim.verdict,
      'aria-controls': 'card',
    }, verdictLabel(claim.verdict), h('span', { class: 'claim-item-text' }, text.slice(claim.start, claim.end)), detail));
  });
  replaceChildren(list, items);
}

/** The summary line as words, for the live region. */
export function summarySentence(report) {
  if (report.claims.length === 0) return `No checkable claims in ${plural(report.sentences, 'sentence')}.`;
  return `${countsSentence(countVerdicts(report.claims))} in ${plural(report.sentences, 'sentence')}.`;
}

const DATE_FROM = {
  typed: (date) => [`Dates read against ${formatDate(date)}`, h('span', { class: 'summary-date-from' }, ' (the date typed above)')],
  dateline: (date) => [`Dates read against ${formatDate(date)}`, h('span', { class: 'summary-date-from' }, ' (the dateline at the start of the text)')],
  none: () => ['No publication date: dates without a year are left unchecked. Type one above, or start the text with a dateline.'],
};

/** The date a check used, as words: "Dates read against 25 April 2023 (the dateline …)". */
export function dateSentence({ date, from }) {
  return DATE_FROM[from](date).map((part) => (typeof part === 'string' ? part : part.textContent)).join('');
}

/** Fills the summary: one count per verdict (a toggle that filters the list), the totals, the date used. */
export function renderSummary(container, report, used) {
  const counts = countVerdicts(report.claims);
  replaceChildren(container,
    h('div', { class: 'counts', role: 'group', 'aria-label': 'Show in the list only' }, countButtons(counts, { zeros: true })),
    h('p', { class: 'summary-note' }, `${plural(report.claims.length, 'claim')} in ${plural(report.sentences, 'sentence')}`),
    h('p', { class: 'summary-date', 'data-field': 'date-used', 'data-from': used.from }, DATE_FROM[used.from](used.date)));
}
