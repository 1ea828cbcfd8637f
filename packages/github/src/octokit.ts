// Octokit as every GitHub API of this package uses it: retries on server
// errors, waits on rate limits, a timeout on each request, and a deadline on
// each call. This module pulls in Octokit and its plugins, so it is only ever
// loaded through a dynamic import (see connectDeployments, connectReleases,
// connectIssueComments, connectCheckRuns).
import { getOctokit } from '@actions/github';
import { defaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { Logger } from '@mlops-actions/action-kit';
import {
  DEFAULT_API_LIMITS,
  GitHubApiError,
  type ApiLimits,
  type CallOptions,
  type GitHubConnection,
} from './deployments.js';

type Fetch = typeof globalThis.fetch;

/** The Octokit of one connection: the REST API with the retries, waits and timeouts above. */
export type GitHubOctokit = ReturnType<typeof getOctokit>;

/** Octokit for `connection`, with its limits (DEFAULT_API_LIMITS for those it does not set). */
export function octokitFor(connection: GitHubConnection): GitHubOctokit {
  const limits: ApiLimits = { ...DEFAULT_API_LIMITS, ...connection.limits };
  const { logger } = connection;
  return getOctokit(
    connection.token,
    {
      baseUrl: connection.apiUrl.replace(/\/+$/, ''),
      log: {
        debug: (message: string) => logger.debug(message),
        info: (message: string) => logger.debug(message),
        warn: (message: string) => logger.warning(message),
        error: (message: string) => logger.warning(message),
      },
      request: { fetch: timedFetch(baseFetch(), limits.requestTimeoutMs, logger) },
      retry: { retries: limits.serverErrorRetries },
      throttle: {
        // GitHub asks integrations to space out writes, and more so writes that notify people (releases,
        // comments): plugin-throttling's queues (1 s and 3 s apart), but with the connection's limits.
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: limits.writeIntervalMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: limits.notifyingWriteIntervalMs }),
        onRateLimit: (retryAfter: number, options: ApiRequest, _octokit: unknown, retryCount: number) =>
          waitForLimit('rate limit', retryAfter, options, retryCount, limits, logger),
        onSecondaryRateLimit: (retryAfter: number, options: ApiRequest, _octokit: unknown, retryCount: number) =>
          waitForLimit('secondary rate limit', retryAfter, options, retryCount, limits, logger),
      },
    },
    // Before retry: its error hook then runs first and can stop a retry that would outlive the deadline.
    deadlines,
    retry,
    throttling,
  );
}

interface ApiRequest {
  method: string;
  url: string;
  request?: DeadlineOptions;
}

/** What a call hands Octokit as its `request` options: the deadline, and a signal that aborts at it. */
export interface DeadlineOptions {
  signal?: AbortSignal;
  deadline?: number;
  /** Set by plugin-retry: retries made so far. */
  retryCount?: number;
}

/** Thrown where the deadline ends a call; named AbortError, which Octokit and its retry plugin do not retry. */
class DeadlineReached extends Error {
  override readonly name = 'AbortError';
}

/**
 * Runs one API call within its deadline and turns Octokit's error into one
 * line that says what failed.
 */
export async function call<T>(
  what: string,
  options: CallOptions,
  request: (options: DeadlineOptions) => Promise<T>,
): Promise<T> {
  const { deadline } = options;
  const bounds: DeadlineOptions =
    deadline === undefined ? {} : { deadline, signal: AbortSignal.timeout(Math.max(0, deadline - Date.now())) };
  try {
    return await request(bounds);
  } catch (error) {
    if (error instanceof DeadlineReached) {
      throw new GitHubApiError(`Could not ${what} on GitHub (no response): ${error.message}`, 0, true);
    }
    // Octokit reports a request that got no answer (refused, timed out) as a 500 without a response.
    const { status: code, response } = error as { status?: unknown; response?: unknown };
    const status = response !== undefined && typeof code === 'number' ? code : 0;
    const reason = reasonOf(error);
    throw new GitHubApiError(
      `Could not ${what} on GitHub (${status > 0 ? `HTTP ${status}` : 'no response'}): ${reason}`,
      status,
      false,
      status === 422 && validationCodes(response).includes('already_exists'),
    );
  }
}

