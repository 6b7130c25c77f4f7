// The fact base panel: shows which base checks the text (name, version, number of facts) and loads another
// one from a file or a same-site URL. A base that fails to load is reported error by error (file, JSON pointer
// or line:column, message); the checker keeps the previous base, so checking goes on.
import { h, replaceChildren } from '../ui/dom.js';
import { errorList } from '../ui/errors.js';
import { plural } from '../ui/verdicts.js';

export class FactsPanel {
  #els;
  #getChecker;
  #onLoaded;
  #current = null;

  /** els: { info, file, urlForm, url, message, details }; onLoaded(info) runs after a successful load. */
  constructor(els, { getChecker, onLoaded }) {
    this.#els = els;
    this.#getChecker = getChecker;
    this.#onLoaded = onLoaded;
    els.file.addEventListener('change', () => this.#loadFile());
    els.urlForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#loadUrl();
    });
    // The loader is a popover: Escape or a click elsewhere closes it.
    els.details.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !els.details.open) return;
      els.details.open = false;
      els.details.querySelector('summary').focus();
    });
    document.addEventListener('click', (event) => {
      if (els.details.open && !els.details.contains(event.target)) els.details.open = false;
    });
  }

  /** The base in use: { name, version, count }. */
  get current() { return this.#current; }

  show(info) {
    this.#current = info.facts ?? info;
    const f = this.#current;
    replaceChildren(this.#els.info,
      h('strong', { class: 'facts-name', 'data-field': 'facts-name' }, f.name || 'unnamed'),
      f.version && h('span', { class: 'facts-version', 'data-field': 'facts-version' }, `v${f.version}`),
      h('span', { class: 'facts-count', 'data-field': 'facts-count' }, plural(f.count ?? 0, 'fact')));
  }

  /** Shows a base the page loaded itself (Author mode's draft) with a message naming where it came from. */
  adopt(info, from) {
    this.show(info);
    this.#succeed(`Using ${from}: ${this.#current.name}, ${plural(this.#current.count ?? 0, 'fact')}.`);
  }

  async #loadFile() {
    const file = this.#els.file.files?.[0];
    if (!file) return;
    const text = await file.text();
    await this.#load(text, file.name);
    this.#els.file.value = '';
  }

  async #loadUrl() {
    const raw = this.#els.url.value.trim();
    if (!raw) return;
    let url;
    try {
      url = new URL(raw, location.href);
    } catch {
      this.#fail(`“${raw}” is not a URL.`, []);
      return;
    }
    // The page's security policy allows fetching from this site only; say so instead of failing obscurely.
    if (url.origin !== location.origin) {
      this.#fail('Only fact bases served by this site can be loaded by URL. Download the file and load it from ' +
        'your computer instead.', []);
      return;
    }
    await this.#load(url, url.pathname.split('/').pop() || url.href);
  }

  async #load(source, name) {
    this.#busy(true, name);
    try {
      const info = await this.#getChecker().loadFacts(source);
      this.show(info);
      this.#succeed(`Loaded ${name}: ${this.#current.name}, ${plural(this.#current.count ?? 0, 'fact')}.`);
      this.#onLoaded(info);
    } catch (error) {
      const details = Array.isArray(error.details) ? error.details : [];
      const headline = details.length ?
        `${name} is not a valid fact base (${plural(details.length, 'error')}).` :
        `${name} could not be loaded (${error.code ?? 'internal'}): ${error.message}`;
      this.#fail(headline, details, name);
    } finally {
      this.#busy(false);
      const hadFocus = this.#els.details.contains(document.activeElement);
      this.#els.details.open = false;
      if (hadFocus) this.#els.details.querySelector('summary').focus();
    }
  }

  #busy(on, name) {
    this.#els.fieldset.disabled = on;
    this.#els.fieldset.setAttribute('aria-busy', String(on));
    if (on) this.#message('info', `Loading ${name}…`, []);
  }

  #succeed(text) {
    this.#message('ok', text, []);
  }

  #fail(headline, errors, fileName) {
    const base = this.#current;
    const keeping = base ? `Still checking with ${base.name}${base.version ? ` v${base.version}` : ''}.` : '';
    this.#message('error', headline, errors, fileName, keeping);
  }

  #message(kind, headline, errors, fileName, note = '') {
    const box = this.#els.message;
    box.hidden = false;
    box.dataset.kind = kind;
    const dismiss = h('button', { type: 'button', class: 'link-button facts-message-close' }, 'Dismiss');
    dismiss.addEventListener('click', () => { box.hidden = true; });
    replaceChildren(box,
      h('div', { class: 'facts-message-head' },
        h('p', { class: 'facts-message-title' }, headline, note && h('span', { class: 'facts-message-note' }, ` ${note}`)),
        kind !== 'info' && dismiss),
      errorList(errors, fileName));
  }
}
