// The tables printed by bench.mjs (Markdown, ready for README.md) and the targets, met or missed.
//   node bench/lib/table.mjs        re-prints the tables from bench/results.json
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir } from './common.mjs';

const f = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(digits));
const ms = (v) => (v === null || v === undefined ? '–' : v < 10 ? f(v, 2) : f(v, 0));
const pct = (v) => (v === null || v === undefined ? '–' : `${(100 * v).toFixed(1)} %`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

const VALUE_STEPS = new Set(['numbers', 'dates']);

/** Our full check (WASM in Node, one call per story) against each peer: how many times faster we are. */
function speedups(r) {
  const ours = r.wasm_node.per_story.mb_per_s;
  return r.peers.filter((p) => !p.error).map((p) => ({ name: p.name, step: p.step, times: ours / p.mb_per_s }));
}

export function targets(r) {
  const valuePeers = speedups(r).filter((s) => VALUE_STEPS.has(s.step));
  const fastest = valuePeers.reduce((a, s) => (a === null || s.times < a.times ? s : a), null);
  const widget = r.download.widget?.total.gzip ?? null;
  const scale = r.scale.length >= 2 ? r.scale : null;
  const scaleRatio = scale ? scale.at(-1).native.check.p50_ms / scale[0].native.check.p50_ms : null;
  const scaleWasm = scale && scale.every((s) => s.wasm_node?.check)
    ? scale.at(-1).wasm_node.check.p50_ms / scale[0].wasm_node.check.p50_ms : null;
  const chrono = speedups(r).find((s) => s.name === 'chrono-node') ?? null;
  const list = [
    { target: 'full check >= 10x faster than the fastest peer doing one step with values',
      value: fastest ? `${f(fastest.times, 2)}x (${fastest.name})` : '–', met: fastest ? fastest.times >= 10 : null },
    // Issue 15's (speed v2): natively and in WASM on the 1 MB corpus, and against chrono-node (dates alone).
    { target: 'native Check() on the 1 MB corpus >= 50 MB/s',
      value: `${f(r.native.throughput.mb_per_s, 2)} MB/s`, met: r.native.throughput.mb_per_s >= 50 },
    { target: 'WASM in Node on the 1 MB corpus >= 25 MB/s',
      value: `${f(r.wasm_node.throughput.mb_per_s, 2)} MB/s`, met: r.wasm_node.throughput.mb_per_s >= 25 },
    { target: 'full check >= 5x chrono-node (one call per story, same process)',
      value: chrono ? `${f(chrono.times, 2)}x` : '–', met: chrono ? chrono.times >= 5 : null },
    { target: '1,000-word article p50 <= 1 ms, WASM in Node',
      value: `${ms(r.wasm_node.latency.p50_ms)} ms`, met: r.wasm_node.latency.p50_ms <= 1 },
    { target: 'cold start, import to the first report of the article <= 20 ms (Node)',
      value: `${ms(r.cold_node.median_to_report_ms)} ms (main thread CPU ${ms(r.cold_node.median_main_thread_cpu_ms)} ms)`,
      met: r.cold_node.median_to_report_ms <= 20 },
  ];
  if (r.browser?.cold) {
    list.push({ target: 'cold start, import to the first report <= 40 ms (Chromium, second page load)',
      value: `${ms(r.browser.cold.median_to_report_ms)} ms` + (r.browser.cold_image
        ? ` (${ms(r.browser.cold_image.median_to_report_ms)} ms with startupImage)` : ''),
      met: r.browser.cold.median_to_report_ms <= 40 });
  }
  list.push({ target: 'widget code <= 250 KB gzipped (the fact base on top)', value: widget === null ? 'no widget' : kb(widget),
    met: widget === null ? null : widget <= 250 * 1024 });
  if (scale) {
    list.push({ target: `${scale.at(-1).facts} facts: check <= 2x that with ${scale[0].facts} (native)`,
      value: `${f(scaleRatio, 2)}x`, met: scaleRatio <= 2 });
    if (scaleWasm !== null) {
      list.push({ target: `${scale.at(-1).facts} facts: check <= 2x that with ${scale[0].facts} (WASM, Node)`,
        value: `${f(scaleWasm, 2)}x`, met: scaleWasm <= 2 });
    }
  }
  return list;
}

function speedTable(r) {
  const b = r.browser ?? {};
  const floorTimes = r.wasm_node.throughput.median_ms / r.wasm_node.floor.median_ms;
  return table(['', 'native', 'WASM, Node', 'WASM, Chromium'], [
    [`throughput, ${f(r.native.throughput.bytes / 1e6, 2)} MB corpus, whole text in one call (MB/s, median)`,
      f(r.native.throughput.mb_per_s, 2), f(r.wasm_node.throughput.mb_per_s, 2), '–'],
    ['throughput, one call per story (MB/s; native: `Check()` and the JSON report)',
      r.native.per_story ? f(r.native.per_story.mb_per_s, 2) : '–', f(r.wasm_node.per_story.mb_per_s, 2), '–'],
    ['1,000-word article: p50 / p95 (ms)', `${ms(r.native.latency.p50_ms)} / ${ms(r.native.latency.p95_ms)}` +
      ` (${ms(r.native.latency.with_json_p50_ms)} with the JSON report)`,
      `${ms(r.wasm_node.latency.p50_ms)} / ${ms(r.wasm_node.latency.p95_ms)}`,
      b.latency ? `${ms(b.latency.p50_ms)} / ${ms(b.latency.p95_ms)}` : (b.error ? 'failed' : '–')],
    ['cold start: import the package, instantiate the module, load the bundled fact base (ms, median)', '–',
      ms(r.cold_node.median_ms), b.cold ? `${ms(b.cold.median_ms)} (first page ${ms(b.cold.first_ms)})` : '–'],
    ['… of which import / module / engine with its fact base (ms)', '–',
      `${ms(r.cold_node.median_import_ms)} / ${ms(r.cold_node.median_module_ms)} / ${ms(r.cold_node.median_create_ms)}`,
      b.cold ? `${ms(b.cold.median_ms - b.cold.median_module_ms - b.cold.median_create_ms)} / ` +
        `${ms(b.cold.median_module_ms)} / ${ms(b.cold.median_create_ms)}` : '–'],
    ['cold start to the first report of the article (ms, median; first check alone)', '–',
      `${ms(r.cold_node.median_to_report_ms)} (${ms(r.cold_node.median_first_report_ms)})`,
      b.cold?.median_to_report_ms !== undefined ? `${ms(b.cold.median_to_report_ms)} ` +
        `(${ms(b.cold.median_first_report_ms)}; first page ${ms(b.cold.first_to_report_ms)})` : '–'],
    ['… the same with `startupImage: true` (the image fetched beside the .wasm): module / engine / to the first report (first check alone)',
      '–', '–', b.cold_image ? `${ms(b.cold_image.median_module_ms)} / ${ms(b.cold_image.median_create_ms)} / ` +
        `${ms(b.cold_image.median_to_report_ms)} (${ms(b.cold_image.median_first_report_ms)})` : '–'],
    ['extraction only: sentences + dates + numbers (MB/s)', f(r.native.extraction.mb_per_s, 1), '–', '–'],
    ['floor: copy in + one pass reading every byte (MB/s)', '–',
      `${f(r.wasm_node.floor.mb_per_s, 0)} (check = ${f(floorTimes, 0)}x floor)`, '–'],
  ]);
}

function peerTable(r) {
  const a = r.accuracy;
  const ours = speedups(r);
  const rows = [[`**claimcheck** full check (WASM, Node)`, 'all', f(r.wasm_node.per_story.mb_per_s, 2),
    `sentences ${pct(a.sentences.recall)}, numbers ${pct(a.numbers.recall)}, dates ${pct(a.dates.recall)}`, '1x']];
  for (const p of r.peers) {
    if (p.error) {
      rows.push([p.name, p.step, '–', p.error, '–']);
      continue;
    }
    const s = ours.find((o) => o.name === p.name);
    const part = p.complete ? '' : ` (${p.stories} stories in ${f(p.ms / 1000, 0)} s)`;
    rows.push([p.name, p.step, f(p.mb_per_s, 2) + part, pct(p.accuracy.recall), `${f(s.times, 1)}x`]);
  }
  return table(['library', 'step', 'MB/s', 'recall of true values', 'claimcheck speed ÷ its speed'], rows);
}

function downloadTable(r) {
  const d = r.download;
  const rows = d.dist.map((e) => [e.file, kb(e.raw), kb(e.gzip)]);
  rows.push([`web/src/*.js (${d.src.length} files)`, kb(d.src_total.raw), kb(d.src_total.gzip)]);
  if (d.widget) {
    rows.push(['widget script (web/dist/claimcheck-widget.js, the one script tag)', kb(d.widget.own_modules.raw),
      kb(d.widget.own_modules.gzip)]);
    if (d.widget.modes) {
      rows.push(['widget, checking in a worker (script, package chunk, worker, check-only module)',
        kb(d.widget.modes.worker.raw), kb(d.widget.modes.worker.gzip)]);
      rows.push(['widget, checking in the page (script, package and glue chunks, check-only module)',
        kb(d.widget.modes.in_page.raw), kb(d.widget.modes.in_page.gzip)]);
    }
    rows.push([`**widget code, the most a reader downloads** (${d.widget.files.length} files in all)`, kb(d.widget.total.raw),
      `**${kb(d.widget.total.gzip)}**`]);
    if (d.widget.fact_base) {
      rows.push(['the bundled fact base, fetched only when a page gives none (claimcheck-bundled.ccfb)',
        kb(d.widget.fact_base.raw), kb(d.widget.fact_base.gzip)]);
    }
  } else {
    rows.push(['widget (web/widget/claimcheck-widget.js)', 'not there yet', '–']);
  }
  return table(['file', 'raw', 'gzip -9'], rows);
}

function scaleTable(r) {
  return table(['facts', 'JSON', 'load native (ms)', 'heap native', 'check p50 native (ms)', 'load WASM (ms)',
    'WASM heap', 'check p50 WASM (ms)'], r.scale.map((s) => {
    const w = s.wasm_node ?? {};
    return [s.facts.toLocaleString('en'), `${f(s.native.json_bytes / 1e6, 1)} MB`, ms(s.native.load_ms),
      `${f(s.native.heap_bytes / 1e6, 1)} MB`, ms(s.native.check.p50_ms), w.error ? 'failed' : ms(w.load_ms),
      w.wasm_heap_bytes === null || w.wasm_heap_bytes === undefined ? '–'
        : `${f(Math.abs(w.wasm_heap_bytes) < 5e4 ? 0 : w.wasm_heap_bytes / 1e6, 1)} MB`,
      w.check ? ms(w.check.p50_ms) : '–'];
  }));
}

function targetTable(r) {
  return table(['target', 'measured', ''], r.targets.map((t) => [t.target, t.value,
    t.met === null ? '–' : t.met ? 'met' : '**missed**']));
}

export function renderTables(r) {
  const m = r.machine;
  return [
    `Machine: ${m.cpu}, ${m.nproc} cores, ${m.memory_gb} GB; Node ${m.node}, Emscripten ${m.emscripten}, g++ ${m.gcc}, ` +
      `${m.chromium ?? 'no Chromium'}; load average ${m.loadavg_start.map((x) => x.toFixed(1)).join(' ')} at the start.`,
    '', '### Speed', '', speedTable(r),
    '', '### Against the JS libraries (same Node process, same corpus, one call per story)', '', peerTable(r),
    '', '### Download', '', downloadTable(r),
    '', '### Scale (the same 1,000-word article against generated fact bases)', '', scaleTable(r),
    '', '### Targets', '', targetTable(r),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8'));
  results.targets = targets(results);  // derived from the measures: the current list, met or missed
  console.log(renderTables(results));
}
