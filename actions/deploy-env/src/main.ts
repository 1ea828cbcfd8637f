import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Inputs,
  type BoundedSummary,
  OutputFileError,
  UserError,
  actionsCommandRunner,
  actionsLogger,
  byteProgress,
  createGit,
  maskSecret,
  runAction,
  setOutputs,
  timeLimitMs,
  workflowRunUrl,
  workspaceDirectory,
  writeSummary,
} from '@mlops-actions/action-kit';
import { DEFAULT_API_LIMITS, connectDeployments, parseRepository, type DeploymentsApi } from '@mlops-actions/github';
import { Registry } from '@mlops-actions/registry';
import { gitHubCanceller, watchCancellation } from './cancellation.js';
import { deploy, type DeployDependencies } from './deploy.js';
import { MIRROR_BUDGET_MS } from './github-mirror.js';
import { readSettings, type DeploySettings } from './inputs.js';
import type { DeactivateReport, DeployReport } from './report.js';
import { renderDeactivateSummary, renderDeploySummary } from './summary.js';

export async function run(): Promise<void> {
  const cancellation = watchCancellation(actionsLogger);
  try {
    await runAction('deploy-env', () => main(cancellation.signal));
  } finally {
    cancellation.dispose();
  }
}

async function main(cancel: AbortSignal): Promise<void> {
  const env = process.env;
  const workspace = workspaceDirectory();
  let settings: DeploySettings;
  let connectGitHub: (() => Promise<DeploymentsApi>) | undefined;
  let registry: Registry;
  try {
    settings = readSettings(new Inputs(), { onGitHub: env['GITHUB_ACTIONS'] === 'true' }, maskSecret);
    connectGitHub = settings.githubDeployment ? gitHubConnector(settings.token, env) : undefined;
    // Refuses a remote that git would read as an option. Tags it ignores (not written by mlops-actions) are warned of.
    registry = new Registry(createGit(workspace), settings.remote, { log: actionsLogger });
  } catch (error) {
    try {
      setOutputs({ status: 'failed' });
    } catch (unwritten) {
      // The settings' error is the one to fix; an output file that cannot be written is only told.
      if (!(unwritten instanceof OutputFileError)) throw unwritten;
      actionsLogger.warning(unwritten.message);
    }
    throw error;
  }
  const runUrl = workflowRunUrl(env);
  const runnerTemp = env['RUNNER_TEMP'] || tmpdir();
  const modelsDirectory = join(runnerTemp, 'mlops-models');
  const dependencies = {
    registry,
    runner: actionsCommandRunner,
    connectGitHub,
    cancel,
    ...(connectGitHub ? { closeCancelled: gitHubCanceller(connectGitHub, actionsLogger, runUrl) } : {}),
    // The digest package (worker threads) loads only when a path is checked; only files of the checkout are read.
    digestOf: async (root) =>
      (await import('@mlops-actions/digest')).digestOf(root, {
        workspace,
        onProgress: byteProgress(actionsLogger, 'Hashing'),
      }),
    // The action's own download folder, under RUNNER_TEMP: hashed as a root of its own.
    digestOfDownload: async (root) =>
      (await import('@mlops-actions/digest')).digestOf(root, {
        workspace: modelsDirectory,
        onProgress: byteProgress(actionsLogger, 'Hashing'),
      }),
    workspace,
    modelsDirectory,
    // The model store loads only when a deploy downloads stored files.
    openStore: async (location) =>
      (await import('@mlops-actions/model-store')).openTarget(location, {
        base: workspace,
        username: settings.storeUsername,
        token: settings.storeToken,
        onRetry: (message) => actionsLogger.warning(message),
      }),
    runUrl,
    // DESIGN's bounds; the variables let tests of a hung API take seconds.
    mirrorBudgetMs: timeLimitMs('MLOPS_ACTIONS_GITHUB_MIRROR_BUDGET_MS', MIRROR_BUDGET_MS, env),
    logger: actionsLogger,
  } satisfies DeployDependencies;
  // The two-phase and deactivate steps load only when asked for: a plain deploy starts as fast as before.
  if (settings.step === 'deactivate') {
    const { deactivate } = await import('./deactivate.js');
    const report = await deactivate(settings, dependencies);
    await writeStepResult(
      { 'previous-version': report.previousVersion, status: report.status },
      renderDeactivateSummary(report),
      report.failure,
      () => whatWasRemoved(report),
    );
    return;
  }
  /** `start` or `finish`, with what a start leaves for the finish of the same job. */
  const halfOfDeploy = async (half: DeploySettings): Promise<DeployReport> => {
    const { Handovers } = await import('./started.js');
    const handovers = new Handovers(join(runnerTemp, 'mlops-deploys'));
    if (half.step === 'start') return (await import('./start.js')).startDeploy(half, { ...dependencies, handovers });
    return (await import('./finish.js')).finishDeploy(half, { ...dependencies, handovers });
  };
  const report = settings.step === 'deploy' ? await deploy(settings, dependencies) : await halfOfDeploy(settings);
  const composed: Record<string, string> =
    settings.step === 'deploy'
      ? {}
      : { digest: report.digest, tag: report.tag, 'rollback-version': report.rollbackVersion };
  await writeStepResult(
    {
      version: report.version,
      'previous-version': report.previousVersion,
      'deployment-id': report.deploymentId,
      url: report.url,
      'model-dir': report.modelDir,
      ...composed,
      // Last: written only when every other output was.
      status: report.status,
    },
    renderDeploySummary(report),
    report.failure,
    () => whatStands(report),
  );
}

