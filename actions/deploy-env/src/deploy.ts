import { resolve } from 'node:path';
import { UserError, isUserError, messageOf, type CommandRunner } from '@mlops-actions/action-kit';
import type { DeploymentsApi } from '@mlops-actions/github';
import {
  DEPLOYMENT_SCHEMA,
  versionTagName,
  type DeploymentRecord,
  type EnvironmentTag,
  type ModelVersion,
  type Registry,
} from '@mlops-actions/registry';
import { GitHubMirror } from './github-mirror.js';
import { bodyStart, describeFailure, waitUntilHealthy, type Clock, type HealthCheck } from './health-check.js';
import { shownUrl, type DeploySettings } from './inputs.js';

export type DeployStatus = 'success' | 'rolled-back' | 'failed';
export type StepResult = 'passed' | 'failed' | 'skipped' | 'warning';

/** One phase of the sequence, as the log group and the summary show it. */
export interface StepReport {
  name: string;
  result: StepResult;
  detail: string;
  durationMs: number;
}

/** A required environment and the version that runs there. */
export interface RequiredEnvironment {
  environment: string;
  current: string;
}

/** What happened: the outputs, the summary and the step's error are made from it. */
export interface DeployReport {
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
  /** The GitHub deployment of the requested version; empty when none. */
  deploymentId: string;
  url: string;
  requires: RequiredEnvironment[];
  steps: StepReport[];
  /** Set when the step fails: the one-line error. */
  failure: string;
  /** True when a deploy and its rollback both failed: the environment may be down. */
  mayBeDown: boolean;
}

/** The log of a deploy: grouped phases, progress, and text from outside. */
export interface DeployLog {
  info(text: string): void;
  warning(text: string): void;
  /** Text from outside the workflow (a response body): printed so that it cannot act as a command. */
  untrusted(text: string): void;
  group<T>(name: string, run: () => Promise<T>): Promise<T>;
}

export interface DeployDependencies {
  registry: Registry;
  runner: CommandRunner;
  /** Connects to the GitHub Deployments API; undefined when deployments are not mirrored. */
  connectGitHub: (() => Promise<DeploymentsApi>) | undefined;
  /** The digest of the model files at an absolute path. */
  digestOf: (root: string) => Promise<{ digest: string }>;
  /** Where the command runs and `path` is relative to: `GITHUB_WORKSPACE`. */
  workspace: string;
  /** The workflow run's page; empty outside GitHub. */
  runUrl: string;
  clock?: Clock;
  now?: () => Date;
  log: DeployLog;
}

/** A version about to run in the environment: what the command and the record need. */
interface Candidate {
  version: string;
  tag: string;
  digest: string;
  /** The commit of the version tag: the ref of the GitHub deployment. */
  commit: string;
  /** Its version tag in the registry, made readable in the checkout for the command. */
  registered: ModelVersion;
}

interface Attempt {
  ok: boolean;
  /** Why it failed, as a clause: "the deploy command exited with code 1". */
  reason: string;
  /** A short line for GitHub's status description. */
  short: string;
}

/**
 * Deploys one model version to one environment: checks that may refuse it
 * (nothing happens then), the GitHub deployment, the command, the health
 * check, the record, and on failure the rollback to the version before.
 */
export async function deploy(settings: DeploySettings, dependencies: DeployDependencies): Promise<DeployReport> {
  return new DeployRun(settings, dependencies).run();
}

class DeployRun {
  private readonly report: DeployReport;
  private readonly log: DeployLog;
  private readonly mirror: GitHubMirror | undefined;
  private readonly now: () => Date;
  private overlapWarned = false;

  constructor(
    private readonly settings: DeploySettings,
    private readonly deps: DeployDependencies,
  ) {
    this.log = deps.log;
    this.now = deps.now ?? (() => new Date());
    this.mirror = deps.connectGitHub ? new GitHubMirror(deps.connectGitHub, deps.log, deps.runUrl) : undefined;
    this.report = {
      model: settings.modelName,
      environment: settings.environment,
      status: 'failed',
      version: '',
      previousVersion: '',
      recordedVersion: '',
      recordedTag: '',
      deploymentId: '',
      url: settings.url,
      requires: settings.requires.map((environment) => ({ environment, current: '' })),
      steps: [],
      failure: '',
      mayBeDown: false,
    };
  }

