// The paste-and-check page: wires the text area, the checker (in a Worker), the result views, the card, the
// fact base panel and the exports. Each concern lives in its own module; this file only connects them.
import { createChecker } from '../src/index.js';
import { CheckRunner } from './check-runner.js';
import { $, plural } from './dom.js';
import { renderText, renderList, renderSummary, summarySentence } from './render.js';
import { Selection } from './selection.js';
import { FactsPanel } from './facts.js';
import { claimReviews, download } from './export.js';

const SAMPLES = {
  seed: new URL('./samples/moscow-2023-04-25.txt', import.meta.url),
  altered: new URL('./samples/moscow-2023-04-25-altered.txt', import.meta.url),
};
const SHOW_ELAPSED_AFTER_MS = 300;

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

const state = { checker: null, runner: null, text: '', report: null, date: '', lastAnnounced: '' };
const selection = new Selection({ text: els.resultText, list: els.list }, els.card);

function setStatus(kind, message) {
  els.status.dataset.state = kind;
  els.statusText.textContent = message;
}

// ---- checking progress -------------------------------------------------------------------------------
let progressTimer = 0;

function startProgress({ text, chunks }) {
  clearInterval(progressTimer);
  els.results.classList.add('is-stale');
  els.results.setAttribute('aria-busy', 'true');
  const started = performance.now();
  const size = plural(text.length, 'character');
  if (chunks > 1) {
    els.progress.value = 0;
  } else {
    els.progress.removeAttribute('value');   // indeterminate: one piece, no fraction to report
  }
  setStatus('checking', `Checking ${size}…`);
  progressTimer = setInterval(() => {
    const elapsed = performance.now() - started;
    if (elapsed < SHOW_ELAPSED_AFTER_MS) return;
    els.progress.hidden = false;
    const percent = els.progress.hasAttribute('value') ? ` ${Math.round(els.progress.value * 100)}%,` : '';
    setStatus('checking', `Checking ${size}…${percent} ${(elapsed / 1000).toFixed(1)} s`);
  }, 100);
  if (chunks > 1) els.progress.hidden = false;
}

function stopProgress() {
  clearInterval(progressTimer);
  els.progress.hidden = true;
  els.results.classList.remove('is-stale');
  els.results.removeAttribute('aria-busy');
}

// ---- results -----------------------------------------------------------------------------------------
function showReport({ text, date, report, elapsedMs }) {
  stopProgress();
  state.text = text;
  state.date = date;
  state.report = report;
  const memory = selection.remember();
  renderSummary(els.summary, report);
  renderText(els.resultText, text, report);
  renderList(els.list, text, report);
  selection.restore(text, report, memory);
  els.results.dataset.state = report.claims.length ? 'claims' : 'none';
  els.exportJson.disabled = false;
  els.exportClaimReview.disabled = !report.claims.some((c) => c.fact_id && c.verdict !== 'unverified');
  setStatus('done', `Checked ${plural(report.sentences, 'sentence')} in ${formatMs(elapsedMs)}.`);
  announce(summarySentence(report));
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
  setStatus('error', `The check failed: ${error.message}`);
}

const formatMs = (ms) => (ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`);

/** Speaks the summary through the live region, only when it changes. */
function announce(sentence) {
  if (sentence === state.lastAnnounced) return;
  state.lastAnnounced = sentence;
  els.announce.textContent = sentence;
}

// ---- input -------------------------------------------------------------------------------------------
function updateCount() {
  els.charCount.textContent = plural(els.text.value.length, 'character');
}

function requestCheck(immediately) {
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
  if (immediately) state.runner.now(text, date);
  else state.runner.schedule(text, date);
}

async function loadSample(which) {
  const response = await fetch(SAMPLES[which]);
  if (!response.ok) {
    setStatus('error', `The sample could not be loaded (HTTP ${response.status}).`);
    return;
  }
  els.text.value = await response.text();
  els.text.scrollTop = 0;
  requestCheck(true);
}

function wireInput() {
  els.text.addEventListener('input', () => requestCheck(false));
  els.date.addEventListener('change', () => requestCheck(true));
  els.samples.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-sample]');
    if (button) loadSample(button.dataset.sample);
  });
  els.clear.addEventListener('click', () => {
    els.text.value = '';
    requestCheck(true);
    els.text.focus();
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
      datePublished: state.date,
      reviewDate: new Date().toISOString().slice(0, 10),
    });
    download('claimcheck-claimreview.jsonld', 'application/ld+json', data);
  });
}

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
  onLoaded: () => requestCheck(true),
});

/** A checker in a Worker; in this thread only where workers cannot start (checking then blocks while it runs). */
async function startChecker() {
  try {
    return await createChecker({ worker: true });
  } catch (error) {
    if (error.code !== 'worker') throw error;
    return createChecker();
  }
}

async function start() {
  wireInput();
  wireExports();
  updateCount();
  setStatus('loading', 'Starting the checker…');
  try {
    state.checker = await startChecker();
    factsPanel.show(await state.checker.info());
  } catch (error) {
    setStatus('error', `The checker could not start: ${error.message}`);
    return;
  }
  state.runner = new CheckRunner(state.checker, { onStart: startProgress, onDone: showReport, onError: showError,
    onProgress: ({ fraction }) => { els.progress.value = fraction; } });
  document.body.dataset.ready = 'true';
  if (els.text.value.trim()) requestCheck(true);
  else showEmpty();
}

start();
