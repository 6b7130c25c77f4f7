// The one error type of the package. Everything that fails reaches callers as a CheckerError with a stable
// `code` (the table is in README.md). The engine's errors keep their one shape on the way: code, message and,
// where known, the place (file, JSON pointer, line and column), whether they come from the engine in this realm
// or from a worker. Across the worker boundary an error travels as plain data and is rebuilt on the caller's side.

const WHERE = ['file', 'pointer', 'line', 'column'];

export class CheckerError extends Error {
  /**
   * @param {string} code     stable kebab-case identifier: 'invalid-facts', 'bad-date', 'disposed', ...
   * @param {string} message  one line of plain English
   * @param {unknown} [details] for 'invalid-facts': the validator's errors
   * @param {{file?, pointer?, line?, column?}} [where] where the problem is, when it has a place
   */
  constructor(code, message, details = undefined, where = undefined) {
    super(message);
    this.name = 'CheckerError';
    this.code = code;
    if (details !== undefined) this.details = details;
    for (const key of WHERE) {
      if (where?.[key] !== undefined && where[key] !== null) this[key] = where[key];
    }
  }
}

/** What crosses postMessage: plain data only. Unknown exceptions become 'internal'. */
export function errorToWire(error) {
  if (error instanceof CheckerError) {
    const wire = { code: error.code, message: error.message, details: error.details };
    for (const key of WHERE) if (error[key] !== undefined) wire[key] = error[key];
    return wire;
  }
  return { code: 'internal', message: String(error?.message ?? error) };
}

export function errorFromWire(wire) {
  return new CheckerError(wire?.code ?? 'internal', wire?.message ?? 'unknown error', wire?.details, wire);
}