/**
 * Writes the outputs, then the summary; fails the step with `failure`, or
 * when the outputs could not be written, with what the step did (`stands`).
 */
async function writeStepResult(
  outputs: Record<string, string>,
  summary: BoundedSummary,
  failure: string,
  stands: () => string,
): Promise<void> {
  let unwritten: OutputFileError | undefined;
  try {
    setOutputs(outputs);
  } catch (error) {
    if (!(error instanceof OutputFileError)) throw error;
    unwritten = error;
  }
  await writeSummary(summary);
  if (unwritten) throw new UserError(`${unwritten.message} ${stands()}`);
  if (failure) throw new UserError(failure);
}

/** What a deactivation did, for a step whose outputs could not be written. */
function whatWasRemoved(report: DeactivateReport): string {
  const removed =
    report.removedTags.length > 0 ? `Removed ${report.removedTags.join(', ')}.` : 'No record was removed.';
  return `${removed}${report.failure ? ` ${report.failure}` : ''} Later steps cannot read this step's outputs.`;
}

/** What the deploy did, for a step whose outputs could not be written: later steps cannot read it. */
function whatStands(report: DeployReport): string {
  const { model, environment } = report;
  const stands = report.status === 'success' ? 'The deploy stands: ' : '';
  const done = report.recorded
    ? `${stands}${model} ${report.recordedVersion} runs in ${environment} and is recorded as ${report.recordedTag}.`
    : 'Nothing was recorded in the registry.';
  return `${done}${report.failure ? ` ${report.failure}` : ''} Later steps cannot read this step's outputs.`;
}

/** Connects on first use, so Octokit loads only when a deployment is mirrored. */
function gitHubConnector(token: string, env: NodeJS.ProcessEnv): () => Promise<DeploymentsApi> {
  const repository = parseRepository(env['GITHUB_REPOSITORY'] ?? '');
  if (!repository) {
    throw new UserError(
      "Mirroring the deployment to GitHub needs GITHUB_REPOSITORY ('owner/repo'), which the runner sets: " +
        "outside GitHub Actions set 'github-deployment' to 'false'.",
    );
  }
  // One connection, shared by the deploy's records and a cancellation's last status.
  let connection: Promise<DeploymentsApi> | undefined;
  return () =>
    (connection ??= connectDeployments({
      token,
      repository,
      apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
      logger: actionsLogger,
      limits: {
        requestTimeoutMs: timeLimitMs(
          'MLOPS_ACTIONS_GITHUB_REQUEST_TIMEOUT_MS',
          DEFAULT_API_LIMITS.requestTimeoutMs,
          env,
        ),
      },
    }));
}
