// Both CLIs, the native one and the Node one (web/bin/claimcheck.js), on the same table of cases: exit codes,
// messages, and that they print the same bytes on stdout and stderr.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { nativeCli, nodeCli, run, bundledFacts, tempDir } from './helpers.js';

const DEATHS = "Syria's civil war has left 80,000 people dead.";
const BUNDLED = JSON.parse(readFileSync(bundledFacts, 'utf8'));
const USAGE_LINE = /^usage: claimcheck check \[--facts PATH\]/m;

let dir;
const at = (name) => join(dir.path, name);

before(() => {
  dir = tempDir();
  const broken = structuredClone(BUNDLED);
  delete broken.version;
  broken.facts[1].kind = 'rumour';
  writeFileSync(at('broken.json'), JSON.stringify(broken, null, 2));
  writeFileSync(at('syntax.json'), '{\n  "name": "x",\n  oops\n}\n');
  const custom = structuredClone(BUNDLED);
  custom.name = 'custom-cli';
  writeFileSync(at('custom.json'), JSON.stringify(custom));
  writeFileSync(at('article.txt'), `Damascus (TDI)\n${DEATHS}\n`);
  mkdirSync(at('dup'));
  copyFileSync(bundledFacts, at('dup/a.json'));
  copyFileSync(bundledFacts, at('dup/b.json'));
});
after(() => dir?.cleanup());

const usage = (message) => (r) => {
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.ok(r.stderr.startsWith(`claimcheck: ${message}\n\n`), r.stderr);
  assert.match(r.stderr, USAGE_LINE);
};