  async run(): Promise<DeployReport> {
    let candidate: Candidate;
    let previous: Candidate | undefined;
    try {
      candidate = await this.resolveVersion();
      await this.checkDigest(candidate);
      await this.checkPromotion(candidate);
      previous = await this.readCurrent();
    } catch (error) {
      // A refusal: nothing was run, recorded or created.
      if (!isUserError(error)) throw error;
      this.report.failure = messageOf(error);
      await this.noteUnchangedVersion();
      return this.report;
    }

    const { environment, modelName } = this.settings;
    const deploymentId = await this.startGitHubDeployment(candidate, false);
    this.report.deploymentId = deploymentId === undefined ? '' : String(deploymentId);
    // What ran before, even when its version tag is gone and it cannot be rolled back to.
    const replaced = this.report.previousVersion;
    const attempt = await this.attempt(candidate, replaced, false);
    if (attempt.ok) {
      const unrecorded = await this.record(candidate, false, deploymentId, 'GitHub status');
      this.report.status = unrecorded ? 'failed' : 'success';
      this.report.failure = unrecorded ?? '';
      return this.report;
    }

    await this.setGitHubStatus('GitHub status', deploymentId, { state: 'failure', description: attempt.short });
    const failed = `Deploying ${modelName} ${candidate.version} to ${environment} failed: ${attempt.reason}.`;
    if (!this.settings.rollback || previous === undefined) {
      const why = !this.settings.rollback
        ? "Nothing was rolled back ('rollback' is false)"
        : replaced
          ? `Nothing was rolled back: the version tag of ${replaced}, which ran in ${environment} before, is gone from the registry`
          : `Nothing was rolled back: ${environment} had no earlier version`;
      const after = replaced
        ? `; ${environment} may now run a broken ${candidate.version}, while its newest record still names ${replaced}`
        : '';
      this.report.failure = `${failed} ${why}${after}.`;
      this.report.recordedVersion = replaced;
      return this.report;
    }

    this.log.warning(`${attempt.short}: rolling ${environment} back to ${previous.version}.`);
    const rollbackId = await this.startGitHubDeployment(previous, true);
    const rollback = await this.attempt(previous, candidate.version, true);
    if (rollback.ok) {
      const unrecorded = await this.record(previous, true, rollbackId, 'Rollback: GitHub status');
      this.report.status = 'rolled-back';
      this.report.failure =
        `${failed} Rolled back to ${previous.version}` +
        (this.settings.health ? ', which passed its health check' : '') +
        (unrecorded ? `. ${unrecorded}` : ` and is recorded as ${this.report.recordedTag}.`);
      return this.report;
    }
    await this.setGitHubStatus('Rollback: GitHub status', rollbackId, {
      state: 'failure',
      description: rollback.short,
    });
    this.report.mayBeDown = true;
    this.report.recordedVersion = previous.version;
    this.report.failure =
      `${failed} The rollback to ${previous.version} failed too: ${rollback.reason}. ` +
      `${environment.toUpperCase()} MAY BE DOWN: check it now and deploy a version that works.`;
    return this.report;
  }

  // --- checks (no side effects) ---

  private async resolveVersion(): Promise<Candidate> {
    return this.step('Resolve version', async () => {
      const { registry } = this.deps;
      const { modelName, version: wanted } = this.settings;
      const versions = await registry.listVersions(modelName);
      const found = wanted === 'latest' ? versions.at(-1) : versions.find((v) => v.version === wanted);
      if (!found) throw new UserError(notRegistered(modelName, wanted, versions, registry.remote));
      this.report.version = found.version;
      const manifest = await registry.readManifest(modelName, found);
      const candidate = {
        version: found.version,
        tag: found.tag,
        digest: manifest.digest,
        commit: found.commit,
        registered: found,
      };
      const latest = wanted === 'latest' ? ' (latest)' : '';
      return { value: candidate, detail: `${found.tag}${latest}, ${manifest.digest}` };
    });
  }

