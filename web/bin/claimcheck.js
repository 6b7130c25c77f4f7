#!/usr/bin/env node
// The Node `claimcheck` command: the native CLI (cli/main.cpp) on the WebAssembly engine. Same subcommands, flags,
// exit codes and messages; `--format json` and `--format jsonl` print byte-identical output for the same input.
//
//   claimcheck check [--facts PATH] [--date YYYY-MM-DD] [--format text|json|jsonl] [FILE|-]
//   claimcheck validate PATH...
//   claimcheck info [--facts PATH]
//
// Exit status: 0 success; 1 a check or validation found errors in the input; 2 usage errors.
// Input goes to the engine as the bytes read, as in the native CLI.
import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { EngineSession, engineVersion, loadModule } from '../src/engine.js';
import { errorLine, loadFactBase, validatePath } from '../src/cli/fact-files.js';
import { dumpNlohmann, parseNlohmann } from '../src/cli/nlohmann-json.js';
import { formatReportText } from '../src/cli/text-report.js';

const USAGE =
  'usage: claimcheck check [--facts PATH] [--date YYYY-MM-DD] [--format text|json|jsonl] [FILE|-]\n' +
  '       claimcheck validate PATH...\n' +
  '       claimcheck info [--facts PATH]\n' +
  '       claimcheck --version\n' +
  '\n' +
  'check     checks FILE (or stdin) against the fact base: the bundled one, or --facts (a file or a directory\n' +
  '          of *.json merged). --format jsonl reads lines {"id", "text", "date"?} on stdin and writes one\n' +
  '          report per line with the same id.\n' +
  'validate  reports every error of the fact base files (file, JSON pointer or line:column); exit 1 if any.\n' +
  'info      prints the engine version and the fact base\'s name, version and number of facts.\n';

const FORMATS = ['text', 'json', 'jsonl'];

class UsageError extends Error {}

function parseArguments(argv) {
  if (argv.length < 1) throw new UsageError('missing command');
  const options = { command: argv[0], factsPath: '', date: '', format: 'text', inputs: [] };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const value = (message) => {
      if (i + 1 >= argv.length) throw new UsageError(message);
      return argv[++i];
    };
    if (arg === '--facts') {
      options.factsPath = value('--facts needs a path');
    } else if (arg === '--date') {
      options.date = value('--date needs YYYY-MM-DD');
    } else if (arg === '--format') {
      options.format = value('--format needs text, json or jsonl');
      if (!FORMATS.includes(options.format)) {
        throw new UsageError(`unknown format '${options.format}' (text, json or jsonl)`);
      }
    } else if (arg.length > 1 && arg[0] === '-' && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.inputs.push(arg);
    }
  }
  return options;
}

async function write(text) {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

const printErrors = (errors) => { for (const error of errors) process.stderr.write(`${errorLine(error)}\n`); };

/** The engine's verdict on a YYYY-MM-DD string (the same parser the native CLI uses). */
function isDay(session, date) {
  return JSON.parse(session.checkJson('', date)).error?.code !== 'bad-date';
}

function makeSession(module, factsPath) {
  const session = new EngineSession(module);
  const errors = loadFactBase(session, factsPath);
  if (errors.length === 0) return session;
  printErrors(errors);
  session.dispose();
  return null;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

async function* stdinLines() {
  let rest = Buffer.alloc(0);
  for await (const chunk of process.stdin) {
    const buffer = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = buffer.indexOf(0x0A, start); end !== -1; end = buffer.indexOf(0x0A, start)) {
      yield buffer.subarray(start, end);
      start = end + 1;
    }
    rest = buffer.subarray(start);
  }
  if (rest.length > 0) yield rest;
}

const isBlank = (bytes) => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0D);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function parseLine(bytes) {
  try {
    return parseNlohmann(strictUtf8.decode(bytes));
  } catch {
    return undefined;
  }
}

