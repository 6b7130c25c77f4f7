// Hostile input through the WebAssembly module and the JS API, in-thread and in a worker: every failure is a
// CheckerError with a code, after which the engine answers exactly as before; hostile texts give reports whose
// offsets slice the caller's string; time is linear in the text; big inputs leave no memory behind.
// docs/LIMITS.md has the numbers; tests/cpp/hostile_test.cpp covers the same ground natively.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createChecker, CheckerError } from '../../web/src/index.js';
import { bundledFacts } from './helpers.js';

const DEATHS = "Syria's civil war has left 80,000 people dead.";
const BUNDLED = JSON.parse(readFileSync(bundledFacts, 'utf8'));
const MiB = 1024 * 1024;
const XSS = '<img src=x onerror="globalThis.__pwned=1">';

/** Every claim lies inside the text and its sentence, and slices to its own text. */
function assertSaneReport(text, report) {
  assert.ok(Array.isArray(report.claims));
  for (const claim of report.claims) {
    assert.ok(claim.start >= 0 && claim.start <= claim.end && claim.end <= text.length, JSON.stringify(claim));
    assert.ok(claim.sentence.start <= claim.start && claim.end <= claim.sentence.end);
    assert.equal(text.slice(claim.start, claim.end), claim.text);
  }
}

const noPunctuation = (size) => {
  const words = BUNDLED.facts.map((f) => f.statement).join(' ').replace(/[.,!?;:\n]/g, '');
  return `${words} `.repeat(Math.ceil(size / (words.length + 1))).slice(0, size);
};

