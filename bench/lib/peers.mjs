// The JS libraries a developer would use today for one step of what claimcheck does, run in this Node process on
// the same stories, each story one call (as an app would call them per article). Each peer gets a time budget:
// it runs on the stories in order until the corpus ends or the budget is spent, so a slow library costs at most
// BENCH_PEER_SECONDS; its speed is bytes processed / time, its accuracy is scored on the stories it processed.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { dateKeys } from './score.mjs';
import { benchDir } from './common.mjs';

const require = createRequire(import.meta.url);
const version = (name) => {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return null;
  }
};

const REFERENCE_DATE = new Date(2023, 3, 25, 12);  // 2023-04-25, local noon: no time-zone edge

// Each peer: { name, step, packages, load() -> run(text) -> output in the scorer's shape }.
const PEERS = [
  {
    name: 'sbd', step: 'sentences', packages: ['sbd'],
    async load() {
      const sbd = (await import('sbd')).default;
      return (text) => sbd.sentences(text, { newline_boundaries: true });
    },
  },
  {
    name: 'wink-nlp', step: 'sentences', packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    async load() {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      return (text) => nlp.readDoc(text).sentences().out();
    },
  },
  {
    name: 'Intl.Segmenter', step: 'sentences', packages: [],
    async load() {
      const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
      return (text) => Array.from(segmenter.segment(text), (s) => s.segment);
    },
  },
  {
    name: 'compromise', step: 'numbers', packages: ['compromise', 'compromise-numbers'],
    async load() {
      const nlp = (await import('compromise')).default;
      nlp.plugin((await import('compromise-numbers')).default);  // v14 has numbers built in; the plugin is a no-op
      return (text) => nlp(text).numbers().json().map((n) => [n.number?.num].filter(Number.isFinite));
    },
  },
  {
    name: '@microsoft/recognizers-text-number', step: 'numbers', packages: ['@microsoft/recognizers-text-number'],
    async load() {
      const { recognizeNumber, recognizeOrdinal, Culture } = await import('@microsoft/recognizers-text-number');
      const values = (results) => results.map((r) => [Number(r.resolution?.value)].filter(Number.isFinite));
      // Cardinals and ordinals are two models in this library; an app extracting numbers runs both.
      return (text) => [...values(recognizeNumber(text, Culture.English)), ...values(recognizeOrdinal(text, Culture.English))];
    },
  },
  {
    name: 'chrono-node', step: 'dates', packages: ['chrono-node'],
    async load() {
      const chrono = await import('chrono-node');
      return (text) => chrono.parse(text, REFERENCE_DATE).map(({ start }) => {
        const day = start.isCertain('day') || start.isCertain('weekday');
        const month = day || start.isCertain('month');
        if (!month && !start.isCertain('year')) return [];
        return dateKeys({ y: start.get('year'), m: month ? start.get('month') : null, d: day ? start.get('day') : null });
      });
    },
  },
  {
    name: '@microsoft/recognizers-text-date-time', step: 'dates', packages: ['@microsoft/recognizers-text-date-time'],
    async load() {
      const { recognizeDateTime } = await import('@microsoft/recognizers-text-date-time');
      const { Culture } = await import('@microsoft/recognizers-text-number');
      return (text) => recognizeDateTime(text, Culture.English, undefined, REFERENCE_DATE)
        .map((r) => msDateKeys(r.resolution?.values?.[0]));
    },
  },
];

// A recognizers-text resolution -> date keys: a date's value ("2022-11-19"; of a year-less date the first value is
// the past one), or a range's timex ("2015-09", "2016", a decade "(2000-01-01,2010-01-01,P10Y)").
function msDateKeys(v) {
  if (!v) return [];
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(v.value ?? '');
  if (day && (v.type === 'date' || v.type === 'datetime')) return dateKeys({ y: +day[1], m: +day[2], d: +day[3] });
  const timex = v.timex ?? '';
  const decade = /^\((\d{3}0)-01-01,(\d{3}0)-01-01,P10Y\)$/.exec(timex);
  if (decade) return dateKeys({ y: +decade[1], decade: true });
  const t = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(timex);
  if (t) return dateKeys({ y: +t[1], m: t[2] ? +t[2] : null, d: t[3] ? +t[3] : null });
  return [];
}

/** Runs `fn` on the stories within the budget; returns { outputs, bytes, ms, stories, complete }. */
export function timeOver(storyTexts, fn, budgetMs) {
  for (const s of storyTexts.slice(0, 20)) fn(s);  // warm-up (JIT, lazy tables)
  const outputs = [];
  let bytes = 0;
  let ms = 0;
  for (const s of storyTexts) {
    const start = performance.now();
    const out = fn(s);
    ms += performance.now() - start;
    outputs.push(out);
    bytes += Buffer.byteLength(s);
    if (ms > budgetMs) break;
  }
  return { outputs, bytes, ms, stories: outputs.length, complete: outputs.length === storyTexts.length };
}

/** Every peer that can be loaded, timed and its outputs collected; failures are reported, not thrown. */
export async function runPeers(storyTexts, budgetMs, log) {
  const results = [];
  for (const peer of PEERS) {
    const entry = { name: peer.name, step: peer.step,
      versions: Object.fromEntries(peer.packages.map((p) => [p, version(p)])) };
    if (peer.name === 'Intl.Segmenter') entry.versions = { node: process.version, icu: process.versions.icu };
    try {
      const fn = await peer.load();
      log(`  ${peer.name} ...`);
      Object.assign(entry, timeOver(storyTexts, fn, budgetMs));
    } catch (error) {
      entry.error = `cannot be used: ${error.message.split('\n')[0]} (install with npm ci in ${benchDir})`;
    }
    results.push(entry);
  }
  return results;
}
