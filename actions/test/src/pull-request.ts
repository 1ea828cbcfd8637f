import { readFileSync, statSync } from 'node:fs';
import type { PullRequestHead } from '@mlops-actions/github';

/** The events whose payload names the pull request a run is for. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** The runner writes the payload; a pull request's is far smaller, but a huge one is not read whole. */
const EVENT_PAYLOAD_LIMIT = 25 * 1024 * 1024;

/** The pull request a run is for, from the event payload the runner wrote (`GITHUB_EVENT_PATH`). */
export type PullRequestEvent =
  | {
      number: number;
      /** The pull request's head commit, when the payload names one: where the failing lines are. */
      headSha?: string;
    }
  /**
   * A `workflow_run` of a fork's pull request: GitHub does not name the pull
   * request, only the branch and commit it ran on, from which it is found.
   */
  | { head: PullRequestHead; headSha: string };

/**
 * The pull request of a `pull_request` or `pull_request_target` run, or of a
 * `workflow_run` started by one (GitHub lists it there for a branch of the
 * same repository; for a fork's, its head branch and commit); undefined for
 * any other run, or when the payload names none. The payload holds text anyone who opens a pull request writes: only
 * the number and the head commit are read, and each is checked for its shape.
 */
export function pullRequestOf(env: NodeJS.ProcessEnv): PullRequestEvent | undefined {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  if (!PULL_REQUEST_EVENTS.includes(event) && event !== 'workflow_run') return undefined;
  const payload = readPayload(env['GITHUB_EVENT_PATH']);
  if (payload === undefined) return undefined;
  if (event === 'workflow_run') {
    const run = field(payload, 'workflow_run');
    const pullRequests = field(run, 'pull_requests');
    const first: unknown = Array.isArray(pullRequests) ? pullRequests[0] : undefined;
    if (first !== undefined || field(run, 'event') !== 'pull_request') {
      return pullRequestFrom(field(first, 'number'), field(run, 'head_sha'));
    }
    return forkHead(run);
  }
  const pullRequest = field(payload, 'pull_request');
  return pullRequestFrom(
    field(pullRequest, 'number') ?? field(payload, 'number'),
    field(field(pullRequest, 'head'), 'sha'),
  );
}

function pullRequestFrom(number: unknown, sha: unknown): PullRequestEvent | undefined {
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return undefined;
  return isCommitSha(sha) ? { number, headSha: sha } : { number };
}

/** The head of a fork's pull request, from a `workflow_run`: its owner, branch and commit, each of a checked shape. */
function forkHead(run: unknown): PullRequestEvent | undefined {
  const owner = field(field(field(run, 'head_repository'), 'owner'), 'login');
  const branch = field(run, 'head_branch');
  const sha = field(run, 'head_sha');
  if (typeof owner !== 'string' || !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(owner)) return undefined;
  // What git accepts in a branch name, and nothing that would change the `owner:branch` query.
  if (typeof branch !== 'string' || branch.length === 0 || branch.length > 255 || !isBranchName(branch))
    return undefined;
  if (!isCommitSha(sha)) return undefined;
  return { head: { owner, branch, sha }, headSha: sha };
}

/** No space, control character or what git refuses in a branch name (`~ ^ : ? * [ \\`). */
function isBranchName(branch: string): boolean {
  return ![...branch].some((character) => {
    const code = character.charCodeAt(0);
    return code <= 0x20 || code === 0x7f || '~^:?*[\\'.includes(character);
  });
}

export function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

function readPayload(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    if (statSync(path).size > EVENT_PAYLOAD_LIMIT) return undefined;
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}
