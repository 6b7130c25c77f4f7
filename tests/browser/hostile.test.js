// No string from a text or a fact base may become markup or code. Checked twice:
//   - statically: web/src, web/ui, web/page, web/widget and web/demo never use an HTML or code sink (innerHTML,
//     insertAdjacentHTML, document.write, eval, new Function, srcdoc, on* attributes, ...);
//   - at run time in Chromium: the paste page, the widget demo and a widget fixture run with Trusted Types
//     enforced (`require-trusted-types-for 'script'` added to the strict CSP) and with every HTML sink patched to
//     throw, while they show hostile text and a hostile fact base (names, statements, labels, sources, error
//     messages carrying <img onerror>, <script>, <svg onload>): nothing runs, no sink is touched, the payloads
//     show as literal text.
// And the widget keeps working on a page that changes common globals (tests/browser/fixtures/hostile-globals.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startBrowserAndSite, root } from './harness.js';
import { CSP } from '../../scripts/serve.mjs';
import { openWidgetPage, waitForWidgets } from './widget-helpers.js';

// ---- static scan -----------------------------------------------------------------------------------------------

// Each sink: a pattern and why it is banned. Comments are removed before matching.
const SINKS = [
  [/\.(innerHTML|outerHTML)\s*[+]?=/, 'parses a string as HTML'],
  [/\binsertAdjacentHTML\s*\(/, 'parses a string as HTML'],
  [/\bdocument\s*\.\s*write(ln)?\s*\(/, 'writes markup into the document'],
  [/\bcreateContextualFragment\s*\(/, 'parses a string as HTML'],
  [/\bparseFromString\s*\(/, 'parses a string as HTML'],
  [/\bsetHTML(Unsafe)?\s*\(/, 'parses a string as HTML'],
  [/(^|[^.\w])eval\s*\(/, 'runs a string as code'],
  [/\bnew\s+Function\s*\(/, 'runs a string as code'],
  [/(^|[^.\w])Function\s*\(\s*['"`]/, 'runs a string as code'],
  [/\bset(Timeout|Interval)\s*\(\s*['"`]/, 'runs a string as code'],
  [/\bsrcdoc\b/, 'an iframe document from a string'],
  [/setAttribute(NS)?\s*\(\s*(null\s*,\s*)?['"`]on/i, 'an event handler from a string'],
  [/setAttribute(NS)?\s*\(\s*(null\s*,\s*)?['"`](href|src|action|formaction|xlink:href)['"`]/i,
    'a URL attribute: use h() with a URL that passed safeHttpUrl/safeUrl'],
  [/\.on[a-z]+\s*=\s*['"`]/, 'an event handler from a string'],
  [/['"`]javascript:/i, 'a javascript: URL'],
];

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(m?js|html)$/.test(name) ? [path] : [];
  });
}

const withoutComments = (code) => code
  .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
  .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
  .replace(/(^|\s)\/\/.*$/gm, '$1');

test('static: no HTML or code sink in web/src, web/ui, web/page, web/widget, web/demo', () => {
  const files = ['src', 'ui', 'page', 'widget', 'demo'].flatMap((d) => sourceFiles(join(root, 'web', d)));
  assert.ok(files.length >= 20, `only ${files.length} files found`);
  const found = [];
  for (const file of files) {
    const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      for (const [pattern, why] of SINKS) {
        if (pattern.test(line)) found.push(`${relative(root, file)}:${i + 1}: ${why}: ${line.trim().slice(0, 100)}`);
      }
    });
  }
  assert.deepEqual(found, []);
});

test('static: the scan finds each sink it bans (it can fail)', () => {
  const samples = ['el.innerHTML = x', 'el.outerHTML += x', "el.insertAdjacentHTML('beforeend', x)", 'document.write(x)',
    'range.createContextualFragment(x)', "new DOMParser().parseFromString(x, 'text/html')", 'el.setHTML(x)',
    'eval(x)', "new Function('a', x)", "Function('return 1')", "setTimeout('x()', 1)", 'frame.srcdoc = x',
    "el.setAttribute('onclick', x)", "el.setAttribute('href', x)", "el.onclick = 'x()'", "a.href = 'javascript:x'"];
  for (const sample of samples) assert.ok(SINKS.some(([p]) => p.test(sample)), sample);
  for (const fine of ['// el.innerHTML = x', 'el.textContent = x', "el.setAttribute('class', x)", 'x.evaluate(y)',
    'el.onclick = () => go()', 'retrieval(x)']) {
    assert.ok(!SINKS.some(([p]) => p.test(withoutComments(fine))), fine);
  }
});

// ---- run time --------------------------------------------------------------------------------------------------

const PAYLOAD = (where) => `<img src=x onerror="window.__pwned='${where}'"><script>window.__pwned='${where}'</script>`;
const TT_CSP = `${CSP}; require-trusted-types-for 'script'`;

// Runs in every page before its scripts: every HTML and code sink throws and is recorded in window.__sinks.
function trapSinks() {
  window.__sinks = [];
  const hit = (name) => {
    window.__sinks.push(name);
    throw new Error(`claimcheck test: ${name} is not allowed`);
  };
  const trapSetter = (proto, prop) => {
    const d = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, { ...d, set() { hit(prop); } });
  };
  trapSetter(Element.prototype, 'innerHTML');
  trapSetter(Element.prototype, 'outerHTML');
  trapSetter(ShadowRoot.prototype, 'innerHTML');
  trapSetter(HTMLIFrameElement.prototype, 'srcdoc');
  Element.prototype.insertAdjacentHTML = () => hit('insertAdjacentHTML');
  Document.prototype.write = () => hit('document.write');
  Document.prototype.writeln = () => hit('document.writeln');
  Range.prototype.createContextualFragment = () => hit('createContextualFragment');
  DOMParser.prototype.parseFromString = () => hit('DOMParser');
  // eval and Function stay: the CSP (no 'unsafe-eval') blocks them and reports a violation, and Playwright needs them.
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (/^on/i.test(name) || (/^(href|src|action|formaction)$/i.test(name) && /^\s*javascript:/i.test(value))) {
      hit(`setAttribute(${name})`);
    }
    return setAttribute.call(this, name, value);
  };
  for (const timer of ['setTimeout', 'setInterval']) {
    const real = window[timer];
    window[timer] = function (fn, ...rest) {
      if (typeof fn === 'string') hit(`${timer}(string)`);
      return real.call(window, fn, ...rest);
    };
  }
}

/** The bundled fact base with a payload in every string a reader can see; ids, aliases and triggers kept. */
function hostileFacts() {
  const facts = JSON.parse(readFileSync(join(root, 'facts/moscow-2023-04-25.json'), 'utf8'));
  facts.name = `hostile ${PAYLOAD('facts-name')}`;
  facts.version = `1 ${PAYLOAD('facts-version')}`;
  for (const s of facts.sources) {
    s.title = `${s.title} ${PAYLOAD('source-title')}`;
    s.publisher = `${s.publisher} ${PAYLOAD('publisher')}`;
  }
  for (const e of facts.entities) e.name = `${e.name} ${PAYLOAD('entity-name')}`;
  for (const f of facts.facts) {
    f.statement = `${f.statement} ${PAYLOAD('statement')}`;
    if (f.note !== undefined) f.note = `${f.note} ${PAYLOAD('note')}`;
    for (const v of [...(f.values ?? []), ...(f.quantities ?? []).flatMap((q) => q.values)]) {
      v.label = `${v.label ?? 'value'} ${PAYLOAD('label')}`;
    }
    if (f.measure) f.measure = `${f.measure} ${PAYLOAD('measure')}`;
    if (f.office) f.office = `${f.office} ${PAYLOAD('office')}`;
    if (f.series) f.series = `${f.series} ${PAYLOAD('series')}`;
  }
  return facts;
}

/** A fact base whose errors quote payloads: an unknown kind, a bad id, a javascript: URL. */
function invalidHostileFacts() {
  const facts = hostileFacts();
  facts.facts[0].kind = PAYLOAD('kind');
  facts.facts[1].id = PAYLOAD('id');
  facts.sources[0].url = "javascript:window.__pwned='url'";
  facts[PAYLOAD('field')] = 1;
  return facts;
}

let env;   // browser + server on the repository root (fixtures)
let site;  // server on web/ (the page at /, the demo at /demo/)
let servers;
before(async () => {
  servers = await startBrowserAndSite();
  ({ env, site } = servers);
});
after(async () => { await servers?.close(); });

/**
 * A page with sinks trapped, Trusted Types enforced on every document (the CSP header gains
 * require-trusted-types-for 'script') and hostile-facts.json served anywhere under the origin.
 */
function openHostilePage(url) {
  return openWidgetPage(env.browser, url, {
    prepare: async (page) => {
      await page.addInitScript(trapSinks);
      await page.route('**/*', async (route) => {
        if (route.request().url().endsWith('/hostile-facts.json')) {
          await route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileFacts()) });
          return;
        }
        const response = await route.fetch();
        const headers = { ...response.headers() };
        if (headers['content-security-policy']) headers['content-security-policy'] = TT_CSP;
        await route.fulfill({ response, headers });
      });
    },
  });
}

// Trusted Types also guard `new Worker(url)`: web/src/worker-client.js creates a 'claimcheck' policy that vouches
// for its own worker script only. Should a page's CSP refuse that policy name, the worker is refused and the page
// and the widget check in the page instead: a missing worker, not an injection, so those messages are tolerated.
const WORKER_REFUSED = [/TrustedScriptURL/, /require-trusted-types-for blocked trusted-types-sink .*worker-client\.js/];

/**
 * What must hold after any hostile run: nothing ran, no sink was touched, no policy was violated (except the
 * worker refusal above), no element came from a payload.
 */
async function assertInert(page, { allowedProblems = WORKER_REFUSED } = {}) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    sinks: window.__sinks,
    injected: [...document.querySelectorAll('*')].filter((e) => e.localName === 'iframe' ||
      (e.localName === 'img' && e.getAttribute('src') === 'x') || [...e.attributes].some((a) => /^on/i.test(a.name))).length,
    shadowInjected: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot)
      .reduce((n, e) => n + e.shadowRoot.querySelectorAll('img, script, iframe').length, 0),
    trustedTypes: typeof trustedTypes === 'object',
  }));
  assert.deepEqual(state, { pwned: null, sinks: [], injected: 0, shadowInjected: 0, trustedTypes: true });
  const problems = page.problems.filter((p) => !allowedProblems.some((re) => re.test(p)));
  assert.deepEqual(problems, []);
}

test('run time: the traps and the checks catch an injection (they can fail)', async () => {
  const page = await openHostilePage(`${env.url}tests/browser/fixtures/hostile-globals.html`);
  const caught = await page.evaluate(() => {
    const tries = [() => { document.body.innerHTML = '<b>x</b>'; },
      () => document.body.insertAdjacentHTML('beforeend', '<b>x</b>'),
      () => document.createElement('a').setAttribute('onclick', 'x()'),
      () => { document.createElement('iframe').srcdoc = '<b>x</b>'; }];
    for (const t of tries) { try { t(); } catch { /* recorded */ } }
    return window.__sinks;
  });
  assert.deepEqual(caught, ['innerHTML', 'insertAdjacentHTML', 'setAttribute(onclick)', 'srcdoc']);
  await page.evaluate(() => { window.__sinks = []; document.body.append(Object.assign(document.createElement('img'), { src: 'x' })); });
  await assert.rejects(assertInert(page), /injected/);
  await page.close();
});

test('paste page: hostile text and fact bases under Trusted Types stay text', async () => {
  const page = await openHostilePage(site.url);
  await page.waitForSelector('body[data-ready="true"]');
  const text = `${PAYLOAD('text')} Syria's civil war has left 80,000 people dead. ${PAYLOAD('text2')}\n` +
    "<svg onload=\"window.__pwned='svg'\"> Turkey has launched nine major military incursions into Syria since 2016.";
  await page.fill('#text', text);
  const checked = async () => {
    await page.waitForSelector('#results:not(.is-stale):not([data-state="empty"])');
    await page.waitForSelector('#status[data-state="done"]');
  };
  await checked();
  assert.ok((await page.textContent('#result-text')).includes(PAYLOAD('text')));

  // A valid hostile base: every card shows its payloads as text.
  await page.click('#facts-load > summary');
  await page.setInputFiles('#facts-file', {
    name: `${PAYLOAD('file')}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostileFacts())),
  });
  await page.waitForSelector('#facts-message[data-kind="ok"]');
  assert.ok((await page.textContent('body')).includes(PAYLOAD('facts-name')));
  await checked();
  const claims = await page.$$('#result-text .claim');
  assert.ok(claims.length >= 2, `${claims.length} claims`);
  for (const claim of claims) {
    await claim.click();
    const card = await page.textContent('#card');
    assert.ok(card.includes(PAYLOAD('statement')), card);
    assert.ok(card.includes(PAYLOAD('source-title')), card);
  }

  // An invalid hostile base: the error list quotes the payloads as text.
  await page.click('#facts-load > summary').catch(() => {});
  await page.setInputFiles('#facts-file', {
    name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalidHostileFacts())),
  });
  // "Loading invalid.json…" comes first: wait for the errors.
  await page.waitForFunction(() => {
    const box = document.querySelector('#facts-message');
    return box?.dataset.kind === 'error' && box.textContent.includes('invalid.json');
  });
  const message = await page.textContent('#facts-message');
  assert.ok(message.includes('<img src=x onerror='), message.slice(0, 500));
  // And a syntax error whose message quotes the bytes it stopped at.
  await page.setInputFiles('#facts-file', {
    name: 'syntax.json', mimeType: 'application/json', buffer: Buffer.from(`{"name": ${PAYLOAD('syntax')}}`),
  });
  await page.waitForFunction(() => {
    const box = document.querySelector('#facts-message');
    return box?.dataset.kind === 'error' && box.textContent.includes('syntax.json');
  });
  await assertInert(page);
  await page.close();
});

test('widget demo: runs under Trusted Types with every HTML sink trapped', async () => {
  const page = await openHostilePage(`${site.url}demo/`);
  await waitForWidgets(page);
  const claims = await page.evaluate(() => document.querySelector('claim-check').report.claims.length);
  assert.ok(claims >= 10, `${claims} claims`);
  await page.locator('claim-check .badge').click();
  await page.evaluate(() => document.querySelector('claim-check').open(0));
  await assertInert(page);
  await page.close();
});

test('widget: hostile article text and a hostile fact base show as literal text in the list and every card', async () => {
  const page = await openHostilePage(`${env.url}tests/browser/fixtures/hostile-widget.html`);
  await waitForWidgets(page);
  const seen = await page.evaluate(async () => {
    const widget = document.querySelector('claim-check');
    widget.shadowRoot.querySelector('.badge').click();
    const cards = [];
    for (let i = 0; i < widget.report.claims.length; i++) {
      widget.open(i);
      await new Promise((done) => requestAnimationFrame(done));
      cards.push(widget.shadowRoot.querySelector('.card').textContent);
    }
    return { text: widget.reportText, cards, list: widget.shadowRoot.querySelector('.list')?.textContent ?? '' };
  });
  assert.ok(seen.text.includes(`<script>window.__pwned='script'</script>`));
  assert.ok(seen.cards.length >= 3, `${seen.cards.length} cards`);
  const withFact = seen.cards.filter((card) => !card.includes('Not in the fact base'));
  assert.ok(withFact.length >= 3 && withFact.every((card) => card.includes(PAYLOAD('statement'))),
    seen.cards.join('\n---\n'));
  assert.ok(seen.cards.some((card) => card.includes(PAYLOAD('source-title'))));
  await assertInert(page);
  await page.close();
});

test('widget: works the same on a page that changes common globals', async () => {
  const clean = await openWidgetPage(env.browser, `${env.url}tests/browser/fixtures/hostile-globals.html`, {
    prepare: (page) => page.route('**/hostile-globals.js', (route) => route.fulfill({
      contentType: 'text/javascript', body: 'window.__hostile = { fetches: 0 };',
    })),
  });
  await waitForWidgets(clean);
  const expected = await clean.evaluate(() => document.querySelector('claim-check').report);
  await clean.close();
  assert.ok(expected.claims.some((c) => c.verdict === 'contradicted'));

  for (const worker of ['auto', 'off']) {
    const page = await openWidgetPage(env.browser, `${env.url}tests/browser/fixtures/hostile-globals.html`, {
      prepare: (p) => p.route('**/hostile-globals.html', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('loading="eager"', `loading="eager" worker="${worker}"`);
        await route.fulfill({ response, body });
      }),
    });
    await waitForWidgets(page);
    const got = await page.evaluate(() => ({
      report: document.querySelector('claim-check').report,
      hostile: window.__hostile,
      extend: typeof Object.prototype.extend,
    }));
    assert.equal(got.extend, 'function', 'the hostile script ran');
    assert.deepEqual(got.report, expected, `worker=${worker}`);
    await page.evaluate(() => document.querySelector('claim-check').open(0));
    assert.deepEqual(page.problems, [], `worker=${worker}`);
    await page.close();
  }
});

test('the CSP line web/widget/README.md gives sites runs the demo, its worker and its Trusted Types policy', async () => {
  const readme = readFileSync(join(root, 'web/widget/README.md'), 'utf8');
  const line = /^Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
  assert.ok(line, 'the README gives a Content-Security-Policy line to copy');
  assert.match(line, /require-trusted-types-for 'script'/);
  assert.match(line, /trusted-types claimcheck\b/);
  assert.match(readme, /policy named \*\*`claimcheck`\*\*/);
  const workers = [];
  const page = await openWidgetPage(env.browser, `${site.url}demo/`, {
    prepare: async (p) => {
      p.on('worker', (w) => workers.push(w.url()));
      await p.addInitScript(trapSinks);
      await p.route('**/*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': line } });
      });
    },
  });
  await waitForWidgets(page);
  await page.locator('claim-check .badge').click();
  await page.evaluate(() => document.querySelector('claim-check').open(0));
  assert.ok(workers.some((url) => url.endsWith('/dist/worker.js')), `no worker: ${workers}`);
  await assertInert(page, { allowedProblems: [] });
  await page.close();
});

test('Trusted Types: the checking worker starts when the page enforces them', async () => {
  const workers = [];
  const page = await openWidgetPage(env.browser, `${site.url}demo/`, {
    prepare: async (p) => {
      p.on('worker', (w) => workers.push(w.url()));
      await p.route('**/*', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers(), 'content-security-policy': TT_CSP };
        await route.fulfill({ response, headers });
      });
    },
  });
  await waitForWidgets(page);
  const problems = page.problems;
  await page.close();
  assert.deepEqual(problems, []);
  assert.ok(workers.some((url) => url.endsWith('/dist/worker.js')), `no worker: ${workers}`);
});