// One JSON line per input line; a bad line gets an error line (same id when it has one) and the run goes on.
async function runJsonLines(session, defaultDate) {
  let status = 0;
  let lineNumber = 0;
  for await (const bytes of stdinLines()) {
    ++lineNumber;
    if (isBlank(bytes)) continue;
    const item = parseLine(bytes);
    const isObject = item instanceof Map;
    let error = '';
    if (!isObject) {
      error = 'not a JSON object';
    } else if (typeof item.get('text') !== 'string') {
      error = 'missing string field "text"';
    }
    let date = defaultDate;
    if (!error && item.has('date') && item.get('date') !== null) {
      date = typeof item.get('date') === 'string' ? item.get('date') : null;
      if (date === null || !isDay(session, date)) error = '"date" is not a YYYY-MM-DD date';
    }
    const id = isObject && item.has('id') ? item.get('id') : null;
    if (error) {
      process.stderr.write(`claimcheck: stdin:${lineNumber}: ${error}\n`);
      await write(`${dumpNlohmann(new Map([['id', id], ['error', error]]))}\n`);
      status = 1;
      continue;
    }
    const report = session.checkJson(item.get('text'), date);
    await write(`{"id":${dumpNlohmann(id)},${report.slice(1)}\n`);
  }
  return status;
}

async function runCheck(module, options) {
  const probe = new EngineSession(module);
  const dateOk = options.date === '' || isDay(probe, options.date);
  probe.dispose();
  if (!dateOk) return usageError(`--date '${options.date}' is not a YYYY-MM-DD date`);
  if (options.inputs.length > 1) return usageError('check takes one FILE (or - for stdin)');
  const session = makeSession(module, options.factsPath);
  if (!session) return 1;
  if (options.format === 'jsonl') return runJsonLines(session, options.date);

  const name = options.inputs[0] ?? '-';
  let bytes;
  if (name === '-') {
    bytes = await readStdin();
  } else {
    try {
      bytes = readFileSync(name);
    } catch {
      process.stderr.write(`claimcheck: ${name}: cannot read file\n`);
      return 1;
    }
  }
  const json = session.checkJson(bytes, options.date);
  const report = JSON.parse(json);
  if (options.format === 'json') {
    await write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const colour = !!process.stdout.isTTY && process.env.NO_COLOR === undefined;
    await write(formatReportText(report, new TextDecoder().decode(bytes), name === '-' ? 'stdin' : name, colour));
  }
  return 0;
}

function runValidate(module, options) {
  if (options.inputs.length === 0) return usageError('validate needs at least one PATH');
  let errorCount = 0;
  for (const path of options.inputs) {
    const errors = validatePath(module, path);
    printErrors(errors);
    if (errors.length === 0) process.stdout.write(`${path}: ok\n`);
    errorCount += errors.length;
  }
  if (errorCount > 0) process.stderr.write(`${errorCount}${errorCount === 1 ? ' error' : ' errors'}\n`);
  return errorCount > 0 ? 1 : 0;
}

async function runInfo(module, options) {
  const session = makeSession(module, options.factsPath);
  if (!session) return 1;
  await write(`${JSON.stringify(session.info(), null, 2)}\n`);
  return 0;
}

function usageError(message) {
  process.stderr.write(`claimcheck: ${message}\n\n${USAGE}`);
  return 2;
}

async function main(argv) {
  if (argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write(USAGE);
    return 0;
  }
  let options;
  try {
    if (argv[0] !== '--version') options = parseArguments(argv);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message);
    throw error;
  }
  const module = await loadModule();
  if (!options) {
    process.stdout.write(`claimcheck ${engineVersion(module)}\n`);
    return 0;
  }
  if (options.command === 'check') return runCheck(module, options);
  if (options.command === 'validate') return runValidate(module, options);
  if (options.command === 'info') return runInfo(module, options);
  return usageError(`unknown command '${options.command}'`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`claimcheck: ${error.message}\n`);
  process.exitCode = 1;
}
