import {
  formatDuration,
  isUserError,
  messageOf,
  type CommandRunner,
  type Logger,
  type ScriptResult,
} from '@mlops-actions/action-kit';
import type { Registry } from '@mlops-actions/registry';
import {
  bodyStart,
  describeFailure,
  expectedText,
  waitUntilHealthy,
  type Clock,
  type HealthCheck,
} from './health-check.js';
import { shownUrl, type DeploySettings } from './inputs.js';
import { downloadModel, isStored, type ModelFilesDependencies } from './model-files.js';
import type { Candidate, DeployPlan } from './plan.js';
import type { Recording } from './record.js';
import type { DeployReport } from './report.js';
import { rolloutStep, type Steps } from './steps.js';

export interface RolloutDependencies extends ModelFilesDependencies {
  registry: Pick<Registry, 'fetchVersionTag'>;
  runner: CommandRunner;
  /** Where the command runs: `GITHUB_WORKSPACE`. */
  workspace: string;
  clock?: Clock;
  logger: Logger;
  /** Aborts when the job is cancelled: the command and the health check stop at once. */
  cancel?: AbortSignal;
  /** Sets a cancelled GitHub deployment to its final state (`error`, "cancelled"). */
  closeCancelled?: (deploymentId: number | undefined, description: string) => Promise<void>;
  /** How long a timed-out command has after SIGTERM before SIGKILL; 10 s (a setting for tests). */
  killGraceMs?: number;
}

/** What runs the workflow author's command (deploy or teardown): where, and what stops it. */
export type UserCommandDependencies = Pick<RolloutDependencies, 'runner' | 'workspace' | 'cancel' | 'killGraceMs'>;

/** The version and environment a user's command is told about, in its environment variables. */
export interface UserCommandModel {
  name: string;
  version: string;
  tag: string;
  digest: string;
  dir: string;
  environment: string;
  previous: string;
  rollback: boolean;
}

/**
 * Runs the workflow author's command as a `run:` step would, with what it
 * deploys in its environment (never interpolated into the script), stopped
 * past its timeout or when the job is cancelled; what became of it, in words.
 */
export async function runUserCommand(
  command: string,
  timeoutMs: number,
  deps: UserCommandDependencies,
  model: UserCommandModel,
): Promise<{ result: ScriptResult; detail: string; passed: boolean }> {
  const result = await deps.runner.script(command, {
    cwd: deps.workspace,
    env: {
      MODEL_NAME: model.name,
      MODEL_VERSION: model.version,
      MODEL_TAG: model.tag,
      MODEL_DIGEST: model.digest,
      MODEL_DIR: model.dir,
      DEPLOY_ENVIRONMENT: model.environment,
      DEPLOY_PREVIOUS_VERSION: model.previous,
      DEPLOY_ROLLBACK: String(model.rollback),
      // The command gets no token it did not ask for, as in a `run:` step.
      INPUT_TOKEN: '',
    },
    timeoutMs,
    ...(deps.cancel ? { signal: deps.cancel } : {}),
    ...(deps.killGraceMs === undefined ? {} : { killGraceMs: deps.killGraceMs }),
  });
  const detail =
    result.stopped === 'timeout'
      ? `stopped after ${formatDuration(timeoutMs)} ('command-timeout')`
      : result.stopped === 'aborted'
        ? 'stopped: the job was cancelled'
        : `exit code ${result.exitCode}`;
  return { result, detail, passed: result.exitCode === 0 && !result.stopped };
}

/** How a rollout ended: the part of the report that the plan does not give. */
export type RolloutOutcome = Pick<
  DeployReport,
  | 'status'
  | 'failure'
  | 'deploymentId'
  | 'recordedVersion'
  | 'recordedTag'
  | 'live'
  | 'recorded'
  | 'rolledBack'
  | 'mayBeDown'
  | 'cancelled'
>;

export interface Attempt {
  ok: boolean;
  /** The job was cancelled during the attempt (`reason` says in which phase). */
  cancelled?: boolean;
  /** Why it failed, as a clause: "the deploy command exited with code 1". */
  reason: string;
  /** A short line for GitHub's status description. */
  short: string;
}

const LIVE: Attempt = { ok: true, reason: '', short: '' };

