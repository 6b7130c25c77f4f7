// The paste-and-check page: wires the text area, the checker (in a Worker), the result views, the card, the
// fact base panel and the exports. Each concern lives in its own module; this file only connects them.
// The package comes as its bundle for pages (scripts/bundle-web.mjs): one file to fetch, not eight.
import { createChecker } from '../dist/claimcheck-browser.js';
import { replaceChildren } from '../ui/dom.js';
import { errorView } from '../ui/errors.js';
import { VerdictFilter } from '../ui/filter.js';
import { plural } from '../ui/verdicts.js';
import { CheckRunner } from './check-runner.js';
import { dateUsed } from './dateline.js';
import { renderText, renderList, renderSummary, summarySentence, dateSentence } from './render.js';
import { Selection } from './selection.js';
import { FactsPanel } from './facts.js';
import { claimReviews, download } from './export.js';
import { AuthorMode } from './author.js';

const SAMPLES = {
  seed: new URL('./samples/moscow-2023-04-25.txt', import.meta.url),
  altered: new URL('./samples/moscow-2023-04-25-altered.txt', import.meta.url),
};
// Checks started by these move focus to the results when they finish (typing never does: it would take the
// keyboard away from the text).
const FOCUS_RESULTS_AFTER = new Set(['sample', 'paste']);

const $ = (selector) => document.querySelector(selector);
const els = {
  text: $('#text'),
  date: $('#date'),
  charCount: $('#char-count'),
  samples: $('#samples'),
  clear: $('#clear'),
  status: $('#status'),
  statusText: $('#status-text'),
  progress: $('#progress'),
  summary: $('#summary'),
  announce: $('#announce'),
  resultText: $('#result-text'),
  results: $('#results'),
  list: $('#claims-list'),
  card: $('#card'),
  exportJson: $('#export-json'),
  exportClaimReview: $('#export-claimreview'),
  articleUrl: $('#article-url'),
};

const state = {
  checker: null, runner: null, text: '', report: null, used: null, lastAnnounced: '', focusAfter: null, checking: '',
};
const selection = new Selection({ text: els.resultText, list: els.list }, els.card);
const filter = new VerdictFilter();

function setStatus(kind, ...message) {
  els.status.dataset.state = kind;
  replaceChildren(els.statusText, ...message);
}

// ---- checking progress -------------------------------------------------------------------------------
function startProgress({ text, reason }) {
  els.results.classList.add('is-stale');
  els.results.setAttribute('aria-busy', 'true');
  els.progress.value = 0;
  els.progress.hidden = true;   // shown once a first slice says more are to come
  state.focusAfter = FOCUS_RESULTS_AFTER.has(reason) ? document.activeElement : null;
  state.checking = `Checking ${plural(text.length, 'character')}…`;
  setStatus('checking', state.checking);
}

function showProgress({ fraction }) {
  if (fraction >= 1) return;
  els.progress.hidden = false;
  els.progress.value = fraction;
  setStatus('checking', `${state.checking} ${Math.round(fraction * 100)}%`);
}

function stopProgress() {
  els.progress.hidden = true;
  els.results.classList.remove('is-stale');
  els.results.removeAttribute('aria-busy');
}

// ---- results -----------------------------------------------------------------------------------------
function showReport({ text, date, report, elapsedMs }) {
  stopProgress();
  state.text = text;
  state.report = report;
  state.used = dateUsed(text, date);
  const memory = selection.remember();
  renderSummary(els.summary, report, state.used);
  renderText(els.resultText, text, report);
  renderList(els.list, text, report);
  filter.apply(els.summary, els.list.children);
  selection.restore(text, report, memory);
  els.results.dataset.state = report.claims.length ? 'claims' : 'none';
  els.exportJson.disabled = false;
  els.exportClaimReview.disabled = !report.claims.some((c) => c.fact_id && c.verdict !== 'unverified');
  setStatus('done', `Checked ${plural(report.sentences, 'sentence')} in ${formatMs(elapsedMs)}.`);
  announce(`${summarySentence(report)} ${dateSentence(state.used)}.`);
  // After a sample or a paste, the results take focus (if the user has not gone elsewhere meanwhile).
  if (state.focusAfter && document.activeElement === state.focusAfter) els.results.focus({ preventScroll: false });
  state.focusAfter = null;
}

function showEmpty() {
  stopProgress();
  state.text = '';
  state.report = null;
  const memory = selection.remember();
  els.summary.replaceChildren();
  els.resultText.replaceChildren();
  els.list.replaceChildren();
  selection.restore('', { claims: [], sentences: 0 }, memory);
  els.results.dataset.state = 'empty';
  els.exportJson.disabled = true;
  els.exportClaimReview.disabled = true;
  setStatus('idle', 'Paste or type a text; it is checked as you type.');
  state.lastAnnounced = '';
}

function showError(error) {
  stopProgress();
  setStatus('error', errorView(error, { headline: 'The check failed:' }));
}

