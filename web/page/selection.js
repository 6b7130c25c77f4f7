// Selecting a claim: a highlight in the text or an entry in the list, by mouse, Tab or arrow keys, opens its
// card. Focus is selection (Tab through the highlights and the card follows); Escape closes the card.
//
// On one column the card is a sheet over the bottom of the screen. It is sized to its content, up to the height
// that leaves room for the claim above it, and the claim is scrolled to just above it, so the reader sees the
// claim and the whole card down to its source line. Focus never sits under the sheet: a claim or a list entry
// that takes focus is scrolled above it, and focus going anywhere else closes it.
import { renderCard } from './card.js';

const WIDE = '(min-width: 68rem)';   // the card and the list sit in a sticky side column
const CLAIM_ROOM_PX = 120;          // on one column, the room above the sheet for the claim and a line around it
const GAP_PX = 12;

const claimKey = (c) => `${c.fact_id}|${c.slot}|${c.verdict}|${c.text}|${c.start}`;

export class Selection {
  #text = '';
  #report = { claims: [], sentences: 0 };
  #selected = -1;
  #views;
  #card;

  /** views: { text: element with .claim highlights, list: element with .claim-item buttons }; card: the card. */
  constructor(views, card) {
    this.#views = views;
    this.#card = card;
    this.#wire(views.text, '.claim', 'text');
    this.#wire(views.list, '.claim-item', 'list');
    card.querySelector('.card-close').addEventListener('click', () => this.close());
    card.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    document.addEventListener('focusin', (event) => this.#focusMoved(event.target));
    window.addEventListener('resize', () => this.#fitSheet());
    renderCard(card, '', null);
  }

  #isSheet() { return !window.matchMedia(WIDE).matches; }

  /** On one column, focus outside the card and outside every claim closes the sheet (it would cover it). */
  #focusMoved(target) {
    if (this.#selected < 0 || !this.#isSheet() || this.#card.contains(target)) return;
    if (Object.values(this.#views).some((root) => root.contains(target) && target.closest('[data-index]'))) return;
    this.#apply(-1);
  }

  get selected() { return this.#selected; }

  /** Call before re-rendering the views: returns what to restore afterwards. */
  remember() {
    const active = document.activeElement;
    const view = active?.closest?.('[data-claims-view]');
    const claim = this.#report.claims[this.#selected];
    return { key: claim ? claimKey(claim) : null, focusView: view?.dataset.claimsView ?? null };
  }

  /** Call after the views show `report` of `text`: keeps the selection (and focus) on the same claim if any. */
  restore(text, report, memory) {
    this.#text = text;
    this.#report = report;
    const index = memory.key ? report.claims.findIndex((c) => claimKey(c) === memory.key) : -1;
    if (index < 0) {
      this.#apply(-1);
      return;
    }
    this.#apply(index);
    if (memory.focusView) this.#element(memory.focusView, index)?.focus({ preventScroll: true });
  }

  select(index, from) {
    if (index !== this.#selected) this.#apply(index);
    if (!this.#isSheet()) {
      this.#element(from === 'list' ? 'text' : 'list', index)?.scrollIntoView({ block: 'nearest' });
    } else {
      this.#keepAboveSheet(this.#element(from, index));
    }
  }

  /** Sizes the sheet to its content, at most the viewport less the room for the claim above it. */
  #fitSheet() {
    const style = document.documentElement.style;
    if (this.#selected < 0 || !this.#isSheet()) {
      style.removeProperty('--sheet-max');
      style.removeProperty('--sheet-height');
      return;
    }
    style.setProperty('--sheet-max', `${Math.max(window.innerHeight - CLAIM_ROOM_PX, 160)}px`);
    style.setProperty('--sheet-height', `${Math.ceil(this.#card.getBoundingClientRect().height) + 2 * GAP_PX}px`);
  }

  /** Scrolls the page so that `element` (a claim) sits just above the sheet, all of its lines. */
  #keepAboveSheet(element) {
    if (!element) return;
    this.#fitSheet();
    const sheetTop = this.#card.getBoundingClientRect().top;
    const { top, bottom } = element.getBoundingClientRect();
    if (bottom > sheetTop - GAP_PX) window.scrollBy({ top: bottom - sheetTop + GAP_PX * 2, behavior: 'instant' });
    else if (top < GAP_PX) window.scrollBy({ top: top - GAP_PX * 2, behavior: 'instant' });
  }

  /** Closes the card; focus returns to the claim it showed. */
  close() {
    const index = this.#selected;
    const back = this.#card.contains(document.activeElement) ?
      this.#element(this.#card.dataset.from ?? 'text', index) : null;
    this.#apply(-1);
    back?.focus();
  }

  #element(view, index) {
    const root = this.#views[view];
    return index < 0 ? null : root.querySelector(`[data-index="${index}"]`);
  }

  #apply(index) {
    this.#selected = index;
    for (const root of Object.values(this.#views)) {
      for (const el of root.querySelectorAll('[aria-current]')) el.removeAttribute('aria-current');
      if (index >= 0) root.querySelector(`[data-index="${index}"]`)?.setAttribute('aria-current', 'true');
    }
    renderCard(this.#card, this.#text, index >= 0 ? this.#report.claims[index] ?? null : null, this.#report.figures);
    this.#fitSheet();
  }

  #wire(root, selector, name) {
    root.dataset.claimsView = name;
    const indexOf = (el) => Number(el.dataset.index);
    root.addEventListener('focusin', (event) => {
      const el = event.target.closest(selector);
      if (el) {
        this.#card.dataset.from = name;
        this.select(indexOf(el), name);
      }
    });
    root.addEventListener('click', (event) => {
      const el = event.target.closest(selector);
      if (el) this.select(indexOf(el), name);
    });
    root.addEventListener('keydown', (event) => {
      const el = event.target.closest(selector);
      if (!el) return;
      if (event.key === 'Escape') {
        this.#apply(-1);
        return;
      }
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.select(indexOf(el), name);
        return;
      }
      const items = [...root.querySelectorAll(selector)];
      const at = items.indexOf(el);
      const target = {
        ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: items.length - 1,
      }[event.key];
      if (target === undefined) return;
      event.preventDefault();
      items[Math.max(0, Math.min(items.length - 1, target))]?.focus();
    });
  }
}
