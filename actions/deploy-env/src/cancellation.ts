import { formatDuration, type Logger } from '@mlops-actions/action-kit';
import type { DeploymentsApi } from '@mlops-actions/github';
import { GitHubMirror } from './github-mirror.js';

/** What the runner sends a step of a cancelled (or timed-out) job: SIGINT, then SIGTERM about 7.5 s later. */
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * GitHub gets this long to take a cancelled deployment's final status: the
 * runner kills the step 10 s after it cancels it, and the last line must
 * still say what may be running.
 */
const CLOSE_TIMEOUT_MS = 3_000;

/** The job's cancellation: `signal` aborts, with the signal's name as its reason, when the runner sends the first. */
export interface Cancellation {
  signal: AbortSignal;
  /** Removes the handlers: the process ends as it would without them. */
  dispose(): void;
}

/**
 * Handles the runner's cancel signals instead of dying at the first: the
 * deploy command's process group gets the signal too (through `signal`),
 * and the step has the runner's grace to close what it opened and say what
 * may be running. Handlers in the main step, not a `post:` step: only the
 * main step knows the command's process group and how far the rollout got,
 * and it is still running when the signal comes.
 */
export function watchCancellation(log: Logger, target: NodeJS.Process = process): Cancellation {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals): void => {
    // A second signal (the runner's SIGTERM) changes nothing: the stop is under way and bounded.
    if (controller.signal.aborted) return;
    log.info(`The runner sent ${signal} (the job was cancelled or timed out): stopping the deploy.`);
    controller.abort(signal);
  };
  for (const name of CANCEL_SIGNALS) target.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of CANCEL_SIGNALS) target.off(name, onSignal);
    },
  };
}

/**
 * Gives a cancelled GitHub deployment its final state (`error`), so that the
 * Environments page does not show it in progress forever; bounded in time.
 */
export function gitHubCanceller(
  connect: () => Promise<DeploymentsApi>,
  log: Logger,
  runUrl: string,
  timeoutMs = CLOSE_TIMEOUT_MS,
): (deploymentId: number | undefined, description: string) => Promise<void> {
  const mirror = new GitHubMirror(connect, log, runUrl);
  return async (id, description) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), timeoutMs);
    });
    const done = await Promise.race([mirror.status(id, { state: 'error', description }), late]);
    clearTimeout(timer);
    if (done === 'late') {
      log.warning(
        `GitHub did not answer within ${formatDuration(timeoutMs)}: deployment ${id} may still show in progress.`,
      );
    }
  };
}
