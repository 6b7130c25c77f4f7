// Scores claimcheck reports against labelled sentences: the rules of the evaluation the project is measured by.
//
//   labels:  one item a line: {"id", "text", "date"?, "expect": [{"facts": [ids], "verdict"}]}
//   reports: one report a line, matched by "id" (what `claimcheck check --format jsonl` prints)
//
// An expectation is met when a claim of its item has the same verdict and one of its fact ids (each claim meets
// at most one expectation). A "contradicted" claim that meets none is a false alarm (the worst error: it accuses
// a correct sentence); a "supported" one is a false support. "unverified" claims are never counted.
//
// Also: expectations by span instead of fact id ({"verdict", "span": "exact words"}), for reports checked against
// drafted fact bases whose ids are not known in advance: met by a claim whose text overlaps the span.
import { readFileSync } from 'node:fs';

export function readJsonLines(path) {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
}

function meets(claim, expect, item) {
  if (claim.verdict !== expect.verdict) return false;
  if (expect.facts) return expect.facts.includes(claim.fact_id);
  const start = item.text.indexOf(expect.span);
  return start >= 0 && claim.start < start + expect.span.length && start < claim.end;
}

/** {hits, total, alarms, supports, contradictions, missing, misses: [...], falseAlarms: [...]} */
export function score(labels, reports) {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const out = { hits: 0, total: 0, alarms: 0, supports: 0, contradicted: 0, missing: 0, misses: [], falseAlarms: [] };
  for (const item of labels) {
    const report = byId.get(item.id);
    if (!report) out.missing++;
    const claims = (report?.claims ?? []).filter((c) => c && typeof c === 'object');
    const used = new Set();
    for (const expect of item.expect) {
      out.total++;
      const index = claims.findIndex((c, i) => !used.has(i) && meets(c, expect, item));
      if (index >= 0) {
        used.add(index);
        out.hits++;
      } else {
        out.misses.push({ id: item.id, expect, text: item.text, got: claims.map((c) => [c.verdict, c.fact_id, c.text]) });
      }
    }
    claims.forEach((c, i) => {
      if (used.has(i)) return;
      if (c.verdict === 'contradicted') {
        out.alarms++;
        out.falseAlarms.push({ id: item.id, fact: c.fact_id, claim: c.text, text: item.text });
      } else if (c.verdict === 'supported') {
        out.supports++;
      }
    });
  }
  return out;
}

export function scoreLine(s) {
  return `hit=${s.hits}/${s.total} false_alarms=${s.alarms} false_supports=${s.supports}`;
}
