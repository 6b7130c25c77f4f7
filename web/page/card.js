// The page's claim card: the shared card pieces (../ui/card.js) in the page's layout: the verdict and the claim,
// the values, the fact, the source, and the sentence and fact id under "In context".
import { h, replaceChildren } from '../ui/dom.js';
import { CARD_LABELS, claimDetails, verdictLabel } from '../ui/card.js';
import { sentenceOf } from './render.js';

const LABELS = { ...CARD_LABELS, noExpected: 'No fact in the base covers this.', noSource: 'No source given for this fact.' };

/** Shows `claim` (from the report of `text`, whose contested figures are `figures`) in `card`; null: the empty state. */
export function renderCard(card, text, claim, figures = null) {
  const body = card.querySelector('.card-body');
  card.classList.toggle('is-open', claim !== null);
  if (claim === null) {
    card.removeAttribute('data-verdict');
    replaceChildren(body, h('p', { class: 'card-empty' },
      'Select a highlighted claim, in the text or in the list, to compare it with the fact base.'));
    return;
  }
  card.dataset.verdict = claim.verdict;
  replaceChildren(body,
    h('p', { class: 'card-verdict' },
      verdictLabel(claim.verdict, { 'data-field': 'verdict' }),
      h('q', { class: 'card-claim', 'data-field': 'text' }, claim.text)),
    claimDetails(claim, LABELS, figures),
    h('details', { class: 'card-more' },
      h('summary', {}, 'In context'),
      h('p', { class: 'card-sentence' }, sentenceOf(text, claim)),
      claim.fact_id && h('p', { class: 'card-id' }, `Fact ${claim.fact_id}`, claim.slot ? ` · ${claim.slot}` : '')));
}
