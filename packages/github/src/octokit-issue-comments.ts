// The real IssueCommentsApi, over the package's one Octokit (octokit.ts). It
// is only ever loaded through a dynamic import (see connectIssueComments).
import type { CallOptions, GitHubConnection } from './deployments.js';
import {
  issueCommentOf,
  type IssueComment,
  type IssueCommentRecord,
  type IssueCommentsApi,
  type ListCommentsOptions,
  type PullRequestHead,
} from './issue-comments.js';
import { call, octokitFor } from './octokit.js';

/** GitHub's largest page: 100 comments a request instead of the default 30. */
const PAGE_SIZE = 100;

export function octokitIssueComments(connection: GitHubConnection): IssueCommentsApi {
  const octokit = octokitFor(connection);
  const { owner, repo } = connection.repository;

  return {
    async list(issue: number, options: ListCommentsOptions = {}): Promise<IssueComment[]> {
      const kept: IssueComment[] = [];
      await call(`list the comments of #${issue}`, options, async (request) => {
        // The pages follow GitHub's Link header (rel="next") until there is none.
        const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
          request,
          owner,
          repo,
          issue_number: issue,
          per_page: PAGE_SIZE,
        });
        for await (const page of pages) {
          for (const record of page.data as IssueCommentRecord[]) {
            const comment = issueCommentOf(record);
            if (!options.where || options.where(comment)) kept.push(comment);
          }
        }
      });
      return kept;
    },

    async create(issue: number, body: string, options: CallOptions = {}): Promise<IssueComment> {
      const response = await call(`comment on #${issue}`, options, (request) =>
        octokit.rest.issues.createComment({ request, owner, repo, issue_number: issue, body }),
      );
      return issueCommentOf(response.data);
    },

    async update(commentId: number, body: string, options: CallOptions = {}): Promise<IssueComment> {
      const response = await call(`update comment ${commentId}`, options, (request) =>
        octokit.rest.issues.updateComment({ request, owner, repo, comment_id: commentId, body }),
      );
      return issueCommentOf(response.data);
    },

    async delete(commentId: number, options: CallOptions = {}): Promise<void> {
      try {
        await call(`delete comment ${commentId}`, options, (request) =>
          octokit.rest.issues.deleteComment({ request, owner, repo, comment_id: commentId }),
        );
      } catch (error) {
        // Another run deleted it first: what was asked for is done.
        if ((error as { status?: unknown }).status === 404) return;
        throw error;
      }
    },

    async findPullRequest(head: PullRequestHead, options: CallOptions = {}): Promise<number | undefined> {
      const response = await call(`find the pull request of ${head.owner}:${head.branch}`, options, (request) =>
        octokit.rest.pulls.list({
          request,
          owner,
          repo,
          head: `${head.owner}:${head.branch}`,
          state: 'open',
          per_page: PAGE_SIZE,
        }),
      );
      // The branch may have moved on since the run: only the pull request at the run's commit is the one it tested.
      return response.data.find((pullRequest) => pullRequest.head.sha === head.sha)?.number;
    },
  };
}