/**
 * Puts the planned version into the environment: the GitHub deployment, the
 * command, the health check and the record; on failure the same again for
 * the version that ran before.
 */
export async function rollOut(
  settings: DeploySettings,
  plan: DeployPlan,
  dependencies: RolloutDependencies,
  recording: Recording,
  steps: Steps,
): Promise<RolloutOutcome> {
  const { environment, modelName } = settings;
  const { candidate, rollbackTarget: previous } = plan;
  // What ran before, even when its version tag is gone and it cannot be rolled back to.
  const replaced = plan.previousVersion;
  const attempts = new Attempts(settings, dependencies, steps);
  const { cancel } = dependencies;
  const deploying = `Deploying ${modelName} ${candidate.version} to ${environment}`;
  const newest = `its newest record still names ${replaced || 'no version'}`;

  if (cancel?.aborted) {
    return {
      ...nothingChanged(replaced, ''),
      cancelled: true,
      failure:
        `${deploying} was cancelled before the deploy command ran: ` +
        (replaced ? `${environment} still runs ${replaced}.` : `nothing was deployed to ${environment}.`),
    };
  }
  const deploymentId = await recording.startGitHubDeployment(candidate, false);
  const unchanged = nothingChanged(replaced, deploymentId === undefined ? '' : String(deploymentId));
  const attempt = await attempts.run(candidate, replaced, false, plan.modelDir);
  if (attempt.ok) return { ...unchanged, ...(await goLive(recording, candidate, false, deploymentId, replaced)) };

  if (attempt.cancelled) {
    await closeCancelled(dependencies, deploymentId, attempt.short);
    const running = replaced ? `${candidate.version} or still ${replaced}` : candidate.version;
    return {
      ...unchanged,
      cancelled: true,
      failure:
        `${deploying} was cancelled ${attempt.reason}; nothing was recorded and ${newest}. ` +
        `${environment} may be running ${running}: check it, then deploy again.`,
    };
  }
  await recording.failed(false, deploymentId, attempt.short);
  const failed = `${deploying} failed: ${attempt.reason}.`;
  if (!settings.rollback || previous === undefined || cancel?.aborted) {
    const why = cancel?.aborted
      ? 'Nothing was rolled back: the job was cancelled'
      : !settings.rollback
        ? "Nothing was rolled back ('rollback' is false)"
        : replaced
          ? `Nothing was rolled back: the version tag of ${replaced}, which ran in ${environment} before, is gone from the registry`
          : `Nothing was rolled back: ${environment} had no earlier version`;
    const after = replaced
      ? `; ${environment} may now run a broken ${candidate.version}, while its newest record still names ${replaced}`
      : '';
    return { ...unchanged, cancelled: cancel?.aborted === true, failure: `${failed} ${why}${after}.` };
  }

  dependencies.logger.warning(`${attempt.short}: rolling ${environment} back to ${previous.version}.`);
  const rollbackId = await recording.startGitHubDeployment(previous, true);
  const rollback = await attempts.run(previous, candidate.version, true, await attempts.rollbackFiles(previous));
  if (rollback.ok) {
    const recorded = await recording.live(previous, true, rollbackId, replaced);
    const health = settings.health ? ', which passed its health check' : '';
    return {
      ...unchanged,
      status: 'rolled-back',
      rolledBack: true,
      ...(recorded.recorded ? { recorded: true, recordedTag: recorded.tag, recordedVersion: previous.version } : {}),
      failure:
        `${failed} Rolled back to ${previous.version}${health}` +
        (recorded.recorded ? ` and is recorded as ${recorded.tag}.` : `. ${recorded.reason}`),
    };
  }
  if (rollback.cancelled) {
    await closeCancelled(dependencies, rollbackId, rollback.short);
    return {
      ...unchanged,
      cancelled: true,
      failure:
        `${failed} The rollback to ${previous.version} was cancelled ${rollback.reason}; nothing was recorded and ` +
        `${newest}. ${environment} may be running ${previous.version} or ${candidate.version}: check it, then deploy ` +
        'a version that works.',
    };
  }
  await recording.failed(true, rollbackId, rollback.short);
  return {
    ...unchanged,
    mayBeDown: true,
    recordedVersion: previous.version,
    failure:
      `${failed} The rollback to ${previous.version} failed too: ${rollback.reason}. ` +
      `${environment.toUpperCase()} MAY BE DOWN: check it now and deploy a version that works.`,
  };
}