  private async checkDigest(candidate: Candidate): Promise<void> {
    const { path } = this.settings;
    if (path === '') {
      this.skip('Check digest', "no 'path' given");
      return;
    }
    await this.step('Check digest', async () => {
      const { digest } = await this.deps.digestOf(resolve(this.deps.workspace, path));
      if (digest !== candidate.digest) {
        throw new UserError(
          `The files at '${path}' have the digest ${digest}, but ${candidate.tag} was registered with ${candidate.digest}: ` +
            `deploy the files that were registered, or register these with the version-model action.`,
        );
      }
      return { value: undefined, detail: `'${path}' matches ${digest}` };
    });
  }

  private async checkPromotion(candidate: Candidate): Promise<void> {
    if (this.settings.requires.length === 0) {
      this.skip('Check promotion', "no 'requires' given");
      return;
    }
    await this.step('Check promotion', async () => {
      const missing: string[] = [];
      for (const required of this.report.requires) {
        const { passed, current } = await this.hasRun(candidate, required.environment);
        required.current = current;
        if (!passed) {
          missing.push(
            current === ''
              ? `${required.environment} (nothing was deployed there yet)`
              : `${required.environment} (it runs ${current})`,
          );
        }
      }
      const { modelName, environment } = this.settings;
      if (missing.length > 0) {
        throw new UserError(
          `${modelName} ${candidate.version} may not be deployed to ${environment}: it has not been deployed ` +
            `successfully to ${missing.join(' and ')}. Deploy it there first (${environment} requires ` +
            `${this.settings.requires.join(', ')}).`,
        );
      }
      return { value: undefined, detail: `${candidate.version} passed ${this.settings.requires.join(', ')}` };
    });
  }

  /** Whether `candidate` was ever recorded in `environment`, and the version that runs there now. */
  private async hasRun(candidate: Candidate, environment: string): Promise<{ passed: boolean; current: string }> {
    const { registry } = this.deps;
    const assignments = await registry.listAssignments(this.settings.modelName, environment);
    const newest = assignments.at(-1);
    const current = newest ? (await registry.readDeployment(newest)).version : '';
    if (current === candidate.version) return { passed: true, current };
    // An environment tag points at its version's commit, so only those tags can name this version;
    // versions registered on one commit share it, so the record decides.
    const onCommit = assignments.filter((tag: EnvironmentTag) => tag.commit === candidate.commit && tag !== newest);
    for (const tag of onCommit.reverse()) {
      if ((await registry.readDeployment(tag)).version === candidate.version) return { passed: true, current };
    }
    return { passed: false, current };
  }

  private async readCurrent(): Promise<Candidate | undefined> {
    return this.step('Read current version', async () => {
      const { registry } = this.deps;
      const { modelName, environment } = this.settings;
      const current = await registry.currentDeployment(modelName, environment);
      if (!current) return { value: undefined, detail: `nothing was deployed to ${environment} yet` };
      const { record, tag } = current;
      this.report.previousVersion = record.version;
      const version: ModelVersion | undefined = await registry.findVersion(modelName, record.version);
      if (!version) {
        this.log.warning(
          `${environment} runs ${record.version} (${tag.tag}), whose version tag ${versionTagName(modelName, record.version)} ` +
            'is gone from the registry: a failed deploy cannot be rolled back to it.',
        );
        return {
          value: undefined,
          detail: `${environment} runs ${record.version} (${tag.tag}); its version tag is gone`,
        };
      }
      const previous = {
        version: record.version,
        tag: version.tag,
        digest: record.digest,
        commit: version.commit,
        registered: version,
      };
      return { value: previous, detail: `${environment} runs ${record.version} (${tag.tag})` };
    });
  }

  /** After a refusal, what still runs in the environment, for the summary; unknown when it cannot be read. */
  private async noteUnchangedVersion(): Promise<void> {
    try {
      const current = await this.deps.registry.currentDeployment(this.settings.modelName, this.settings.environment);
      this.report.previousVersion = current?.record.version ?? '';
      this.report.recordedVersion = this.report.previousVersion;
    } catch {
      // The refusal is what matters; the summary then shows no versions.
    }
  }

  // --- side effects ---

