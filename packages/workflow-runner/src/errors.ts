/**
 * A problem with the workflow file or how the runner was called: reported as
 * one clear message (no stack trace), and nothing runs.
 */
export class WorkflowError extends Error {
  override name = 'WorkflowError';
}

/** The workflow uses something the local runner does not do; `feature` names it. */
export class UnsupportedFeatureError extends WorkflowError {
  override name = 'UnsupportedFeatureError';

  constructor(
    readonly feature: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The message of anything thrown. The runner's own copy of action-kit's
 * `messageOf`: the runner does not depend on action-kit, which loads the
 * Actions toolkit.
 */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
