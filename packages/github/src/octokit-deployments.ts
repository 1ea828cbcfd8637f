// The real DeploymentsApi. This module pulls in Octokit and its plugins, so
// it is only ever loaded through a dynamic import (see connectDeployments).
import {
  GitHubApiError,
  isProductionEnvironment,
  statusDescription,
  type CallOptions,
  type Deployment,
  type DeploymentsApi,
  type GitHubConnection,
  type ListedDeployment,
  type NewDeployment,
  type NewDeploymentStatus,
} from './deployments.js';
import { call, octokitFor } from './octokit.js';

export function octokitDeployments(connection: GitHubConnection): DeploymentsApi {
  const { owner, repo } = connection.repository;
  const octokit = octokitFor(connection);

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
          transient_environment: deployment.transient === true,
          // A preview is never production, whatever its name.
          production_environment: deployment.transient !== true && isProductionEnvironment(deployment.environment),
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

    async listDeployments(environment: string, options: CallOptions = {}): Promise<ListedDeployment[]> {
      const listed = await call(`list the deployments of ${environment}`, options, (request) =>
        octokit.paginate(octokit.rest.repos.listDeployments, { request, owner, repo, environment, per_page: 100 }),
      );
      // An answer is untrusted: only deployments of the environment asked for, with a numeric id, are used.
      const deployments = listed.filter(
        (deployment) => deployment.environment === environment && Number.isSafeInteger(Number(deployment.id)),
      );
      const result: ListedDeployment[] = [];
      // One read each (reads are not spaced out as writes are): a deactivation then writes only to the active ones.
      for (const deployment of deployments) {
        const id = Number(deployment.id);
        const statuses = await call(`read the status of deployment ${id}`, options, (request) =>
          octokit.rest.repos.listDeploymentStatuses({ request, owner, repo, deployment_id: id, per_page: 1 }),
        );
        const state: unknown = statuses.data[0]?.state;
        result.push({
          id,
          environment,
          transient: deployment.transient_environment === true,
          state: typeof state === 'string' ? state : undefined,
        });
      }
      return result;
    },
  };
}
