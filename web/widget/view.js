// The widget's own UI, inside its shadow root: a bar of one line (the counts, which filter the list, and a button
// that shows the list), the list of claims, contradicted first, and a card per claim (the shared card of
// ../ui/card.js: verdict, the sentence, found vs expected, the fact and its source).
//
// Everything is built with ../ui/dom.js: report strings (from the article and the fact base) are only ever set as
// text, and a source link only ever gets an absolute http(s) URL. The card is a popover (the browser's top layer:
// above the site's own stacking contexts, closed by Escape or a click elsewhere) where the browser has popovers,
// else a fixed element. It is placed beside the whole claim (every line of it), never over it. Keyboard: the
// counts, the list button and the list items are buttons; opening a card moves focus into it, closing it returns
// focus to where it came from, and focus leaving the card (Tab past "Next ›") closes it, so focus never sits on
// something the card covers.
import { h } from '../ui/dom.js';
import { CARD_LABELS, claimDetails, excerpt, quotedSentence, verdictLabel } from '../ui/card.js';
import { errorSummary, errorView } from '../ui/errors.js';
import { countButtons, VerdictFilter } from '../ui/filter.js';
import { VERDICTS, byVerdict, countVerdicts, countsSentence, plural } from '../ui/verdicts.js';

const TEXT = {
  title: 'Fact check',
  idle: 'Figures, dates and names in this article, checked against the record',
  busy: 'Checking the facts in this article…',
  none: 'No checkable claims found',
  failed: 'Fact check unavailable',
  show: 'Show claims',
  hide: 'Hide claims',
  short: 'Claims',
  details: 'Details',
  previous: '‹ Previous',
  next: 'Next ›',
  close: 'Close',
  listLabel: 'Checked claims, contradicted first',
  countsLabel: 'Show only',
};
const LABELS = { ...CARD_LABELS, found: 'This article says', expected: 'The record says' };
const CONTEXT_CHARS = 90;  // sentence characters around the claim in a list item
const CARD_CONTEXT_CHARS = 120;  // ... and in a card
const MARGIN = 8;  // px between the card and the claim or the viewport's edge
const SVG = 'http://www.w3.org/2000/svg';
const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;
let nextId = 0;

function logo() {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'logo');
  svg.setAttribute('aria-hidden', 'true');
  for (const d of ['M10.5 3a7.5 7.5 0 1 0 4.6 13.4l4.2 4.2 1.4-1.4-4.2-4.2A7.5 7.5 0 0 0 10.5 3Zm0 2a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11Z',
    'M7.6 10.3l1.4-1.4 1.6 1.6 3.3-3.3 1.4 1.4-4.7 4.7Z']) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
  }
  return svg;
}

export class WidgetView {
  #root;
  #handlers;
  #state;
  #message;
  #percent;
  #counts;
  #badge;
  #list;
  #details;
  #live;
  #card;
  #filter = new VerdictFilter();
  #items = [];        // in list order (contradicted first, then document order)
  #status = 'waiting';
  #generation = 0;    // bumped by setItems and setStatus: a list still being built for an older one stops
  #open = -1;         // report index of the claim whose card is open
  #returnFocus = null;
  #cardHeight = 0;

