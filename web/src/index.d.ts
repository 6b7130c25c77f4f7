// Types of the claimcheck package (hand-written; keep in step with index.js and engine/src/report/report.cpp).

/** What the engine says about one claim. */
export type Verdict = 'supported' | 'contradicted' | 'unverified';

/** Where the fact base has a fact from. */
export interface Source {
  title: string;
  publisher: string;
  /** ISO date as the fact base writes it. */
  date: string;
  url: string | null;
}

/** One claim of the checked text. Offsets are UTF-16 code units, half-open: `text.slice(start, end) === claim.text`. */
export interface Claim {
  verdict: Verdict;
  /** The fact that settles the claim; null when no fact covers it. */
  fact_id: string | null;
  /** What was compared: "quantity", "date", "place", "participants", "role", ... */
  slot: string;
  start: number;
  end: number;
  /** The words the verdict is about, exactly as in the checked text. */
  text: string;
  /** The sentence holding the claim, UTF-16 code units, half-open. */
  sentence: { start: number; end: number };
  /** The text's value, readable ("80,000"). */
  found: string;
  /** The fact base's value ("about 500,000 (deaths)"); null when unverified. */
  expected: string | null;
  /** The fact's statement; null when no fact covers the claim. */
  statement: string | null;
  source: Source | null;
  /** One plain sentence. */
  explanation: string;
  /** A figure several sources give (a contested toll): the key of its record in `Report.figures`; else null. */
  figures: string | null;
  /** Which of that record's values the claim agrees with (an index into `values`); null when none. */
  agrees_with: number | null;
}

/** One source's value of a contested figure. */
export interface SourcedFigure {
  /** How the source put it: "about 500,000". */
  label: string;
  /** What it counts, if not only the measure: "civilians only". */
  note: string | null;
  source: Source | null;
  /** When the figure held, with the fact base's precision ("2021-09-24", "2021-09", "2021"); null if not given. */
  as_of: string | null;
  /** Withdrawn by its source: shown, supports nothing. */
  retracted: boolean;
}

/** Every source's value of a contested figure: who said what, when. */
export interface FigureRecord {
  fact_id: string;
  /** What is counted: "deaths". */
  measure: string;
  unit: string;
  values: SourcedFigure[];
}

export interface Report {
  /** In document order. */
  claims: Claim[];
  /** The contested figures the claims point to (`Claim.figures`), by key. */
  figures: Record<string, FigureRecord>;
  /** Number of sentences in the text. */
  sentences: number;
}

export interface FactBaseInfo {
  name: string;
  version: string;
  /** Number of facts. */
  count: number;
}

export interface CheckerInfo {
  /** Engine version, e.g. "0.1.0". */
  engine: string;
  facts: FactBaseInfo;
}

/** One problem of a fact base, as the validator reports it: the engine's one error shape. */
export interface FactError {
  /** Stable kebab-case identifier: "syntax", "missing-field", "duplicate-id", ... (facts/README.md). */
  code: string;
  /** One line of plain English, without the location. */
  message: string;
  /** The document's name: the file or URL name, "facts.json" for text and objects. */
  file: string | null;
  /** RFC 6901 JSON pointer; "" is the whole document. */
  pointer: string | null;
  /** 1-based, for syntax errors; null otherwise. */
  line: number | null;
  /** 1-based, in code points, with `line`. */
  column: number | null;
  /** The whole error in one line: "facts.json:/facts/3/id: ...". */
  text: string;
}

/**
 * A fact base. What a value is never depends on what a string looks like:
 * - a string is JSON text (a path or a URL in a string is a syntax error, never a read);
 * - a URL instance is fetched (in Node, a file: URL is read from disk);
 * - `{ path }` is a file read from disk, in Node only (relative to the cwd);
 * - UTF-8 bytes are JSON text; any other object is the fact base itself.
 */
/**
 * A fact base: JSON text (a string), a URL to fetch, `{ path }` (Node), the base as an object, or bytes: UTF-8 JSON,
 * or a compiled fact base (`claimcheck compile`; its first byte is 0x89). URLs and files may hold either form.
 */
export type FactsInput = string | URL | { path: string } | object | ArrayBuffer | ArrayBufferView;

