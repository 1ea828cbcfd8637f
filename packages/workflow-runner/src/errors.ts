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
