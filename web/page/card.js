// The claim card: the verdict, what the text says next to what the fact base says, the fact's statement and
// its source. Everything from the report goes in as text; the source link only when its URL is http(s).
import { h, replaceChildren, safeHttpUrl, formatDate } from './dom.js';
import { verdictOf, sentenceOf } from './render.js';

function comparison(claim) {
  const expected = claim.expected ?? 'No fact in the base covers this.';
  return h('dl', { class: 'compare' },
    h('div', { class: 'compare-cell compare-cell--found' },
      h('dt', {}, 'The text says'),
      h('dd', { 'data-field': 'found' }, claim.found ?? claim.text)),
    h('div', { class: `compare-cell compare-cell--expected compare-cell--${claim.verdict}` },
      h('dt', {}, 'The fact base says'),
      h('dd', { 'data-field': 'expected' }, expected)));
}

function source(claim) {
  const s = claim.source;
  if (!s) return h('p', { class: 'card-source card-source--none' }, 'No source given for this fact.');
  const url = safeHttpUrl(s.url);
  const title = s.title ?? 'Untitled source';
  const titleNode = url ?
    h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', 'data-field': 'source-title' }, title) :
    h('cite', { 'data-field': 'source-title' }, title);
  const meta = [s.publisher, s.date && formatDate(s.date)].filter(Boolean).join(' · ');
  return h('div', { class: 'card-source' },
    h('h4', { class: 'card-label' }, 'Source'),
    h('p', {}, titleNode),
    meta && h('p', { class: 'card-source-meta', 'data-field': 'source-meta' }, meta),
    url && h('p', { class: 'card-source-url' }, url));
}

/** Shows `claim` (from the report of `text`) in `card`; a null claim shows the empty state. */
export function renderCard(card, text, claim) {
  const body = card.querySelector('.card-body');
  card.classList.toggle('is-open', claim !== null);
  if (claim === null) {
    card.removeAttribute('data-verdict');
    replaceChildren(body, h('p', { class: 'card-empty' },
      'Select a highlighted claim, in the text or in the list, to compare it with the fact base.'));
    return;
  }
  const verdict = verdictOf(claim);
  card.dataset.verdict = claim.verdict;
  replaceChildren(body,
    h('p', { class: 'card-verdict' },
      h('span', { class: `badge badge--${claim.verdict} badge--large`, 'data-field': 'verdict' },
        h('span', { class: 'marker', 'aria-hidden': 'true' }, verdict.marker), verdict.label),
      h('q', { class: 'card-claim', 'data-field': 'text' }, claim.text)),
    comparison(claim),
    claim.statement && h('div', { class: 'card-statement' },
      h('h4', { class: 'card-label' }, 'Fact'),
      h('p', { 'data-field': 'statement' }, claim.statement)),
    claim.explanation && h('p', { class: 'card-explanation', 'data-field': 'explanation' }, claim.explanation),
    source(claim),
    h('details', { class: 'card-more' },
      h('summary', {}, 'In context'),
      h('p', { class: 'card-sentence' }, sentenceOf(text, claim)),
      claim.fact_id && h('p', { class: 'card-id' }, `Fact ${claim.fact_id}`, claim.slot ? ` · ${claim.slot}` : '')));
}