export interface CheckerOptions {
  /** The fact base; the bundled one when absent. */
  facts?: FactsInput;
  /** Run the engine in a module Worker (browser) or a worker_threads Worker (Node). Default false. */
  worker?: boolean;
  /** Where claimcheck.wasm is (a CDN, another folder); default: dist/claimcheck.wasm next to the package. */
  wasmUrl?: string | URL;
  /**
   * Browsers: also fetch the start-up image beside the .wasm (claimcheck.image, 227 KB gzipped) and start the bundled
   * engine from it rather than building it: a shorter start when the files are cached, a longer download when not.
   * Used only with the .wasm it was made for (the id the build puts in both), and only without `facts`;
   * otherwise, or without the file, the engine is built as usual. Node always uses the image when it is there.
   * Default false.
   */
  startupImage?: boolean;
}

export interface CheckProgress {
  /** UTF-8 bytes of the text checked so far, and in all. */
  read: number;
  total: number;
  /** read / total, from 0 to 1 (1 on the last call). */
  fraction: number;
}

export interface CheckOptions {
  /** YYYY-MM-DD: the article's date, which resolves dates written without a year. Without it, a dateline at
   * the start of the text ("Moscow, 25 April 2023 (TDI):") dates the whole text. */
  date?: string;
  /** Stops the check between two slices of text; the promise rejects with code 'aborted'. */
  signal?: AbortSignal;
  /** Called after each slice of text (a few KB in the page's thread, more in a worker). */
  onProgress?: (progress: CheckProgress) => void;
}

/** A span of the extracted text: UTF-16 code units, half-open, `text.slice(start, end) === span.text`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A figure: "more than 400,000", "$54.20 a share", "two thirds", "a 7.8 tremor". low/high are in the base unit of
 * the dimension (duration days, length metres, area square metres, volume litres, mass kilograms, speed km/h,
 * temperature Celsius, power watts, energy watt-hours, percent points; money in its own currency); null is
 * unbounded. See docs/EXTRACT.md.
 */
export interface FigureMention extends TextSpan {
  kind: 'figure';
  /** Just the number ("400,000" in "more than 400,000 people"). */
  number: TextSpan;
  low: number | null;
  high: number | null;
  low_open: boolean;
  high_open: boolean;
  /** The lexicon's unit id ("usd", "km", "month", "percent"); "" for a plain count. */
  unit: string;
  /** "count", "ordinal", "money", "percent", "duration", "length", "area", "volume", "mass", "speed", ... */
  dimension: string;
  /** A rate's denominator ("share" in "$54.20 a share"). */
  per: string | null;
  /** The folded word after the number ("people"), "%" for a percentage, a currency code written before it. */
  noun: string | null;
  hedged: boolean;
  vague: boolean;
  negated: boolean;
  fraction: boolean;
  ordinal: boolean;
  percent: boolean;
}

/** A time of day: "6:04 pm IST", "18:03", "noon". */
export interface TimeOfDay extends TextSpan {
  /** Minutes after midnight. */
  minutes: number;
  /** As written ("IST", "UTC+5:30"). */
  zone: string | null;
  /** Minutes east of UTC when a zone is written. */
  utc_offset: number | null;
}

export interface DateAnchor {
  /** What the date counts from: the publication date, the date told before, or an event ("the quake"). */
  to: 'reference' | 'previous-date' | 'event';
  /** For offsets: signed count of units ("three weeks later": 3 week; "two months ago": -2 month). */
  count?: number;
  unit?: 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year' | 'decade';
  /** True: the whole calendar unit that far away ("the following year"); false: the anchor moved ("a year later"). */
  calendar?: boolean;
  /** 1..12 for "the following July". */
  month?: number | null;
  /** The event's words, for `to: 'event'`. */
  event: TextSpan | null;
}

/** A date: first/last are ISO days (YYYY-MM-DD), null when the date is anchored to something not known. */
export interface DateMentionJson extends TextSpan {
  kind: 'date';
  first: string | null;
  last: string | null;
  granularity: 'day' | 'month' | 'year' | 'decade' | null;
  resolution: 'explicit' | 'year-from-reference' | 'relative' | 'anchored';
  since: boolean;
  until: boolean;
  part: 'early' | 'mid' | 'late' | null;
  anchor: DateAnchor | null;
  time: TimeOfDay | null;
}

export interface TimeMention extends TimeOfDay {
  kind: 'time';
}

export type Mention = FigureMention | DateMentionJson | TimeMention;

