import * as core from '@actions/core';
import { UserError, isUserError, messageOf } from './errors.js';
import type { BoundedSummary } from './summary.js';

/**
 * Runs an action's main function and reports its end: the one place that
 * calls `core.setFailed`. A user's mistake is its message (and, for an error
 * of a plain package, the hint of package-errors.ts) alone, with its exit
 * code; anything else is named an internal error, with the stack in the
 * debug log.
 */
export async function runAction(actionName: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isUserError(error)) {
      // What happened, then (for a package's error) what the workflow should do about it.
      core.setFailed(messageOf(error));
      if (error instanceof UserError) process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(
      `${actionName} failed with an internal error: ${messageOf(error)}. ` +
        'This is a bug in the action; please report it with the step log (enable debug logging for the stack).',
    );
  }
}

/**
 * The runner's output file could not be written (a full disk, a path that is
 * not a writable file). Neither the user's mistake nor a bug: reported as what
 * happened, which the action completes with what it did before.
 */
export class OutputFileError extends UserError {
  constructor(
    message: string,
    /** The file `GITHUB_OUTPUT` names. */
    readonly file: string,
  ) {
    super(message);
  }
}

/**
 * Sets every output, in order; values are written as strings. Put the output
 * that says how the step ended last: when a write fails, no later output is
 * written, so it is never read without the others. A failed write is an
 * `OutputFileError`.
 */
export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) {
    try {
      core.setOutput(name, String(value));
    } catch (error) {
      const file = process.env['GITHUB_OUTPUT'] ?? '';
      throw new OutputFileError(
        `Could not write the step's outputs to ${file} (GITHUB_OUTPUT): ${messageOf(error)}.`,
        file,
      );
    }
  }
}

/**
 * Writes the job summary when the runner provides a summary file. A summary
 * that cannot be written (a full disk) is a warning: it changes nothing the
 * step did, and later steps do not read it.
 */
export async function writeSummary(summary: BoundedSummary): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) {
    core.debug('GITHUB_STEP_SUMMARY is not set; the job summary is not written.');
    return;
  }
  try {
    await core.summary.addRaw(summary.toString()).write();
  } catch (error) {
    core.warning(
      `Could not write the job summary to ${file} (GITHUB_STEP_SUMMARY): ${messageOf(error)}. ` +
        'What the step did is not affected; its log says it all.',
    );
  }
}
