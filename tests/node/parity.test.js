// Differential: the native CLI and the Node CLI (the WebAssembly engine) print byte-identical json and jsonl
// output for the same input: every tests/golden/*.txt, texts with awkward encodings, a jsonl batch, merged bases.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { nativeCli, nodeCli, run, goldenDir, bundledFacts, tempDir } from './helpers.js';

const DEATHS = "Syria's civil war has left 80,000 people dead.";

function same(args, input = '') {
  const native = run(nativeCli, args, input);
  const node = run(nodeCli, args, input);
  assert.equal(node.stdout, native.stdout);
  assert.equal(node.status, native.status);
  assert.equal(node.stderr, native.stderr);
  return native;
}

describe('parity: golden texts', () => {
  const cases = readdirSync(goldenDir).filter((f) => f.endsWith('.txt')).sort();

  test('the golden directory has cases', () => assert.ok(cases.length >= 1));

  for (const name of cases) {
    const file = join(goldenDir, name);
    test(`${name}: --format json`, () => {
      const result = same(['check', '--format', 'json', file]);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(Array.isArray(JSON.parse(result.stdout).claims));
    });
    test(`${name}: --format json --date 2023-05-04`, () => {
      assert.equal(same(['check', '--format', 'json', '--date', '2023-05-04', file]).status, 0);
    });
    test(`${name}: text format`, () => {
      assert.match(same(['check', file]).stdout, /^.+: \d+ sentences, \d+ claims: /);
    });
  }
});

describe('parity: awkward inputs', () => {
  let dir;
  before(() => { dir = tempDir(); });
  after(() => dir?.cleanup());

  const INPUTS = {
    'emoji, CJK, combining marks, CRLF': `🇸🇾 中文。\r\nCafe\u0301: ${DEATHS}\r\nThe Moscow meeting was held on 25 April 2023.\r\n`,
    'invalid UTF-8 bytes around a claim': Buffer.concat([Buffer.from([0xFF, 0xC3, 0x20]), Buffer.from(DEATHS),
      Buffer.from([0xED, 0xA0, 0x80, 0x20, 0xF0, 0x9F])]),
    'a NUL byte and control characters': `a\u0000b\u0001 ${DEATHS}\u001f\u007f`,
    'empty': '',
    'no trailing newline, many sentences': `${DEATHS} `.repeat(50).trim(),
  };

  for (const [name, content] of Object.entries(INPUTS)) {
    test(`${name}: json from a file and from stdin`, () => {
      const file = join(dir.path, 'input.txt');
      writeFileSync(file, content);
      assert.equal(same(['check', '--format', 'json', file]).status, 0);
      same(['check', '--format', 'json', '--date', '2023-04-25', '-'], content);
      same(['check', file]);
    });
  }

  test('a claim is found in the invalid UTF-8 input, at its UTF-16 offset', () => {
    const bytes = INPUTS['invalid UTF-8 bytes around a claim'];
    const report = JSON.parse(same(['check', '--format', 'json', '-'], bytes).stdout);
    const text = new TextDecoder().decode(bytes);
    const claim = report.claims.find((c) => c.text === '80,000');
    assert.equal(text.slice(claim.start, claim.end), '80,000');
  });
});