/** What `extract` returns: every figure, date and time of a text, in text order (docs/EXTRACT.md). */
export interface Extraction {
  /** The date that resolved relative dates (YYYY-MM-DD), or null. */
  reference: string | null;
  /** Where it came from: the `date` option, or the text's dateline. */
  reference_from: 'option' | 'dateline' | null;
  mentions: Mention[];
  /** Number of sentences in the text. */
  sentences: number;
}

export interface ExtractOptions {
  /** YYYY-MM-DD: the article's date. Without it, a dateline at the start of the text dates it. */
  date?: string;
}

export interface DraftOptions {
  /** YYYY-MM-DD: the report's date. Without it, the report's dateline dates it (else only full dates are drafted). */
  date?: string;
  /** The source's title; by default the report's first sentence, shortened. */
  sourceTitle?: string;
  /** The source's publisher; by default the agency of the dateline ("Reuters"). */
  publisher?: string;
  /** The source's address (http or https). */
  url?: string;
}

/** A fact base as facts/README.md describes it (facts/schema.json): what `draft` returns and `loadFacts` takes. */
export interface FactBaseJson {
  name: string;
  version: string;
  description?: string;
  sources: Array<{ id: string; title: string; publisher: string; date: string; url?: string }>;
  entities: Array<Record<string, unknown> & { id: string; name: string; kind: string }>;
  facts: Array<Record<string, unknown> & { id: string; kind: string; statement: string }>;
  offices?: Array<{ name: string; holders: 'one' | 'many'; titles: string[] }>;
  units?: Array<Record<string, unknown>>;
}

/** Error codes a CheckerError may carry. */
export type CheckerErrorCode =
  | 'bad-argument'
  | 'bad-date'
  | 'invalid-facts'
  | 'facts-fetch'
  | 'too-large'
  | 'aborted'
  | 'wasm-load'
  | 'unsupported'
  | 'worker'
  | 'disposed'
  | 'no-facts'
  | 'invalid-url'
  | 'internal';

export class CheckerError extends Error {
  constructor(code: CheckerErrorCode | string, message: string, details?: unknown,
    where?: { file?: string | null; pointer?: string | null; line?: number | null; column?: number | null });
  readonly name: 'CheckerError';
  code: CheckerErrorCode | string;
  /** For 'invalid-facts': the validator's errors. */
  details?: FactError[] | unknown;
  /** Where the problem is, when it has a place (the engine's error shape, as FactError). */
  file?: string;
  pointer?: string;
  line?: number;
  column?: number;
}

/** The same interface in-thread and in a worker. Calls run in the order they are made. */
export interface Checker {
  /**
   * The report of `text`, checked a slice at a time (the same report as at once). Lone surrogates are checked
   * as U+FFFD (offsets stay valid). Rejects with 'too-large' over 16 MiB of UTF-8, 'aborted' when `signal` stops it.
   */
  check(text: string, options?: CheckOptions): Promise<Report>;
  /**
   * Every figure, date and time of `text` with its span (no fact base needed). Rejects with 'too-large' over
   * 16 MiB of UTF-8, 'bad-date' for a date that is not YYYY-MM-DD.
   */
  extract(text: string, options?: ExtractOptions): Promise<Extraction>;
  /**
   * A fact base drafted from `text`, a trusted report (wire copy, an official statement): one source, the
   * entities it names, one fact per checkable claim, in the format `loadFacts` takes. It loads as it is; review
   * its triggers, `about` and notes before use. Rejects with 'too-large' over 16 MiB, 'bad-date', 'invalid-url'.
   */
  draft(text: string, options?: DraftOptions): Promise<FactBaseJson>;
  info(): Promise<CheckerInfo>;
  /**
   * The validator's errors for `facts` ([] when it would load), on this checker's engine (in its worker for a
   * worker checker). The fact base in use does not change.
   */
  validate(facts: FactsInput): Promise<FactError[]>;
  /**
   * Replaces the fact base. On invalid facts rejects with CheckerError 'invalid-facts' (`details`: FactError[])
   * and the previous fact base keeps working.
   */
  loadFacts(facts: FactsInput): Promise<CheckerInfo>;
  /** Frees the engine (terminates the worker); pending and later calls reject with 'disposed'. */
  dispose(): void;
}

export function createChecker(options?: CheckerOptions): Promise<Checker>;

/** Every error of a fact base; [] when it is valid. Runs in the calling thread. */
export function validateFacts(facts: FactsInput, options?: { wasmUrl?: string | URL }): Promise<FactError[]>;
