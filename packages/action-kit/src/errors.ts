/**
 * A mistake the workflow author can fix: bad input, a missing file, a refused
 * promotion. Reported as one `::error::` line with no stack trace; everything
 * else is reported as an internal error of the action.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The message of anything thrown, for reporting. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
