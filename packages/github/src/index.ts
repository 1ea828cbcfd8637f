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

export {
  COMMENT_BODY_LIMIT,
  issueCommentOf,
  type IssueComment,
  type IssueCommentRecord,
  type IssueCommentsApi,
  type ListCommentsOptions,
  type PullRequestHead,
} from './issue-comments.js';
export {
  ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_SUMMARY_LIMIT,
  annotationBatches,
  checkRunSummary,
  type CheckRun,
  type CheckRunAnnotation,
  type CheckRunConclusion,
  type CheckRunResult,
  type CheckRunsApi,
  type NewCheckRun,
} from './check-runs.js';
import type { IssueCommentsApi } from './issue-comments.js';
import type { CheckRunsApi } from './check-runs.js';

/** The issue comments API over Octokit (see `connectDeployments`: Octokit loads on first use). */
export async function connectIssueComments(connection: GitHubConnection): Promise<IssueCommentsApi> {
  const { octokitIssueComments } = await import('./octokit-issue-comments.js');
  return octokitIssueComments(connection);
}

/** The check runs API over Octokit (see `connectDeployments`: Octokit loads on first use). */
export async function connectCheckRuns(connection: GitHubConnection): Promise<CheckRunsApi> {
  const { octokitCheckRuns } = await import('./octokit-check-runs.js');
  return octokitCheckRuns(connection);
}
