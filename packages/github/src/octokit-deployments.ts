// The real DeploymentsApi, over the package's one Octokit (octokit.ts). It is
// only ever loaded through a dynamic import (see connectDeployments).
import {
  GitHubApiError,
  isProductionEnvironment,
  statusDescription,
  type CallOptions,
  type Deployment,
  type DeploymentsApi,
  type GitHubConnection,
  type NewDeployment,
  type NewDeploymentStatus,
} from './deployments.js';
import { call, connectOctokit } from './octokit.js';

export function octokitDeployments(connection: GitHubConnection): DeploymentsApi {
  const octokit = connectOctokit(connection);
  const { owner, repo } = connection.repository;

  return {
    async createDeployment(deployment: NewDeployment, options: CallOptions = {}): Promise<Deployment> {
      const response = await call('create the deployment', options, (request) =>
        octokit.rest.repos.createDeployment({
          request,
          owner,
          repo,
          ref: deployment.ref,
          environment: deployment.environment,
          description: deployment.description,
          payload: { ...deployment.payload },
          // The ref is a commit SHA that was built and registered: never merge anything into it.
          auto_merge: false,
          // Commit statuses were the job of the workflow that built it; the registry already vouches for the version.
          required_contexts: [],
          transient_environment: false,
          production_environment: isProductionEnvironment(deployment.environment),
        }),
      );
      if (response.status !== 201 || !('id' in response.data)) {
        const message = 'message' in response.data ? response.data.message : undefined;
        throw new GitHubApiError(
          `GitHub did not create the deployment (HTTP ${response.status}${message ? `: ${message}` : ''}).`,
          response.status,
        );
      }
      return { id: Number(response.data.id), environment: response.data.environment };
    },

    async createStatus(deploymentId: number, status: NewDeploymentStatus, options: CallOptions = {}): Promise<void> {
      await call(`set the deployment status to ${status.state}`, options, (request) =>
        octokit.rest.repos.createDeploymentStatus({
          request,
          owner,
          repo,
          deployment_id: deploymentId,
          state: status.state,
          ...(status.logUrl ? { log_url: status.logUrl } : {}),
          ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
          ...(status.description ? { description: statusDescription(status.description) } : {}),
        }),
      );
    },
  };
}
