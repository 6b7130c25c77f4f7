// The widget's check-only module (web/dist/claimcheck-check.wasm, preset wasm-check) against the full module: the
// same reports for the same texts and fact bases, and a clear 'unsupported' for what it leaves out. It carries no
// bundled fact base: that base comes compiled beside it, web/dist/claimcheck-bundled.ccfb.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { root, goldenDir, bundledFacts, nativeCli, tempDir } from './helpers.js';
import { EngineSession, validateWith } from '../../web/src/engine.js';

const BUNDLED_FILE = join(root, 'web/dist/claimcheck-bundled.ccfb');
/** A session of the check-only module on the bundled base, loaded from its file as the widget loads it. */
function bundledSession(module) {
  const session = new EngineSession(module, { bundled: false });
  session.load([{ name: 'claimcheck-bundled.ccfb', text: readFileSync(BUNDLED_FILE) }]);
  return session;
}

async function instantiate(name) {
  const { default: create } = await import(join(root, 'web/dist', `${name}.js`));
  return create({ wasmBinary: readFileSync(join(root, 'web/dist', `${name}.wasm`)) });
}

const OWN_BASE = JSON.stringify({
  name: 'harbour', version: '1',
  sources: [{ id: 'port', title: 'Port authority notice', publisher: 'Port of Tessel', date: '2024-03-01' }],
  entities: [{ id: 'tessel', name: 'Tessel', kind: 'city', aliases: ['the port city'] }],
  facts: [{
    id: 'cranes', kind: 'quantity', statement: 'The port of Tessel has 14 cranes.', sources: ['port'],
    about: { entities: ['tessel'] }, triggers: ['cranes'], measure: 'cranes at the port', unit: 'cranes',
    values: [{ value: { exact: 14 }, source: 'port' }],
  }],
});

describe('the widget\'s check-only module', () => {
  let full;
  let check;
  before(async () => {
    [full, check] = await Promise.all([instantiate('claimcheck'), instantiate('claimcheck-check')]);
  });

  test('gives the full module\'s report for every golden text, on the bundled base loaded from its file', () => {
    const a = new EngineSession(full);
    const b = bundledSession(check);
    assert.deepEqual(b.info(), a.info());
    const cases = readdirSync(goldenDir).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(cases.length > 0);
    for (const name of cases) {
      const text = readFileSync(join(goldenDir, name), 'utf8');
      assert.deepEqual(b.check(text, '2023-04-25'), a.check(text, '2023-04-25'), name);
    }
    a.dispose();
    b.dispose();
  });

  test('loads a newsroom\'s base, checks against it, and reports a bad base the same way', () => {
    const a = new EngineSession(full);
    const b = new EngineSession(check);
    const documents = [{ name: 'harbour.json', text: OWN_BASE }];
    assert.deepEqual(b.load(documents), a.load(documents));
    const text = 'Tessel has 15 cranes. The port city has 14 cranes.';
    const report = b.check(text);
    assert.deepEqual(report, a.check(text));
    assert.deepEqual(report.claims.map((c) => c.verdict), ['contradicted', 'supported']);
    const broken = [{ name: 'broken.json', text: '{"facts": [' }];
    const errorOf = (session) => { try { session.load(broken); } catch (e) { return [e.code, e.details]; } return null; };
    const error = errorOf(b);
    assert.equal(error[0], 'invalid-facts');
    assert.deepEqual(error, errorOf(a));
    assert.deepEqual(b.check(text), report, 'the old base stays after a failed load');
    a.dispose();
    b.dispose();
  });

  test('has no bundled base of its own: an engine asked for it starts with none', () => {
    const b = new EngineSession(check);
    assert.equal(b.info().facts, null);
    assert.throws(() => b.check('Syria\'s war has killed 80,000 people.'), (e) => e.code === 'no-facts');
    b.dispose();
    // The full module's engine holds the base; the check-only module's file is not in it.
    const wasm = (name) => readFileSync(join(root, 'web/dist', name));
    const needle = Buffer.from('syria-war-death-toll');
    assert.ok(wasm('claimcheck.wasm').includes(needle));
    assert.ok(!wasm('claimcheck-check.wasm').includes(needle));
  });

  test('its bundled base file is what `claimcheck compile` writes for the bundled JSON', () => {
    const dir = tempDir();
    try {
      // Run beside the JSON: a compiled base records the name its files were given, here the file's name alone.
      const out = join(dir.path, 'bundled.ccfb');
      const r = spawnSync(nativeCli, ['compile', '--out', out, basename(bundledFacts)],
        { cwd: dirname(bundledFacts), encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(readFileSync(out).equals(readFileSync(BUNDLED_FILE)));
    } finally {
      dir.cleanup();
    }
  });

  test('says what it leaves out: extract(), draft() and validation are unsupported', () => {
    const b = new EngineSession(check);
    assert.throws(() => b.extract('3 cranes'), (e) => e.code === 'unsupported' && /claimcheck\.wasm/.test(e.message));
    assert.throws(() => b.draft('3 cranes'), (e) => e.code === 'unsupported' && /draft/.test(e.message));
    assert.throws(() => b.validate([{ name: 'x.json', text: OWN_BASE }]), (e) => e.code === 'unsupported');
    assert.throws(() => validateWith(check, [{ name: 'x.json', text: OWN_BASE }]), (e) => e.code === 'unsupported');
    assert.equal(typeof full.validateFacts, 'function');
    b.dispose();
  });
});
