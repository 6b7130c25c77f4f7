// scripts/serve.mjs (./run.sh's server): strict CSP on every response, and revalidation by ETag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, CSP } from '../../scripts/serve.mjs';

test('an unchanged file is answered 304 to its ETag, with the same CSP; an unknown path is 404', async () => {
  const { server, url } = await startServer({});
  try {
    const first = await fetch(`${url}page/index.html`);
    assert.equal(first.status, 200);
    await first.text();
    const etag = first.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]+-[0-9a-f]+"$/);
    assert.equal(first.headers.get('cache-control'), 'no-cache');
    const again = await fetch(`${url}page/index.html`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('content-security-policy'), CSP);
    const other = await fetch(`${url}page/index.html`, { headers: { 'If-None-Match': '"0-0"' } });
    assert.equal(other.status, 200);
    await other.text();
    const missing = await fetch(`${url}no/such/file.js`);
    assert.equal(missing.status, 404);
    await missing.text();
  } finally {
    server.close();
  }
});
