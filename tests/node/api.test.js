// The JS API, one suite run against both implementations: in-thread and worker (worker_threads in Node).
// Texts are built on claims the engine makes with the bundled fact base ("80,000" dead in Syria's war is
// contradicted, "500,000" supported).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createChecker, validateFacts, CheckerError } from '../../web/src/index.js';
import { PAGE_SLICE_BYTES } from '../../web/src/checker.js';
import { EngineSession, loadModule } from '../../web/src/engine.js';
import { bundledFacts } from './helpers.js';

const DEATHS = "Syria's civil war has left 80,000 people dead.";
const BUNDLED = JSON.parse(readFileSync(bundledFacts, 'utf8'));

/** The bundled fact base, renamed, with the death toll changed to about 80,000. */
function customFacts() {
  const facts = structuredClone(BUNDLED);
  facts.name = 'custom-test';
  facts.version = '9.9.9';
  const toll = facts.facts.find((f) => f.id === 'syria-war-death-toll');
  toll.values = [{ value: { approx: 80000, tolerance: 0.1 }, label: 'about 80,000', source: 'tdi-2023-04-25', as_of: '2023-04-25' }];
  return facts;
}

const tollClaim = (report) => report.claims.find((c) => c.fact_id === 'syria-war-death-toll');

// Texts whose UTF-16 offsets differ from their UTF-8 byte offsets in every way a page can produce.
const OFFSET_TEXTS = {
  'emoji (flag, ZWJ family, astral digit)': `🇸🇾 👩‍👩‍👧 𝟖 ${DEATHS}`,
  'CJK and full-width punctuation': `中文新闻：叙利亚内战。 ${DEATHS}`,
  'combining marks': `Cafe\u0301 de\u0301ja\u0300 vu, Te\u0308st. ${DEATHS}`,
  'CRLF line ends': `First line.\r\n${DEATHS}\r\nThe Moscow meeting was held on 25 April 2023.\r\n`,
  'everything at once': `🇸🇾\r\n中文。 Cafe\u0301.\r\n${DEATHS} 🇹🇷 Ｓｙｒｉａ\r\n`,
};