  /** handlers: { open(index, { focus, from }), closed() }; index is the claim's index in the report. */
  constructor(root, handlers) {
    this.#root = root;
    this.#handlers = handlers;
    const id = `claimcheck-${++nextId}`;
    this.#message = h('span', { class: 'message' }, TEXT.idle);
    this.#percent = h('span', { class: 'percent' });
    this.#state = h('span', { class: 'state' }, this.#message, this.#percent);
    this.#counts = h('div', { class: 'counts', role: 'group', 'aria-label': TEXT.countsLabel, hidden: true });
    this.#badge = h('button', { class: 'badge', part: 'badge', type: 'button', 'aria-expanded': 'false', 'aria-controls': `${id}-list`, hidden: true },
      h('span', { class: 'label-long' }, TEXT.show), h('span', { class: 'label-short' }, TEXT.short));
    this.#list = h('ol', { class: 'list', part: 'list', id: `${id}-list`, 'aria-label': TEXT.listLabel, hidden: true });
    this.#details = h('div', { class: 'details', id: `${id}-details`, hidden: true });
    this.#live = h('span', { class: 'sr-only', role: 'status' });
    this.#card = h('div', { class: 'card', part: 'card', role: 'dialog', tabindex: '-1', popover: supportsPopover ? 'auto' : null });
    root.append(h('section', { class: 'panel', part: 'panel', 'aria-label': TEXT.title },
      h('div', { class: 'bar' }, logo(), h('span', { class: 'title' }, TEXT.title), this.#state, this.#counts, this.#badge),
      this.#details, this.#list, this.#live, this.#card));

    this.#badge.addEventListener('click', () => this.setExpanded(this.#expandable().hidden));
    this.#counts.addEventListener('click', (event) => {
      const button = event.target.closest?.('button.count');
      if (button) this.#toggleFilter(button.dataset.verdict);
    });
    this.#list.addEventListener('click', (event) => {
      const button = event.target.closest?.('button[data-index]');
      if (button) this.#handlers.open(Number(button.dataset.index), { focus: true, from: button });
    });
    this.#card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !supportsPopover) this.closeCard();
    });
    this.#card.addEventListener('focusout', (event) => {
      if (event.relatedTarget && !this.#card.contains(event.relatedTarget)) this.closeCard();
    });
    // beforetoggle comes synchronously (toggle only in a later task), so the state is right as soon as it closes.
    this.#card.addEventListener('beforetoggle', (event) => {
      if (event.newState === 'closed') this.#closed();
    });
  }

  /** status: 'waiting' | 'busy' | 'done' | 'error'; `error` (a CheckerError) for 'error'. */
  setStatus(status, error = null) {
    this.#generation++;
    this.#status = status;
    this.#state.querySelector('.spinner')?.remove();
    if (status === 'busy') this.#message.before(h('span', { class: 'spinner', 'aria-hidden': 'true' }));
    this.#message.textContent = status === 'busy' ? TEXT.busy : status === 'error' ? TEXT.failed : TEXT.idle;
    this.#percent.textContent = '';
    this.#state.hidden = false;
    this.#counts.hidden = true;
    this.#counts.replaceChildren();
    this.setExpanded(false);
    this.#badge.hidden = status !== 'error';
    this.#setBadgeLabel(TEXT.details, TEXT.details);
    this.#details.replaceChildren(...(error ? [errorView(error)] : []));
    if (error) this.#badge.title = errorSummary(error);
    else this.#badge.removeAttribute('title');
    this.#badge.setAttribute('aria-controls', this.#expandable().id);
    this.#root.host.setAttribute('aria-busy', String(status === 'busy'));
  }

  /** How far the check is: 0..1. */
  setProgress(fraction) {
    if (this.#status === 'busy' && fraction < 1) this.#percent.textContent = `${Math.round(fraction * 100)}%`;
  }

  /**
   * Shows the claims. items: [{ index, claim, figures, sentence, claimStart, claimEnd }] in document order
   * (figures: the report's contested figures); sentence is
   * the claim's sentence text, [claimStart, claimEnd) the claim within it. Built in slices of `budget`.
   */
  async setItems(items, budget) {
    this.closeCard();
    const generation = ++this.#generation;
    const ordered = byVerdict(items);
    const rows = document.createDocumentFragment();
    for (const item of ordered) {
      await budget?.pace();
      if (generation !== this.#generation) return;
      const [before, quote, after] = excerpt(item.sentence, item.claimStart, item.claimEnd, CONTEXT_CHARS);
      rows.append(h('li', { 'data-verdict': item.claim.verdict },
        h('button', { class: 'item', part: 'item', type: 'button', 'data-index': item.index, 'data-verdict': item.claim.verdict },
          verdictLabel(item.claim.verdict), h('span', { class: 'quote' }, `“${quote}”`),
          h('span', { class: 'context' }, before, h('b', {}, quote), after))));
    }
    this.#items = ordered;
    this.#status = 'done';
    this.#list.replaceChildren(rows);
    this.#state.querySelector('.spinner')?.remove();
    this.#percent.textContent = '';
    this.#root.host.setAttribute('aria-busy', 'false');
    const counts = countVerdicts(items.map((item) => item.claim));
    this.#filter.clear();
    this.#counts.replaceChildren(...countButtons(counts));
    this.#counts.hidden = items.length === 0;
    this.#state.hidden = items.length > 0;
    this.#message.textContent = TEXT.none;
    this.#badge.hidden = items.length === 0;
    this.#badge.removeAttribute('title');
    this.#setBadgeLabel(TEXT.show, TEXT.short);
    this.#badge.setAttribute('aria-controls', this.#list.id);
    const summary = countsSentence(counts);
    this.#live.textContent = `${TEXT.title}: ${plural(items.length, 'claim')} checked${summary ? `, ${summary}` : ''}.`;
  }

  #expandable() { return this.#status === 'error' ? this.#details : this.#list; }

  #setBadgeLabel(long, short) {
    this.#badge.querySelector('.label-long').textContent = long;
    this.#badge.querySelector('.label-short').textContent = short;
  }

  setExpanded(expanded) {
    const region = this.#expandable();
    this.#list.hidden = !(expanded && region === this.#list);
    this.#details.hidden = !(expanded && region === this.#details);
    this.#badge.setAttribute('aria-expanded', String(expanded));
    if (region === this.#list) this.#setBadgeLabel(expanded ? TEXT.hide : TEXT.show, TEXT.short);
  }

  #toggleFilter(verdict) {
    const pressed = this.#filter.toggle(verdict);
    this.#filter.apply(this.#counts, this.#list.children);
    this.setExpanded(true);
    const shown = this.#items.filter((item) => this.#filter.shows(item.claim.verdict)).length;
    const which = pressed.length ? pressed.map((v) => VERDICTS[v].label.toLowerCase()).join(' and ') : 'all';
    this.#live.textContent = `Showing ${plural(shown, 'claim')}: ${which}.`;
  }

  get openIndex() { return this.#open; }

  /** The open card's full height (px), before any cut to the room beside its claim. */
  get cardHeight() { return this.#cardHeight; }

  /** The items a reader steps through with Previous and Next: the list as filtered (all if `index` is filtered out). */
  #sequence(index) {
    const shown = this.#items.filter((item) => this.#filter.shows(item.claim.verdict));
    return shown.some((item) => item.index === index) ? shown : this.#items;
  }

  /** Opens the card of the claim with report index `index` beside `anchor` (its box, viewport coordinates). */
  openCard(index, anchor, { focus = true, from = null } = {}) {
    const sequence = this.#sequence(index);
    const position = sequence.findIndex((item) => item.index === index);
    if (position < 0) return;
    const active = from ?? this.#root.activeElement ?? null;
    if (this.#open < 0) this.#returnFocus = active;
    this.#open = index;
    this.#fillCard(sequence, position);
    for (const button of this.#list.querySelectorAll('button[data-index]')) {
      button.setAttribute('aria-current', String(Number(button.dataset.index) === index));
    }
    this.#card.classList.add('open');
    if (supportsPopover && !this.#card.matches(':popover-open')) this.#card.showPopover();
    this.placeCard(anchor);
    if (focus) this.#card.focus({ preventScroll: true });
  }

  /**
   * Moves the open card beside `anchor` (the claim's box over all its lines, viewport coordinates): below it if it
   * fits, else above, else on the roomier side with its height cut to the room (its content scrolls then). The
   * card never covers the claim.
   */
  placeCard(anchor) {
    if (this.#open < 0) return;
    const card = this.#card;
    card.style.maxHeight = '';
    const { offsetWidth: width, offsetHeight: height } = card;
    this.#cardHeight = height;
    const viewWidth = document.documentElement.clientWidth;
    const viewHeight = window.innerHeight;
    let left = anchor ? anchor.left : (viewWidth - width) / 2;
    let top = (viewHeight - height) / 2;
    if (anchor) {
      const below = viewHeight - Math.max(anchor.bottom, 0) - 2 * MARGIN;
      const above = Math.min(anchor.top, viewHeight) - 2 * MARGIN;
      const side = height <= below || (height > above && below >= above) ? 'below' : 'above';
      const room = Math.max(side === 'below' ? below : above, 0);
      if (height > room) card.style.maxHeight = `${Math.floor(room)}px`;
      const shown = Math.min(height, room);
      top = side === 'below' ? Math.max(anchor.bottom, 0) + MARGIN : Math.min(anchor.top, viewHeight) - MARGIN - shown;
    } else {
      top = Math.max(MARGIN, top);
    }
    left = Math.max(MARGIN, Math.min(left, viewWidth - width - MARGIN));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }

  closeCard() {
    if (this.#open < 0) return;
    if (supportsPopover && this.#card.matches(':popover-open')) this.#card.hidePopover();  // fires beforetoggle -> #closed
    else this.#closed();
  }

  #closed() {
    if (this.#open < 0) return;
    this.#open = -1;
    this.#card.classList.remove('open');
    for (const button of this.#list.querySelectorAll('[aria-current="true"]')) button.setAttribute('aria-current', 'false');
    const back = this.#returnFocus;
    this.#returnFocus = null;
    if (back?.isConnected && this.#card.contains(this.#root.activeElement)) back.focus({ preventScroll: true });
    this.#handlers.closed();
  }

  #fillCard(sequence, position) {
    const item = sequence[position];
    const { claim } = item;
    const parts = excerpt(item.sentence, item.claimStart, item.claimEnd, CARD_CONTEXT_CHARS);
    const close = h('button', { class: 'close', part: 'close', type: 'button', 'aria-label': TEXT.close }, '×');
    close.addEventListener('click', () => this.closeCard());
    const nav = (label, to) => {
      const button = h('button', { class: 'nav', type: 'button', disabled: to < 0 || to >= sequence.length }, label);
      button.addEventListener('click', () => this.#handlers.open(sequence[to].index, { focus: true }));
      return button;
    };
    this.#card.setAttribute('data-verdict', claim.verdict);
    this.#card.setAttribute('aria-label', `${(VERDICTS[claim.verdict] ?? VERDICTS.unverified).label}: ${parts[1]}`);
    this.#card.replaceChildren(
      h('div', { class: 'card-head' }, verdictLabel(claim.verdict),
        h('span', { class: 'position' }, `Claim ${position + 1} of ${sequence.length}`), close),
      h('div', { class: 'card-body' }, quotedSentence(parts), claimDetails(claim, LABELS, item.figures)),
      h('div', { class: 'card-foot' }, nav(TEXT.previous, position - 1), nav(TEXT.next, position + 1)));
  }
}
