/** What was wrong with the gate's input. */
export type GateErrorCode =
  /** A threshold rule that does not parse. */
  | 'invalid-rule'
  /** A metrics document that is not a JSON object. */
  | 'invalid-metrics'
  /** A metrics or baseline file that cannot be read safely (MetricsFileError says why). */
  | 'metrics-file'
  /** A rule's dot path that reads two values in one document (a flat `"eval.accuracy"` beside `eval.accuracy`). */
  | 'ambiguous-metric';

/**
 * A threshold rule or a metrics document the user must fix; the message
 * quotes what was wrong. Anything else the package throws is a plain `Error`.
 */
export class GateError extends Error {
  override readonly name: string = 'GateError';

  constructor(
    readonly code: GateErrorCode,
    message: string,
  ) {
    super(message);
  }
}
