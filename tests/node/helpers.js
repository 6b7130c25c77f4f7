// Shared by the Node suites: where things are, and how to run the native CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const nativeCli = join(root, 'build/native/cli/claimcheck');
export const nodeCli = join(root, 'web/bin/claimcheck.js');
export const goldenDir = join(root, 'tests/golden');

/** Runs a CLI (native path, or a .js file through node) with args and stdin; returns { status, stdout, stderr }. */
export function run(cli, args, input = '') {
  const [command, argv] = cli.endsWith('.js') ? [process.execPath, [cli, ...args]] : [cli, args];
  const result = spawnSync(command, argv, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Used by the JS package suites (api, cli, parity).
export const bundledFacts = join(root, 'facts/moscow-2023-04-25.json');

/** A fresh directory under the system temp dir; removed by the returned cleanup(). */
export function tempDir(prefix = 'claimcheck-test-') {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
