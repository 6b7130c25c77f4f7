// Download size: raw and gzip -9 bytes of what a page fetches. The widget's total follows the import graph of the
// script a news site serves, web/dist/claimcheck-widget.js (scripts/bundle-web.mjs: the widget bundled, the package
// as a chunk, its worker, the check-only module): static and dynamic imports, and new URL('./x', import.meta.url)
// for the worker script and the .wasm. It counts every file of code the widget can load, each once, so it is at
// least what tests/browser/widget.test.js measures (the files one demo page requests, in worker mode); the bundled
// fact base it fetches when a page gives none is reported apart.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { root } from './common.mjs';

const gzipBytes = (file) => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 64 * 1024 * 1024 }).length;
const entry = (file) => ({ file: relative(root, file), raw: statSync(file).size, gzip: gzipBytes(file) });

const IMPORTS = [
  /\b(?:import|export)\s[^'";]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

/** Every local file reachable from `start` through imports and import.meta.url references. */
export function importGraph(start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    if (!file.endsWith('.js') && !file.endsWith('.mjs')) return;
    const source = readFileSync(file, 'utf8');
    for (const pattern of IMPORTS) {
      for (const m of source.matchAll(pattern)) visit(resolve(dirname(file), m[1]));
    }
  };
  visit(start);
  return [...seen];
}

const total = (entries) => entries.reduce((a, e) => ({ raw: a.raw + e.raw, gzip: a.gzip + e.gzip }), { raw: 0, gzip: 0 });

export function sizes() {
  const dist = ['web/dist/claimcheck.wasm', 'web/dist/claimcheck.js'].map((f) => entry(join(root, f)));
  const srcDir = join(root, 'web/src');
  const src = readdirSync(srcDir).filter((f) => f.endsWith('.js')).sort().map((f) => entry(join(srcDir, f)));
  const widgetFile = join(root, 'web/dist/claimcheck-widget.js');
  let widget = null;
  if (existsSync(widgetFile)) {
    // The fact base is the site's content, like the article: the budget is the widget's code. Without a base of
    // the site's, the widget fetches the bundled one (claimcheck-bundled.ccfb), reported on its own.
    const graph = importGraph(widgetFile).map(entry);
    const files = graph.filter((f) => !f.file.endsWith('.ccfb'));
    const factBase = graph.filter((f) => f.file.endsWith('.ccfb'));
    // A page runs the widget's checker either in a worker (dist/worker.js carries its own copy of the Emscripten
    // glue) or in the page (the glue's chunk is imported instead): a reader downloads one of the two, never both.
    // The glue's chunk is the one holding Emscripten's MODULARIZE factory (minified, but `.ready=new Promise` stays).
    const glueChunk = (f) => /^web\/dist\/chunk-/.test(f.file) &&
      readFileSync(join(root, f.file), 'utf8').includes('.ready=new Promise');
    const worker = files.filter((f) => !glueChunk(f));
    const inPage = files.filter((f) => f.file !== 'web/dist/worker.js');
    const modes = { worker: total(worker), in_page: total(inPage) };
    widget = { files, total: modes.worker.gzip >= modes.in_page.gzip ? modes.worker : modes.in_page, modes,
      fact_base: factBase.length > 0 ? total(factBase) : null,
      all_files: total(files), own_modules: total(files.filter((f) => f.file === 'web/dist/claimcheck-widget.js')) };
  }
  return { dist, src, src_total: total(src), package_total: total([...dist, ...src]), widget };
}
