// Build step: the widget as one module a news site loads with one script tag, and its worker as one more; the
// package as one module for pages, and its worker.
//   node scripts/bundle-web.mjs     (scripts/build.sh wasm runs it after the module is built)
// web/dist/claimcheck-widget.js bundles web/widget/, web/ui/, web/src/ and the Emscripten glue; web/dist/worker.js
// bundles the worker. Both use the check-only module. web/dist/claimcheck-browser.js bundles web/src/ (the package:
// one file to fetch instead of eight, each revalidated) and web/dist/claimcheck-worker.js its worker, with the full
// module; the glue of a checker in the page is a chunk of its own, fetched only when one is made. The widget finds the worker and the .wasm next to itself (new URL(..., import.meta.url)),
// and the bundled fact base, claimcheck-bundled.ccfb, which the check-only module does not carry, so the files are
// served from one folder. Minified, no eval, no inline code: strict CSP still holds.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readdirSync, unlinkSync } from 'node:fs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'web', 'package.json'));
let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  console.error('bundle-web: esbuild is missing: run ./scripts/setup.sh (npm ci in web/)');
  process.exit(1);
}

// The widget and its worker use the check-only module (web/widget/module-files-check.js) in place of the full one.
const checkOnlyModule = {
  name: 'check-only-module',
  setup(build) {
    build.onResolve({ filter: /^\.\/module-files\.js$/ }, () => ({ path: join(root, 'web/widget/module-files-check.js') }));
  },
};

// The package for pages finds the full module's files next to itself in dist/ (claimcheck.wasm, claimcheck.js, and
// claimcheck-worker.js for its worker), as the widget's bundle does.
const nextToBundle = {
  name: 'module-files-in-dist',
  setup(build) {
    build.onResolve({ filter: /^\.\/module-files\.js$/ }, () => ({ path: 'module-files', namespace: 'dist-files' }));
    build.onLoad({ filter: /.*/, namespace: 'dist-files' }, () => ({
      resolveDir: join(root, 'web/dist'),
      contents: [
        "export const WASM_URL = new URL('./claimcheck.wasm', import.meta.url);",
        "export const importGlue = () => import('./claimcheck.js');",
        "export const WORKER_URL = new URL('./claimcheck-worker.js', import.meta.url);",
        'export const bundledFactsUrl = () => null;',
      ].join('\n'),
    }));
  },
};

const common = {
  plugins: [checkOnlyModule],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  // The glue's Node branch reads files with these; the browser build never takes it.
  external: ['node:*', 'fs', 'path', 'url', 'module', 'worker_threads'],
};
// The widget's code that runs only once a widget needs a checker (the package, and the Emscripten glue that a
// checker in the page needs) goes into chunks that the widget imports then: the one script tag stays small.
const dist = join(root, 'web/dist');
for (const name of readdirSync(dist)) if (/^chunk-[\w-]+\.js$/.test(name)) unlinkSync(join(dist, name));
await esbuild.build({ ...common, entryPoints: [join(root, 'web/widget/claimcheck-widget.js')],
  outdir: dist, splitting: true, chunkNames: 'chunk-[hash]' });
await esbuild.build({ ...common, entryPoints: [join(root, 'web/src/worker.js')],
  outfile: join(root, 'web/dist/worker.js') });
await esbuild.build({ ...common, plugins: [nextToBundle], entryPoints: [join(root, 'web/src/index.js')],
  entryNames: 'claimcheck-browser', outdir: dist, splitting: true, chunkNames: 'chunk-[hash]' });
await esbuild.build({ ...common, plugins: [nextToBundle], entryPoints: [join(root, 'web/src/worker.js')],
  outfile: join(root, 'web/dist/claimcheck-worker.js') });
