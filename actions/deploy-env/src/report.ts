import type { StepReport } from './steps.js';

export type DeployStatus = 'success' | 'rolled-back' | 'failed';

/** A required environment and the version that runs there. */
export interface RequiredEnvironment {
  environment: string;
  current: string;
}

/**
 * What happened: the outputs, the summary and the step's error are made from
 * it. The flags say what the outcome was, so that no reader has to infer it
 * from the steps.
 */
export interface DeployReport {
  /** `deploy`, or one half of a composed deployment. */
  step: 'deploy' | 'start' | 'finish';
  model: string;
  environment: string;
  status: DeployStatus;
  /** The version requested, resolved when `latest`; empty when it could not be resolved. */
  version: string;
  /** The version in the environment before; empty when there was none. */
  previousVersion: string;
  /** The version the newest record of the environment names after this run. */
  recordedVersion: string;
  /** The environment tag written by this run, if any. */
  recordedTag: string;
  /** The `MODEL_DIR` the command got: `path`, or the version's stored files downloaded; empty when neither. */
  modelDir: string;
  /** The GitHub deployment of the requested version; empty when none. */
  deploymentId: string;
  /** The registered digest and version tag of the requested version; empty when it could not be resolved. */
  digest: string;
  tag: string;
  /** After a failed `finish`: the version recorded as running before, for the workflow to redeploy; else empty. */
  rollbackVersion: string;
  url: string;
  requires: RequiredEnvironment[];
  steps: StepReport[];
  /** Set when the step fails: the one-line error. */
  failure: string;
  /** A check refused the deploy: nothing ran, nothing was recorded. */
  refused: boolean;
  /** The requested version passed its checks after the command and runs in the environment now. */
  live: boolean;
  /** This run wrote an environment tag (`recordedTag`): of the requested version, or of the one rolled back to. */
  recorded: boolean;
  /** The requested version failed and the one before it runs again, having passed its own checks. */
  rolledBack: boolean;
  /** True when a deploy and its rollback both failed: the environment may be down. */
  mayBeDown: boolean;
  /** The job was cancelled before the deploy ended: nothing unchecked was recorded, and what runs is unknown. */
  cancelled: boolean;
}

/** What `deactivate` did to a preview environment: the summary and the outputs are made from it. */
export interface DeactivateReport {
  model: string;
  environment: string;
  status: 'success' | 'failed';
  /** The version the environment's newest record named before; empty when none. */
  previousVersion: string;
  /** The environment tags removed from the registry. */
  removedTags: string[];
  /** GitHub deployments set `inactive`. */
  inactive: number[];
  /** GitHub deployments that could not be set `inactive` (warned of). */
  notInactive: number[];
  steps: StepReport[];
  /** Set when the step fails: the one-line error. */
  failure: string;
  /** A check refused the deactivation: nothing was run, removed or changed. */
  refused: boolean;
}
