import { randomBytes } from 'node:crypto';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import type { GitHubApiAccess } from './context.js';
import { WorkflowError } from './errors.js';

/** GitHub's API, where steps reach it when the run has no stand-in. */
export const GITHUB_API_URL = 'https://api.github.com';

/** The GitHub REST stand-in a run talks to, and whether the run started it (and so stops it). */
export interface GitHubStandIn {
  api: FakeGitHubApi;
  ownedByRun: boolean;
}

/**
 * The run's repository when a stand-in is passed in: the stand-in's, unless
 * the caller named another, which the stand-in would answer 404 for.
 */
export function standInRepository(given: FakeGitHubApi, repository: string | undefined): string {
  if (repository !== undefined && repository !== given.repository) {
    throw new WorkflowError(
      `the GitHub stand-in serves ${given.repository} but the run's repository is ${repository}: ` +
        `start the stand-in with repository '${repository}', or leave the run's repository out`,
    );
  }
  return given.repository;
}

/**
 * Starts the stand-in for `repository` (or takes the one given) and the
 * token steps get for it. A stand-in the run starts accepts only that token,
 * so a step that sends none, or another, sees GitHub's 401.
 */
export async function openGitHubStandIn(
  option: true | FakeGitHubApi,
  repository: string,
  token: string | undefined,
): Promise<{ standIn: GitHubStandIn; access: GitHubApiAccess }> {
  // Shaped like an installation token, so masking and logs treat it as one.
  const runToken = token ?? `ghs_${randomBytes(18).toString('hex')}`;
  const standIn =
    option === true
      ? { api: await FakeGitHubApi.start({ repository, token: runToken }), ownedByRun: true }
      : { api: option, ownedByRun: false };
  return { standIn, access: { apiUrl: standIn.api.url, token: runToken } };
}
