// The one error type of the package. Everything that fails reaches callers as a CheckerError with a stable
// `code` (the table is in README.md); the engine's own errors are values (JSON), turned into this at the API edge.
// Across the worker boundary an error travels as {code, message, details} and is rebuilt on the caller's side.

export class CheckerError extends Error {
  /**
   * @param {string} code     stable kebab-case identifier: 'invalid-facts', 'bad-date', 'disposed', ...
   * @param {string} message  one line of plain English
   * @param {unknown} [details] for 'invalid-facts': the validator's errors
   */
  constructor(code, message, details = undefined) {
    super(message);
    this.name = 'CheckerError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

/** What crosses postMessage: plain data only. Unknown exceptions become 'internal'. */
export function errorToWire(error) {
  if (error instanceof CheckerError) {
    return { code: error.code, message: error.message, details: error.details };
  }
  return { code: 'internal', message: String(error?.message ?? error) };
}

export function errorFromWire(wire) {
  return new CheckerError(wire?.code ?? 'internal', wire?.message ?? 'unknown error', wire?.details);
}
