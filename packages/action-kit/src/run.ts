import * as core from '@actions/core';
import { isUserError, messageOf } from './errors.js';
import type { BoundedSummary } from './summary.js';

/**
 * Runs an action's main function and reports its end: the one place that
 * calls `core.setFailed`. A user's mistake is its message (and, for an error
 * of a plain package, the hint of package-errors.ts) alone; anything else
 * is named an internal error, with the stack in the debug log.
 */
export async function runAction(actionName: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (isUserError(error)) {
      // What happened, then (for a package's error) what the workflow should do about it.
      core.setFailed(messageOf(error));
      return;
    }
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(
      `${actionName} failed with an internal error: ${messageOf(error)}. ` +
        'This is a bug in the action; please report it with the step log (enable debug logging for the stack).',
    );
  }
}

/** Sets every output; values are written as strings. */
export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
}

/** Writes the job summary when the runner provides a summary file. */
export async function writeSummary(summary: BoundedSummary): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.debug('GITHUB_STEP_SUMMARY is not set; the job summary is not written.');
    return;
  }
  await core.summary.addRaw(summary.toString()).write();
}
