import {
  Inputs,
  UserError,
  actionsCommandRunner,
  actionsLogger,
  byteProgress,
  core,
  createGit,
  infoUntrusted,
  runAction,
  setOutputs,
  writeSummary,
} from '@mlops-actions/action-kit';
import { connectDeployments, parseRepository, type DeploymentsApi } from '@mlops-actions/github';
import { Registry } from '@mlops-actions/registry';
import { deploy, type DeployLog } from './deploy.js';
import { readSettings, type DeploySettings } from './inputs.js';
import { deploySummary } from './summary.js';

const log: DeployLog = {
  info: (text) => core.info(text),
  warning: (text) => core.warning(text),
  untrusted: (text) => infoUntrusted(text),
  group: (name, run) => core.group(name, run),
};

export async function run(): Promise<void> {
  await runAction('deploy-env', async () => {
    const env = process.env;
    const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
    let settings: DeploySettings;
    let connectGitHub: (() => Promise<DeploymentsApi>) | undefined;
    let registry: Registry;
    try {
      settings = readSettings(new Inputs(), { onGitHub: env['GITHUB_ACTIONS'] === 'true' }, (secret) =>
        core.setSecret(secret),
      );
      connectGitHub = settings.githubDeployment ? gitHubConnector(settings.token, env) : undefined;
      // Refuses a remote that git would read as an option.
      registry = new Registry(createGit(workspace), settings.remote);
    } catch (error) {
      setOutputs({ status: 'failed' });
      throw error;
    }
    const report = await deploy(settings, {
      registry,
      runner: actionsCommandRunner,
      connectGitHub,
      // The digest package (worker threads) loads only when a path is checked.
      digestOf: async (root) =>
        (await import('@mlops-actions/digest')).digestOf(root, { onProgress: byteProgress(actionsLogger, 'Hashing') }),
      workspace,
      runUrl: workflowRunUrl(env),
      log,
    });
    setOutputs({
      status: report.status,
      version: report.version,
      'previous-version': report.previousVersion,
      'deployment-id': report.deploymentId,
      url: report.url,
    });
    await writeSummary(deploySummary(report));
    if (report.failure) throw new UserError(report.failure);
  });
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
  return () =>
    connectDeployments({
      token,
      repository,
      apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
      logger: {
        info: (text) => core.info(text),
        warning: (text) => core.warning(text),
        debug: (text) => core.debug(text),
      },
    });
}

/** The page of this workflow run (and attempt), the log of the deployment; empty outside GitHub. */
export function workflowRunUrl(env: NodeJS.ProcessEnv): string {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  if (!server || !repository || !runId) return '';
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1');
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
}
