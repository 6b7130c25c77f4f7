// Browser test harness: serves a folder with the production server (strict CSP included) and drives Debian's
// Chromium through playwright-core. Never downloads a browser.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

// playwright-core is a devDependency of the package in web/ (installed by scripts/setup.sh).
const { chromium } = createRequire(new URL('../../web/package.json', import.meta.url))('playwright-core');

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const artifacts = join(root, 'tests/artifacts');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Every wait and action waits for a condition, never for a time. This bound only turns a hang into an error
// message before test.sh's 3-minute test timeout; it says nothing about how fast a shared machine should be.
const HANG_MS = 150_000;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Starts a server on `servedRoot` (default: web/) and a browser; returns { browser, url, close }.
 * `url` ends with '/'.
 */
export async function startBrowser({ servedRoot = join(root, 'web') } = {}) {
  const { server, url } = await startServer({ port: 0, root: servedRoot });
  const profile = mkdtempSync(join(tmpdir(), 'claimcheck-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 },
  });
  browser.setDefaultTimeout(HANG_MS);
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A browser on a server of the repository root (fixtures), plus a second server on web/ as ./run.sh serves it
 * (the page at /, the demo at /demo/). Returns { env, site, close }.
 */
export async function startBrowserAndSite() {
  const env = await startBrowser({ servedRoot: root });
  const site = await startServer({ port: 0, root: join(root, 'web') });
  return {
    env,
    site,
    async close() {
      await env.close();
      await new Promise((done) => site.server.close(done));
    },
  };
}

/** Opens a page that records console errors and CSP violations into page.problems. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return page;
}

export function artifactPath(name) {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, name);
}