// Each failing call: what it does and the code it must reject with (plus a detail code for invalid-facts).
const FAILURES = [
  ['a syntax error', (c) => c.loadFacts('{"name": "x", "facts": [1, }'), 'invalid-facts', 'syntax'],
  ['100,000 nested [', (c) => c.loadFacts('['.repeat(100000)), 'invalid-facts', 'too-deep'],
  ['100,000 nested objects', (c) => c.loadFacts('{"a":'.repeat(100000)), 'invalid-facts', 'too-deep'],
  ['a document over 64 MiB', (c) => c.loadFacts(`{${' '.repeat(64 * MiB)}}`), 'invalid-facts', 'too-large'],
  ['invalid UTF-8 bytes', (c) => c.loadFacts(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
    'invalid-facts', 'syntax'],
  ['an escaped lone surrogate', (c) => c.loadFacts('{"name": "\\ud800", "version": "1"}'), 'invalid-facts', 'syntax'],
  ['a NUL in an id', (c) => c.loadFacts({ ...BUNDLED, facts: [{ ...BUNDLED.facts[0], id: 'a\u0000b' }] }),
    'invalid-facts', 'invalid-id'],
  ['a number too large for a double', (c) => c.loadFacts('{"name": "x", "version": "1", "facts": [], "n": 1e999}'),
    'invalid-facts', 'syntax'],
  ['the root is a string', (c) => c.loadFacts('"facts"'), 'invalid-facts', 'wrong-type'],
  ['a text that is not a string', (c) => c.check({ toString: () => DEATHS }), 'bad-argument'],
  ['an impossible date', (c) => c.check(DEATHS, { date: '2023-02-30' }), 'bad-date'],
  ['a date with a NUL', (c) => c.check(DEATHS, { date: '2023-04-25\u0000' }), 'bad-date'],
  ['a text over 16 MiB', (c) => c.check(`${DEATHS} `.repeat(Math.ceil((16 * MiB + 1) / (DEATHS.length + 1)))),
    'too-large'],
];

for (const mode of [{ name: 'in-thread', worker: false }, { name: 'worker', worker: true }]) {
  describe(`hostile input (${mode.name})`, () => {
    let checker;
    before(async () => { checker = await createChecker({ worker: mode.worker }); });
    after(() => checker?.dispose());

    test('after every kind of failure the engine answers exactly as before', async () => {
      const baseline = await checker.check(DEATHS, { date: '2023-04-25' });
      assert.equal(baseline.claims.length, 1);
      for (const [name, fail, code, detail] of FAILURES) {
        const error = await fail(checker).then(() => null, (e) => e);
        assert.ok(error instanceof CheckerError, `${name}: rejects with a CheckerError, got ${error}`);
        assert.equal(error.code, code, `${name}: ${error.message}`);
        // Items streamed before a syntax error are validated already: the detail may follow their errors.
        if (detail) assert.ok(error.details?.some((d) => d.code === detail), `${name}: ${error.message.slice(0, 300)}`);
        assert.deepEqual(await checker.check(DEATHS, { date: '2023-04-25' }), baseline, `after ${name}`);
        assert.equal((await checker.info()).facts.name, BUNDLED.name, `after ${name}`);
      }
    });

    test('hostile texts give reports whose offsets slice the caller\'s string', async () => {
      const texts = {
        'NUL characters': `\u0000${DEATHS} \u0000 ${DEATHS}\u0000`,
        'only NULs': '\u0000'.repeat(100000),
        'lone surrogates everywhere': [...DEATHS].map((ch) => `${ch}\uD800`).join('') + ` ${DEATHS}\uDFFF`,
        'a 100,000-digit number': `Syria's civil war has killed ${'9'.repeat(100000)} people.`,
        '1e308 and 1e-400': "Syria's civil war has killed 1e308 people. It displaced 1e-400. Deaths: 1.8e308.",
        'a 1 MB sentence without punctuation': noPunctuation(MiB),
        'markup': `${XSS} ${DEATHS} <script>globalThis.__pwned=1</script>`,
        'bidi and zero-width controls': `\u202E${DEATHS}\u200B\u2066 80,000 \u2069\uFEFF`,
      };
      for (const [name, text] of Object.entries(texts)) {
        const report = await checker.check(text, { date: '2023-04-25' });
        assertSaneReport(text, report);
        if (name === 'NUL characters') assert.equal(report.claims.length, 2, name);
        if (name === 'markup') assert.equal(report.claims[0].text, '80,000');
      }
      assert.equal(globalThis.__pwned, undefined);
    });

    test('a fact base\'s strings come back verbatim, markup included: the engine never interprets them', async () => {
      const facts = structuredClone(BUNDLED);
      const toll = facts.facts.find((f) => f.id === 'syria-war-death-toll');
      toll.statement = `${XSS} killed <b>500,000</b> & more`;
      facts.sources[0].title = `</script>${XSS}`;
      await checker.loadFacts(facts);
      const claim = (await checker.check(DEATHS)).claims.find((c) => c.fact_id === 'syria-war-death-toll');
      assert.equal(claim.statement, toll.statement);
      assert.equal(claim.source.title, facts.sources[0].title);
      await checker.loadFacts(BUNDLED);
    });

    test('a text over 16 MiB is refused with a message that says so; 16 MiB of dense claims is checked', async () => {
      const limit = 16 * MiB;
      const over = 'é'.repeat(limit / 2 + 1);  // 2 bytes of UTF-8 each: the limit counts bytes, not characters
      await assert.rejects(checker.check(over), (e) => e.code === 'too-large' &&
        e.message.includes(`${limit + 2} bytes`) && e.message.includes(String(limit)));
      if (mode.worker) return;  // the same engine: checking 16 MiB once (about 8 s) is enough
      // The densest text there is: a claim every 27 bytes. Its JSON (320 MB) must fit a JS string and the heap.
      const unit = "Syria's war killed 80,000. ";
      const report = await checker.check(unit.repeat(Math.floor(limit / unit.length)));
      assert.ok(report.claims.length > 600000, `${report.claims.length} claims`);
    });

    test('big inputs and failed loads leave no memory behind', async () => {
      await checker.check(DEATHS);
      const warm = await checker._memory();
      await checker.check(noPunctuation(2 * MiB));
      await checker.check(`${DEATHS}\n\n`.repeat(50000));
      await checker.loadFacts('['.repeat(100000)).catch(() => {});
      await checker.loadFacts(`{${' '.repeat(64 * MiB)}}`).catch(() => {});
      await checker.loadFacts(BUNDLED);
      const end = await checker._memory();
      assert.ok(end.inUse - warm.inUse < 64 * 1024, `in use grew by ${end.inUse - warm.inUse} bytes`);
    });
  });
}

describe('hostile input: time', () => {
  test('checking time in WebAssembly is linear in the text (1 MB vs 4 MB)', async () => {
    const checker = await createChecker();
    try {
      const kinds = {
        'an article repeated': (n) => `${DEATHS} Defence ministers met in Moscow on 25 April 2023.\n\n`.repeat(n / 100),
        'one sentence without punctuation': (n) => noPunctuation(n),
      };
      for (const [name, make] of Object.entries(kinds)) {
        const small = make(MiB);
        const large = make(4 * MiB);
        await checker.check(small);
        const cpu = async (text) => {
          const start = process.cpuUsage();
          await checker.check(text);
          const used = process.cpuUsage(start);
          return (used.user + used.system) / 1e6;
        };
        let t1 = Infinity;
        let t4 = Infinity;
        for (let run = 0; run < 2; run++) {
          t1 = Math.min(t1, await cpu(small));
          t4 = Math.min(t4, await cpu(large));
        }
        assert.ok(t4 < 8 * Math.max(t1, 0.01), `${name}: 1 MB ${t1.toFixed(2)} s, 4 MB ${t4.toFixed(2)} s`);
      }
    } finally {
      checker.dispose();
    }
  });
});
