// Where the WebAssembly module is: the full module (check, validate, extract, the command line). The widget's
// bundle swaps this file for ../widget/module-files-check.js (scripts/bundle-web.mjs), a module that only loads
// fact bases and checks, which keeps what a news site's readers download small.
export const WASM_URL = new URL('../dist/claimcheck.wasm', import.meta.url);
export const importGlue = () => import('../dist/claimcheck.js');
