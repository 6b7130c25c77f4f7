// Shared by the Node suites: where things are, and how to run the native CLI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

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
