// Renders a report: the checked text with one highlight per claim, the list of claims and the summary.
// Highlights carry their claim's index (data-index) and UTF-16 span (data-start, data-end); the text between
// them goes in as text nodes only.
import { h, replaceChildren, plural } from './dom.js';

/** How each verdict reads: the marker is visible next to the colour, so the page reads without colour. */
export const VERDICTS = {
  supported: { label: 'Supported', marker: '✓', order: 0 },
  contradicted: { label: 'Contradicted', marker: '✗', order: 1 },
  unverified: { label: 'Unverified', marker: '?', order: 2 },
};

export const verdictOf = (claim) => VERDICTS[claim.verdict] ?? VERDICTS.unverified;

/** Claims in document order (start, then longest first), each with its index in report.claims. */
export function orderedClaims(report) {
  return report.claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => a.claim.start - b.claim.start || b.claim.end - a.claim.end || a.index - b.index);
}

/** { supported, contradicted, unverified } counts. */
export function countVerdicts(report) {
  const counts = { supported: 0, contradicted: 0, unverified: 0 };
  for (const claim of report.claims) counts[claim.verdict in counts ? claim.verdict : 'unverified']++;
  return counts;
}

/** The sentence a claim sits in, from the checked text. */
export const sentenceOf = (text, claim) => text.slice(claim.sentence.start, claim.sentence.end).trim();

/** "Expected …" in a few words, for the list and the screen reader description of a highlight. */
export function shortExpectation(claim) {
  if (claim.verdict === 'unverified' || !claim.expected) return claim.explanation ?? 'No fact in the base settles this.';
  return `Fact base: ${claim.expected}`;
}

function marker(verdict) {
  return h('span', { class: 'marker', 'aria-hidden': 'true' }, verdict.marker);
}

function highlight(text, claim, index) {
  const verdict = verdictOf(claim);
  return h('mark', {
    class: `claim claim--${claim.verdict}`,
    role: 'button',
    tabindex: '0',
    'data-index': index,
    'data-verdict': claim.verdict,
    'data-start': claim.start,
    'data-end': claim.end,
    'aria-label': `${verdict.label}: ${text.slice(claim.start, claim.end)}`,
    'aria-description': shortExpectation(claim),
    'aria-controls': 'card',
  }, markedText(verdict, text.slice(claim.start, claim.end)));
}

/** The marker glued to the first word, so that a line never breaks between them. */
function markedText(verdict, claimText) {
  const split = claimText.search(/\s/);
  const head = split < 0 ? claimText : claimText.slice(0, split);
  return [h('span', { class: 'claim-head' }, marker(verdict), head), split < 0 ? '' : claimText.slice(split)];
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
  const blocks = paragraphs(text, orderedClaims(report));
  replaceChildren(container, blocks.map((parts) => h('p', {}, parts)));
}

/** Fills the <ol> `list` with one button per claim, in document order. */
export function renderList(list, text, report) {
  const items = orderedClaims(report).map(({ claim, index }) => {
    const verdict = verdictOf(claim);
    const detail = claim.verdict === 'contradicted' && claim.expected ?
      h('span', { class: 'claim-item-detail' }, h('span', { class: 'visually-hidden' }, 'fact base: '), '→ ', claim.expected) :
      h('span', { class: 'claim-item-detail' }, claim.statement ?? shortExpectation(claim));
    return h('li', {}, h('button', {
      type: 'button',
      class: `claim-item claim-item--${claim.verdict}`,
      'data-index': index,
      'data-verdict': claim.verdict,
      'aria-controls': 'card',
    },
    h('span', { class: `badge badge--${claim.verdict}` }, marker(verdict), verdict.label),
    h('span', { class: 'claim-item-text' }, text.slice(claim.start, claim.end)),
    detail));
  });
  replaceChildren(list, items);
}

/** The summary line as words, for the live region. */
export function summarySentence(report) {
  const c = countVerdicts(report);
  if (report.claims.length === 0) return `No checkable claims in ${plural(report.sentences, 'sentence')}.`;
  return `${c.supported} supported, ${c.contradicted} contradicted, ${c.unverified} unverified ` +
    `in ${plural(report.sentences, 'sentence')}.`;
}

/** Fills the summary with one count per verdict. */
export function renderSummary(container, report) {
  const counts = countVerdicts(report);
  const items = Object.entries(VERDICTS).map(([key, verdict]) => h('li', {
    class: `count count--${key}${counts[key] ? '' : ' count--zero'}`,
    'data-verdict': key,
  }, marker(verdict), h('strong', { class: 'count-number' }, counts[key]), ` ${verdict.label.toLowerCase()}`));
  replaceChildren(container,
    h('ul', { class: 'counts', 'aria-label': 'Claims by verdict' }, items),
    h('p', { class: 'summary-note' }, `${plural(report.claims.length, 'claim')} in ${plural(report.sentences, 'sentence')}`));
}
