// The bundled fact base v2 (facts/moscow-2023-04-25.json) on text of the kind readers paste: agency copy that
// quotes each source's figure as that source dated it, figures no source gave, near misses that must stay silent
// (tests/bundled/agency.jsonl), and the seed article with and without its five planted errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledFacts, nativeCli, root, run } from './helpers.js';
import { readJsonLines, score } from '../eval/score.mjs';

const agency = join(root, 'tests/bundled/agency.jsonl');
const seed = readFileSync(join(root, 'tests/draft/moscow-2023-04-25.txt'), 'utf8');
const planted = readFileSync(join(root, 'tests/draft/moscow-2023-04-25.planted.txt'), 'utf8');

const check = (text) => JSON.parse(run(nativeCli, ['check', '--format', 'json', '-'], text).stdout);

test('the bundled base validates clean', () => {
  const r = run(nativeCli, ['validate', bundledFacts]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('agency copy: every source\'s figure as dated is supported, figures no source gave are contradicted, near misses say nothing', () => {
  const labels = readJsonLines(agency);
  const r = run(nativeCli, ['check', '--format', 'jsonl'], readFileSync(agency, 'utf8'));
  assert.equal(r.status, 0, r.stderr);
  const reports = r.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const s = score(labels, reports);
  assert.deepEqual(s.falseAlarms, [], 'no correct sentence is accused');
  assert.deepEqual(s.misses, [], 'every expectation is met');
  assert.equal(s.supports, 0, 'no claim is supported that the labels do not expect');
  assert.ok(s.total >= 35, `${s.total} expectations`);
});

test('the seed article contradicts nothing against the bundled base', () => {
  const report = check(seed);
  assert.deepEqual(report.claims.filter((c) => c.verdict === 'contradicted').map((c) => c.text), []);
  assert.ok(report.claims.filter((c) => c.verdict === 'supported').length >= 10);
});

test('the seed with five planted errors: those five are contradicted, nothing else', () => {
  const report = check(planted);
  const contradicted = report.claims.filter((c) => c.verdict === 'contradicted').map((c) => c.text);
  assert.deepEqual(contradicted, ['150,000', 'November 23', 'Dec 21', 'since September 2014', 'four']);
});

test('a contradicted contested figure names the range of its sources; a supported one names the source it agrees with', () => {
  const [wrong] = check("Syria's civil war has left 80,000 people dead.").claims;
  assert.equal(wrong.verdict, 'contradicted');
  assert.match(wrong.explanation, /191,369 \(United Nations [^)]*August 2014\) to .*figures of deaths from \d+ sources/);
  const [right] = check('The UN said it had identified 350,209 people killed in Syria\'s war between March 2011 and March 2021.').claims;
  assert.equal(right.verdict, 'supported');
  assert.equal(right.source.publisher, 'United Nations Office of the High Commissioner for Human Rights');
  assert.equal(right.source.date, '2021-09-24');
});
