import type { Logger } from '@mlops-actions/action-kit';

/** A repository on GitHub, as `GITHUB_REPOSITORY` names it (`owner/repo`). */
export interface Repository {
  owner: string;
  repo: string;
}

/** What `deploy-env` tells GitHub about one deployment of a model version. */
export interface NewDeployment {
  /** The commit deployed: a full SHA, so GitHub never resolves a moving branch. */
  ref: string;
  environment: string;
  /** Shown on the Environments page; kept short. */
  description: string;
  /** Stored with the deployment so API readers see what was deployed. */
  payload: DeploymentPayload;
  /** A preview environment (GitHub's `transient_environment`): never production, removed by deactivating it. */
  transient?: boolean;
}

export interface DeploymentPayload {
  model: string;
  version: string;
  digest: string;
  /** Present (true) on the deployment that restores the previous version. */
  rollback?: boolean;
}

/** The deployment GitHub created. */
export interface Deployment {
  id: number;
  environment: string;
}

/** A deployment as GitHub lists it: what deactivating its environment needs to know. */
export interface ListedDeployment extends Deployment {
  /** GitHub's `transient_environment`: created for a preview environment. */
  transient: boolean;
  /** The state of its newest status (`success`, `inactive`…); undefined when it has none. Text from GitHub. */
  state: string | undefined;
}

/** The states `deploy-env` reports (`inactive`: the environment was deactivated); GitHub knows a few more (`queued`…). */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface NewDeploymentStatus {
  state: DeploymentState;
  /** The workflow run's page, where the deploy's log is. */
  logUrl?: string;
  /** Where the environment is reachable; shown as "View deployment". */
  environmentUrl?: string;
  /** GitHub keeps at most 140 characters; longer text is cut. */
  description?: string;
}

/**
 * The GitHub Deployments API as `deploy-env` uses it: one deployment per
 * attempt to put a version into an environment, and its statuses.
 */
export interface DeploymentsApi {
  createDeployment(deployment: NewDeployment, options?: CallOptions): Promise<Deployment>;
  createStatus(deploymentId: number, status: NewDeploymentStatus, options?: CallOptions): Promise<void>;
  /** Every deployment of one environment, newest first, all pages, each with the state of its newest status. */
  listDeployments(environment: string, options?: CallOptions): Promise<ListedDeployment[]>;
}

export interface CallOptions {
  /**
   * When the call must be over (milliseconds since the epoch), retries and
   * rate-limit waits included: past it the request is abandoned and nothing
   * is retried, and the call fails with a `GitHubApiError` that is `outOfTime`.
   */
  deadline?: number;
}

/**
 * Environments people treat as production. GitHub marks a deployment as
 * production only when told (its default covers the exact name `production`),
 * and the Environments page and deployment protection rely on the flag.
 */
export function isProductionEnvironment(environment: string): boolean {
  const name = environment.toLowerCase();
  return name === 'prod' || name === 'prd' || name.startsWith('production');
}

/** Parses `GITHUB_REPOSITORY`; `undefined` when it is not `owner/repo`. */
export function parseRepository(text: string): Repository | undefined {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(text.trim());
  return match ? { owner: match[1], repo: match[2] } : undefined;
}

/** GitHub's limit for a status description. */
export const STATUS_DESCRIPTION_LIMIT = 140;

/** A description GitHub will accept: one line, at most 140 characters. */
export function statusDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > STATUS_DESCRIPTION_LIMIT ? `${line.slice(0, STATUS_DESCRIPTION_LIMIT - 1)}…` : line;
}

/** How to reach the GitHub REST API. */
export interface GitHubConnection {
  /**
   * A token with the permissions of the calls made (`deployments: write`, `contents: write` for releases,
   * `pull-requests: write`, `checks: write`); the caller masks it before anything can print it.
   */
  token: string;
  repository: Repository;
  /** The REST API root: `GITHUB_API_URL` (`https://HOST/api/v3` on GitHub Enterprise Server). */
  apiUrl: string;
  /** Where retries and waits are reported. */
  logger: Logger;
  limits?: Partial<ApiLimits>;
}

/** Bounds on how long one API call may take, retries included. */
export interface ApiLimits {
  /** Each HTTP request is abandoned (and retried as a server error) after this long. */
  requestTimeoutMs: number;
  /** Retries of a server error (5xx) or a dropped connection, with growing backoff (1 s, 4 s, 9 s…). */
  serverErrorRetries: number;
  /** Retries after a rate limit (primary or secondary). */
  rateLimitRetries: number;
  /** A rate limit that resets later than this is not waited for: the call fails instead. */
  maxRateLimitWaitSeconds: number;
  /** The least time between two writes (POST, PATCH, PUT, DELETE), as GitHub's best practices ask. */
  writeIntervalMs: number;
  /** The least time between two writes that notify people (a release, a comment): GitHub asks for more. */
  notifyingWriteIntervalMs: number;
}

export const DEFAULT_API_LIMITS: ApiLimits = {
  requestTimeoutMs: 30_000,
  serverErrorRetries: 3,
  rateLimitRetries: 2,
  maxRateLimitWaitSeconds: 60,
  writeIntervalMs: 1_000,
  notifyingWriteIntervalMs: 3_000,
};

/** A GitHub API call that failed after its retries; `status` is 0 when no response came. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number,
    /** The call's deadline came before an answer (`CallOptions.deadline`). */
    readonly outOfTime = false,
    /** GitHub's 422 `already_exists`: what the call would create is there (a release of the tag, an asset of the name). */
    readonly alreadyExists = false,
  ) {
    super(message);
  }

  /**
   * GitHub refused the token: a 403 that is not a rate limit, or a 404 for a
   * repository the token cannot see. The job lacks a permission.
   */
  get refusedAccess(): boolean {
    return (this.status === 403 && !/rate limit/i.test(this.message)) || this.status === 404;
  }
}
