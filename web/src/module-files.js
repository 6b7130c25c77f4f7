// Where the WebAssembly module, its glue and the worker are: the full module (check, validate, extract, the command
// line). The bundles of scripts/bundle-web.mjs swap this file: the widget's for ../widget/module-files-check.js, a
// module that only loads fact bases and checks, which keeps what a news site's readers download small; the
// package's for pages (dist/claimcheck-browser.js) for the same files as here, found next to the bundle in dist/.
export const WASM_URL = new URL('../dist/claimcheck.wasm', import.meta.url);
export const importGlue = () => import('../dist/claimcheck.js');
// The worker of createChecker({ worker: true }).
export const WORKER_URL = new URL('./worker.js', import.meta.url);
// The bundled fact base as a file, for a module without it inside: none here (this module has it).
export const bundledFactsUrl = () => null;
