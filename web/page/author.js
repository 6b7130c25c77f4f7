// The page's Author mode: an editor pastes a trusted report, drafts a fact base from it (checker.draft), reviews
// the drafted facts as editable cards (fact-editor.js), sees the engine's validator's errors next to the fields
// after every edit (checker.validate, in the checker's worker), and downloads the base or uses it at once as the
// page's fact base. Validations run one after another; only the latest edit's result is shown.
import { replaceChildren } from '../ui/dom.js';
import { errorList, errorView } from '../ui/errors.js';
import { plural } from '../ui/verdicts.js';
import { renderBase, readInput, showErrors } from './fact-editor.js';
import { download } from './export.js';

export class AuthorMode {
  #els;
  #getChecker;
  #onUse;
  #base = null;
  #valid = false;
  #generation = 0;

  /**
   * els: the form and its fields, the result panel and its parts (see index.html, #author-mode).
   * getChecker() returns the page's checker (null until it is up); onUse(info, base) runs once the base is loaded.
   */
  constructor(els, { getChecker, onUse }) {
    this.#els = els;
    this.#getChecker = getChecker;
    this.#onUse = onUse;
    els.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#draft();
    });
    for (const container of [els.sources, els.facts, els.entities]) {
      container.addEventListener('input', (event) => this.#edited(event.target));
      container.addEventListener('change', (event) => {
        if (event.target.type === 'checkbox') this.#edited(event.target);
      });
    }
    els.facts.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-remove]');
      if (button) this.#remove(Number(button.dataset.remove));
    });
    els.download.addEventListener('click', () => {
      if (this.#base && this.#valid) download(`${this.#base.name || 'facts'}.json`, 'application/json', this.#base);
    });
    els.use.addEventListener('click', () => this.#use());
  }

  /** The base as edited so far (a copy), or null before a draft. */
  get base() { return this.#base && structuredClone(this.#base); }

  #setState(state, ...message) {
    this.#els.result.dataset.state = state;
    replaceChildren(this.#els.status, ...message);
    const ready = state === 'valid';
    this.#els.download.disabled = !ready;
    this.#els.use.disabled = !ready;
  }

  async #draft() {
    const checker = this.#getChecker();
    const text = this.#els.text.value;
    if (!checker) {
      this.#setState('error', 'The checker is still starting; try again in a moment.');
      return;
    }
    if (text.trim() === '') {
      this.#setState('error', 'Paste a trusted report first.');
      this.#els.text.focus();
      return;
    }
    const generation = ++this.#generation;
    this.#els.drafting.disabled = true;
    this.#els.result.setAttribute('aria-busy', 'true');
    this.#setState('drafting', `Drafting from ${plural(text.length, 'character')}…`);
    const date = this.#els.date.validity.valid ? this.#els.date.value : '';
    const options = { date, sourceTitle: this.#els.title.value.trim(), publisher: this.#els.publisher.value.trim(),
      url: this.#els.url.value.trim() };
    try {
      const base = await checker.draft(text, options);
      if (generation !== this.#generation) return;
      this.#base = base;
      renderBase(this.#els, base);
      this.#els.result.dataset.facts = String(base.facts?.length ?? 0);
      await this.#validate(generation);
      if (generation === this.#generation) this.#els.heading.focus();
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#setState('error', errorView(error, { headline: 'The draft failed:' }));
    } finally {
      this.#els.drafting.disabled = false;
      this.#els.result.removeAttribute('aria-busy');
    }
  }

  #edited(input) {
    if (!this.#base || !input.dataset.pointer) return;
    readInput(this.#base, input);
    this.#validate(++this.#generation);
  }

  #remove(index) {
    if (!this.#base?.facts?.[index]) return;
    this.#base.facts.splice(index, 1);
    renderBase(this.#els, this.#base);
    this.#els.result.dataset.facts = String(this.#base.facts.length);
    const next = this.#els.facts.querySelector(`[data-remove="${Math.min(index, this.#base.facts.length - 1)}"]`);
    (next ?? this.#els.heading).focus();
    this.#validate(++this.#generation);
  }

  /** Validates the base as it is now; shows the result unless a newer edit came meanwhile. */
  async #validate(generation) {
    this.#setState('validating', 'Validating…');
    let errors;
    try {
      errors = await this.#getChecker().validate(JSON.stringify(this.#base));
    } catch (error) {
      if (generation === this.#generation) this.#setState('error', errorView(error, { headline: 'Validation failed:' }));
      return;
    }
    if (generation !== this.#generation) return;
    this.#valid = errors.length === 0;
    const unplaced = showErrors(this.#els.editor, errors);
    replaceChildren(this.#els.errors, unplaced.length ? errorList(unplaced) : null);
    const facts = plural(this.#base.facts?.length ?? 0, 'fact');
    if (this.#valid) this.#setState('valid', `Valid: ${facts}. Review the notes, triggers and about of each fact.`);
    else this.#setState('invalid', `${plural(errors.length, 'error')} to fix (shown next to the fields); ${facts}.`);
  }

  async #use() {
    if (!this.#base || !this.#valid) return;
    const base = structuredClone(this.#base);
    this.#els.use.disabled = true;
    try {
      const info = await this.#getChecker().loadFacts(JSON.stringify(base));
      this.#onUse(info, base);
    } catch (error) {
      this.#setState('error', errorView(error, { headline: 'The draft could not be loaded:' }));
    } finally {
      this.#els.use.disabled = !this.#valid;
    }
  }
}

