#!/usr/bin/env node
// Development tool: scores the engine on labelled sets with the native CLI.
//   node tests/eval/run.mjs [--verbose] [DIR_OR_JSONL ...]
// Each set is LABELS.jsonl next to its fact base LABELS.json (or, without one, the bundled base).
// Default: tests/domains/*.jsonl. Prints one line per set and a total.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonLines, score, scoreLine } from './score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = process.env.CLAIMCHECK ?? join(root, 'build/native/cli/claimcheck');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
let sets = args.filter((a) => !a.startsWith('--'));
if (sets.length === 0) sets = [join(root, 'tests/domains')];
const files = sets.flatMap((p) => (statSync(p).isDirectory()
  ? readdirSync(p).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(p, f)) : [p]));

const total = { hits: 0, total: 0, alarms: 0, supports: 0 };
for (const labels of files) {
  const facts = labels.replace(/\.jsonl$/, '.json');
  const argv = ['check', '--format', 'jsonl', ...(existsSync(facts) ? ['--facts', facts] : [])];
  const run = spawnSync(cli, argv, { input: readFileSync(labels), encoding: 'utf8', maxBuffer: 1 << 28 });
  const reports = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const s = score(readJsonLines(labels), reports);
  for (const k of Object.keys(total)) total[k] += s[k];
  if (verbose) {
    console.log(`== ${basename(labels)}`);
    for (const m of s.misses) console.log(`MISS ${m.id}: want ${m.expect.verdict} ${m.expect.facts ?? m.expect.span} :: ${m.text.slice(0, 100)}\n      got ${JSON.stringify(m.got)}`);
    for (const a of s.falseAlarms) console.log(`FALSE ALARM ${a.id}: ${a.fact} "${a.claim}" :: ${a.text.slice(0, 100)}`);
  }
  console.log(`${basename(labels, '.jsonl')}: ${scoreLine(s)}`);
}
console.log(`total: ${scoreLine(total)} (${(100 * total.hits / (total.total || 1)).toFixed(1)} %)`);
