import {
  Inputs,
  UserError,
  actionsCommandRunner,
  actionsLogger,
  byteProgress,
  createGit,
  maskSecret,
  runAction,
  setOutputs,
  workflowRunUrl,
  workspaceDirectory,
  writeSummary,
} from '@mlops-actions/action-kit';
import { connectDeployments, parseRepository, type DeploymentsApi } from '@mlops-actions/github';
import { Registry } from '@mlops-actions/registry';
import { gitHubCanceller, watchCancellation } from './cancellation.js';
import { deploy } from './deploy.js';
import { readSettings, type DeploySettings } from './inputs.js';
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
    // Refuses a remote that git would read as an option.
    registry = new Registry(createGit(workspace), settings.remote);
  } catch (error) {
    setOutputs({ status: 'failed' });
    throw error;
  }
  const runUrl = workflowRunUrl(env);
  const report = await deploy(settings, {
    registry,
    runner: actionsCommandRunner,
    connectGitHub,
    cancel,
    ...(connectGitHub ? { closeCancelled: gitHubCanceller(connectGitHub, actionsLogger, runUrl) } : {}),
    // The digest package (worker threads) loads only when a path is checked.
    digestOf: async (root) =>
      (await import('@mlops-actions/digest')).digestOf(root, { onProgress: byteProgress(actionsLogger, 'Hashing') }),
    workspace,
    runUrl,
    logger: actionsLogger,
  });
  setOutputs({
    status: report.status,
    version: report.version,
    'previous-version': report.previousVersion,
    'deployment-id': report.deploymentId,
    url: report.url,
  });
  await writeSummary(renderDeploySummary(report));
  if (report.failure) throw new UserError(report.failure);
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
    }));
}