/** The outcome while this run has recorded nothing: the newest record still names what ran before. */
/**
 * A version that passed its health check goes live: recorded (and its GitHub
 * deployment closed as a success), or live without a record, and why.
 */
export async function goLive(
  recording: Recording,
  candidate: Candidate,
  rollback: boolean,
  deploymentId: number | undefined,
  before: string,
): Promise<
  Partial<Pick<RolloutOutcome, 'status' | 'live' | 'recorded' | 'recordedTag' | 'recordedVersion' | 'failure'>>
> {
  const recorded = await recording.live(candidate, rollback, deploymentId, before);
  if (!recorded.recorded) return { live: true, failure: recorded.reason };
  return {
    status: 'success',
    live: true,
    recorded: true,
    recordedTag: recorded.tag,
    recordedVersion: candidate.version,
  };
}

/** The outcome of a step that changed nothing in the environment: `replaced` still runs there. */
export function nothingChanged(replaced: string, deploymentId: string): RolloutOutcome {
  return {
    status: 'failed',
    failure: '',
    deploymentId,
    recordedVersion: replaced,
    recordedTag: '',
    live: false,
    recorded: false,
    rolledBack: false,
    mayBeDown: false,
    cancelled: false,
  };
}

/** Gives a cancelled GitHub deployment its final state, when there is one to close. */
async function closeCancelled(deps: RolloutDependencies, id: number | undefined, short: string): Promise<void> {
  if (id !== undefined && deps.closeCancelled) await deps.closeCancelled(id, short);
}

/** Runs the command for a version, then its health check; `finish` runs the health check alone. */
export class Attempts {
  constructor(
    private readonly settings: DeploySettings,
    private readonly deps: RolloutDependencies,
    private readonly steps: Steps,
  ) {}

  /**
   * The stored files of the version a rollback restores, downloaded and
   * verified as the candidate's were; empty when it has none. A download that
   * fails is the rollback's failure: its command does not run.
   */
  async rollbackFiles(previous: Candidate): Promise<string | Attempt> {
    const step = rolloutStep('Download model', true);
    if (!isStored(previous)) {
      this.steps.skip(step, `${previous.tag} was registered without a store`);
      return '';
    }
    try {
      return await this.steps.run(step, async () => {
        const files = await downloadModel(this.settings.modelName, previous, this.deps);
        return { value: files.directory, detail: `${previous.tag} verified in ${files.directory}` };
      });
    } catch (error) {
      if (!isUserError(error)) throw error;
      this.steps.skip(rolloutStep('Deploy command', true), 'its files could not be downloaded');
      return { ok: false, reason: messageOf(error), short: `Files of ${previous.version} not downloaded` };
    }
  }

  /** Runs the command for `candidate` with its files in `MODEL_DIR`, then the health check; whether it is live. */
  async run(candidate: Candidate, replaced: string, rollback: boolean, files: string | Attempt): Promise<Attempt> {
    if (typeof files !== 'string') return files;
    const { modelName, environment, command, commandTimeoutMs } = this.settings;
    const ran = await this.steps.run(rolloutStep('Deploy command', rollback), async () => {
      this.deps.logger.info(
        `${rollback ? 'Rolling back' : 'Deploying'} ${modelName} ${candidate.version} to ${environment}` +
          (replaced ? ` (replacing ${replaced}).` : '.'),
      );
      await this.fetchVersionTag(candidate);
      const ran = await runUserCommand(command, commandTimeoutMs, this.deps, {
        name: modelName,
        version: candidate.version,
        tag: candidate.tag,
        digest: candidate.digest,
        dir: files,
        environment,
        previous: replaced,
        rollback,
      });
      return { value: ran.result, detail: ran.detail, result: ran.passed ? 'passed' : 'failed' };
    });
    const healthStep = rolloutStep('Health check', rollback);
    if (ran.stopped === 'aborted') {
      this.steps.skip(healthStep, 'the job was cancelled');
      return { ok: false, cancelled: true, reason: 'during the deploy command', short: 'Cancelled' };
    }
    if (ran.stopped === 'timeout') {
      this.steps.skip(healthStep, 'the deploy command was stopped');
      const after = formatDuration(commandTimeoutMs);
      return {
        ok: false,
        reason: `the deploy command was stopped after ${after} ('command-timeout'), with every process it started`,
        short: `Deploy command stopped after ${after}`,
      };
    }
    if (ran.exitCode !== 0) {
      this.steps.skip(healthStep, 'the deploy command failed');
      return {
        ok: false,
        reason: `the deploy command exited with code ${ran.exitCode}`,
        short: `Deploy command exited with code ${ran.exitCode}`,
      };
    }
    return this.checkHealth(candidate.version, replaced, rollback);
  }