for (const mode of [{ name: 'in-thread', worker: false }, { name: 'worker', worker: true }]) {
  describe(`API (${mode.name})`, () => {
    let checker;
    before(async () => { checker = await createChecker({ worker: mode.worker }); });
    after(() => checker?.dispose());

    test('info names the engine and the bundled fact base', async () => {
      const info = await checker.info();
      assert.match(info.engine, /^\d+\.\d+\.\d+/);
      assert.deepEqual(info.facts, { count: BUNDLED.facts.length, name: BUNDLED.name, version: BUNDLED.version });
    });

    test('a report is plain data: no prototype but Object, survives structuredClone and JSON', async () => {
      const report = await checker.check(DEATHS);
      assert.equal(Object.getPrototypeOf(report), Object.prototype);
      assert.equal(Object.getPrototypeOf(report.claims[0]), Object.prototype);
      assert.deepEqual(structuredClone(report), report);
      assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
      assert.equal(tollClaim(report).verdict, 'contradicted');
    });

    for (const [name, text] of Object.entries(OFFSET_TEXTS)) {
      test(`offsets are UTF-16 code units: ${name}`, async () => {
        const report = await checker.check(text, { date: '2023-05-04' });
        assert.ok(report.claims.length >= 1, 'the death toll claim is found');
        for (const claim of report.claims) {
          assert.equal(text.slice(claim.start, claim.end), claim.text);
          assert.ok(claim.sentence.start <= claim.start && claim.end <= claim.sentence.end, 'claim inside its sentence');
          assert.ok(claim.sentence.end <= text.length);
        }
        const toll = tollClaim(report);
        assert.equal(toll.start, text.indexOf('80,000'));
        assert.equal(toll.end, text.indexOf('80,000') + 6);
        assert.equal(toll.verdict, 'contradicted');
      });
    }

    test('lone surrogates are checked as U+FFFD: offsets stay valid and the next call works', async () => {
      const text = `\uD800 ${DEATHS} \uDC00 and \uD83D`;
      const report = await checker.check(text);
      const toll = tollClaim(report);
      assert.equal(toll.start, text.indexOf('80,000'));
      assert.equal(text.slice(toll.start, toll.end), '80,000');
      assert.ok(report.claims.every((c) => c.sentence.end <= text.length));
      const next = await checker.check(DEATHS);
      assert.equal(tollClaim(next).start, DEATHS.indexOf('80,000'));
    });

    test('an empty or blank text is an empty report, and the next call works', async () => {
      assert.deepEqual(await checker.check(''), { claims: [], figures: {}, sentences: 0 });
      assert.deepEqual(await checker.check(' \r\n\t '), { claims: [], figures: {}, sentences: 0 });
      assert.equal(tollClaim(await checker.check(DEATHS)).verdict, 'contradicted');
    });

    test('bad arguments and dates reject with a code, and the next call works', async () => {
      await assert.rejects(checker.check(42), { name: 'CheckerError', code: 'bad-argument' });
      await assert.rejects(checker.check('x', { date: 20230504 }), { code: 'bad-argument' });
      await assert.rejects(checker.check('x', { date: '2023-13-45' }), { code: 'bad-date', message: /2023-13-45/ });
      await assert.rejects(checker.check('x', { date: 'May 4' }), { code: 'bad-date' });
      assert.equal(tollClaim(await checker.check(DEATHS, { date: '2023-05-04' })).verdict, 'contradicted');
    });

    test('an invalid fact base rejects with invalid-facts and details; the previous base keeps working', async () => {
      const broken = structuredClone(BUNDLED);
      delete broken.version;
      broken.facts[1].kind = 'rumour';
      const error = await checker.loadFacts(broken).then(() => null, (e) => e);
      assert.ok(error instanceof CheckerError);
      assert.equal(error.code, 'invalid-facts');
      assert.ok(Array.isArray(error.details) && error.details.length >= 2);
      const pointers = error.details.map((e) => e.pointer);
      assert.ok(pointers.includes('/facts/1/kind'), pointers.join(', '));
      assert.ok(error.details.every((e) => e.file === 'facts.json' && typeof e.text === 'string'));
      assert.match(error.message, /version/);
      await assert.rejects(checker.loadFacts('{"name": '), (e) => e.code === 'invalid-facts' &&
        e.details[0].code === 'syntax' && e.details[0].line === 1);
      assert.equal((await checker.info()).facts.name, BUNDLED.name);
      assert.equal(tollClaim(await checker.check(DEATHS)).verdict, 'contradicted');
    });

    test('validate gives the validator errors of a base and changes nothing; [] for a valid one', async () => {
      const broken = structuredClone(BUNDLED);
      broken.facts[1].kind = 'rumour';
      const errors = await checker.validate(broken);
      assert.ok(errors.some((e) => e.pointer === '/facts/1/kind' && e.file === 'facts.json'), JSON.stringify(errors));
      assert.deepEqual(errors, await validateFacts(broken), 'the same errors as validateFacts');
      assert.deepEqual(await checker.validate(JSON.stringify(BUNDLED)), []);
      assert.equal((await checker.validate('{"name": '))[0].code, 'syntax');
      await assert.rejects(checker.validate(null), { code: 'bad-argument' });
      assert.equal((await checker.info()).facts.name, BUNDLED.name);
      assert.equal(tollClaim(await checker.check(DEATHS)).verdict, 'contradicted');
    });

    test('loadFacts accepts an object, JSON text, bytes, { path }, a file URL; each replaces the base', async () => {
      const custom = customFacts();
      assert.equal((await checker.loadFacts(custom)).facts.name, 'custom-test');
      assert.equal(tollClaim(await checker.check(DEATHS)).verdict, 'supported');
      assert.equal((await checker.loadFacts({ path: bundledFacts })).facts.name, BUNDLED.name);
      assert.equal(tollClaim(await checker.check(DEATHS)).verdict, 'contradicted');
      assert.equal((await checker.loadFacts(JSON.stringify(custom))).facts.version, '9.9.9');
      assert.equal((await checker.loadFacts(pathToFileURL(bundledFacts))).facts.version, BUNDLED.version);
      assert.equal((await checker.loadFacts(new TextEncoder().encode(JSON.stringify(custom)))).facts.name, 'custom-test');
      assert.equal(tollClaim(await checker.check(DEATHS)).verdict, 'supported');
    });

    test('a string is always JSON text: a path in a string is a syntax error that echoes nothing of a file', async () => {
      for (const text of ['/etc/passwd', pathToFileURL(bundledFacts).href, 'facts.json', 'root:x:0:0:root:/root']) {
        const error = await checker.loadFacts(text).then(() => null, (e) => e);
        assert.equal(error?.code, 'invalid-facts', text);
        assert.equal(error.details[0].code, 'syntax');
        assert.equal(error.details[0].line, 1);
        assert.doesNotMatch(error.message, /last read|root|passwd|file:/, error.message);
      }
      assert.equal((await checker.info()).facts.name, 'custom-test', 'a failed load keeps the base');
    });

    test('a fact base that cannot be read rejects with facts-fetch; the base is kept', async () => {
      await assert.rejects(checker.loadFacts({ path: '/no/such/dir/facts.json' }),
        { code: 'facts-fetch', message: /facts\.json/ });
      await assert.rejects(checker.loadFacts(42), { code: 'bad-argument' });
      assert.equal((await checker.info()).facts.name, 'custom-test');
      await checker.loadFacts(BUNDLED);
    });

    test('calls run in call order: a check after loadFacts sees the new base', async () => {
      const [before1, loaded, during, , after1] = await Promise.all([
        checker.check(DEATHS), checker.loadFacts(customFacts()), checker.check(DEATHS),
        checker.loadFacts({ path: bundledFacts }), checker.check(DEATHS),
      ]);
      assert.equal(loaded.facts.name, 'custom-test');
      assert.deepEqual([before1, during, after1].map((r) => tollClaim(r).verdict),
        ['contradicted', 'supported', 'contradicted']);
    });

    test('a long text gives the same report checked in slices with progress as at once, with and without a date', async () => {
      const seed = readFileSync(new URL('../draft/moscow-2023-04-25.txt', import.meta.url), 'utf8');
      const planted = readFileSync(new URL('../draft/moscow-2023-04-25.planted.txt', import.meta.url), 'utf8');
      const long = Array.from({ length: 40 }, (_, i) => (i % 2 ? planted : seed)).join('\n\n');
      for (const text of [seed, planted, long]) {
        for (const options of [{}, { date: '2023-04-25' }, { date: '2024-01-10' }]) {
          const fractions = [];
          const sliced = await checker.check(text, { ...options, onProgress: ({ fraction }) => fractions.push(fraction) });
          assert.deepEqual(sliced, await checker.check(text, options));
          assert.equal(fractions.at(-1), 1);
          assert.ok(fractions.every((f, i) => f > 0 && f <= 1 && (i === 0 || f >= fractions[i - 1])), fractions.join());
          if (text === long) assert.ok(fractions.length >= 2, `${fractions.length} slices`);
        }
      }
      // Without a date, the seed's dateline dates the whole text, also in the slices after the first.
      const undated = await checker.check(long);
      assert.ok(undated.claims.some((c) => c.text === 'Dec 21' && c.verdict === 'contradicted'));
    });

    test('an aborted check rejects with code aborted; the checker goes on', async () => {
      const long = `${DEATHS} `.repeat(20000);
      const controller = new AbortController();
      const pending = checker.check(long, { signal: controller.signal, onProgress: () => controller.abort() });
      await assert.rejects(pending, { code: 'aborted' });
      const early = new AbortController();
      early.abort();
      await assert.rejects(checker.check(DEATHS, { signal: early.signal }), { code: 'aborted' });
      assert.equal(tollClaim(await checker.check(DEATHS)).verdict, 'contradicted');
      await assert.rejects(checker.check(DEATHS, { signal: 5 }), { code: 'bad-argument' });
      await assert.rejects(checker.check(DEATHS, { onProgress: 'x' }), { code: 'bad-argument' });
    });

    test('concurrent checks each get their own report', async () => {
      const figures = Array.from({ length: 60 }, (_, i) => `${(i + 1) * 1000}`.replace(/(\d)(\d{3})$/, '$1,$2'));
      const reports = await Promise.all(figures.map((f) => checker.check(`Syria's civil war has left ${f} people dead.`)));
      assert.deepEqual(reports.map((r) => tollClaim(r)?.text), figures);
    });

    test('10,000 checks: the WebAssembly heap stops growing and nothing leaks', async () => {
      const texts = [...Object.values(OFFSET_TEXTS), '', `${DEATHS} `.repeat(40), `\uD800${DEATHS}`];
      const run = async (from, to) => {
        for (let i = from; i < to; i += 100) {
          const batch = [];
          for (let k = i; k < i + 100; k++) batch.push(checker.check(`${texts[k % texts.length]} ${k}`, { date: '2023-05-04' }));
          const reports = await Promise.all(batch);
          assert.ok(reports.every((r) => Array.isArray(r.claims)));
        }
      };
      await run(0, 1000);
      const warm = await checker._memory();
      await run(1000, 10000);
      const end = await checker._memory();
      assert.equal(end.memory, warm.memory, 'WebAssembly memory grew');
      assert.ok(end.inUse - warm.inUse < 64 * 1024, `in use grew by ${end.inUse - warm.inUse} bytes over 9,000 checks`);
    });

    test('a compiled fact base loads as bytes, { path } and a file URL, and checks as its JSON', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'claimcheck-compiled-'));
      const json = join(dir, 'custom.json');
      const compiled = join(dir, 'custom.ccfb');
      writeFileSync(json, JSON.stringify(customFacts()));
      const made = spawnSync(process.execPath, [new URL('../../web/bin/claimcheck.js', import.meta.url).pathname,
        'compile', '--out', compiled, json], { encoding: 'utf8' });
      assert.equal(made.status, 0, made.stderr);
      const bytes = readFileSync(compiled);
      const own = await createChecker({ worker: mode.worker, facts: new Uint8Array(bytes) });
      try {
        assert.equal((await own.info()).facts.name, 'custom-test');
        const fromJson = await createChecker({ worker: mode.worker, facts: { path: json } });
        assert.deepEqual(await own.check(DEATHS), await fromJson.check(DEATHS));
        fromJson.dispose();
        assert.equal((await own.loadFacts({ path: compiled })).facts.version, '9.9.9');
        assert.equal((await own.loadFacts(pathToFileURL(compiled))).facts.version, '9.9.9');
        assert.equal((await own.loadFacts(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))).facts.name,
          'custom-test');
        const stale = Uint8Array.from(bytes);
        stale[8] += 1;
        await assert.rejects(own.loadFacts(stale), (e) => e.code === 'invalid-facts' &&
          e.details[0].code === 'compiled-stale' && e.details[0].message.includes('claimcheck compile'));
        await assert.rejects(own.loadFacts(bytes.subarray(0, 100)), (e) => e.code === 'invalid-facts' &&
          e.details[0].code === 'compiled-corrupt');
      } finally {
        own.dispose();
      }
    });

    test('createChecker with facts: a valid base is used, an invalid one rejects', async () => {
      const own = await createChecker({ worker: mode.worker, facts: customFacts() });
      try {
        assert.equal((await own.info()).facts.name, 'custom-test');
        assert.equal(tollClaim(await own.check(DEATHS)).verdict, 'supported');
      } finally {
        own.dispose();
      }
      await assert.rejects(createChecker({ worker: mode.worker, facts: { name: 'x' } }), (e) =>
        e instanceof CheckerError && e.code === 'invalid-facts' && e.details.some((d) => d.message.includes('version')));
    });

    test('a missing .wasm rejects with wasm-load', async () => {
      await assert.rejects(createChecker({ worker: mode.worker, wasmUrl: '/no/such/claimcheck.wasm' }),
        (e) => e instanceof CheckerError && e.code === 'wasm-load' && e.message.includes('claimcheck.wasm'));
    });

    test('dispose: pending and later calls reject with disposed; disposing twice is harmless', async () => {
      const own = await createChecker({ worker: mode.worker });
      assert.equal(tollClaim(await own.check(DEATHS)).verdict, 'contradicted');
      const pending = own.check(DEATHS);
      own.dispose();
      own.dispose();
      await assert.rejects(pending, { code: 'disposed' });
      await assert.rejects(own.check(DEATHS), { code: 'disposed' });
      await assert.rejects(own.info(), { code: 'disposed' });
      await assert.rejects(own.loadFacts(customFacts()), { code: 'disposed' });
    });
  });
}

