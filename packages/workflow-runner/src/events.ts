import { WorkflowError } from './errors.js';
import type { ContextValue } from './expressions.js';

/**
 * A pull request event as the caller describes it; the runner turns it into
 * the payload GitHub sends (`github.event`, GITHUB_EVENT_PATH) and the refs.
 */
export interface PullRequestEvent {
  /** The pull request's number: `refs/pull/<number>/merge`, `github.event.number`. */
  number: number;
  /** What happened to it. Default: `synchronize` (a new push to its branch). */
  action?: string;
  /** Its branch (GITHUB_HEAD_REF). Default: the workspace's branch. */
  headRef?: string;
  /** Its head commit. Default: the run's commit. */
  headSha?: string;
  /** `owner/name` the head branch lives in. Default: the run's repository; another one makes it a fork. */
  headRepository?: string;
  /** The branch it merges into (GITHUB_BASE_REF). Default: `main`. */
  baseRef?: string;
  /** Whether a `closed` pull request was merged. Default: false. */
  merged?: boolean;
  /** Its title. Default: `Pull request #<number>`. */
  title?: string;
}

/** GitHub's activity types of `pull_request`, what `github.event.action` may be. */
export const PULL_REQUEST_ACTIONS = [
  'assigned',
  'unassigned',
  'labeled',
  'unlabeled',
  'opened',
  'edited',
  'closed',
  'reopened',
  'synchronize',
  'converted_to_draft',
  'ready_for_review',
  'locked',
  'unlocked',
  'review_requested',
  'review_request_removed',
  'auto_merge_enabled',
  'auto_merge_disabled',
  'milestoned',
  'demilestoned',
  'enqueued',
  'dequeued',
] as const;

/** What starts a `pull_request` workflow without `types:`. */
export const DEFAULT_PULL_REQUEST_TYPES = ['opened', 'synchronize', 'reopened'];

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{40}$/;

/** What the run knows when it builds an event payload. */
export interface EventFacts {
  sha: string;
  ref: string;
  branch: string;
  repository: string;
  actor: string;
}

/**
 * Refuses a pull request GitHub could not send: each field is checked where
 * it is read, so a value reaching GITHUB_REF or the payload has its shape.
 */
export function checkPullRequest(pullRequest: PullRequestEvent): void {
  const { number, action, headSha, headRepository, merged } = pullRequest;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new WorkflowError(`the pull request number must be a whole number from 1; got ${String(number)}`);
  }
  if (action !== undefined && !(PULL_REQUEST_ACTIONS as readonly string[]).includes(action)) {
    throw new WorkflowError(
      `${JSON.stringify(action)} is not a pull_request action; use one of ${PULL_REQUEST_ACTIONS.join(', ')}`,
    );
  }
  if (headSha !== undefined && !SHA.test(headSha)) {
    throw new WorkflowError(
      `the head commit must be a full 40-character SHA in lower case; got ${JSON.stringify(headSha)}`,
    );
  }
  if (headRepository !== undefined && !REPOSITORY.test(headRepository)) {
    throw new WorkflowError(`the head repository must be owner/name; got ${JSON.stringify(headRepository)}`);
  }
  for (const [field, ref] of [
    ['head', pullRequest.headRef],
    ['base', pullRequest.baseRef],
  ] as const) {
    if (ref !== undefined && !isBranchName(ref)) {
      throw new WorkflowError(`the ${field} branch ${JSON.stringify(ref)} is not a branch name git accepts`);
    }
  }
  if (merged && (action ?? 'synchronize') !== 'closed') {
    throw new WorkflowError('only a closed pull request can be merged: pass the action closed with merged');
  }
}

/** Roughly git's check-ref-format for a branch: no spaces, control characters or the characters git forbids. */
function isBranchName(ref: string): boolean {
  return (
    ref !== '' &&
    ![...ref].some((character) => character <= ' ' || character === '\u007f' || '~^:?*[\\'.includes(character)) &&
    !ref.includes('..') &&
    !ref.includes('@{') &&
    !ref.startsWith('/') &&
    !ref.startsWith('-') &&
    !ref.endsWith('/') &&
    !ref.endsWith('.') &&
    !ref.endsWith('.lock')
  );
}

/** The event payload (what `github.event` holds) for the events the runner starts. */
export function eventPayload(
  event: string,
  facts: EventFacts,
  pullRequest?: PullRequestEvent,
): Record<string, ContextValue> {
  const repository = repositoryObject(facts.repository);
  const sender = { login: facts.actor };
  switch (event) {
    case 'push':
      return {
        ref: facts.ref,
        before: '0'.repeat(40),
        after: facts.sha,
        repository,
        head_commit: { id: facts.sha },
        pusher: { name: facts.actor },
        sender,
      };
    case 'pull_request':
      return pullRequestPayload(pullRequest ?? { number: 1 }, facts);
    case 'workflow_dispatch':
      return { inputs: {}, ref: facts.ref, repository, sender };
    default:
      return { repository, sender };
  }
}

/** GitHub's `pull_request` payload, with the fields workflows read. */
function pullRequestPayload(pullRequest: PullRequestEvent, facts: EventFacts): Record<string, ContextValue> {
  const { number } = pullRequest;
  const action = pullRequest.action ?? 'synchronize';
  const closed = action === 'closed';
  const merged = pullRequest.merged ?? false;
  const headRepository = pullRequest.headRepository ?? facts.repository;
  const baseRepository = repositoryObject(facts.repository);
  const head = repositoryObject(headRepository);
  return {
    action,
    number,
    pull_request: {
      number,
      title: pullRequest.title ?? `Pull request #${number}`,
      state: closed ? 'closed' : 'open',
      merged,
      draft: false,
      user: { login: facts.actor },
      head: {
        ref: pullRequest.headRef ?? facts.branch,
        sha: pullRequest.headSha ?? facts.sha,
        label: `${headRepository.split('/')[0]}:${pullRequest.headRef ?? facts.branch}`,
        repo: { ...head, fork: headRepository !== facts.repository },
      },
      base: {
        ref: pullRequest.baseRef ?? 'main',
        sha: facts.sha,
        label: `${facts.repository.split('/')[0]}:${pullRequest.baseRef ?? 'main'}`,
        repo: { ...baseRepository, fork: false },
      },
    },
    repository: baseRepository,
    sender: { login: facts.actor },
  };
}

function repositoryObject(fullName: string): Record<string, ContextValue> {
  const [owner, name] = fullName.split('/');
  return { full_name: fullName, name, owner: { login: owner }, default_branch: 'main' };
}

/** What a `pull_request` payload says about the refs: GITHUB_REF, GITHUB_HEAD_REF, GITHUB_BASE_REF. */
export function pullRequestRefs(payload: Record<string, ContextValue>): { ref: string; head: string; base: string } {
  const pullRequest = objectAt(payload, 'pull_request');
  const number = payload.number ?? pullRequest?.number;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) {
    throw new WorkflowError('the pull_request payload has no number (number or pull_request.number)');
  }
  const refOf = (side: string): string => {
    const ref = objectAt(pullRequest, side)?.ref;
    return typeof ref === 'string' ? ref : '';
  };
  return { ref: `refs/pull/${number}/merge`, head: refOf('head'), base: refOf('base') };
}

function objectAt(
  value: Record<string, ContextValue> | undefined,
  key: string,
): Record<string, ContextValue> | undefined {
  const found = value?.[key];
  return typeof found === 'object' && found !== null && !Array.isArray(found) ? found : undefined;
}