  /** The health check of `version` once it was deployed; live without one when no `health-url` is given. */
  async checkHealth(version: string, replaced: string, rollback: boolean): Promise<Attempt> {
    const health = this.settings.health;
    if (!health) {
      this.steps.skip(rolloutStep('Health check', rollback), "no 'health-url' given");
      return LIVE;
    }
    return this.healthCheck(version, replaced, rollback, health);
  }

  private async fetchVersionTag(candidate: Candidate): Promise<void> {
    await fetchVersionTag(candidate, this.deps, 'the deploy command runs, but git in it cannot read MODEL_TAG');
  }

  /**
   * Checks `version`; during a rollback `replaced` is the candidate that
   * failed, whose version in `health-expect` stands for the one restored.
   */
  private async healthCheck(
    version: string,
    replaced: string,
    rollback: boolean,
    configured: HealthCheck,
  ): Promise<Attempt> {
    const { logger: log, clock, cancel } = this.deps;
    const url = shownUrl(configured.url);
    const expected = expectedText(configured.expect, version, rollback ? replaced : version);
    const health = { ...configured, expect: expected.text };
    if (expected.replacedCandidate) {
      log.notice(
        `'health-expect' names ${replaced}, the version being replaced: the rollback's health check expects ` +
          `${version} in its place. Write '{version}' in 'health-expect' for the version under check.`,
      );
    }
    return this.steps.run(rolloutStep('Health check', rollback), async () => {
      log.info(
        `Checking ${url} every ${health.intervalMs / 1000} s for up to ${health.timeoutMs / 1000} s` +
          (health.expect ? `, until a 2xx response contains the expected text.` : ', until a 2xx response.'),
      );
      const outcome = await waitUntilHealthy(health, {
        ...(clock ? { clock } : {}),
        ...(cancel ? { signal: cancel } : {}),
        progress: (line) => log.info(line),
      });
      if (outcome.cancelled) {
        const cancelled: Attempt = {
          ok: false,
          cancelled: true,
          reason: 'during the health check',
          short: 'Cancelled',
        };
        return { value: cancelled, detail: 'stopped: the job was cancelled', result: 'failed' };
      }
      if (outcome.healthy) {
        const detail = `HTTP ${outcome.last.status} after ${outcome.attempts} ${outcome.attempts === 1 ? 'attempt' : 'attempts'}`;
        return { value: LIVE, detail };
      }
      if (outcome.last.body !== '') {
        log.info('The start of the last response body:');
        log.untrusted(bodyStart(outcome.last));
      }
      const last = outcome.last.status === undefined ? 'no response' : `HTTP ${outcome.last.status}`;
      const attempt: Attempt = {
        ok: false,
        reason: describeFailure(health, outcome, url),
        short: `Health check failed: ${last}`,
      };
      return { value: attempt, detail: `${last} after ${outcome.attempts} attempts`, result: 'failed' };
    });
  }
}

/**
 * Makes MODEL_TAG readable with git in the workspace, which a shallow
 * checkout without tags cannot do otherwise. A deploy that never reads it
 * still works without it, so a failure here is a warning (`then` says what follows).
 */
export async function fetchVersionTag(
  candidate: Candidate,
  deps: Pick<RolloutDependencies, 'registry' | 'logger'>,
  then: string,
): Promise<void> {
  try {
    await deps.registry.fetchVersionTag(candidate.registered);
  } catch (error) {
    deps.logger.warning(`Could not fetch ${candidate.tag} into the workspace (${messageOf(error)}): ${then}.`);
  }
}
