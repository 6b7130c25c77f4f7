// <claim-check>: fact-checks an article on the page and marks its claims, without touching the article's markup.
//
//   <script type="module" src="/claimcheck/widget/claimcheck-widget.js"></script>
//   <claim-check for="article-body" date="2023-04-25"></claim-check>
//
// Life of a widget: connected -> waits until it or its article is near the viewport, or the browser is idle ->
// imports the package and gets a checker (shared by widgets with the same settings; in a worker where allowed) ->
// reads the article's text (text-map.js) -> checks the whole text in one call (the package pauses between slices
// and reports progress; the run's AbortSignal drops it when the article changes or the widget is removed) -> maps
// every claim back to a DOM Range and marks it (marks.js) -> lists the claims in its shadow root (view.js).
// Removed: every mark goes, the article is as published. Attributes, properties, events and CSS parts are
// documented in README.md.
import { acquireChecker, releaseChecker } from './checkers.js';
import { createMarks } from './marks.js';
import { Budget, whenNeeded } from './schedule.js';
import { adoptDocumentSheet, widgetSheet } from './styles.js';
import { readText } from './text-map.js';
import { WidgetView } from './view.js';

const TAG = 'claim-check';
const VERDICTS = ['contradicted', 'unverified', 'supported'];
// attribute -> [property, default]
const ATTRIBUTES = {
  for: ['htmlFor', ''],
  date: ['date', ''],
  facts: ['facts', ''],
  loading: ['loading', 'lazy'],
  marking: ['marking', 'auto'],
  verdicts: ['verdicts', VERDICTS.join(' ')],
  worker: ['worker', 'auto'],
  'wasm-url': ['wasmUrl', ''],
  theme: ['theme', 'auto'],
};
const RESTYLE_ONLY = new Set(['loading', 'theme']);  // changing these does not check again
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"]';

class WidgetError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'CheckerError';
    this.code = code;
  }
}