describe('API: in-thread and worker agree', () => {
  test('the same reports for every offset text', async () => {
    const local = await createChecker();
    const remote = await createChecker({ worker: true });
    try {
      for (const text of Object.values(OFFSET_TEXTS)) {
        assert.deepEqual(await remote.check(text, { date: '2023-05-04' }), await local.check(text, { date: '2023-05-04' }));
      }
    } finally {
      local.dispose();
      remote.dispose();
    }
  });

  test('a long check lets the event loop turn: in-thread between slices of bounded size, in a worker throughout', async () => {
    const long = `${DEATHS} `.repeat(2000);
    const run = async (checker) => {
      let ticks = 0;
      let running = true;
      const tick = () => { if (running) { ticks++; setImmediate(tick); } };
      setImmediate(tick);
      const slices = [];
      let last = 0;
      const report = await checker.check(long, { onProgress: ({ read }) => { slices.push(read - last); last = read; } });
      running = false;
      return { ticks, slices, report };
    };
    const local = await createChecker();
    const remote = await createChecker({ worker: true });
    try {
      const inThread = await run(local);
      // Each slice reads whole sentences until PAGE_SLICE_BYTES are passed: at most one sentence more.
      assert.ok(inThread.slices.length >= Math.floor(Buffer.byteLength(long) / PAGE_SLICE_BYTES), `${inThread.slices.length} slices`);
      assert.ok(inThread.slices.every((bytes) => bytes <= PAGE_SLICE_BYTES + Buffer.byteLength(DEATHS) + 1), inThread.slices.join(', '));
      assert.ok(inThread.ticks >= inThread.slices.length - 1, `${inThread.ticks} turns for ${inThread.slices.length} slices`);
      const inWorker = await run(remote);
      assert.ok(inWorker.ticks > 0);
      assert.deepEqual(inWorker.report, inThread.report);
      assert.deepEqual(inThread.report, await local.check(long, { onProgress: undefined }));
    } finally {
      local.dispose();
      remote.dispose();
    }
  });
});

