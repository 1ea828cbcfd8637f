export {
  DEFAULT_API_LIMITS,
  GitHubApiError,
  STATUS_DESCRIPTION_LIMIT,
  isProductionEnvironment,
  parseRepository,
  statusDescription,
  type ApiLimits,
  type CallOptions,
  type Deployment,
  type DeploymentPayload,
  type DeploymentState,
  type DeploymentsApi,
  type GitHubConnection,
  type ListedDeployment,
  type NewDeployment,
  type NewDeploymentStatus,
  type Repository,
} from './deployments.js';
import type { DeploymentsApi, GitHubConnection } from './deployments.js';

/**
 * The GitHub Deployments API over Octokit, with retries on server errors and
 * waits on rate limits. Octokit loads here, on first use, so an action that
 * never talks to GitHub does not pay for it at start-up.
 */
export async function connectDeployments(connection: GitHubConnection): Promise<DeploymentsApi> {
  const { octokitDeployments } = await import('./octokit-deployments.js');
  return octokitDeployments(connection);
}
export {
  RELEASE_BODY_LIMIT,
  connectReleases,
  publishRelease,
  type NewRelease,
  type NewReleaseAsset,
  type PublishedRelease,
  type Release,
  type ReleaseAsset,
  type ReleaseContent,
  type ReleasesApi,
} from './releases.js';
