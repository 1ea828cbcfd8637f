import { isUserError, messageOf, type Logger } from '@mlops-actions/action-kit';
import type { DeploymentsApi } from '@mlops-actions/github';
import {
  DEPLOYMENT_SCHEMA,
  RemoteTimeoutError,
  type DeploymentRecord,
  type EnvironmentTag,
  type Registry,
} from '@mlops-actions/registry';
import { GitHubMirror } from './github-mirror.js';
import type { DeploySettings } from './inputs.js';
import type { Candidate } from './plan.js';
import { rolloutStep, type Steps } from './steps.js';

export interface RecordDependencies {
  registry: Pick<Registry, 'remote' | 'recordDeployment'>;
  /** Connects to the GitHub Deployments API; undefined when deployments are not mirrored. */
  connectGitHub: (() => Promise<DeploymentsApi>) | undefined;
  /** The workflow run's page; empty outside GitHub. */
  runUrl: string;
  /** The time the GitHub mirror of this deploy may take in all; DESIGN's 2 minutes when not given. */
  mirrorBudgetMs?: number;
  now?: () => Date;
  logger: Logger;
}

/** What recording a live version came to: its environment tag, or why there is none. */
export type RecordResult = { recorded: true; tag: string } | { recorded: false; reason: string };

type GitHubStatus = Parameters<GitHubMirror['status']>[1];

/**
 * Where a deploy leaves its trace: the environment tag in the registry, the
 * record of what runs where, and the GitHub deployment that mirrors it.
 */
export class Recording {
  private readonly mirror: GitHubMirror | undefined;
  private readonly now: () => Date;
  private overlapWarned = false;

  constructor(
    private readonly settings: DeploySettings,
    private readonly deps: RecordDependencies,
    private readonly steps: Steps,
  ) {
    this.now = deps.now ?? (() => new Date());
    this.mirror = deps.connectGitHub
      ? new GitHubMirror(deps.connectGitHub, deps.logger, deps.runUrl, deps.mirrorBudgetMs)
      : undefined;
  }

  /** Creates the GitHub deployment of `candidate`, in progress; its id, or undefined when there is none. */
  async startGitHubDeployment(candidate: Candidate, rollback: boolean): Promise<number | undefined> {
    const name = rolloutStep('GitHub deployment', rollback);
    const mirror = this.mirror;
    if (!mirror) {
      this.steps.skip(name, "'github-deployment' is off");
      return undefined;
    }
    const { modelName, environment } = this.settings;
    return this.steps.run(name, async () => {
      const description = rollback
        ? `Roll back ${modelName} to ${candidate.version} in ${environment}`
        : `Deploy ${modelName} ${candidate.version} to ${environment}`;
      const id = await mirror.start(
        {
          ref: candidate.commit,
          environment,
          description,
          payload: {
            model: modelName,
            version: candidate.version,
            digest: candidate.digest,
            ...(rollback ? { rollback: true } : {}),
          },
          ...(this.settings.transient ? { transient: true } : {}),
        },
        rollback ? `Rolling back to ${modelName} ${candidate.version}` : `Deploying ${modelName} ${candidate.version}`,
      );
      return id === undefined
        ? { value: undefined, detail: 'not created (see the warning)', result: 'warning' }
        : { value: id, detail: `deployment ${id}, in progress` };
    });
  }

  /** Tells GitHub that the deployment failed. */
  async failed(rollback: boolean, deploymentId: number | undefined, description: string): Promise<void> {
    await this.setGitHubStatus(rollback, deploymentId, { state: 'failure', description });
  }

  /**
   * Writes the environment tag of a version that went live, then tells
   * GitHub the deployment is live. `before` is the version the registry
   * names for the environment until then.
   */
  async live(
    candidate: Candidate,
    rollback: boolean,
    deploymentId: number | undefined,
    before: string,
  ): Promise<RecordResult> {
    const { modelName, environment, url } = this.settings;
    const record: DeploymentRecord = {
      schema: DEPLOYMENT_SCHEMA,
      name: modelName,
      version: candidate.version,
      environment,
      digest: candidate.digest,
      url,
      deployed_at: this.now().toISOString(),
      run_url: this.deps.runUrl,
      rollback,
    };
    let recorded: EnvironmentTag | undefined;
    let recordError: unknown;
    try {
      recorded = await this.steps.run(rolloutStep('Record', rollback), async () => {
        const tag = await this.deps.registry.recordDeployment(record, {
          onConflict: (taken) => this.warnOverlap(taken),
        });
        return { value: tag, detail: `${tag.tag} pushed to '${this.deps.registry.remote}'` };
      });
    } catch (error) {
      recordError = error;
    }
    // GitHub shows what runs in the environment, recorded or not.
    await this.setGitHubStatus(rollback, deploymentId, {
      state: 'success',
      ...(url ? { environmentUrl: url } : {}),
      description: `${modelName} ${candidate.version} is live${rollback ? ' again (rolled back)' : ''}`,
    });
    if (recorded) return { recorded: true, tag: recorded.tag };
    if (!isUserError(recordError)) throw recordError;
    // A push stopped without an answer may have reached the remote.
    const unknown = recordError instanceof RemoteTimeoutError && recordError.command === 'push';
    const names = unknown ? 'may still name' : 'still names';
    return {
      recorded: false,
      reason:
        `${modelName} ${candidate.version} is live in ${environment}, but the deployment could not be recorded: ` +
        `${messageOf(recordError)} The registry ${names} ${before || 'no version'} for ${environment}; ` +
        'fix the cause and run the job again.',
    };
  }

  private warnOverlap(taken: string): void {
    if (this.overlapWarned) return;
    this.overlapWarned = true;
    this.deps.logger.warning(
      `Another run recorded ${taken} first: deploys to ${this.settings.environment} overlapped, so this record takes ` +
        `the next number. Give deploy jobs a 'concurrency:' group per environment so that they run one at a time.`,
    );
  }

  private async setGitHubStatus(rollback: boolean, id: number | undefined, status: GitHubStatus): Promise<void> {
    const name = rolloutStep('GitHub status', rollback);
    const mirror = this.mirror;
    if (!mirror || id === undefined) {
      this.steps.skip(name, mirror ? 'no GitHub deployment' : "'github-deployment' is off");
      return;
    }
    await this.steps.run(name, async () => {
      const done = await mirror.status(id, status);
      return done
        ? { value: undefined, detail: `deployment ${id}: ${status.state}` }
        : { value: undefined, detail: `deployment ${id} not updated (see the warning)`, result: 'warning' };
    });
  }
}
