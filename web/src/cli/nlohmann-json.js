// JSON as the native CLI's library (nlohmann/json 3.11) reads and writes it, for `check --format jsonl`, whose
// output must be byte-identical to the native CLI's: the "id" of each input line is parsed and written back, so
// this module accepts exactly what nlohmann accepts and prints numbers and objects the way nlohmann dumps them.
//
// Differences from JSON.parse/JSON.stringify that matter here:
//   - integers keep their exact value (int64/uint64 as BigInt); floats print as nlohmann prints them ("1.0",
//     "1e+100"); a float that overflows to infinity is a parse error;
//   - objects are std::map: keys print sorted by UTF-8 bytes, a repeated key keeps its last value;
//   - a lone surrogate escape (\ud800) is a parse error.
// Input is a string already decoded from strictly valid UTF-8 (invalid UTF-8 is a parse error in nlohmann too).

export class NlNumber {
  constructor(integer, float) {
    this.integer = integer;  // BigInt, or null for a float
    this.float = float;
  }
}

const INT64_MIN = -(2n ** 63n);
const UINT64_MAX = 2n ** 64n - 1n;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class SyntaxFailure extends Error {}

class Parser {
  constructor(text) {
    this.text = text;
    this.i = 0;
  }

  fail() { throw new SyntaxFailure(`syntax error at ${this.i}`); }

  space() {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i])) this.i++;
  }

  value() {
    this.space();
    const c = this.text[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]]) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    return this.number();
  }

  number() {
    NUMBER.lastIndex = this.i;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail();
    this.i += match[0].length;
    if (match[1] === undefined && match[2] === undefined) {
      const integer = BigInt(match[0]);
      if (integer >= INT64_MIN && integer <= UINT64_MAX) return new NlNumber(integer, null);
    }
    const float = Number(match[0]);
    if (!Number.isFinite(float)) this.fail();
    return new NlNumber(null, float);
  }

  hex4() {
    const digits = this.text.slice(this.i, this.i + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail();
    this.i += 4;
    return parseInt(digits, 16);
  }

  escape() {
    const c = this.text[this.i++];
    if (c in ESCAPES) return ESCAPES[c];
    if (c !== 'u') this.fail();
    const unit = this.hex4();
    if (unit >= 0xDC00 && unit <= 0xDFFF) this.fail();
    if (unit < 0xD800 || unit > 0xDBFF) return String.fromCharCode(unit);
    if (this.text.slice(this.i, this.i + 2) !== '\\u') this.fail();
    this.i += 2;
    const low = this.hex4();
    if (low < 0xDC00 || low > 0xDFFF) this.fail();
    return String.fromCharCode(unit, low);
  }

  string() {
    this.i++;
    let out = '';
    for (;;) {
      if (this.i >= this.text.length) this.fail();
      const c = this.text[this.i++];
      if (c === '"') return out;
      if (c === '\\') out += this.escape();
      else if (c < ' ') this.fail();
      else out += c;
    }
  }

  array() {
    this.i++;
    const out = [];
    this.space();
    if (this.text[this.i] === ']') {
      this.i++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.space();
      const c = this.text[this.i++];
      if (c === ']') return out;
      if (c !== ',') this.fail();
    }
  }

  object() {
    this.i++;
    const out = new Map();
    this.space();
    if (this.text[this.i] === '}') {
      this.i++;
      return out;
    }
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"') this.fail();
      const key = this.string();
      this.space();
      if (this.text[this.i++] !== ':') this.fail();
      out.set(key, this.value());
      this.space();
      const c = this.text[this.i++];
      if (c === '}') return out;
      if (c !== ',') this.fail();
    }
  }
}

/** Parses one JSON document; objects are Maps, numbers NlNumbers. Returns undefined where nlohmann fails. */
export function parseNlohmann(text) {
  const parser = new Parser(text);
  try {
    const value = parser.value();
    parser.space();
    return parser.i === text.length ? value : undefined;
  } catch (error) {
    if (error instanceof SyntaxFailure || error instanceof RangeError) return undefined;
    throw error;
  }
}

// nlohmann's dtoa: shortest round-trip digits, then format_buffer(min_exp = -4, max_exp = 15).
function dumpFloat(x) {
  if (!Number.isFinite(x)) return 'null';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0.0`;
  const [mantissa, exponent] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const k = digits.length;
  const n = Number(exponent) + 1;
  if (k <= n && n <= 15) return `${sign}${digits}${'0'.repeat(n - k)}.0`;
  if (n > 0 && n <= 15) return `${sign}${digits.slice(0, n)}.${digits.slice(n)}`;
  if (n > -4 && n <= 0) return `${sign}0.${'0'.repeat(-n)}${digits}`;
  const e = Math.abs(n - 1);
  const head = k === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  return `${sign}${head}e${n - 1 < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
}

function dumpString(text) {
  let out = '"';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\b') out += '\\b';
    else if (c === '\f') out += '\\f';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

const utf8 = new TextEncoder();
function byUtf8(a, b) {
  const x = utf8.encode(a);
  const y = utf8.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/** Compact dump, as nlohmann's json::dump() writes a value that parseNlohmann() returned. */
export function dumpNlohmann(value) {
  if (value === null || value === undefined) return 'null';
  if (value === true || value === false) return String(value);
  if (typeof value === 'string') return dumpString(value);
  if (value instanceof NlNumber) return value.integer !== null ? value.integer.toString() : dumpFloat(value.float);
  if (Array.isArray(value)) return `[${value.map(dumpNlohmann).join(',')}]`;
  if (value instanceof Map) {
    const keys = [...value.keys()].sort(byUtf8);
    return `{${keys.map((key) => `${dumpString(key)}:${dumpNlohmann(value.get(key))}`).join(',')}}`;
  }
  throw new TypeError('not a parsed JSON value');
}