const formatMs = (ms) => (ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`);

/** Speaks the summary through the live region in the results, only when it changes. */
function announce(sentence) {
  if (sentence === state.lastAnnounced) return;
  state.lastAnnounced = sentence;
  els.announce.textContent = sentence;
}

// ---- input -------------------------------------------------------------------------------------------
function updateCount() {
  els.charCount.textContent = plural(els.text.value.length, 'character');
}

/** reason: 'typing' (debounced), 'paste', 'sample', 'date', 'facts', 'clear' (at once). */
function requestCheck(reason) {
  updateCount();
  const text = els.text.value;
  if (!state.runner) return;
  if (text.trim() === '') {
    state.runner.cancel();
    showEmpty();
    return;
  }
  els.results.classList.add('is-stale');
  const date = els.date.validity.valid ? els.date.value : '';
  if (reason === 'typing') state.runner.schedule(text, date, reason);
  else state.runner.now(text, date, reason);
}

async function loadSample(which) {
  const response = await fetch(SAMPLES[which]);
  if (!response.ok) {
    setStatus('error', `The sample could not be loaded (HTTP ${response.status}).`);
    return;
  }
  els.text.value = await response.text();
  els.text.scrollTop = 0;
  requestCheck('sample');
}

function wireInput() {
  els.text.addEventListener('input', (event) => requestCheck(event.inputType === 'insertFromPaste' ? 'paste' : 'typing'));
  els.date.addEventListener('change', () => requestCheck('date'));
  els.samples.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-sample]');
    if (button) loadSample(button.dataset.sample);
  });
  els.clear.addEventListener('click', () => {
    els.text.value = '';
    requestCheck('clear');
    els.text.focus();
  });
  els.summary.addEventListener('click', (event) => {
    const button = event.target.closest('button.count[data-verdict]');
    if (!button) return;
    filter.toggle(button.dataset.verdict);
    filter.apply(els.summary, els.list.children);
  });
}

// ---- exports -----------------------------------------------------------------------------------------
function wireExports() {
  els.exportJson.addEventListener('click', () => {
    if (state.report) download('claimcheck-report.json', 'application/json', state.report);
  });
  els.exportClaimReview.addEventListener('click', () => {
    if (!state.report) return;
    const articleUrl = els.articleUrl.validity.valid ? els.articleUrl.value.trim() : '';
    const data = claimReviews(state.report, state.text, {
      facts: factsPanel.current,
      articleUrl,
      datePublished: state.used?.date ?? '',
      reviewDate: new Date().toISOString().slice(0, 10),
    });
    download('claimcheck-claimreview.jsonld', 'application/ld+json', data);
  });
}

// ---- modes: Check (the default) and Author (#author) -------------------------------------------------
const MODES = { check: { main: $('#check-mode'), skip: ['#results', 'Skip to the checked text'] },
  author: { main: $('#author-mode'), skip: ['#draft-result', 'Skip to the drafted fact base'] } };

function showMode(mode) {
  for (const [name, { main }] of Object.entries(MODES)) main.hidden = name !== mode;
  for (const link of document.querySelectorAll('.mode-link')) {
    if (link.dataset.mode === mode) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const [href, label] = MODES[mode].skip;
  const skip = $('#skip-link');
  skip.href = href;
  skip.textContent = label;
  document.body.dataset.mode = mode;
}

/** The hash picks the mode; other hashes (the skip link's) leave it as it is. */
function modeFromHash() {
  const mode = location.hash.slice(1);
  if (mode in MODES) showMode(mode);
}

new AuthorMode({
  form: $('#draft-form'),
  text: $('#report-text'),
  date: $('#report-date'),
  title: $('#report-title'),
  publisher: $('#report-publisher'),
  url: $('#report-url'),
  drafting: $('#draft-button'),
  result: $('#draft-result'),
  heading: $('#draft-heading'),
  status: $('#draft-status'),
  errors: $('#draft-errors'),
  editor: $('#draft-editor'),
  sources: $('#draft-sources'),
  facts: $('#draft-facts'),
  entities: $('#draft-entities'),
  entityCount: $('#draft-entity-count'),
  download: $('#draft-download'),
  use: $('#draft-use'),
}, {
  getChecker: () => state.checker,
  onUse: (info) => {
    factsPanel.adopt(info, 'the drafted fact base');
    showMode('check');
    history.pushState(null, '', '#check');
    requestCheck('facts');
    els.text.focus();
  },
});

// ---- start -------------------------------------------------------------------------------------------
const factsPanel = new FactsPanel({
  info: $('#facts-info'),
  details: $('#facts-load'),
  fieldset: $('#facts-fieldset'),
  file: $('#facts-file'),
  urlForm: $('#facts-url-form'),
  url: $('#facts-url'),
  message: $('#facts-message'),
}, {
  getChecker: () => state.checker,
  onLoaded: () => requestCheck('facts'),
});

/**
 * A checker in a Worker; in this thread only where workers cannot start (it then pauses between slices). An editor
 * comes back to this page again and again, so it takes the start-up image: the bundled engine without building it,
 * for one more file to download once (web/README.md, "Start-up").
 */
async function startChecker() {
  try {
    return await createChecker({ worker: true, startupImage: true });
  } catch (error) {
    if (error.code !== 'worker') throw error;
    return createChecker({ startupImage: true });
  }
}

async function start() {
  window.addEventListener('hashchange', modeFromHash);
  modeFromHash();
  wireInput();
  wireExports();
  updateCount();
  setStatus('loading', 'Starting the checker…');
  try {
    state.checker = await startChecker();
    factsPanel.show(await state.checker.info());
  } catch (error) {
    setStatus('error', errorView(error, { headline: 'The checker could not start:' }));
    return;
  }
  state.runner = new CheckRunner(state.checker, {
    onStart: startProgress, onProgress: showProgress, onDone: showReport, onError: showError,
  });
  document.body.dataset.ready = 'true';
  if (els.text.value.trim()) requestCheck('action');
  else showEmpty();
}

start();
