// Both CLIs, the native one and the Node one (web/bin/claimcheck.js), on the same table of cases: exit codes,
// messages, and that they print the same bytes on stdout and stderr.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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
  const warned = structuredClone(BUNDLED);
  warned.entities.push({ id: 'homs', name: 'Homs', kind: 'city' });
  warned.facts.find((f) => f.id === 'akar-defence-minister').office = 'grand vizier';
  warned.facts.find((f) => f.id === 'syria-war-death-toll').triggers.push('reported');
  writeFileSync(at('warned.json'), JSON.stringify(warned, null, 2));
  writeFileSync(at('article.txt'), `Damascus (TDI)\n${DEATHS}\n`);
  // A compiled base, and the same made stale (its format number raised), for the compile cases.
  const compiled = run(nativeCli, ['compile', '--out', at('made.ccfb'), at('custom.json')]);
  assert.equal(compiled.status, 0, compiled.stderr);
  const stale = readFileSync(at('made.ccfb'));
  stale[8] += 1;
  writeFileSync(at('stale.ccfb'), stale);
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
    assert.match(lines[3], /^ {6}The fact base says 191,369 \(United Nations [^)]*\) to more than 606,000 .*: 18 figures of deaths/);
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
      assert.deepEqual(lines[1], { id: null, line: 2, error: { code: 'bad-json', message: 'not valid JSON' } });
      assert.deepEqual(lines[2], { id: 3, line: 3, error: { code: 'bad-json', message: 'missing string field "text"' } });
      assert.equal(r.stderr, 'claimcheck: stdin:2: not valid JSON\nclaimcheck: stdin:3: missing string field "text"\n');
    }],
  ['compile --out: a compiled base, and a line saying what was written', () =>
    ['compile', '--out', at('custom.ccfb'), at('custom.json')], '', (r) => {
      assert.equal(r.status, 0, r.stderr);
      const bytes = readFileSync(at('custom.ccfb'));
      assert.equal(r.stdout, `${at('custom.ccfb')}: ${BUNDLED.facts.length} facts, ${bytes.length} bytes\n`);
      assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x43, 0x43, 0x46, 0x41, 0x43, 0x54, 0x0a]);
      assert.deepEqual(bytes, readFileSync(at('made.ccfb')));  // the same bytes from either CLI
    }],
  ['check --facts with a compiled base: the report of its JSON', () =>
    ['check', '--facts', at('made.ccfb'), '--format', 'json', '-'], DEATHS, (r) => {
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, run(nativeCli, ['check', '--facts', at('custom.json'), '--format', 'json', '-'], DEATHS).stdout);
    }],
  ['info --facts with a compiled base', () => ['info', '--facts', at('made.ccfb')], '', (r) => {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).facts.name, 'custom-cli');
  }],
  ['a stale compiled base is refused with what to do', () => ['info', '--facts', at('stale.ccfb')], '', (r) => {
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^.*stale\.ccfb: the fact base was compiled in format 2; this is claimcheck \S+ \(format 1\): compile it again from its JSON with `claimcheck compile`\n$/);
  }],
  ['compile a broken base: its errors, exit 1, nothing written', () =>
    ['compile', '--out', at('broken.ccfb'), at('broken.json')], '', (r) => {
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.includes(`${at('broken.json')}:/facts/1/kind: `), r.stderr);
      assert.throws(() => readFileSync(at('broken.ccfb')), /ENOENT/);
    }],
  ['usage: compile without a path', () => ['compile'], '', usage('compile needs at least one PATH')],
  ['usage: --out belongs to compile', () => ['info', '--out', at('x.ccfb')], '', usage('--out is an option of compile only')],
  ['check of a missing file exits 1', () => ['check', at('missing.txt')], '', (r) => {
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `claimcheck: ${at('missing.txt')}: cannot read file: no such file\n`);
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
  ['validate a base that loads but will not work as meant: warnings, exit 0', () => ['validate', at('warned.json')], '', (r) => {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${at('warned.json')}: ok, with warnings\n`);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.at(-1), '3 warnings');
    assert.ok(lines.some((l) => /\/facts\/\d+\/office: the engine does not know the office "grand vizier".*\[warning: unknown-office\]$/.test(l)), r.stderr);
    assert.ok(lines.some((l) => /\/facts\/\d+\/triggers\/\d+: the trigger "reported" is made of common words.*\[warning: common-trigger\]$/.test(l)), r.stderr);
    assert.ok(lines.some((l) => /\/entities\/\d+: city "Homs" has no "part_of".*\[warning: unplaced\]$/.test(l)), r.stderr);
  }],
  ['validate a directory whose files define the same ids', () => ['validate', at('dup')], '', (r) => {
    assert.equal(r.status, 1);
    assert.match(r.stderr, /b\.json:\/facts\/0\/id: duplicate fact id/);
  }],
  ['validate a missing file', () => ['validate', at('nope.json')], '', (r) => {
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `${at('nope.json')}: cannot read file: no such file\n1 error\n`);
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

// --- Every failure loud, nothing lost (encodings, batch lines, split fact bases, streams) ---------------------

const utf16 = (text, bigEndian) => {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (!bigEndian) return le;
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
const ARTICLE = `Damascus (TDI)\n${DEATHS} 🇸🇾 Syria’s war.\n`;

before(() => {
  writeFileSync(at('bom8.txt'), Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(ARTICLE)]));
  writeFileSync(at('le16.txt'), utf16(ARTICLE, false));
  writeFileSync(at('be16.txt'), utf16(ARTICLE, true));
  writeFileSync(at('nobom16.txt'), Buffer.from(ARTICLE, 'utf16le'));
  writeFileSync(at('utf32.txt'), Buffer.concat([Buffer.from([0xFF, 0xFE, 0, 0]), Buffer.from('S\0\0\0')]));
  // One fact base in two files: the entities in one, the facts (which name them) in the other.
  mkdirSync(at('split'));
  const { facts, ...rest } = BUNDLED;
  writeFileSync(at('split/a-entities.json'), JSON.stringify({ ...rest, facts: [] }));
  writeFileSync(at('split/b-facts.json'), JSON.stringify({ name: 'facts-part', version: '1', facts }));
  writeFileSync(at('split/schema.json'), '{"not": "a fact base"}');
});

const reportOf = (r) => {
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
};
// The report of ARTICLE as a UTF-8 file without a byte-order mark: what every decoded file must give.
const plainReport = () => reportOf(run(nativeCli, ['check', '--format', 'json', '-'], ARTICLE));

const LOUD_CASES = [
  ['a UTF-8 byte-order mark: offsets index the text TextDecoder gives', () => ['check', '--format', 'json', at('bom8.txt')],
    '', (r) => {
      const text = new TextDecoder().decode(readFileSync(at('bom8.txt')));
      const report = reportOf(r);
      assert.deepEqual(report, plainReport());
      for (const claim of report.claims) assert.equal(text.slice(claim.start, claim.end), claim.text);
    }],
  ['UTF-16LE with a byte-order mark is decoded', () => ['check', '--format', 'json', at('le16.txt')], '',
    (r) => assert.deepEqual(reportOf(r), plainReport())],
  ['UTF-16BE with a byte-order mark is decoded', () => ['check', '--format', 'json', at('be16.txt')], '',
    (r) => assert.deepEqual(reportOf(r), plainReport())],
  ['UTF-16 without a byte-order mark is refused, not checked as bytes', () => ['check', at('nobom16.txt')], '', (r) => {
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^claimcheck: .*nobom16\.txt: the text looks like UTF-16LE without a byte-order mark/);
  }],
  ['UTF-32 is refused with an encoding error', () => ['check', at('utf32.txt')], '', (r) => {
    assert.equal(r.status, 1);
    assert.match(r.stderr, /utf32\.txt: the text is UTF-32/);
  }],
  ['UTF-16 on stdin is decoded too', () => ['check', '--format', 'json', '-'], utf16(ARTICLE, false),
    (r) => assert.deepEqual(reportOf(r), plainReport())],
  ['jsonl: one output line per input line, blank and broken ones included, in order', () => ['check', '--format', 'jsonl'],
    `{"id":1,"text":${JSON.stringify(DEATHS)}}\n\n{"id":"x","text":"a","date":"2023-02-30"}\n{"id":4,"text":"b","date":7}\n[1]\n{"id":6,"text":${JSON.stringify(DEATHS)}}`,
    (r) => {
      assert.equal(r.status, 1);
      const lines = r.stdout.split('\n');
      assert.equal(lines.pop(), '');
      const out = lines.map((l) => JSON.parse(l));
      assert.deepEqual(out.map((o) => o.id), [1, null, 'x', 4, null, 6]);
      assert.deepEqual(out.map((o) => o.error?.code ?? 'ok'), ['ok', 'bad-json', 'bad-date', 'bad-date', 'bad-json', 'ok']);
      assert.deepEqual(out.filter((o) => o.error).map((o) => o.line), [2, 3, 4, 5]);
      assert.ok(out.filter((o) => o.error).every((o) => Object.keys(o).join() === 'id,line,error' &&
        Object.keys(o.error).join() === 'code,message'));
      assert.equal(out[5].claims[0].text, '80,000');
      assert.equal(r.stderr.trimEnd().split('\n').length, 4);
    }],
  ['jsonl: a UTF-8 byte-order mark before the first line is not an error', () => ['check', '--format', 'jsonl'],
    Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from(`{"id":1,"text":${JSON.stringify(DEATHS)}}\n`)]), (r) => {
      assert.equal(r.status, 0, r.stderr);
      assert.equal(JSON.parse(r.stdout).claims[0].text, '80,000');
    }],
  ['jsonl: all good lines exit 0', () => ['check', '--format', 'jsonl'], `{"text":"a"}\n{"text":${JSON.stringify(DEATHS)}}\n`,
    (r) => {
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout.split('\n').length, 3);
    }],
  ['usage: jsonl reads stdin, not a FILE', () => ['check', '--format', 'jsonl', at('article.txt')], '',
    usage('--format jsonl reads standard input (give no FILE, or -)')],
  ['a fact base split across files (entities in one, facts in another) loads as one', () =>
    ['check', '--facts', at('split'), '--format', 'json', '-'], DEATHS, (r) => {
    assert.equal(reportOf(r).claims[0].verdict, 'contradicted');
  }],
  ['validate a split fact base directory', () => ['validate', at('split')], '', (r) => {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `${at('split')}: ok\n`);
  }],
  ['info of a split fact base', () => ['info', '--facts', at('split')], '', (r) => {
    assert.equal(JSON.parse(r.stdout).facts.count, BUNDLED.facts.length);
  }],
];

// Runs `cli args` through bash with stdout redirected as `redirect` says; returns { status, stderr }.
function runRedirected(cli, args, redirect) {
  const command = cli.endsWith('.js') ? [process.execPath, cli] : [cli];
  const script = `"$@" ${redirect}; echo "status=\${PIPESTATUS[0]}" >&2`;
  const result = spawnSync('bash', ['-c', script, 'bash', ...command, ...args], { encoding: 'utf8' });
  const status = Number(/status=(\d+)/.exec(result.stderr)[1]);
  return { status, stderr: result.stderr.replace(/status=\d+\n$/, '') };
}

for (const [label, cli] of [['native', nativeCli], ['node', nodeCli]]) {
  describe(`CLI (${label}): failures are loud, nothing is lost`, () => {
    for (const [name, args, input, expect] of LOUD_CASES) {
      test(name, () => expect(run(cli, args(), input)));
    }
    test('a full disk is an error with exit 1', () => {
      const r = runRedirected(cli, ['check', at('article.txt')], '> /dev/full');
      assert.deepEqual(r, { status: 1, stderr: 'claimcheck: cannot write to standard output: no space left on device\n' });
    });
    test('a closed stdout is an error with exit 1', () => {
      const r = runRedirected(cli, ['check', at('article.txt')], '>&-');
      assert.deepEqual(r, { status: 1, stderr: 'claimcheck: cannot write to standard output: bad file descriptor\n' });
    });
    test('stdout to /dev/null is fine', () => {
      assert.deepEqual(runRedirected(cli, ['check', at('article.txt')], '> /dev/null'), { status: 0, stderr: '' });
    });
    test('a broken pipe ends quietly with status 141', () => {
      const big = at(`big-${label}.txt`);
      writeFileSync(big, `${DEATHS}\n`.repeat(40000));
      const r = runRedirected(cli, ['check', big], '| head -c 10 > /dev/null');
      assert.deepEqual(r, { status: 141, stderr: '' });
    });
  });
}

describe('CLI: native and Node print the same bytes when things fail', () => {
  for (const [name, args, input] of LOUD_CASES) {
    test(name, () => assert.deepEqual(run(nodeCli, args(), input), run(nativeCli, args(), input)));
  }
});

describe('CLI: the WebAssembly engine has a text limit the native one has not', () => {
  test('over 16 MiB: native checks it; Node says too-large on stderr and exits 1', () => {
    const big = at('over-limit.txt');
    writeFileSync(big, 'x'.repeat(16 * 1024 * 1024 + 1));
    const native = run(nativeCli, ['check', big]);
    assert.equal(native.status, 0, native.stderr);
    const node = run(nodeCli, ['check', big]);
    assert.equal(node.status, 1);
    assert.equal(node.stdout, '');
    assert.match(node.stderr, /^claimcheck: .*over-limit\.txt: the text is 16777217 bytes of UTF-8; at most 16777216 bytes/);
    const line = run(nodeCli, ['check', '--format', 'jsonl'], `{"id":"big","text":"${'x'.repeat(16 * 1024 * 1024 + 1)}"}\n{"text":"a"}\n`);
    assert.equal(line.status, 1);
    const out = line.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out[0], { id: 'big', line: 1, error: { code: 'too-large', message: out[0].error.message } });
    assert.equal(out[1].sentences, 1);
  });
});
