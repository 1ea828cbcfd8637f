/** What was wrong with the gate's input. */
export type GateErrorCode =
  /** A threshold rule that does not parse. */
  | 'invalid-rule'
  /** A metrics document that is not a JSON object. */
  | 'invalid-metrics';

/**
 * A threshold rule or a metrics document the user must fix; the message
 * quotes what was wrong. Anything else the package throws is a plain `Error`.
 */
export class GateError extends Error {
  override readonly name = 'GateError';

  constructor(
    readonly code: GateErrorCode,
    message: string,
  ) {
    super(message);
  }
}
