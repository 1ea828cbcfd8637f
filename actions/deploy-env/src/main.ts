import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Inputs,
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
import { deploy } from './deploy.js';
import { MIRROR_BUDGET_MS } from './github-mirror.js';
import { readSettings, type DeploySettings } from './inputs.js';
import type { DeployReport } from './report.js';
import { renderDeploySummary } from './summary.js';

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
  const modelsDirectory = join(env['RUNNER_TEMP'] || tmpdir(), 'mlops-models');
  const report = await deploy(settings, {
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
  });
  let unwritten: OutputFileError | undefined;
  try {
    setOutputs({
      version: report.version,
      'previous-version': report.previousVersion,
      'deployment-id': report.deploymentId,
      url: report.url,
      'model-dir': report.modelDir,
      // Last: written only when every other output was.
      status: report.status,
    });
  } catch (error) {
    if (!(error instanceof OutputFileError)) throw error;
    unwritten = error;
  }
  await writeSummary(renderDeploySummary(report));
  if (unwritten) throw new UserError(`${unwritten.message} ${whatStands(report)}`);
  if (report.failure) throw new UserError(report.failure);
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