  private async startGitHubDeployment(candidate: Candidate, rollback: boolean): Promise<number | undefined> {
    const name = rollback ? 'Rollback: GitHub deployment' : 'GitHub deployment';
    const mirror = this.mirror;
    if (!mirror) {
      this.skip(name, "'github-deployment' is off");
      return undefined;
    }
    const { modelName, environment } = this.settings;
    return this.step(name, async () => {
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
        },
        rollback ? `Rolling back to ${modelName} ${candidate.version}` : `Deploying ${modelName} ${candidate.version}`,
      );
      return id === undefined
        ? { value: undefined, detail: 'not created (see the warning)', result: 'warning' }
        : { value: id, detail: `deployment ${id}, in progress` };
    });
  }

  /** Runs the command for `candidate`, then the health check; whether it is live. */
  private async attempt(candidate: Candidate, replaced: string, rollback: boolean): Promise<Attempt> {
    const prefix = rollback ? 'Rollback: ' : '';
    const { modelName, environment, command } = this.settings;
    const exitCode = await this.step(`${prefix}Deploy command`, async () => {
      this.log.info(
        `${rollback ? 'Rolling back' : 'Deploying'} ${modelName} ${candidate.version} to ${environment}` +
          (replaced ? ` (replacing ${replaced}).` : '.'),
      );
      await this.fetchVersionTag(candidate);
      const result = await this.deps.runner.script(command, {
        cwd: this.deps.workspace,
        env: {
          MODEL_NAME: modelName,
          MODEL_VERSION: candidate.version,
          MODEL_TAG: candidate.tag,
          MODEL_DIGEST: candidate.digest,
          DEPLOY_ENVIRONMENT: environment,
          DEPLOY_PREVIOUS_VERSION: replaced,
          DEPLOY_ROLLBACK: String(rollback),
          // The command gets no token it did not ask for, as in a `run:` step.
          INPUT_TOKEN: '',
        },
      });
      const detail = `exit code ${result.exitCode}`;
      return { value: result.exitCode, detail, result: result.exitCode === 0 ? 'passed' : 'failed' };
    });
    if (exitCode !== 0) {
      this.skip(`${prefix}Health check`, 'the deploy command failed');
      return {
        ok: false,
        reason: `the deploy command exited with code ${exitCode}`,
        short: `Deploy command exited with code ${exitCode}`,
      };
    }
    const health = this.settings.health;
    if (!health) {
      this.skip(`${prefix}Health check`, "no 'health-url' given");
      return { ok: true, reason: '', short: '' };
    }
    return this.healthCheck(`${prefix}Health check`, health);
  }

  /**
   * Makes MODEL_TAG readable with git in the workspace, which a shallow
   * checkout without tags cannot do otherwise. A command that never reads it
   * still works without it, so a failure here is a warning.
   */
  private async fetchVersionTag(candidate: Candidate): Promise<void> {
    try {
      await this.deps.registry.fetchVersionTag(candidate.registered);
    } catch (error) {
      this.log.warning(
        `Could not fetch ${candidate.tag} into the workspace (${messageOf(error)}): the deploy command runs, ` +
          'but git in it cannot read MODEL_TAG.',
      );
    }
  }

  private async healthCheck(name: string, health: HealthCheck): Promise<Attempt> {
    const url = shownUrl(health.url);
    return this.step(name, async () => {
      this.log.info(
        `Checking ${url} every ${health.intervalMs / 1000} s for up to ${health.timeoutMs / 1000} s` +
          (health.expect ? `, until a 2xx response contains the expected text.` : ', until a 2xx response.'),
      );
      const outcome = await waitUntilHealthy(health, {
        ...(this.deps.clock ? { clock: this.deps.clock } : {}),
        progress: (line) => this.log.info(line),
      });
      if (outcome.healthy) {
        const detail = `HTTP ${outcome.last.status} after ${outcome.attempts} ${outcome.attempts === 1 ? 'attempt' : 'attempts'}`;
        return { value: { ok: true, reason: '', short: '' }, detail };
      }
      if (outcome.last.body !== '') {
        this.log.info('The start of the last response body:');
        this.log.untrusted(bodyStart(outcome.last));
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

  /**
   * Writes the environment tag, then tells GitHub the deployment is live.
   * Returns why the record could not be written, or undefined.
   */
  private async record(
    candidate: Candidate,
    rollback: boolean,
    deploymentId: number | undefined,
    statusStep: string,
  ): Promise<string | undefined> {
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
      recorded = await this.step(rollback ? 'Rollback: Record' : 'Record', async () => {
        const tag = await this.deps.registry.recordDeployment(record, {
          onConflict: (taken) => this.warnOverlap(taken),
        });
        return { value: tag, detail: `${tag.tag} pushed to '${this.deps.registry.remote}'` };
      });
    } catch (error) {
      recordError = error;
    }
    // GitHub shows what runs in the environment, recorded or not.
    await this.setGitHubStatus(statusStep, deploymentId, {
      state: 'success',
      ...(url ? { environmentUrl: url } : {}),
      description: `${modelName} ${candidate.version} is live${rollback ? ' again (rolled back)' : ''}`,
    });
    if (recorded) {
      this.report.recordedTag = recorded.tag;
      this.report.recordedVersion = candidate.version;
      return undefined;
    }
    if (!isUserError(recordError)) throw recordError;
    this.report.recordedVersion = this.report.previousVersion;
    return (
      `${modelName} ${candidate.version} is live in ${environment}, but the deployment could not be recorded: ` +
      `${messageOf(recordError)} The registry still names ${this.report.previousVersion || 'no version'} for ${environment}; ` +
      'fix the cause and run the job again.'
    );
  }

  private warnOverlap(taken: string): void {
    if (this.overlapWarned) return;
    this.overlapWarned = true;
    this.log.warning(
      `Another run recorded ${taken} first: deploys to ${this.settings.environment} overlapped, so this record takes ` +
        `the next number. Give deploy jobs a 'concurrency:' group per environment so that they run one at a time.`,
    );
  }

  private async setGitHubStatus(
    name: string,
    id: number | undefined,
    status: Parameters<GitHubMirror['status']>[1],
  ): Promise<void> {
    const mirror = this.mirror;
    if (!mirror || id === undefined) {
      this.skip(name, mirror ? 'no GitHub deployment' : "'github-deployment' is off");
      return;
    }
    await this.step(name, async () => {
      const done = await mirror.status(id, status);
      return done
        ? { value: undefined, detail: `deployment ${id}: ${status.state}` }
        : { value: undefined, detail: `deployment ${id} not updated (see the warning)`, result: 'warning' };
    });
  }

  // --- steps ---

  /**
   * Runs one phase in a log group and records it for the summary. `result`
   * defaults to passed; a thrown error marks the step failed and propagates.
   */
  private async step<T>(
    name: string,
    work: () => Promise<{ value: T; detail: string; result?: StepResult }>,
  ): Promise<T> {
    const started = Date.now();
    const entry: StepReport = { name, result: 'failed', detail: '', durationMs: 0 };
    this.report.steps.push(entry);
    try {
      const { value, detail, result } = await this.log.group(name, async () => {
        const done = await work();
        this.log.info(`${name}: ${done.detail}.`);
        return done;
      });
      entry.result = result ?? 'passed';
      entry.detail = detail;
      return value;
    } catch (error) {
      entry.detail = isUserError(error) ? messageOf(error) : `internal error: ${messageOf(error)}`;
      throw error;
    } finally {
      entry.durationMs = Date.now() - started;
    }
  }

  private skip(name: string, why: string): void {
    this.log.info(`${name}: skipped (${why}).`);
    this.report.steps.push({ name, result: 'skipped', detail: why, durationMs: 0 });
  }
}

function notRegistered(model: string, wanted: string, versions: ModelVersion[], remote: string): string {
  if (versions.length === 0) {
    return `No version of ${model} is registered in '${remote}': register one with the version-model action first.`;
  }
  const shown = versions.slice(-5).map((v) => v.version);
  const more = versions.length > shown.length ? `${versions.length - shown.length} older and ` : '';
  return (
    `${model} ${wanted} is not registered in '${remote}' (there is no tag ${versionTagName(model, wanted)}). ` +
    `Registered: ${more}${shown.join(', ')}. Deploy one of those, or register this version with the version-model action first.`
  );
}