describe('EngineSession: checks in slices', () => {
  test('a text of one slice is checked in one call: one progress report, and the report the slices give', async () => {
    const session = new EngineSession(await loadModule());
    try {
      const seed = readFileSync(new URL('../draft/moscow-2023-04-25.txt', import.meta.url), 'utf8');
      const pause = () => {};
      for (const text of [seed, DEATHS, '']) {
        for (const date of ['', '2024-01-10']) {
          const bytes = Buffer.byteLength(text);
          const progress = [];
          const once = await session.checkInSlices(text, date, { sliceBytes: bytes, pause, onProgress: (p) => progress.push(p) });
          assert.deepEqual(progress, [{ read: bytes, total: bytes, fraction: 1 }]);
          const steps = [];
          const sliced = await session.checkInSlices(text, date, { sliceBytes: 64, pause, onProgress: (p) => steps.push(p) });
          if (bytes > 200) assert.ok(steps.length >= 2, `${steps.length} slices`);
          assert.deepEqual(once, sliced);
          assert.deepEqual(once, session.check(text, date));
        }
      }
      // A bad date is the same error either way, and the session goes on.
      for (const sliceBytes of [64, 1 << 20]) {
        await assert.rejects(session.checkInSlices(seed, '2023-13-01', { sliceBytes, pause }), { code: 'bad-date' });
      }
      assert.equal(tollClaim(session.check(DEATHS)).verdict, 'contradicted');
    } finally {
      session.dispose();
    }
  });
});

