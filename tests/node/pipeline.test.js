// The whole path, end to end: the same text through the native CLI and through the WASM module in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker } from '../../web/src/index.js';
import { nativeCli, run } from './helpers.js';

const TEXT = "Syria's civil war has left 80,000 people dead, officials said on 3 May 2023.";

test('native CLI: json report with a contradicted death toll', () => {
  const { status, stdout, stderr } = run(nativeCli, ['check', '--format', 'json', '--date', '2023-05-04', '-'], TEXT);
  assert.equal(status, 0, stderr);
  const report = JSON.parse(stdout);
  assert.equal(report.sentences, 1);
  const claim = report.claims.find((c) => c.fact_id === 'syria-war-death-toll');
  assert.equal(claim.verdict, 'contradicted');
  assert.equal(claim.text, '80,000');
  assert.equal(TEXT.slice(claim.start, claim.end), claim.text);
});

test('WASM in Node: the same report as the native CLI', async () => {
  const checker = await createChecker();
  try {
    const report = await checker.check(TEXT, { date: '2023-05-04' });
    const native = JSON.parse(run(nativeCli, ['check', '--format', 'json', '--date', '2023-05-04', '-'], TEXT).stdout);
    assert.deepEqual(report, native);
    assert.equal(report.claims.find((c) => c.fact_id === 'syria-war-death-toll').verdict, 'contradicted');
  } finally {
    checker.dispose();
  }
});
