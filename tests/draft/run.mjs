#!/usr/bin/env node
// Scores `claimcheck draft` on the trusted reports of tests/draft (README.md there): drafts a fact base from each
// report with the native CLI, checks the report's *.checks.jsonl against the draft, and prints hits, false alarms
// and false supports per report (tests/eval/score.mjs, span expectations).
//   node tests/draft/run.mjs [--verbose] [--keep DIR]
// --keep writes each draft to DIR/<report>.json. CLAIMCHECK=path picks another CLI.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readJsonLines, score, scoreLine } from '../eval/score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const cli = process.env.CLAIMCHECK ?? join(root, 'build/native/cli/claimcheck');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const keepAt = args.indexOf('--keep');
const keep = keepAt >= 0 ? args[keepAt + 1] : null;
const work = mkdtempSync(join(tmpdir(), 'claimcheck-draft-'));
if (keep) mkdirSync(keep, { recursive: true });

/** Drafts `report` and checks `checks` against the draft: {score, draft}. */
export function runReport(report, checks) {
  const drafted = spawnSync(cli, ['draft', report], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (drafted.status !== 0) throw new Error(`draft ${report}: ${drafted.stderr}`);
  const facts = join(work, `${basename(report, '.txt')}.json`);
  writeFileSync(facts, drafted.stdout);
  if (keep) writeFileSync(join(keep, basename(facts)), drafted.stdout);
  const checked = spawnSync(cli, ['check', '--facts', facts, '--format', 'jsonl'],
    { input: readFileSync(checks), encoding: 'utf8', maxBuffer: 1 << 28 });
  const reports = checked.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return score(readJsonLines(checks), reports);
}

const reports = readdirSync(here).filter((f) => f.endsWith('.checks.jsonl')).sort();
const total = { hits: 0, total: 0, alarms: 0, supports: 0 };
try {
  for (const checks of reports) {
    const stem = checks.replace(/\.checks\.jsonl$/, '');
    const s = runReport(join(here, `${stem}.txt`), join(here, checks));
    for (const k of Object.keys(total)) total[k] += s[k];
    if (verbose) {
      console.log(`== ${stem}`);
      for (const m of s.misses) console.log(`MISS ${m.id}: want ${m.expect.verdict} "${m.expect.span}" :: ${m.text.slice(0, 110)}\n      got ${JSON.stringify(m.got)}`);
      for (const a of s.falseAlarms) console.log(`FALSE ALARM ${a.id}: ${a.fact} "${a.claim}" :: ${a.text.slice(0, 110)}`);
    }
    console.log(`${stem}: ${scoreLine(s)}`);
  }
  console.log(`total: ${scoreLine(total)} (${(100 * total.hits / (total.total || 1)).toFixed(1)} %)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
