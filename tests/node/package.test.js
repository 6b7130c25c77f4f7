// The npm package as a consumer sees it: package.json fields, the exports map, the declarations, the CLI entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { root } from './helpers.js';

const web = join(root, 'web');
const pkg = JSON.parse(readFileSync(join(web, 'package.json'), 'utf8'));
const declarations = readFileSync(join(web, 'src/index.d.ts'), 'utf8');

test('an ES module package with no runtime dependencies', () => {
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.dependencies, undefined);
  assert.equal(pkg.exports['.'].types, './src/index.d.ts');
  assert.equal(pkg.exports['.'].default, './src/index.js');
  assert.equal(pkg.types, pkg.exports['.'].types);
  for (const dir of ['src/', 'dist/', 'bin/']) assert.ok(pkg.files.includes(dir), dir);
});

test('every relative import of a published file resolves to a published file', () => {
  const published = pkg.files.map((dir) => resolve(web, dir));
  const isPublished = (file) => published.some((dir) => file === dir || file.startsWith(dir.endsWith('/') ? dir : `${dir}/`));
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]);
  let imports = 0;
  for (const dir of published.filter((d) => existsSync(d))) {
    for (const file of walk(dir).filter((f) => /\.m?js$/.test(f))) {
      const source = readFileSync(file, 'utf8');
      for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = resolve(dirname(file), spec);
        imports += 1;
        assert.ok(isPublished(target), `${relative(web, file)} imports ${spec}, which "files" leaves out of the package`);
        assert.ok(existsSync(target), `${relative(web, file)} imports ${spec}, which does not exist`);
      }
    }
  }
  assert.ok(imports > 10, `only ${imports} relative imports found: the scan is broken`);
});

test('the package resolves by name to the API, and dist files through the exports map', () => {
  const script = "import('claimcheck').then(async (m) => { const r = import.meta.resolve('claimcheck/dist/claimcheck.wasm');" +
    " console.log(JSON.stringify([Object.keys(m).sort(), r.endsWith('/web/dist/claimcheck.wasm')])); })";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: web, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), [['CheckerError', 'createChecker', 'validateFacts'], true]);
});

test('index.d.ts declares every export and every Checker method', async () => {
  const api = await import('../../web/src/index.js');
  for (const name of Object.keys(api)) {
    assert.match(declarations, new RegExp(`export (declare )?(function|class) ${name}\\b`), name);
  }
  for (const method of ['check', 'extract', 'draft', 'validate', 'info', 'loadFacts', 'dispose']) {
    assert.match(declarations, new RegExp(`\\n  ${method}\\(`), method);
  }
  const checker = await api.createChecker();
  try {
    const proto = Object.getPrototypeOf(checker);
    const methods = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor' && !n.startsWith('_'));
    assert.deepEqual(methods.sort(), ['check', 'dispose', 'draft', 'extract', 'info', 'loadFacts', 'validate']);
    assert.deepEqual(Object.keys(checker), [], 'no enumerable state on a checker');
  } finally {
    checker.dispose();
  }
});

test('the declared report fields are the fields of a real report', async () => {
  const { createChecker } = await import('../../web/src/index.js');
  const checker = await createChecker();
  try {
    const report = await checker.check("Syria's civil war has left 80,000 people dead.");
    const claimBlock = declarations.match(/export interface Claim \{([\s\S]*?)\n\}/)[1];
    const declared = [...claimBlock.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]).sort();
    assert.deepEqual(Object.keys(report.claims[0]).sort(), declared);
    const reportBlock = declarations.match(/export interface Report \{([\s\S]*?)\n\}/)[1];
    const reportDeclared = [...reportBlock.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]).sort();
    assert.deepEqual(Object.keys(report).sort(), reportDeclared);
    const key = report.claims[0].figures;
    assert.ok(key, 'the bundled toll is a contested figure');
    const recordBlock = declarations.match(/export interface FigureRecord \{([\s\S]*?)\n\}/)[1];
    assert.deepEqual(Object.keys(report.figures[key]).sort(), [...recordBlock.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]).sort());
    const valueBlock = declarations.match(/export interface SourcedFigure \{([\s\S]*?)\n\}/)[1];
    assert.deepEqual(Object.keys(report.figures[key].values[0]).sort(), [...valueBlock.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]).sort());
  } finally {
    checker.dispose();
  }
});

test('the CLI entry is an executable node script', () => {
  const bin = join(web, pkg.bin.claimcheck);
  assert.ok(existsSync(bin));
  assert.ok(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n'));
  assert.ok((statSync(bin).mode & 0o111) !== 0, 'executable bit');
});

test('the worker script sits next to the API, where createChecker looks for it', async () => {
  const { WORKER_URL } = await import('../../web/src/module-files.js');
  assert.equal(fileURLToPath(WORKER_URL), join(web, 'src/worker.js'));
  assert.ok(existsSync(WORKER_URL));
  assert.match(readFileSync(join(web, 'src/worker-client.js'), 'utf8'), /import \{ WORKER_URL \} from '\.\/module-files\.js'/);
});

test('the bundle for pages and its worker find their files next to them in dist/', () => {
  for (const file of ['claimcheck-browser.js', 'claimcheck-worker.js']) {
    const code = readFileSync(join(web, 'dist', file), 'utf8');
    for (const url of code.matchAll(/new URL\("([^"]+)",import\.meta\.url\)/g)) {
      assert.ok(existsSync(join(web, 'dist', url[1])), `${file} looks for ${url[1]} in dist/`);
    }
  }
  assert.match(readFileSync(join(web, 'dist/claimcheck-browser.js'), 'utf8'), /"\.\/claimcheck-worker\.js"/);
});
