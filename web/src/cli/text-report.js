// Text output for people, the same lines as the native CLI (cli/output.cpp): a summary, then each claim with its
// line:column (1-based, columns in code points, as editors count them) and its explanation.
const STYLES = {
  supported: { mark: '[ok]', colour: '\x1b[32m' },
  contradicted: { mark: '[!!]', colour: '\x1b[31;1m' },
  unverified: { mark: '[??]', colour: '\x1b[33m' },
};

/** Moves `position` over text[from, to) (UTF-16 offsets); a surrogate pair is one column. */
function advance(text, from, to, position) {
  for (let i = from; i < to && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0A) {
      position.line++;
      position.column = 1;
    } else if (!(unit >= 0xDC00 && unit <= 0xDFFF && i > 0 && isHigh(text.charCodeAt(i - 1)))) {
      position.column++;
    }
  }
}

const isHigh = (unit) => unit >= 0xD800 && unit <= 0xDBFF;

/** The report of `text` as the lines `claimcheck check` prints; `name` is the file name or "stdin". */
export function formatReportText(report, text, name, colour) {
  const counts = { supported: 0, contradicted: 0, unverified: 0 };
  for (const claim of report.claims) counts[claim.verdict]++;
  const reset = colour ? '\x1b[0m' : '';
  let out = `${name}: ${report.sentences} sentences, ${report.claims.length} claims: ${counts.supported} supported, ` +
    `${counts.contradicted} contradicted, ${counts.unverified} unverified\n`;
  const position = { line: 1, column: 1 };
  let offset = 0;
  for (const claim of report.claims) {
    advance(text, offset, claim.start, position);
    offset = claim.start;
    const style = STYLES[claim.verdict] ?? STYLES.unverified;
    out += `\n  ${colour ? style.colour : ''}${style.mark} ${claim.verdict}${reset}  ${position.line}:` +
      `${position.column}  "${claim.text}"`;
    if (claim.fact_id) out += `  (${claim.fact_id})`;
    out += `\n      ${claim.explanation}\n`;
  }
  return out;
}