// name, args (files are resolved in the temp dir at run time), stdin, assertion on {status, stdout, stderr}.
const CASES = [
  ['check FILE --format json', () => ['check', '--format', 'json', at('article.txt')], '', (r) => {
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    const claim = report.claims.find((c) => c.fact_id === 'syria-war-death-toll');
    assert.equal(claim.verdict, 'contradicted');
    assert.equal(claim.start, `Damascus (TDI)\n${DEATHS}`.indexOf('80,000'));
    assert.ok(r.stdout.startsWith('{\n  "claims": [\n    {\n      "verdict": '));
    assert.ok(r.stdout.endsWith('}\n'));
  }],
  ['check stdin, text format', () => ['check', '-'], DEATHS, (r) => {
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'stdin: 1 sentences, 1 claims: 0 supported, 1 contradicted, 0 unverified');
    assert.equal(lines[2], '  [!!] contradicted  1:28  "80,000"  (syria-war-death-toll)');
    assert.match(lines[3], /^ {6}The fact base says about 500,000/);
  }],
  ['check FILE, text format names the file and the line', () => ['check', at('article.txt')], '', (r) => {
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith(`${at('article.txt')}: `));
    assert.match(r.stdout, /\[!!\] contradicted {2}2:28 {2}"80,000"/);
  }],
  ['check --facts with another base', () => ['check', '--facts', at('custom.json'), '--format', 'json', '-'], DEATHS,
    (r) => {
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).claims[0].verdict, 'contradicted');
    }],
  ['check --format jsonl: a bad line gets an error line and exit 1',
    () => ['check', '--format', 'jsonl'], `{"id":"a","text":${JSON.stringify(DEATHS)}}\nnot json\n{"id":3}\n`, (r) => {
      assert.equal(r.status, 1);
      const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(lines.length, 3);
      assert.equal(lines[0].id, 'a');
      assert.equal(lines[0].claims[0].text, '80,000');
      assert.deepEqual(lines[1], { error: 'not a JSON object', id: null });
      assert.deepEqual(lines[2], { error: 'missing string field "text"', id: 3 });
      assert.equal(r.stderr, 'claimcheck: stdin:2: not a JSON object\nclaimcheck: stdin:3: missing string field "text"\n');
    }],
  ['check of a missing file exits 1', () => ['check', at('missing.txt')], '', (r) => {
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `claimcheck: ${at('missing.txt')}: cannot read file\n`);
  }],
  ['check --facts with a broken base exits 1 with file and pointer', () => ['check', '--facts', at('broken.json'), '-'],
    DEATHS, (r) => {
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.includes(`${at('broken.json')}:/facts/1/kind: `), r.stderr);
    }],
  ['validate a broken base: exit 1, file + pointer, error count', () => ['validate', at('broken.json')], '', (r) => {
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    const lines = r.stderr.trimEnd().split('\n');
    assert.ok(lines.some((l) => l.startsWith(`${at('broken.json')}:/facts/1/kind: `)), r.stderr);
    assert.ok(lines.some((l) => l.startsWith(`${at('broken.json')}: `) && l.includes('"version"')), r.stderr);
    assert.equal(lines.at(-1), `${lines.length - 1} errors`);
  }],
  ['validate a syntax error: file:line:column', () => ['validate', at('syntax.json')], '', (r) => {
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^${at('syntax.json').replace(/[.]/g, '\\.')}:3:3: syntax error`));
    assert.ok(r.stderr.endsWith('\n1 error\n'));
  }],
  ['validate good files: exit 0, one ok line each', () => ['validate', bundledFacts, at('custom.json')], '', (r) => {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${bundledFacts}: ok\n${at('custom.json')}: ok\n`);
    assert.equal(r.stderr, '');
  }],
  ['validate a directory whose files define the same ids', () => ['validate', at('dup')], '', (r) => {
    assert.equal(r.status, 1);
    assert.match(r.stderr, /b\.json:\/facts\/0\/id: duplicate fact id/);
  }],
  ['validate a missing file', () => ['validate', at('nope.json')], '', (r) => {
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `${at('nope.json')}: cannot read file\n1 error\n`);
  }],
  ['info', () => ['info'], '', (r) => {
    assert.equal(r.status, 0);
    const info = JSON.parse(r.stdout);
    assert.deepEqual(info.facts, { count: BUNDLED.facts.length, name: BUNDLED.name, version: BUNDLED.version });
    assert.match(info.engine, /^\d+\.\d+\.\d+/);
  }],
  ['info --facts FILE', () => ['info', '--facts', at('custom.json')], '', (r) => {
    assert.equal(r.status, 0);
    assert.equal(JSON.parse(r.stdout).facts.name, 'custom-cli');
  }],
  ['--version', () => ['--version'], '', (r) => {
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^claimcheck \d+\.\d+\.\d+\n$/);
  }],
  ['--help', () => ['--help'], '', (r) => {
    assert.equal(r.status, 0);
    assert.match(r.stdout, USAGE_LINE);
  }],
  ['usage: no command', () => [], '', usage('missing command')],
  ['usage: unknown command', () => ['frobnicate'], '', usage("unknown command 'frobnicate'")],
  ['usage: unknown option', () => ['check', '--bogus'], '', usage("unknown option '--bogus'")],
  ['usage: unknown format', () => ['check', '--format', 'xml'], '', usage("unknown format 'xml' (text, json or jsonl)")],
  ['usage: --date without a value', () => ['check', '--date'], '', usage('--date needs YYYY-MM-DD')],
  ['usage: --date not a day', () => ['check', '--date', '2023-02-30', '-'], DEATHS,
    usage("--date '2023-02-30' is not a YYYY-MM-DD date")],
  ['usage: two input files', () => ['check', 'a.txt', 'b.txt'], '', usage('check takes one FILE (or - for stdin)')],
  ['usage: validate without a path', () => ['validate'], '', usage('validate needs at least one PATH')],
];

for (const [label, cli] of [['native', nativeCli], ['node', nodeCli]]) {
  describe(`CLI (${label})`, () => {
    for (const [name, args, input, expect] of CASES) {
      test(name, () => expect(run(cli, args(), input)));
    }
  });
}

describe('CLI: native and Node print the same bytes', () => {
  for (const [name, args, input] of CASES) {
    test(name, () => {
      const native = run(nativeCli, args(), input);
      assert.deepEqual(run(nodeCli, args(), input), native);
    });
  }
});
