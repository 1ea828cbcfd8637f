import { readFileSync, statSync } from 'node:fs';

/** The events whose payload names the pull request a run is for. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** The runner writes the payload; a pull request's is far smaller, but a huge one is not read whole. */
const EVENT_PAYLOAD_LIMIT = 25 * 1024 * 1024;

/** The pull request a run is for, from the event payload the runner wrote (`GITHUB_EVENT_PATH`). */
export interface PullRequestEvent {
  number: number;
  /** The pull request's head commit, when the payload names one: where the failing lines are. */
  headSha?: string;
}

/**
 * The pull request of a `pull_request` or `pull_request_target` run, or of a
 * `workflow_run` started by one (GitHub lists it there for a branch of the
 * same repository); undefined for any other run, or when the payload names
 * none. The payload holds text anyone who opens a pull request writes: only
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
    return pullRequestFrom(field(first, 'number'), field(run, 'head_sha'));
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
