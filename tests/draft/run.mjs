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

/**
 * Drafts `report` into `work`/<report>.json (and `keep`/, when given) and checks `checks` against the draft:
 * the score (tests/eval/score.mjs) and `groups`, the three groups of a checks file.
 */
export function runReport(report, checks, { work, keep = null }) {
  const drafted = spawnSync(cli, ['draft', report], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (drafted.status !== 0) throw new Error(`draft ${report}: ${drafted.stderr}`);
  const facts = join(work, `${basename(report, '.txt')}.json`);
  writeFileSync(facts, drafted.stdout);
  if (keep) writeFileSync(join(keep, basename(facts)), drafted.stdout);
  const checked = spawnSync(cli, ['check', '--facts', facts, '--format', 'jsonl'],
    { input: readFileSync(checks), encoding: 'utf8', maxBuffer: 1 << 28 });
  const reports = checked.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const labels = readJsonLines(checks);
  return { ...score(labels, reports), groups: groups(labels, reports) };
}

/**
 * The three groups of a checks file (README.md): items 1-15 paraphrases, 16-24 one planted error each, 25-30
 * near misses. Paraphrases: supported spans met; planted: contradicted spans met; near misses: items with no
 * contradicted claim, and items with no claim supported or contradicted at all (silent).
 */
export function groups(labels, reports) {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const out = { paraphrases: { met: 0, total: 0 }, planted: { met: 0, total: 0 },
    nearMisses: { noAlarm: 0, silent: 0, total: 0 } };
  for (const item of labels) {
    const n = Number(item.id.slice(item.id.lastIndexOf('-') + 1));
    const s = score([item], byId.has(item.id) ? [byId.get(item.id)] : []);
    const claims = byId.get(item.id)?.claims ?? [];
    if (n >= 25) {
      out.nearMisses.total++;
      if (!claims.some((c) => c.verdict === 'contradicted')) out.nearMisses.noAlarm++;
      if (!claims.some((c) => c.verdict !== 'unverified')) out.nearMisses.silent++;
      continue;
    }
    const group = n >= 16 ? out.planted : out.paraphrases;
    const verdict = n >= 16 ? 'contradicted' : 'supported';
    const wanted = item.expect.filter((e) => e.verdict === verdict);
    group.total += wanted.length;
    group.met += wanted.length - s.misses.filter((m) => m.expect.verdict === verdict).length;
  }
  return out;
}

const groupLine = ({ paraphrases: p, planted: c, nearMisses: m }) =>
  `paraphrases supported ${p.met}/${p.total}, planted errors contradicted ${c.met}/${c.total}, ` +
  `near misses without alarm ${m.noAlarm}/${m.total} (silent ${m.silent}/${m.total})`;

/** The checks files of tests/draft, each with its report: [{stem, report, checks}]. */
export function ownReports() {
  return readdirSync(here).filter((f) => f.endsWith('.checks.jsonl')).sort().map((checks) => {
    const stem = checks.replace(/\.checks\.jsonl$/, '');
    return { stem, report: join(here, `${stem}.txt`), checks: join(here, checks) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const keepAt = args.indexOf('--keep');
  const keep = keepAt >= 0 ? args[keepAt + 1] : null;
  const work = mkdtempSync(join(tmpdir(), 'claimcheck-draft-'));
  if (keep) mkdirSync(keep, { recursive: true });
  const reports = readdirSync(here).filter((f) => f.endsWith('.checks.jsonl')).sort();
  const total = { hits: 0, total: 0, alarms: 0, supports: 0 };
  try {
    for (const checks of reports) {
      const stem = checks.replace(/\.checks\.jsonl$/, '');
      const s = runReport(join(here, `${stem}.txt`), join(here, checks), { work, keep });
      for (const k of Object.keys(total)) total[k] += s[k];
      if (verbose) {
        console.log(`== ${stem}`);
        for (const m of s.misses) console.log(`MISS ${m.id}: want ${m.expect.verdict} "${m.expect.span}" :: ${m.text.slice(0, 110)}\n      got ${JSON.stringify(m.got)}`);
        for (const a of s.falseAlarms) console.log(`FALSE ALARM ${a.id}: ${a.fact} "${a.claim}" :: ${a.text.slice(0, 110)}`);
      }
      console.log(`${stem}: ${scoreLine(s)}\n  ${groupLine(s.groups)}`);
    }
    console.log(`total: ${scoreLine(total)} (${(100 * total.hits / (total.total || 1)).toFixed(1)} %)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