describe('parity: jsonl', () => {
  // ids of every JSON type, numbers nlohmann prints its own way, and lines the native CLI rejects.
  const BATCH = [
    JSON.stringify({ id: 1, text: DEATHS }),
    JSON.stringify({ id: 'b', text: `🇸🇾 ${DEATHS.replace('80,000', '500,000')}`, date: '2023-05-04' }),
    '',
    '   \r',
    '{"id": 1.0, "text": "x"}',
    '{"id": 1e2, "text": "x", "date": null}',
    '{"id": 12345678901234567890, "text": "x"}',
    '{"id": 123456789012345678901234, "text": "x"}',
    '{"id": -0, "text": "x"}',
    '{"id": 0.00001, "text": "x"}',
    '{"id": 1.5e300, "text": "x"}',
    '{"id": 1234567.0, "text": "x"}',
    '{"id": 1e400, "text": "x"}',
    '{"id": {"z": 1, "a": [true, null, "\\u00e9\\ud83d\\ude00\\u0001"], "é": 2, "b": {}}, "text": "x"}',
    '{"id": "\\ud800", "text": "x"}',
    '{"id": 7, "text": 5}',
    '{"id": 8, "text": "x", "date": "2023-02-30"}',
    '{"id": 9, "text": "x", "date": 5}',
    '[1, 2]',
    '{"id": 11, "text": "x"} trailing',
    '{"id": 12, "text": "x", "id": 13}',
    `{"text": ${JSON.stringify(`CRLF\r\n${DEATHS}`)}}\r`,
  ].join('\n');
  const TAIL = Buffer.concat([Buffer.from('\n\uFEFF{"id":"bom","text":"y"}\n{"id":"bad'), Buffer.from([0xFF]),
    Buffer.from('","text":"y"}\n{"id": "last", "text": "no newline"}')]);

  test('a batch with good and bad lines: identical stdout, stderr and exit status', () => {
    const result = same(['check', '--format', 'jsonl', '--date', '2023-04-25'], Buffer.concat([Buffer.from(BATCH), TAIL]));
    assert.equal(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 25, 'one output line per input line');
    const error = (i) => JSON.parse(lines[i]);
    assert.ok(lines[0].startsWith('{"id":1,"claims":[{"verdict":"contradicted"'));
    assert.ok(lines[1].startsWith('{"id":"b","claims":[{"verdict":"supported"'));
    assert.deepEqual([error(2).line, error(2).error.code, error(3).line, error(3).error.code], [3, 'bad-json', 4, 'bad-json']);
    assert.ok(lines[4].startsWith('{"id":1.0,'));
    assert.ok(lines[5].startsWith('{"id":100.0,'));
    assert.deepEqual(error(12), { id: null, line: 13, error: { code: 'bad-json', message: 'not valid JSON' } });
    // The id comes back as it was given, keys in their order.
    assert.ok(lines[13].startsWith('{"id":{"z":1,"a":[true,null,"é😀\\u0001"],"é":2,"b":{}},'), lines[13]);
    assert.deepEqual([error(16).id, error(16).error.code], [8, 'bad-date']);
    assert.deepEqual(error(23), { id: null, line: 24, error: { code: 'bad-json', message: 'not valid JSON' } });
    assert.ok(lines[24].startsWith('{"id":"last","claims":'));
  });

  test('a clean batch exits 0', () => {
    const batch = ['{"id":"x","text":"a"}', JSON.stringify({ id: 'y', text: DEATHS })].join('\n');
    assert.equal(same(['check', '--format', 'jsonl'], batch).status, 0);
  });
});

describe('parity: fact bases from directories', () => {
  let dir;
  before(() => {
    dir = tempDir();
    mkdirSync(join(dir.path, 'one'));
    copyFileSync(bundledFacts, join(dir.path, 'one/base.json'));
    writeFileSync(join(dir.path, 'one/notes.txt'), 'not a fact base');
    mkdirSync(join(dir.path, 'dup'));
    copyFileSync(bundledFacts, join(dir.path, 'dup/a.json'));
    copyFileSync(bundledFacts, join(dir.path, 'dup/b.json'));
    mkdirSync(join(dir.path, 'none'));
  });
  after(() => dir?.cleanup());

  test('a directory with one base', () => {
    const result = same(['info', '--facts', join(dir.path, 'one')]);
    assert.equal(result.status, 0);
    same(['check', '--format', 'json', '--facts', `${join(dir.path, 'one')}/`, '-'], DEATHS);
  });

  test('a directory whose files clash, and one without a base', () => {
    assert.equal(same(['info', '--facts', join(dir.path, 'dup')]).status, 1);
    const result = same(['validate', join(dir.path, 'dup'), join(dir.path, 'none'), join(dir.path, 'one')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /directory holds no \.json fact base/);
    assert.match(result.stdout, /one: ok\n$/);
  });
});
