import { explainError, isPackageError } from './package-errors.js';

/**
 * A mistake the workflow author can fix: bad input, a missing file, a refused
 * promotion. Reported as one `::error::` line with no stack trace; everything
 * else is reported as an internal error of the action.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /**
   * The step's exit code: 1, or a command's own when the step fails because
   * of it (a test command's exit code of 2 or 5 says something to whoever
   * reads the step).
   */
  readonly exitCode: number;

  constructor(message: string, options: { exitCode?: number } = {}) {
    super(message);
    const { exitCode = 1 } = options;
    // A process exit code is 1 to 255; anything else (0, a signal's negative code) fails as 1.
    this.exitCode = Number.isInteger(exitCode) && exitCode >= 1 && exitCode <= 255 ? exitCode : 1;
  }
}

/**
 * A mistake the workflow author can fix: a `UserError`, or an error a plain
 * package (registry, digest, junit, gate) threw for one (package-errors.ts).
 */
export function isUserError(error: unknown): error is Error {
  return error instanceof UserError || isPackageError(error);
}

/**
 * The message of anything thrown, for reporting. A package's error is
 * followed by what the workflow should do about it (`explainError`).
 */
export function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const hint = explainError(error);
  return hint === undefined ? error.message : `${error.message} ${hint}`;
}
