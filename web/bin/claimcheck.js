#!/usr/bin/env node
// The Node `claimcheck` command: the engine's own command line (engine/include/claimcheck/command.h, the same
// code the native CLI runs) inside the WebAssembly module, with Node's file system and descriptors as its I/O.
// Arguments, messages, output and exit codes are therefore the native CLI's; this file only moves bytes.
//
// The module has a 16 MiB text limit the native CLI does not have (docs/LIMITS.md): bigger texts get the engine's
// too-large error. A broken pipe (`| head -1`) ends quietly with status 141, as the native CLI's SIGPIPE does.
import { readdirSync, readFileSync, readlinkSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { loadModule, runCommand } from '../src/engine.js';

// errno codes in the words the native CLI (cli/main.cpp) uses, so that both say the same.
const REASONS = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ENOSPC: 'no space left on device',
  EBADF: 'bad file descriptor',
  EIO: 'input/output error',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
};
const reason = (error) => REASONS[error?.code] ?? String(error?.code ?? error?.message ?? error).toLowerCase();

const pause = new Int32Array(new SharedArrayBuffer(4));
const waitBriefly = () => Atomics.wait(pause, 0, 0, 5);  // a non-blocking descriptor said "try again"

// Node replaces a closed standard descriptor with /dev/null opened read-write before any script runs (a shell's
// `>/dev/null` opens it write-only), so that is how a closed stdout shows: writing to it must fail as it does in
// the native CLI (EBADF), not vanish. Linux only (/proc); elsewhere a closed stdout writes nowhere.
function closedAtStart(fd) {
  try {
    if (readlinkSync(`/proc/self/fd/${fd}`) !== '/dev/null') return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
    return !!flags && (parseInt(flags[1], 8) & 3) === 2;  // O_RDWR
  } catch {
    return false;
  }
}
const closed = { 1: closedAtStart(1), 2: closedAtStart(2) };

const io = {
  readFile(path) {
    try {
      return readFileSync(path);
    } catch (error) {
      return { error: `cannot read file: ${reason(error)}` };
    }
  },
  writeFile(path, bytes) {
    try {
      writeFileSync(path, bytes);
      return '';
    } catch (error) {
      return `cannot write file: ${reason(error)}`;
    }
  },
  kindOf(path) {
    try {
      const info = statSync(path, { throwIfNoEntry: false });
      if (!info) return 'missing';
      return info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
    } catch {
      return 'missing';
    }
  },
  listDirectory(path) {
    try {
      return readdirSync(path);
    } catch (error) {
      return { error: `cannot list directory: ${reason(error)}` };
    }
  },
  readInput(size) {
    const buffer = Buffer.allocUnsafe(size);
    for (;;) {
      try {
        return buffer.subarray(0, readSync(0, buffer, 0, size, null));
      } catch (error) {
        if (error.code === 'EAGAIN') waitBriefly();
        else if (error.code === 'EOF') return buffer.subarray(0, 0);
        else return { error: `cannot read standard input: ${reason(error)}` };
      }
    }
  },
  write(fd, bytes) {
    if (closed[fd]) return REASONS.EBADF;
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if (error.code === 'EAGAIN') waitBriefly();
        else if (error.code === 'EPIPE') return 'EPIPE';
        else return reason(error);
      }
    }
    return '';
  },
  wantsColour: () => isatty(1) && process.env.NO_COLOR === undefined,
};

try {
  const module = await loadModule();
  process.exitCode = runCommand(module, process.argv.slice(2), io);
} catch (error) {
  try {
    writeSync(2, `claimcheck: ${error?.message ?? error}\n`);
  } catch {
    // stderr is gone too: the exit status is all that is left
  }
  process.exitCode = 1;
}