describe('API: Node processes', () => {
  test('a worker checker that is never disposed does not keep Node alive', () => {
    const index = pathToFileURL(new URL('../../web/src/index.js', import.meta.url).pathname).href;
    const script = `const { createChecker } = await import(${JSON.stringify(index)});
      const checker = await createChecker({ worker: true });
      const report = await checker.check(${JSON.stringify(DEATHS)});
      console.log(report.claims[0].text);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30000 });
    assert.equal(result.error, undefined, 'the process exited by itself');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '80,000\n');
  });
});

describe('API: a worker starts under any flags its Node process was started with', () => {
  const index = pathToFileURL(new URL('../../web/src/index.js', import.meta.url).pathname).href;
  const script = `const { createChecker } = await import(${JSON.stringify(index)});
    try {
      const checker = await createChecker({ worker: true });
      console.log((await checker.check(${JSON.stringify(DEATHS)})).claims[0].verdict);
      checker.dispose();
    } catch (error) {
      console.log(error.code + ': ' + error.message);
    }`;
  const FLAGS = ['--max-old-space-size=256', '--expose-gc', '--stack-size=2000', '--abort-on-uncaught-exception',
    '--no-warnings', '--enable-source-maps', '--input-type=module'];
  for (const flag of FLAGS) {
    test(flag, () => {
      const args = flag === '--input-type=module' ? [flag] : [flag, '--input-type=module'];
      const result = spawnSync(process.execPath, [...args, '-e', script], { encoding: 'utf8', timeout: 30000 });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout, 'contradicted\n', result.stderr);
    });
  }
  test('--jitless (no WebAssembly at all): a clear wasm-load error, not a crash', () => {
    const result = spawnSync(process.execPath, ['--jitless', '--input-type=module', '-e', script],
      { encoding: 'utf8', timeout: 30000 });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^wasm-load: this JavaScript runtime has no WebAssembly/);
  });
});

describe('validateFacts', () => {
  test('the bundled base is valid: no errors', async () => {
    assert.deepEqual(await validateFacts(readFileSync(bundledFacts, 'utf8')), []);
    assert.deepEqual(await validateFacts(BUNDLED), []);
  });

  test('errors carry code, file, pointer or line:column', async () => {
    const syntax = await validateFacts('{\n  "name": "x",\n  oops\n}');
    assert.equal(syntax.length, 1);
    assert.equal(syntax[0].code, 'syntax');
    assert.equal(syntax[0].line, 3);
    assert.equal(syntax[0].file, 'facts.json');
    const broken = structuredClone(BUNDLED);
    broken.facts[0].id = 7;
    const errors = await validateFacts(broken);
    assert.ok(errors.some((e) => e.pointer === '/facts/0/id'), JSON.stringify(errors));
    assert.ok(errors.every((e) => e.text.startsWith('facts.json')));
  });

  test('{ path } is read, with its name in the errors', async () => {
    assert.deepEqual(await validateFacts({ path: bundledFacts }), []);
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-validate-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"name": "x", "version": "1", "facts": [{"id": 7}]}');
    const errors = await validateFacts({ path: file });
    assert.ok(errors.length > 0 && errors.every((e) => e.file === file), JSON.stringify(errors));
  });
});
