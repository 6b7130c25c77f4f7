// The verdict counts as toggle buttons that filter a list of claims, for the page's summary and the widget's bar.
// No button pressed: the list shows every claim. Pressing one shows only its verdict; pressing more adds theirs.
import { h } from './dom.js';
import { VERDICTS, VERDICT_ORDER } from './verdicts.js';

/**
 * One <button class="count" aria-pressed> per verdict ("✗ 4 contradicted"), zero counts left out unless
 * `zeros`. The word is in .count-word, so a narrow layout may hide it visually and keep it for screen readers.
 */
export function countButtons(counts, { zeros = false } = {}) {
  return VERDICT_ORDER.filter((v) => zeros || counts[v] > 0).map((v) => h('button', {
    type: 'button', class: `count${counts[v] ? '' : ' count--zero'}`, part: 'count', 'data-verdict': v,
    'aria-pressed': 'false', disabled: counts[v] === 0,
  }, h('span', { class: 'marker', 'aria-hidden': 'true' }, VERDICTS[v].marker),
  h('strong', { class: 'count-number' }, counts[v].toLocaleString('en-GB')),
  h('span', { class: 'count-word' }, ` ${VERDICTS[v].label.toLowerCase()}`)));
}

/** Which verdicts a list shows. */
export class VerdictFilter {
  #on = new Set();

  /** Flips `verdict`; returns the verdicts now pressed. */
  toggle(verdict) {
    if (this.#on.has(verdict)) this.#on.delete(verdict);
    else this.#on.add(verdict);
    return [...this.#on];
  }

  clear() { this.#on.clear(); }

  get pressed() { return [...this.#on]; }

  shows(verdict) { return this.#on.size === 0 || this.#on.has(verdict); }

  /** Sets aria-pressed on the count buttons under `root` and hides the [data-verdict] rows of `rows` filtered out. */
  apply(root, rows) {
    for (const button of root.querySelectorAll('button.count[data-verdict]')) {
      button.setAttribute('aria-pressed', String(this.#on.has(button.dataset.verdict)));
    }
    for (const row of rows) row.hidden = !this.shows(row.dataset.verdict);
  }
}
