// The widget's own UI, inside its shadow root: a summary badge that expands a list of the claims, and a card per
// claim (verdict, the sentence, found vs expected, the fact and its source).
//
// Everything is built with createElement and text nodes; report strings (which come from the article and the
// fact base) are only ever set as text, and a source link only ever gets an http(s) URL. The card is a popover
// (the browser's top layer: above the site's own stacking contexts, closed by Escape or a click elsewhere) where
// the browser has popovers, else a fixed element. Keyboard: the badge and the list items are buttons; opening a
// card moves focus into it, closing it returns focus to where it came from.

const VERDICT_LABEL = { contradicted: 'Contradicted', supported: 'Supported', unverified: 'Unverified' };
const VERDICT_ORDER = ['contradicted', 'unverified', 'supported'];
const TEXT = {
  title: 'Fact check',
  idle: 'Figures, dates and names in this article, checked against the record',
  busy: 'Checking the facts in this article…',
  none: 'No checkable claims found',
  failed: 'Fact check unavailable',
  show: 'Show claims',
  hide: 'Hide claims',
  found: 'This article says',
  expected: 'The record says',
  noExpected: 'Not in the fact base',
  source: 'Source: ',
  previous: '‹ Previous',
  next: 'Next ›',
  close: 'Close',
  listLabel: 'Checked claims',
};
const CONTEXT_CHARS = 90;  // sentence characters around the claim in a list item
const CARD_CONTEXT_CHARS = 120;  // ... and in a card
const MIN_CARD_HEIGHT = 180;  // px: below this the card rather covers part of the text than shrinks further
const SVG = 'http://www.w3.org/2000/svg';
const supportsPopover = typeof HTMLElement !== 'undefined' && 'popover' in HTMLElement.prototype;
let nextId = 0;

/** Creates an element; `props` are attributes (class, part, ...); children are nodes or strings (as text). */
function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child) => child !== null && child !== undefined && child !== ''));
  return element;
}

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

function verdictPill(verdict) {
  return h('span', { class: 'verdict', part: 'verdict', 'data-verdict': verdict }, VERDICT_LABEL[verdict] ?? verdict);
}

function formatDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return iso ?? '';
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function safeUrl(url) {
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// The sentence around a claim, cut to about `limit` characters on each side: [before, claim, after].
function excerpt(item, limit) {
  const { sentence, claimStart, claimEnd } = item;
  let before = sentence.slice(0, claimStart);
  let after = sentence.slice(claimEnd);
  if (before.length > limit) before = `…${before.slice(before.length - limit).replace(/^\S*\s/, '')}`;
  if (after.length > limit) after = `${after.slice(0, limit).replace(/\s\S*$/, '')}…`;
  return [before, sentence.slice(claimStart, claimEnd), after];
}

export class WidgetView {
  #root;
  #handlers;
  #badge;
  #message;
  #counts;
  #toggle;
  #list;
  #live;
  #card;
  #items = [];
  #generation = 0;  // bumped by setItems and setStatus: a list still being built for an older one stops
  #open = -1;
  #returnFocus = null;

  /** handlers: { open(index, { focus }), closed() } */
  constructor(root, handlers) {
    this.#root = root;
    this.#handlers = handlers;
    const id = `claimcheck-${++nextId}`;
    this.#message = h('span', { class: 'message' }, TEXT.idle);
    this.#counts = h('span', { class: 'counts' });
    this.#toggle = h('span', { class: 'toggle', hidden: true }, TEXT.show);
    this.#badge = h('button', { class: 'badge', part: 'badge', type: 'button', 'aria-expanded': 'false', 'aria-controls': `${id}-list`, disabled: true },
      logo(), h('span', { class: 'summary' }, h('span', { class: 'title' }, TEXT.title), this.#counts, this.#message), this.#toggle);
    this.#list = h('ol', { class: 'list', part: 'list', id: `${id}-list`, 'aria-label': TEXT.listLabel, hidden: true });
    this.#live = h('span', { class: 'sr-only', role: 'status' });
    this.#card = h('div', { class: 'card', part: 'card', role: 'dialog', tabindex: '-1', popover: supportsPopover ? 'auto' : null });
    root.append(h('section', { class: 'panel', part: 'panel', 'aria-label': TEXT.title }, this.#badge, this.#list, this.#live, this.#card));

    this.#badge.addEventListener('click', () => this.setExpanded(this.#list.hidden));
    this.#list.addEventListener('click', (event) => {
      const button = event.target.closest?.('button[data-index]');
      if (button) this.#handlers.open(Number(button.dataset.index), { focus: true, from: button });
    });
    this.#card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !supportsPopover) this.closeCard();
    });
    // beforetoggle comes synchronously (toggle only in a later task), so the state is right as soon as it closes.
    this.#card.addEventListener('beforetoggle', (event) => {
      if (event.newState === 'closed') this.#closed();
    });
  }

  /** status: 'waiting' | 'busy' | 'done' | 'error'. */
  setStatus(status, detail = '') {
    this.#generation++;
    this.#badge.querySelector('.spinner')?.remove();
    if (status === 'busy') this.#message.before(h('span', { class: 'spinner', 'aria-hidden': 'true' }));
    this.#message.textContent = status === 'busy' ? TEXT.busy : status === 'error' ? TEXT.failed : TEXT.idle;
    this.#message.hidden = status === 'done';
    if (status === 'error') this.#badge.title = detail;
    else this.#badge.removeAttribute('title');
    if (status !== 'done') {
      this.#counts.replaceChildren();
      this.#toggle.hidden = true;
      this.#badge.disabled = true;
      this.setExpanded(false);
    }
    this.#root.host.setAttribute('aria-busy', String(status === 'busy'));
  }

  /**
   * Shows the claims. items: [{ index, claim, sentence, claimStart, claimEnd }] in document order; sentence is
   * the claim's sentence text, [claimStart, claimEnd) the claim within it. Built in slices of `budget`.
   */
  async setItems(items, budget) {
    this.closeCard();
    const generation = ++this.#generation;
    const rows = document.createDocumentFragment();
    for (const [position, item] of items.entries()) {
      await budget?.pace();
      if (generation !== this.#generation) return;
      const [before, quote, after] = excerpt(item, CONTEXT_CHARS);
      rows.append(h('li', {}, h('button', { class: 'item', part: 'item', type: 'button', 'data-index': position, 'data-verdict': item.claim.verdict },
        verdictPill(item.claim.verdict), h('span', { class: 'quote' }, `“${quote}”`),
        h('span', { class: 'context' }, before, h('b', {}, quote), after))));
    }
    this.#items = items;
    this.#list.replaceChildren(rows);
    this.#badge.querySelector('.spinner')?.remove();
    this.#root.host.setAttribute('aria-busy', 'false');
    const counts = groupBy(items);
    const present = VERDICT_ORDER.filter((v) => counts[v]?.length);
    const label = (v) => `${counts[v].length} ${VERDICT_LABEL[v].toLowerCase()}`;
    this.#counts.replaceChildren(...present.map((v) => h('span', { class: 'count', 'data-verdict': v }, label(v))));
    this.#message.textContent = TEXT.none;
    this.#message.hidden = items.length > 0;
    this.#toggle.hidden = items.length === 0;
    this.#badge.disabled = items.length === 0;
    this.#live.textContent = `${TEXT.title}: ${items.length} claims checked${present.length ? `, ${present.map(label).join(', ')}` : ''}.`;
  }

  setExpanded(expanded) {
    this.#list.hidden = !expanded;
    this.#badge.setAttribute('aria-expanded', String(expanded));
    this.#toggle.textContent = expanded ? TEXT.hide : TEXT.show;
  }

  get openIndex() { return this.#open; }

  /** Opens the card of item `position` next to `anchor` (a DOMRect in viewport coordinates, or null). */
  openCard(position, anchor, { focus = true, from = null } = {}) {
    const item = this.#items[position];
    if (!item) return;
    const active = from ?? this.#root.activeElement ?? null;
    if (this.#open < 0) this.#returnFocus = active;
    this.#open = position;
    this.#fillCard(item, position);
    for (const button of this.#list.querySelectorAll('button[data-index]')) {
      button.setAttribute('aria-current', String(Number(button.dataset.index) === position));
    }
    this.#card.classList.add('open');
    if (supportsPopover && !this.#card.matches(':popover-open')) this.#card.showPopover();
    this.placeCard(anchor);
    if (focus) this.#card.focus({ preventScroll: true });
  }

  /**
   * Moves the open card next to `anchor` (viewport coordinates): below it if it fits, else above, else on the
   * roomier side with its height cut to the room (its content scrolls then). Never over the claim itself.
   */
  placeCard(anchor) {
    if (this.#open < 0) return;
    const margin = 8;
    const card = this.#card;
    card.style.maxHeight = '';
    const { offsetWidth: width, offsetHeight: height } = card;
    const viewWidth = document.documentElement.clientWidth;
    const viewHeight = window.innerHeight;
    let left = anchor ? anchor.left : (viewWidth - width) / 2;
    let top = (viewHeight - height) / 2;
    if (anchor) {
      const below = viewHeight - anchor.bottom - 2 * margin;
      const above = anchor.top - 2 * margin;
      const room = height <= below || (height > above && below >= above) ? below : above;
      if (height > room) card.style.maxHeight = `${Math.max(room, MIN_CARD_HEIGHT)}px`;
      const shown = Math.min(height, Math.max(room, MIN_CARD_HEIGHT));
      top = room === below ? anchor.bottom + margin : anchor.top - margin - shown;
    }
    left = Math.max(margin, Math.min(left, viewWidth - width - margin));
    top = Math.max(margin, Math.min(top, viewHeight - Math.min(height, card.offsetHeight) - margin));
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }

  closeCard() {
    if (this.#open < 0) return;
    if (supportsPopover && this.#card.matches(':popover-open')) this.#card.hidePopover();  // fires toggle -> #closed
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

  #fillCard(item, position) {
    const { claim } = item;
    const [before, quote, after] = excerpt(item, CARD_CONTEXT_CHARS);
    const close = h('button', { class: 'close', part: 'close', type: 'button', 'aria-label': TEXT.close }, '×');
    close.addEventListener('click', () => this.closeCard());
    const nav = (label, to) => {
      const button = h('button', { class: 'nav', type: 'button', disabled: to < 0 || to >= this.#items.length }, label);
      button.addEventListener('click', () => this.#handlers.open(to, { focus: true }));
      return button;
    };
    const source = claim.source;
    const link = source && safeUrl(source.url);
    const sourceTitle = source ? (link ? h('a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, source.title || link) : source.title) : null;
    const sourceRest = source ? [source.publisher, formatDate(source.date)].filter(Boolean).join(', ') : '';
    this.#card.setAttribute('data-verdict', claim.verdict);
    this.#card.setAttribute('aria-label', `${VERDICT_LABEL[claim.verdict] ?? claim.verdict}: ${quote}`);
    this.#card.replaceChildren(
      h('div', { class: 'card-head' }, verdictPill(claim.verdict),
        h('span', { class: 'position' }, `Claim ${position + 1} of ${this.#items.length}`), close),
      h('div', { class: 'card-body' },
        h('p', { class: 'sentence' }, before, h('mark', {}, quote), after),
        h('dl', { class: 'values', part: 'values' },
          h('div', { class: 'found' }, h('dt', {}, TEXT.found), h('dd', {}, claim.found || quote)),
          h('div', { class: 'expected' }, h('dt', {}, TEXT.expected), h('dd', {}, claim.expected || TEXT.noExpected))),
        claim.statement ? h('p', { class: 'statement', part: 'statement' }, claim.statement) : null,
        // The explanation repeats found vs expected; it says something new only when there is no expected value.
        claim.explanation && !claim.expected ? h('p', { class: 'explanation', part: 'explanation' }, claim.explanation) : null,
        source ? h('p', { class: 'source', part: 'source' }, TEXT.source, sourceTitle, sourceRest ? ` — ${sourceRest}` : '') : null),
      h('div', { class: 'card-foot' }, nav(TEXT.previous, position - 1), nav(TEXT.next, position + 1)));
  }
}

function groupBy(items) {
  const groups = {};
  for (const item of items) (groups[item.claim.verdict] ??= []).push(item);
  return groups;
}
