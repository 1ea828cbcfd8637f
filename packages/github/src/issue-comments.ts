import type { components } from '@octokit/openapi-types';
import type { CallOptions } from './deployments.js';

/** GitHub's limit for the body of an issue or pull-request comment, in characters. */
export const COMMENT_BODY_LIMIT = 65_536;

/** A comment on an issue or a pull request (the REST API's `issue-comment`), as the actions read it. */
export interface IssueComment {
  id: number;
  body: string;
  /** The comment's page: `https://github.com/owner/repo/pull/1#issuecomment-…`. */
  htmlUrl: string;
  /** Who wrote it, and whether that is a bot (an app's token, `GITHUB_TOKEN`) or a person. */
  author: { login: string; isBot: boolean };
  createdAt: string;
}

/** The REST API's record, before it is read into an `IssueComment`. */
export type IssueCommentRecord = components['schemas']['issue-comment'];

export interface ListCommentsOptions extends CallOptions {
  /** Only the comments this returns true for are kept: a long thread is read page by page, not held whole. */
  where?: (comment: IssueComment) => boolean;
}

/**
 * The issue comments API as a sticky pull-request comment uses it. Pull
 * requests are issues to this API: `issue` is the pull request's number.
 */
export interface IssueCommentsApi {
  /** Every comment of the issue, oldest first, all pages read. */
  list(issue: number, options?: ListCommentsOptions): Promise<IssueComment[]>;
  create(issue: number, body: string, options?: CallOptions): Promise<IssueComment>;
  update(commentId: number, body: string, options?: CallOptions): Promise<IssueComment>;
  /** Deletes a comment; one already gone (404) counts as deleted. */
  delete(commentId: number, options?: CallOptions): Promise<void>;
  /**
   * The open pull request whose head is `head`'s branch at `head.sha`, or
   * undefined: for a `workflow_run` of a fork's pull request, which GitHub
   * does not name in the event.
   */
  findPullRequest(head: PullRequestHead, options?: CallOptions): Promise<number | undefined>;
}

/** A pull request's head: the branch of the repository of `owner` (a fork's, or this one's), at a commit. */
export interface PullRequestHead {
  owner: string;
  branch: string;
  sha: string;
}

/** An `IssueComment` from the REST API's record. */
export function issueCommentOf(record: IssueCommentRecord): IssueComment {
  return {
    id: Number(record.id),
    body: record.body ?? '',
    htmlUrl: record.html_url,
    author: { login: record.user?.login ?? '', isBot: record.user?.type === 'Bot' },
    createdAt: record.created_at,
  };
}
