// What a claim card shows, for the page and the widget alike: the verdict, the claim in its sentence, what the
// text says next to what the fact base says, the fact and its source. Each front end puts these pieces in its own
// layout (the page's side panel or bottom sheet, the widget's popover) and styles them with its own sheet; the
// classes, `part` names and `data-field` names below are the same in both.
//
// Everything from a report goes in as text (dom.js). A source gets a link only when its URL is an absolute
// http(s) URL; a source without one (url null, as the bundled base's) shows its title with no link at all.
import { h, safeHttpUrl } from './dom.js';
import { VERDICTS, formatDate } from './verdicts.js';

/** The words of a card; a front end may replace any of them. */
export const CARD_LABELS = {
  found: 'The text says',
  expected: 'The fact base says',
  noExpected: 'Not in the fact base',
  source: 'Source: ',
  noSource: null,  // shown when a fact has no source; null: nothing
  figures: (count, sources) => `What each source said: ${count} figures from ${sources} sources`,
  agrees: 'agrees',
  retracted: 'withdrawn',
};

/** "✗ Contradicted": a marker (decorative, the word says it) and the verdict's label. */
export function verdictLabel(verdict, attributes = {}) {
  const v = VERDICTS[verdict] ?? VERDICTS.unverified;
  return h('span', { class: 'verdict', part: 'verdict', 'data-verdict': verdict, ...attributes },
    h('span', { class: 'marker', 'aria-hidden': 'true' }, v.marker), v.label);
}

/**
 * The claim [start, end) in `sentence` as [before, claim, after], each side cut at a word to about `limit`
 * characters with an ellipsis.
 */
export function excerpt(sentence, start, end, limit = Infinity) {
  let before = sentence.slice(0, start);
  let after = sentence.slice(end);
  if (before.length > limit) before = `…${before.slice(before.length - limit).replace(/^\S*\s/, '')}`;
  if (after.length > limit) after = `${after.slice(0, limit).replace(/\s\S*$/, '')}…`;
  return [before, sentence.slice(start, end), after];
}

/** The sentence with its claim marked: <p class="sentence">…<mark>claim</mark>…</p>. */
export function quotedSentence([before, quote, after]) {
  return h('p', { class: 'sentence', 'data-field': 'sentence' }, before, h('mark', {}, quote), after);
}

/** "The text says 300,000 | The fact base says about 500,000 (deaths)". */
export function claimValues(claim, labels = CARD_LABELS) {
  return h('dl', { class: 'values', part: 'values' },
    h('div', { class: 'found' },
      h('dt', {}, labels.found), h('dd', { 'data-field': 'found' }, claim.found || claim.text)),
    h('div', { class: 'expected', 'data-verdict': claim.verdict },
      h('dt', {}, labels.expected), h('dd', { 'data-field': 'expected' }, claim.expected || labels.noExpected)));
}

/** "Source: <title> — TDI, 25 April 2023"; the title is a link only for an absolute http(s) URL. */
export function sourceLine(source, labels = CARD_LABELS) {
  if (!source) {
    return labels.noSource ? h('p', { class: 'source source--none', part: 'source', 'data-field': 'source' }, labels.noSource) : null;
  }
  const url = safeHttpUrl(source.url);
  const title = source.title || source.publisher || 'Untitled source';
  const titleNode = url ?
    h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', 'data-field': 'source-title' }, title) :
    h('cite', { 'data-field': 'source-title' }, title);
  const meta = [source.publisher, formatDate(source.date)].filter(Boolean).join(', ');
  return h('p', { class: 'source', part: 'source', 'data-field': 'source' },
    labels.source, titleNode, meta && ' — ', meta && h('span', { 'data-field': 'source-meta' }, meta));
}

/**
 * A contested figure's record (report.figures[claim.figures]): every source's value, who gave it and as of when,
 * the one the claim agrees with marked. Open when the claim is contradicted (the reader wants to see the range);
 * null when the figure has only one value.
 */
export function figureSources(record, agreesWith, verdict, labels = CARD_LABELS) {
  if (!record || !Array.isArray(record.values) || record.values.length < 2) return null;
  const publishers = new Set(record.values.map((v) => v.source?.publisher).filter(Boolean));
  const items = record.values.map((v, i) => {
    const agrees = i === agreesWith;
    const when = v.as_of ? formatDate(v.as_of) : '';
    const who = [v.source?.publisher, when].filter(Boolean).join(', ');
    return h('li', { class: agrees ? 'figure figure--agrees' : 'figure', 'data-agrees': agrees },
      h('span', { class: 'figure-value', 'data-field': 'figure-value' }, v.label),
      who && ' — ', who && h('span', { class: 'figure-source', 'data-field': 'figure-source' }, who),
      v.note && h('span', { class: 'figure-note' }, ` (${v.note})`),
      v.retracted && h('span', { class: 'figure-note' }, ` (${labels.retracted})`),
      agrees && h('strong', { class: 'figure-agrees' }, ` ✓ ${labels.agrees}`));
  });
  return h('details', { class: 'figures', part: 'figures', 'data-field': 'figures', open: verdict === 'contradicted' },
    h('summary', {}, labels.figures(record.values.length, publishers.size)),
    h('ol', { class: 'figure-list' }, items));
}

/**
 * The body every card shares: the values, the fact's statement, the engine's explanation (only when there is no
 * expected value: otherwise it repeats the values), the source line, and last a contested figure's sources
 * (`figures`: the report's records), which may be long.
 */
export function claimDetails(claim, labels = CARD_LABELS, figures = null) {
  return [
    claimValues(claim, labels),
    claim.statement && h('p', { class: 'statement', part: 'statement', 'data-field': 'statement' }, claim.statement),
    claim.explanation && !claim.expected &&
      h('p', { class: 'explanation', part: 'explanation', 'data-field': 'explanation' }, claim.explanation),
    sourceLine(claim.source, labels),
    figureSources(figures?.[claim.figures], claim.agrees_with, claim.verdict, labels),
  ];
}