/** The `code` of each error of a 422 Validation Failed answer. */
function validationCodes(response: unknown): string[] {
  const errors = (response as { data?: { errors?: unknown } } | undefined)?.data?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((item) => (item as { code?: unknown } | null)?.code).filter((code) => typeof code === 'string');
}

/** Decides whether to wait out a rate limit: only a bounded number of times, for a bounded time. */
function waitForLimit(
  kind: string,
  retryAfter: number,
  request: ApiRequest,
  retryCount: number,
  limits: ApiLimits,
  logger: Logger,
): boolean {
  const what = `${request.method} ${request.url}`;
  const deadline = request.request?.deadline;
  if (deadline !== undefined && Date.now() + retryAfter * 1000 >= deadline) {
    logger.info(
      `GitHub API ${kind} on ${what} resets in ${retryAfter} s, after the time left for this call; giving up.`,
    );
    return false;
  }
  if (retryCount >= limits.rateLimitRetries) {
    logger.warning(`GitHub API ${kind} on ${what} again after ${retryCount} retries; giving up.`);
    return false;
  }
  if (retryAfter > limits.maxRateLimitWaitSeconds) {
    logger.warning(
      `GitHub API ${kind} on ${what} resets in ${retryAfter} s, longer than the ${limits.maxRateLimitWaitSeconds} s this action waits; giving up.`,
    );
    return false;
  }
  logger.info(
    `GitHub API ${kind} on ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${limits.rateLimitRetries}).`,
  );
  return true;
}

/** The toolkit's fetch, which honours the runner's proxy settings for the API host. */
function baseFetch(): Fetch {
  const fetch = (defaults.request as { fetch?: Fetch } | undefined)?.fetch;
  return fetch ?? globalThis.fetch;
}

/**
 * Gives every request its own timeout (a hung connection must not hang the
 * deploy) and logs server errors, which Octokit retries silently.
 */
function timedFetch(fetch: Fetch, timeoutMs: number, logger: Logger): Fetch {
  return async (input, init) => {
    const what = `${init?.method ?? 'GET'} ${urlPath(input)}`;
    let response: Response;
    const deadline = init?.signal;
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      response = await fetch(input, { ...init, signal: deadline ? AbortSignal.any([deadline, timeout]) : timeout });
    } catch (error) {
      logger.info(`GitHub API did not answer ${what}: ${reasonOf(error)}.`);
      if (deadline?.aborted) throw new DeadlineReached('the time left for it ran out');
      throw error;
    }
    if (response.status >= 500) {
      logger.info(`GitHub API answered HTTP ${response.status} to ${what} (a server error: retried with backoff).`);
    }
    return response;
  };
}

function urlPath(input: string | URL | globalThis.Request): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(url).pathname;
}

/**
 * An Octokit plugin: a failed request that plugin-retry would retry after a
 * backoff of (retries + 1)² s is not retried when the backoff would end past
 * the call's deadline (the retry could only be abandoned).
 */
function deadlines(octokit: {
  hook: { error: (name: 'request', hook: (error: unknown, options: ApiRequest) => never) => void };
}): void {
  octokit.hook.error('request', (error, options) => {
    const deadline = options.request?.deadline;
    const status = (error as { status?: unknown }).status;
    const retried = typeof status === 'number' && status >= 500;
    if (deadline !== undefined && retried) {
      const backoffMs = ((options.request?.retryCount ?? 0) + 1) ** 2 * 1000;
      if (Date.now() + backoffMs >= deadline) {
        throw new DeadlineReached(`the time left for it ran out (${reasonOf(error)})`);
      }
    }
    throw error;
  });
}

/** The message of anything thrown (action-kit's `messageOf`, which this package may import only as a type). */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