function reducedMotion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export class ClaimCheckElement extends HTMLElement {
  static observedAttributes = Object.keys(ATTRIBUTES);

  #view;
  #run = 0;
  #abort = null;
  #status = 'idle';
  #target = null;      // set through the `target` property; else found from `for`
  #article = null;     // the element being checked
  #checkerKey = null;
  #marks = null;
  #items = new Map();  // report index -> { index, claim, sentence, claimStart, claimEnd }, for the marked claims
  #report = null;
  #last = null;        // { text, date, key, report }: reused when the same text is checked again
  #follow = 0;         // rAF handle while the card follows its claim on scroll

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [widgetSheet()];
    this.#view = new WidgetView(root, {
      open: (index, options) => this.#open(index, { ...options, scroll: true }),
      closed: () => this.#closed(),
    });
  }

  connectedCallback() {
    adoptDocumentSheet(this.ownerDocument);
    this.#begin(false);
  }

  disconnectedCallback() {
    this.#end();
    this.#setStatus('idle');
  }

  attributeChangedCallback(name, previous, value) {
    if (previous === value || !this.isConnected || this.#status === 'idle' || this.#status === 'waiting') return;
    if (!RESTYLE_ONLY.has(name)) this.refresh();
  }

  /** 'idle' | 'waiting' | 'loading' | 'checking' | 'done' | 'error'. */
  get status() { return this.#status; }

  /** The last report (offsets into `reportText`), or null. */
  get report() { return this.#report; }

  /** The text the last report was made from, as read from the article. */
  get reportText() { return this.#last?.text ?? ''; }

  /** The article element: the `target` property if set, else the element with id `for`, else the enclosing article. */
  get target() {
    if (this.#target) return this.#target;
    const id = this.htmlFor;
    if (id) {
      const root = this.getRootNode();
      return root.getElementById?.(id) ?? this.ownerDocument.getElementById(id);
    }
    return this.closest('article') ?? this.parentElement;
  }

  set target(element) {
    this.#target = element ?? null;
    if (this.isConnected && this.#status !== 'idle' && this.#status !== 'waiting') this.refresh();
  }

  /** Reads and checks the article again (after the site changed it, for example). */
  refresh() {
    if (!this.isConnected) return;
    const started = this.#status !== 'waiting';
    this.#end();
    this.#begin(started);
  }

  /** Opens the card of claim `index` of the report (if it is marked). */
  open(index) {
    if (this.#items.has(index)) this.#open(index, { focus: true, scroll: true });
  }

  close() { this.#view.closeCard(); }

  async #begin(started) {
    const run = ++this.#run;
    this.#abort = new AbortController();
    this.#setStatus('waiting');
    if (!started && this.loading !== 'eager') await whenNeeded([this, this.target], this.#abort.signal);
    if (run !== this.#run) return;
    try {
      await this.#check(run);
    } catch (error) {
      if (run !== this.#run) return;
      this.#setStatus('error', error);
      this.#emit('claimcheck-error', { error });
    }
  }

  #end() {
    ++this.#run;
    this.#abort?.abort();
    this.#abort = null;
    this.#view.closeCard();
    this.#marks?.clear();
    this.#marks = null;
    this.#items = new Map();
    this.#article?.removeEventListener('click', this.#onArticleClick);
    this.#article = null;
    if (this.#checkerKey) releaseChecker(this.#checkerKey);
    this.#checkerKey = null;
  }

  async #check(run) {
    const article = this.target;
    if (!article?.isConnected) throw new WidgetError('no-target', `no article to check: no element with id '${this.htmlFor}'`);
    this.#setStatus('loading');
    const { checker, key } = await acquireChecker({ facts: this.facts, worker: this.worker, wasmUrl: this.wasmUrl });
    if (run !== this.#run) {
      releaseChecker(key);
      return;
    }
    this.#checkerKey = key;
    const info = await checker.info();
    if (run !== this.#run) return;
    this.#emit('claimcheck-ready', { info });

    this.#setStatus('checking');
    const budget = new Budget();
    const map = await readText(article, budget);
    if (run !== this.#run) return;
    const date = this.date;
    const last = this.#last;
    const report = last && last.text === map.text && last.date === date && last.key === key ? last.report :
      await this.#checkText(checker, map.text, date, run);
    if (!report || run !== this.#run) return;
    this.#last = { text: map.text, date, key, report };
    this.#report = report;

    await this.#mark(map, report, budget, run);
    if (run !== this.#run) return;
    this.#article = article;
    article.addEventListener('click', this.#onArticleClick);
    this.#setStatus('done');
    this.#emit('claimcheck-report', { report, text: map.text });
  }

  /** The report of the whole text in one call; null when this run was dropped meanwhile. */
  async #checkText(checker, text, date, run) {
    const onProgress = (progress) => {
      if (run !== this.#run) return;
      this.#view.setProgress(progress.fraction);
      this.#emit('claimcheck-progress', progress);
    };
    try {
      return await checker.check(text, { date, signal: this.#abort.signal, onProgress });
    } catch (error) {
      if (run !== this.#run || error?.code === 'aborted') return null;
      throw error;
    }
  }

  async #mark(map, report, budget, run) {
    const wanted = new Set(this.verdicts.split(/\s+/).filter(Boolean));
    const marks = createMarks(this.marking);
    const claims = [];
    for (const [index, claim] of report.claims.entries()) {
      await budget.pace();
      if (run !== this.#run) return;
      if (!wanted.has(claim.verdict)) continue;
      const range = map.range(claim.start, claim.end);
      if (!range) continue;
      const segments = marks.kind === 'wrap' ? map.segments(claim.start, claim.end) : null;
      claims.push({ index, verdict: claim.verdict, range, segments, claim });
    }
    marks.add(claims);
    this.#marks = marks;
    const items = claims.map(({ index, claim }) => {
      const sentence = claim.sentence ?? { start: claim.start, end: claim.end };
      return {
        index, claim,
        figures: report.figures ?? null,
        sentence: map.text.slice(sentence.start, sentence.end),
        claimStart: claim.start - sentence.start,
        claimEnd: claim.end - sentence.start,
      };
    });
    this.#items = new Map(items.map((item) => [item.index, item]));
    await this.#view.setItems(items, budget);
  }

  #onArticleClick = (event) => {
    if (!this.#marks || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (event.target.closest?.(INTERACTIVE)) return;
    const selection = this.ownerDocument.getSelection();
    if (selection && !selection.isCollapsed) return;
    const index = this.#marks.claimAt(event);
    if (this.#items.has(index)) this.#open(index, { focus: true });
  };

  #open(index, { focus, from = null, scroll = false }) {
    const item = this.#items.get(index);
    const range = item && this.#marks?.rangeOf(index);
    if (!range) return;
    this.#marks.setActive(index);
    if (scroll) {
      const element = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'nearest' });   // inside any scrolling box of the site's
    }
    this.#view.openCard(index, range.getBoundingClientRect(), { focus, from });
    if (scroll) this.#makeRoom(range);
    this.#followScroll(true);
    this.#emit('claimcheck-open', { index, claim: item.claim });
  }

  // Scrolls the window so that the claim and its whole card fit one above the other, the pair centred, or, when
  // they cannot both fit, the claim near the top. The card follows the claim as the page scrolls (#onScroll).
  #makeRoom(range) {
    const box = range.getBoundingClientRect();
    const margin = 16;
    const pair = box.height + this.#view.cardHeight + 3 * margin;
    const top = pair <= innerHeight ? (innerHeight - pair) / 2 + margin : margin;
    window.scrollBy({ top: box.top - top, behavior: reducedMotion() ? 'instant' : 'smooth' });
    this.#view.placeCard(range.getBoundingClientRect());
  }

  #closed() {
    this.#marks?.setActive(-1);
    this.#followScroll(false);
    this.#emit('claimcheck-close', {});
  }

  #onScroll = () => {
    if (this.#follow) return;
    this.#follow = requestAnimationFrame(() => {
      this.#follow = 0;
      const range = this.#marks?.rangeOf(this.#view.openIndex);
      if (range) this.#view.placeCard(range.getBoundingClientRect());
    });
  };

  #followScroll(on) {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', this.#onScroll, { capture: true, passive: true });
    window[method]('resize', this.#onScroll, { passive: true });
    if (!on && this.#follow) cancelAnimationFrame(this.#follow);
    if (!on) this.#follow = 0;
  }

  #setStatus(status, error = null) {
    this.#status = status;
    const view = { idle: 'waiting', waiting: 'waiting', loading: 'busy', checking: 'busy', done: 'done', error: 'error' }[status];
    if (status !== 'done') this.#view.setStatus(view, error);
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

for (const [attribute, [property, fallback]] of Object.entries(ATTRIBUTES)) {
  Object.defineProperty(ClaimCheckElement.prototype, property, {
    get() { return this.getAttribute(attribute) ?? fallback; },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
    enumerable: true,
    configurable: true,
  });
}

// A page may load this script twice (two embeds, two URLs): the first definition wins, the second is a no-op.
if (!customElements.get(TAG)) customElements.define(TAG, ClaimCheckElement);
