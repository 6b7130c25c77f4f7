// The widget's check-only module (web/dist/claimcheck-check.wasm, preset wasm-check) against the full module: the
// same reports for the same texts and fact bases, and a clear 'unsupported' for what it leaves out.
import { describe, test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, goldenDir } from './helpers.js';
import { EngineSession, validateWith } from '../../web/src/engine.js';

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

  test('gives the full module\'s report for every golden text, on the bundled base', () => {
    const a = new EngineSession(full);
    const b = new EngineSession(check);
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
