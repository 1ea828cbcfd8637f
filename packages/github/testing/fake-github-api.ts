// A local stand-in for the parts of the GitHub REST API the actions use (deployments, releases, issue comments
// and check runs): a real HTTP server on 127.0.0.1 whose request and response bodies follow
// GitHub's OpenAPI description, with faults that can be injected per route.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createHash } from 'node:crypto';
import type { components, operations } from '@octokit/openapi-types';

export type DeploymentRecord = components['schemas']['deployment'];
export type DeploymentStatusRecord = components['schemas']['deployment-status'];
export type CreateDeploymentBody = operations['repos/create-deployment']['requestBody']['content']['application/json'];
export type CreateDeploymentStatusBody =
  operations['repos/create-deployment-status']['requestBody']['content']['application/json'];
type ValidationError = components['schemas']['validation-error'];
type BasicError = components['schemas']['basic-error'];
type SimpleUser = NonNullable<components['schemas']['nullable-simple-user']>;
export type IssueCommentRecord = components['schemas']['issue-comment'];
export type CheckRunRecord = components['schemas']['check-run'];
export type CreateCheckRunBody = operations['checks/create']['requestBody']['content']['application/json'];
export type CheckRunAnnotationBody = NonNullable<NonNullable<CreateCheckRunBody['output']>['annotations']>[number];
/** A check run as the fake keeps it: GitHub's record, its output's summary, and every annotation sent. */
export interface StoredCheckRun {
  record: CheckRunRecord;
  /** One entry per request that carried annotations: what each request sent. */
  annotationBatches: CheckRunAnnotationBody[][];
}

export type Route =
  | 'create-deployment'
  | 'list-deployments'
  | 'create-deployment-status'
  | 'list-deployment-statuses'
  | CommentRoute
  | CheckRunRoute
  | ReleaseRoute;

// --- Releases: types -------------------------------------------------------

export type ReleaseRecord = components['schemas']['release'];
export type ReleaseAssetRecord = components['schemas']['release-asset'];
export type CreateReleaseBody = operations['repos/create-release']['requestBody']['content']['application/json'];
export type UpdateReleaseBody = NonNullable<
  operations['repos/update-release']['requestBody']
>['content']['application/json'];
export type ReleaseRoute =
  | 'get-release-by-tag'
  | 'create-release'
  | 'update-release'
  | 'list-release-assets'
  | 'delete-release-asset'
  | 'upload-release-asset';
const RELEASE_ROUTES: readonly string[] = [
  'get-release-by-tag',
  'create-release',
  'update-release',
  'list-release-assets',
  'delete-release-asset',
  'upload-release-asset',
] satisfies ReleaseRoute[];
/** Where a route's path names a release, an asset or a tag. */
interface ReleaseMatch {
  route: ReleaseRoute;
  releaseId?: number;
  assetId?: number;
  tag?: string;
}

// --- end of releases: types ------------------------------------------------

/** A pull request as the fake lists it: the fields of GitHub's `pull-request-simple` that name it and its head. */
export interface StoredPullRequest {
  number: number;
  state: 'open' | 'closed';
  html_url: string;
  head: { label: string; ref: string; sha: string };
}

/** The issue comment routes (pull requests are issues to them). */
export type CommentRoute =
  'list-issue-comments' | 'create-issue-comment' | 'update-issue-comment' | 'delete-issue-comment';
export const COMMENT_ROUTES: readonly CommentRoute[] = [
  'list-issue-comments',
  'create-issue-comment',
  'update-issue-comment',
  'delete-issue-comment',
];
export type CheckRunRoute = 'create-check-run' | 'update-check-run' | 'list-pull-requests';

/** What a route answers instead of doing its work. */
export type Fault =
  /** A 5xx, as a load balancer gives when a backend is briefly gone. */
  | { kind: 'server-error'; status?: 500 | 502 | 503 | 504 }
  /** GitHub's 403 for too many writes in a short time, with `retry-after`. */
  | { kind: 'secondary-rate-limit'; retryAfterSeconds: number }
  /** GitHub's 403 for an exhausted hourly quota, with `x-ratelimit-reset`. */
  | { kind: 'rate-limit'; resetInSeconds: number }
  /** A 422 Validation Failed, e.g. a ref GitHub does not know. */
  | { kind: 'validation-failed'; message?: string }
  /** No answer at all: the connection stays open until the server closes. */
  | { kind: 'no-response' }
  /** GitHub's 403 to a token without the permission, as a fork's read-only `GITHUB_TOKEN` gets. */
  | { kind: 'not-accessible' };

export interface RecordedRequest {
  method: string;
  /** The path below the API root, without the query. */
  path: string;
  query: URLSearchParams;
  route: Route | undefined;
  authorization: string | undefined;
  /** The parsed JSON body, or undefined. */
  body: unknown;
  /** The status the fake answered (0 when it did not answer). */
  status: number;
}

export interface FakeGitHubApiOptions {
  /** The only repository served (`owner/repo`); others are 404 as for a token without access. */
  repository?: string;
  /** When set, requests must carry it (`token …` or `Bearer …`); others get 401. */
  token?: string;
  /** A path prefix for the API root, as GitHub Enterprise Server's `/api/v3`. */
  prefix?: string;
  /** The web server of the pages answers link to (`html_url`): `https://github.com` unless given. */
  serverUrl?: string;
}

const DOCS = 'https://docs.github.com/rest';
const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';
const STATES: readonly CreateDeploymentStatusBody['state'][] = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success',
];

interface RouteMatch {
  route: Route;
  deploymentId?: number;
  /** The issue (or pull request) number of a comment route. */
  issue?: number;
  /** The comment or check run the route acts on. */
  id?: number;
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: BasicError | ValidationError,
  ) {
    super(body.message);
  }
}

/** The fake GitHub REST API: start it, point `GITHUB_API_URL` at `url`, read what it recorded. */
export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly deployments: DeploymentRecord[] = [];
  /** Releases, oldest first; each one's `assets` are its current assets. */
  readonly releases: ReleaseRecord[] = [];
  private readonly assetBytes = new Map<number, Buffer>();
  /** `make_latest` as each release (by id) was last given it; GitHub's default is `true`. */
  readonly makeLatest = new Map<number, 'true' | 'false' | 'legacy'>();
  private readonly statuses = new Map<number, DeploymentStatusRecord[]>();
  private readonly faults = new Map<Route, (Fault | undefined)[]>();
  private readonly sockets = new Set<Socket>();
  private readonly owner: string;
  private readonly repo: string;
  private nextId = 1;
  // Issue comments and check runs.
  private readonly comments = new Map<number, IssueCommentRecord[]>();
  readonly checkRuns: StoredCheckRun[] = [];
  readonly pullRequests: StoredPullRequest[] = [];
  private readonly readOnlyRoutes = new Set<Route>();
  private readonly barriers = new Map<Route, { count: number; waiting: (() => void)[] }>();

  private constructor(
    private readonly server: Server,
    private readonly options: FakeGitHubApiOptions,
  ) {
    [this.owner, this.repo] = (options.repository ?? 'octo-org/models').split('/');
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(options: FakeGitHubApiOptions = {}): Promise<FakeGitHubApi> {
    const server = createServer();
    const api = new FakeGitHubApi(server, options);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      api.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(`fake GitHub API failed: ${String(error)}`);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return api;
  }

  /** The API root to put in `GITHUB_API_URL`. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}${this.options.prefix ?? ''}`;
  }

  /** The repository served, as `GITHUB_REPOSITORY` names it. */
  get repository(): string {
    return `${this.owner}/${this.repo}`;
  }

  /**
   * `times` requests to `route` get `fault` instead of an answer, after
   * `after` more requests to it have been answered normally.
   */
  injectFault(route: Route, fault: Fault, options: { times?: number; after?: number } = {}): void {
    const { times = 1, after = 0 } = options;
    const queue = this.faults.get(route) ?? [];
    for (let i = 0; i < after; i++) queue.push(undefined);
    for (let i = 0; i < times; i++) queue.push(fault);
    this.faults.set(route, queue);
  }

  /** Drops the faults not used yet. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** The statuses of a deployment, oldest first. */
  statusesOf(deploymentId: number | bigint): DeploymentStatusRecord[] {
    return [...(this.statuses.get(Number(deploymentId)) ?? [])];
  }

  /** The requests made to one route, in order. */
  requestsTo(route: Route): RecordedRequest[] {
    return this.requests.filter((request) => request.route === route);
  }

  /**
   * What the stand-in holds, as lines a person reads to see what GitHub would
   * show after a run: one part per kind of record (TRANSCRIPT_PARTS, at the
   * end of this file). Each line is one line of text, without line breaks.
   */
  transcript(): string[] {
    return TRANSCRIPT_PARTS.flatMap((part) => part(this));
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const prefix = this.options.prefix ?? '';
    const upload = this.uploadPath(url.pathname);
    const path = upload ?? (url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname);
    const method = request.method ?? 'GET';
    const recorded: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      route: undefined,
      authorization: request.headers.authorization,
      body: undefined,
      status: 0,
    };
    this.requests.push(recorded);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      recorded.status = status;
      if (status === 204) {
        response.writeHead(status, headers);
        response.end();
        return;
      }
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };

    try {
      if (upload === undefined && !url.pathname.startsWith(prefix)) throw notFound();
      this.authorize(request.headers.authorization);
      // An upload's body is the asset's bytes, not JSON.
      recorded.body = upload === undefined ? parseJson(raw) : raw;
      const match = this.route(method, path);
      recorded.route = match.route;
      const fault = this.readOnlyRoutes.has(match.route)
        ? ({ kind: 'not-accessible' } as const)
        : this.faults.get(match.route)?.shift();
      if (fault) {
        if (fault.kind === 'no-response') return;
        const [status, body, headers] = faultResponse(fault);
        send(status, body, headers);
        return;
      }
      await this.barrier(match.route);
      const [status, body, headers = {}] = this.answer(match, recorded.body, url.searchParams, request.headers);
      send(status, body, { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', ...headers });
    } catch (error) {
      if (!(error instanceof HttpFailure)) throw error;
      send(error.status, error.body);
    }
  }

  private authorize(header: string | undefined): void {
    const expected = this.options.token;
    if (expected === undefined) return;
    if (header !== `token ${expected}` && header !== `Bearer ${expected}`) {
      throw new HttpFailure(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
  }

  private route(method: string, path: string): RouteMatch | ReleaseMatch {
    const other =
      this.releaseRoute(method, path) ?? this.commentRoute(method, path) ?? this.checkRunRoute(method, path);
    if (other) return other;
    const match = /^\/repos\/([^/]+)\/([^/]+)\/deployments(?:\/(\d+)\/statuses)?\/?$/.exec(path);
    if (!match || match[1] !== this.owner || match[2] !== this.repo) throw notFound();
    const deploymentId = match[3] === undefined ? undefined : Number(match[3]);
    if (deploymentId === undefined) {
      if (method === 'POST') return { route: 'create-deployment' };
      if (method === 'GET') return { route: 'list-deployments' };
    } else {
      if (method === 'POST') return { route: 'create-deployment-status', deploymentId };
      if (method === 'GET') return { route: 'list-deployment-statuses', deploymentId };
    }
    throw notFound();
  }

  private answer(
    match: RouteMatch | ReleaseMatch,
    body: unknown,
    query: URLSearchParams,
    headers: IncomingMessage['headers'],
  ): [number, unknown, Record<string, string>?] {
    if (isReleaseMatch(match)) return this.answerRelease(match, body, query, headers);
    switch (match.route) {
      case 'create-deployment':
        return [201, this.createDeployment(validateDeploymentBody(body))];
      case 'list-deployments':
        return this.listDeployments(query);
      case 'create-deployment-status':
        return [201, this.createStatus(this.deployment(match.deploymentId!), validateStatusBody(body))];
      case 'list-deployment-statuses':
        return [200, this.statusesOf(this.deployment(match.deploymentId!).id).reverse()];
      case 'list-issue-comments':
      case 'create-issue-comment':
      case 'update-issue-comment':
      case 'delete-issue-comment':
        return this.answerComments(match, body, query);
      case 'create-check-run':
      case 'update-check-run':
        return this.answerCheckRuns(match, body);
      case 'list-pull-requests': {
        // GitHub filters by `head` (`owner:branch`) and `state` (open by default).
        const head = query.get('head');
        const state = query.get('state') ?? 'open';
        return [
          200,
          this.pullRequests.filter(
            (pullRequest) =>
              (head === null || pullRequest.head.label === head) && (state === 'all' || pullRequest.state === state),
          ),
        ];
      }
      default:
        throw notFound();
    }
  }

  // --- Listing deployments (deploy-env's deactivate): filtered by environment, newest first, paged as GitHub does ---

  /** Deployments one list request asks for (`environment`, `per_page` up to 100, `page`), with GitHub's Link header. */
  private listDeployments(query: URLSearchParams): [number, unknown, Record<string, string>] {
    const environment = query.get('environment');
    const found = this.deployments.filter((d) => environment === null || d.environment === environment).reverse();
    return pageOf(found, query, `${this.apiRoot()}/deployments`);
  }

  /** The current state of a deployment: its newest status, or undefined when it has none. */
  stateOf(deploymentId: number | bigint): DeploymentStatusRecord['state'] | undefined {
    return this.statuses.get(Number(deploymentId))?.at(-1)?.state;
  }

  // --- end of listing deployments ---

  private deployment(id: number): DeploymentRecord {
    const found = this.deployments.find((deployment) => Number(deployment.id) === id);
    if (!found) throw notFound();
    return found;
  }

  private createDeployment(body: CreateDeploymentBody): DeploymentRecord {
    const id = this.nextId++;
    const environment = body.environment ?? 'production';
    const now = new Date().toISOString();
    const api = this.apiRoot();
    const deployment: DeploymentRecord = {
      url: `${api}/deployments/${id}`,
      id,
      node_id: Buffer.from(`Deployment${id}`).toString('base64'),
      sha: body.ref,
      ref: body.ref,
      task: body.task ?? 'deploy',
      payload: body.payload ?? {},
      original_environment: environment,
      environment,
      description: body.description ?? '',
      creator: ACTIONS_BOT,
      created_at: now,
      updated_at: now,
      statuses_url: `${api}/deployments/${id}/statuses`,
      repository_url: api,
      transient_environment: body.transient_environment ?? false,
      production_environment: body.production_environment ?? environment === 'production',
    };
    this.deployments.push(deployment);
    this.statuses.set(id, []);
    return deployment;
  }

  private createStatus(deployment: DeploymentRecord, body: CreateDeploymentStatusBody): DeploymentStatusRecord {
    const list = this.statuses.get(Number(deployment.id))!;
    const id = this.nextId++;
    const now = new Date().toISOString();
    const logUrl = body.log_url ?? body.target_url ?? '';
    const status: DeploymentStatusRecord = {
      url: `${deployment.url}/statuses/${id}`,
      id,
      node_id: Buffer.from(`DeploymentStatus${id}`).toString('base64'),
      state: body.state,
      creator: ACTIONS_BOT,
      description: body.description ?? '',
      environment: body.environment ?? deployment.environment,
      target_url: logUrl,
      log_url: logUrl,
      environment_url: body.environment_url ?? '',
      created_at: now,
      updated_at: now,
      deployment_url: deployment.url,
      repository_url: deployment.repository_url,
    };
    list.push(status);
    return status;
  }

  // ---- Issue comments and check runs (the test action's pull-request comment and check run) ----

  /** Adds a comment as if someone had written it before the test: a person unless `bot`. */
  addComment(issue: number, body: string, options: { bot?: boolean } = {}): IssueCommentRecord {
    return this.storeComment(issue, body, options.bot === true ? ACTIONS_BOT : A_PERSON);
  }

  /** Opens a pull request from `owner`'s `branch` (a fork's when `owner` is not the repository's) at `sha`. */
  addPullRequest(number: number, head: { owner: string; branch: string; sha: string }): StoredPullRequest {
    const pullRequest: StoredPullRequest = {
      number,
      state: 'open',
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${number}`,
      head: { label: `${head.owner}:${head.branch}`, ref: head.branch, sha: head.sha },
    };
    this.pullRequests.push(pullRequest);
    return pullRequest;
  }

  /** The issues and pull requests that have comments, in the order of their first comment. */
  get commentedIssues(): number[] {
    return [...this.comments.keys()].filter((issue) => (this.comments.get(issue) ?? []).length > 0);
  }

  /** The comments of an issue or pull request, oldest first. */
  commentsOn(issue: number): IssueCommentRecord[] {
    return [...(this.comments.get(issue) ?? [])];
  }

  /**
   * The comment routes (or `routes`) answer 403 "Resource not accessible by
   * integration" from now on, as they do to the read-only token of a pull
   * request from a fork.
   */
  readOnly(routes: readonly Route[] = COMMENT_ROUTES): void {
    for (const route of routes) this.readOnlyRoutes.add(route);
  }

  /**
   * The next `count` requests to `route` are held until all `count` have
   * come, then answered: runs that start together all see the state before
   * any of them wrote (a race made certain).
   */
  holdUntil(route: Route, count: number): void {
    this.barriers.set(route, { count, waiting: [] });
  }

  private async barrier(route: Route): Promise<void> {
    const barrier = this.barriers.get(route);
    if (!barrier) return;
    const arrived = new Promise<void>((resolve) => barrier.waiting.push(resolve));
    if (barrier.waiting.length >= barrier.count) {
      this.barriers.delete(route);
      for (const release of barrier.waiting) release();
    }
    await arrived;
  }

  private commentRoute(method: string, path: string): RouteMatch | undefined {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(?:(\d+)\/comments|comments\/(\d+))\/?$/.exec(path);
    if (!match) return undefined;
    if (match[1] !== this.owner || match[2] !== this.repo) throw notFound();
    if (match[3] !== undefined) {
      const issue = Number(match[3]);
      if (method === 'GET') return { route: 'list-issue-comments', issue };
      if (method === 'POST') return { route: 'create-issue-comment', issue };
    } else {
      const id = Number(match[4]);
      if (method === 'PATCH') return { route: 'update-issue-comment', id };
      if (method === 'DELETE') return { route: 'delete-issue-comment', id };
    }
    throw notFound();
  }

  private checkRunRoute(method: string, path: string): RouteMatch | undefined {
    if (method === 'GET' && path === `/repos/${this.owner}/${this.repo}/pulls`) return { route: 'list-pull-requests' };
    const match = /^\/repos\/([^/]+)\/([^/]+)\/check-runs(?:\/(\d+))?\/?$/.exec(path);
    if (!match) return undefined;
    if (match[1] !== this.owner || match[2] !== this.repo) throw notFound();
    if (match[3] === undefined && method === 'POST') return { route: 'create-check-run' };
    if (match[3] !== undefined && method === 'PATCH') return { route: 'update-check-run', id: Number(match[3]) };
    throw notFound();
  }

  private answerComments(
    match: RouteMatch,
    body: unknown,
    query: URLSearchParams,
  ): [number, unknown, Record<string, string>?] {
    switch (match.route) {
      case 'list-issue-comments':
        return this.commentPage(match.issue!, query);
      case 'create-issue-comment':
        return [201, this.storeComment(match.issue!, commentBody(body), ACTIONS_BOT)];
      case 'update-issue-comment': {
        const comment = this.comment(match.id!);
        comment.body = commentBody(body);
        comment.updated_at = new Date().toISOString();
        return [200, comment];
      }
      default: {
        const comment = this.comment(match.id!);
        for (const list of this.comments.values()) {
          const index = list.indexOf(comment);
          if (index >= 0) list.splice(index, 1);
        }
        return [204, undefined];
      }
    }
  }

  /** One page of an issue's comments, paged as GitHub pages every list (`pageOf`). */
  private commentPage(issue: number, query: URLSearchParams): [number, unknown, Record<string, string>] {
    return pageOf(this.comments.get(issue) ?? [], query, `${this.apiRoot()}/issues/${issue}/comments`);
  }

  private comment(id: number): IssueCommentRecord {
    for (const list of this.comments.values()) {
      const found = list.find((comment) => Number(comment.id) === id);
      if (found) return found;
    }
    throw notFound();
  }

  private storeComment(issue: number, body: string, user: SimpleUser): IssueCommentRecord {
    const id = this.nextId++;
    const now = new Date().toISOString();
    const web = `https://github.com/${this.owner}/${this.repo}`;
    const comment: IssueCommentRecord = {
      id,
      node_id: Buffer.from(`IssueComment${id}`).toString('base64'),
      url: `${this.apiRoot()}/issues/comments/${id}`,
      html_url: `${web}/pull/${issue}#issuecomment-${id}`,
      body,
      user,
      created_at: now,
      updated_at: now,
      issue_url: `${this.apiRoot()}/issues/${issue}`,
      author_association: user === ACTIONS_BOT ? 'NONE' : 'CONTRIBUTOR',
    };
    const list = this.comments.get(issue) ?? [];
    list.push(comment);
    this.comments.set(issue, list);
    return comment;
  }

  private answerCheckRuns(match: RouteMatch, body: unknown): [number, unknown] {
    if (match.route === 'create-check-run') {
      const request = validateCheckRunBody(body, true);
      const id = this.nextId++;
      const web = `https://github.com/${this.owner}/${this.repo}`;
      const record: CheckRunRecord = {
        id,
        head_sha: request.head_sha as string,
        node_id: Buffer.from(`CheckRun${id}`).toString('base64'),
        external_id: (request.external_id as string | undefined) ?? '',
        url: `${this.apiRoot()}/check-runs/${id}`,
        html_url: `${web}/runs/${id}`,
        details_url: (request.details_url as string | undefined) ?? null,
        status: 'queued',
        conclusion: null,
        started_at: (request.started_at as string | undefined) ?? new Date().toISOString(),
        completed_at: null,
        output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: '' },
        name: request.name as string,
        check_suite: { id: 1 },
        app: null,
        pull_requests: [],
      };
      record.output.annotations_url = `${record.url}/annotations`;
      const stored: StoredCheckRun = { record, annotationBatches: [] };
      this.checkRuns.push(stored);
      applyCheckRunUpdate(stored, request);
      return [201, record];
    }
    const stored = this.checkRuns.find((run) => Number(run.record.id) === match.id);
    if (!stored) throw notFound();
    applyCheckRunUpdate(stored, validateCheckRunBody(body, false));
    return [200, stored.record];
  }

  // ---- end of issue comments and check runs ----

  private apiRoot(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }

  // --- Releases --------------------------------------------------------------

  /** The published release of a tag, as GitHub's get-by-tag finds it (drafts are not found). */
  releaseOfTag(tag: string): ReleaseRecord | undefined {
    return this.releases.find((release) => release.tag_name === tag && !release.draft);
  }

  /** The bytes uploaded as an asset. */
  assetContent(assetId: number): Buffer | undefined {
    return this.assetBytes.get(assetId);
  }

  /**
   * The root of the uploads "host" (GitHub's `uploads.github.com`): on this
   * server, as GitHub Enterprise Server serves `/api/uploads` beside
   * `/api/v3`. Releases' `upload_url` points here.
   */
  private get uploadsRoot(): string {
    const prefix = this.options.prefix ?? '';
    return prefix.endsWith('/v3') ? `${prefix.slice(0, -3)}/uploads` : `${prefix}/uploads`;
  }

  /** A path below the uploads root as `/uploads/…`, or undefined for any other path. */
  private uploadPath(pathname: string): string | undefined {
    const root = this.uploadsRoot;
    return pathname.startsWith(`${root}/`) ? `/uploads${pathname.slice(root.length)}` : undefined;
  }

  private releaseRoute(method: string, path: string): ReleaseMatch | undefined {
    const match = /^(\/uploads)?\/repos\/([^/]+)\/([^/]+)\/releases(\/.*)?$/.exec(path);
    if (!match) return undefined;
    if (match[2] !== this.owner || match[3] !== this.repo) throw notFound();
    const [, uploads, , , rest = ''] = match;
    let found: RegExpExecArray | null;
    if (uploads) {
      if (method === 'POST' && (found = /^\/(\d+)\/assets$/.exec(rest))) {
        return { route: 'upload-release-asset', releaseId: Number(found[1]) };
      }
      throw notFound();
    }
    if (method === 'POST' && /^\/?$/.test(rest)) return { route: 'create-release' };
    if (method === 'GET' && (found = /^\/tags\/(.+)$/.exec(rest))) {
      return { route: 'get-release-by-tag', tag: decodeURIComponent(found[1]) };
    }
    if (method === 'PATCH' && (found = /^\/(\d+)$/.exec(rest))) {
      return { route: 'update-release', releaseId: Number(found[1]) };
    }
    if (method === 'GET' && (found = /^\/(\d+)\/assets$/.exec(rest))) {
      return { route: 'list-release-assets', releaseId: Number(found[1]) };
    }
    if (method === 'DELETE' && (found = /^\/assets\/(\d+)$/.exec(rest))) {
      return { route: 'delete-release-asset', assetId: Number(found[1]) };
    }
    throw notFound();
  }

  private answerRelease(
    match: ReleaseMatch,
    body: unknown,
    query: URLSearchParams,
    headers: IncomingMessage['headers'],
  ): [number, unknown, Record<string, string>?] {
    switch (match.route) {
      case 'get-release-by-tag': {
        const release = this.releaseOfTag(match.tag!);
        if (!release) throw notFound();
        return [200, release];
      }
      case 'create-release':
        return [201, this.createRelease(validateReleaseBody(body, true) as CreateReleaseBody)];
      case 'update-release': {
        const release = this.release(match.releaseId!);
        const update = validateReleaseBody(body, false);
        Object.assign(release, releaseFields(update), { updated_at: new Date().toISOString() });
        if (update.make_latest !== undefined) this.makeLatest.set(release.id, update.make_latest);
        return [200, release];
      }
      case 'list-release-assets': {
        const { assets } = this.release(match.releaseId!);
        const path = `/repos/${this.owner}/${this.repo}/releases/${match.releaseId}/assets`;
        return pageOf(assets, query, `${this.url}${path}`);
      }
      case 'delete-release-asset': {
        for (const release of this.releases) {
          const index = release.assets.findIndex((asset) => asset.id === match.assetId);
          if (index < 0) continue;
          release.assets.splice(index, 1);
          this.assetBytes.delete(match.assetId!);
          return [204, ''];
        }
        throw notFound();
      }
      case 'upload-release-asset':
        return [201, this.uploadAsset(this.release(match.releaseId!), body as Buffer, query, headers)];
    }
  }

  private release(id: number): ReleaseRecord {
    const found = this.releases.find((release) => release.id === id);
    if (!found) throw notFound();
    return found;
  }

  private createRelease(body: CreateReleaseBody): ReleaseRecord {
    if (this.releaseOfTag(body.tag_name)) {
      throw new HttpFailure(422, {
        message: 'Validation Failed',
        documentation_url: `${DOCS}/releases/releases#create-a-release`,
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
      });
    }
    const id = this.nextId++;
    const now = new Date().toISOString();
    const api = this.apiRoot();
    const server = this.serverRoot();
    const draft = body.draft ?? false;
    const release: ReleaseRecord = {
      url: `${api}/releases/${id}`,
      html_url: `${server}/releases/tag/${encodeURIComponent(body.tag_name)}`,
      assets_url: `${api}/releases/${id}/assets`,
      upload_url: `${this.origin}${this.uploadsRoot}/repos/${this.owner}/${this.repo}/releases/${id}/assets{?name,label}`,
      tarball_url: `${api}/tarball/${encodeURIComponent(body.tag_name)}`,
      zipball_url: `${api}/zipball/${encodeURIComponent(body.tag_name)}`,
      id,
      node_id: Buffer.from(`Release${id}`).toString('base64'),
      tag_name: body.tag_name,
      target_commitish: body.target_commitish ?? 'main',
      name: body.name ?? null,
      body: body.body ?? null,
      draft,
      prerelease: body.prerelease ?? false,
      created_at: now,
      published_at: draft ? null : now,
      updated_at: now,
      author: { ...ACTIONS_BOT, email: null, name: null, user_view_type: 'public' },
      assets: [],
    };
    this.releases.push(release);
    this.makeLatest.set(id, body.make_latest ?? 'true');
    return release;
  }

  private uploadAsset(
    release: ReleaseRecord,
    data: Buffer,
    query: URLSearchParams,
    headers: IncomingMessage['headers'],
  ): ReleaseAssetRecord {
    const name = query.get('name');
    if (!name) throw invalid('ReleaseAsset', 'name is missing');
    const contentType = headers['content-type'];
    if (!contentType) throw invalid('ReleaseAsset', 'content_type is missing');
    if (release.assets.some((asset) => asset.name === name)) {
      throw new HttpFailure(422, {
        message: 'Validation Failed',
        documentation_url: `${DOCS}/releases/assets#upload-a-release-asset`,
        errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
      });
    }
    const id = this.nextId++;
    const now = new Date().toISOString();
    const asset: ReleaseAssetRecord = {
      url: `${this.apiRoot()}/releases/assets/${id}`,
      browser_download_url: `${this.serverRoot()}/releases/download/${encodeURIComponent(release.tag_name)}/${encodeURIComponent(name)}`,
      id,
      node_id: Buffer.from(`ReleaseAsset${id}`).toString('base64'),
      name,
      label: query.get('label'),
      state: 'uploaded',
      content_type: contentType,
      size: data.length,
      digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
      download_count: 0,
      created_at: now,
      updated_at: now,
      uploader: ACTIONS_BOT,
    };
    release.assets.push(asset);
    this.assetBytes.set(id, data);
    return asset;
  }

  private get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  private serverRoot(): string {
    return `${(this.options.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${this.owner}/${this.repo}`;
  }

  // --- end of releases -------------------------------------------------------
}

const ACTIONS_BOT: SimpleUser = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: 'https://api.github.com/users/github-actions%5Bbot%5D/followers',
  following_url: 'https://api.github.com/users/github-actions%5Bbot%5D/following{/other_user}',
  gists_url: 'https://api.github.com/users/github-actions%5Bbot%5D/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/github-actions%5Bbot%5D/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/github-actions%5Bbot%5D/subscriptions',
  organizations_url: 'https://api.github.com/users/github-actions%5Bbot%5D/orgs',
  repos_url: 'https://api.github.com/users/github-actions%5Bbot%5D/repos',
  events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/events{/privacy}',
  received_events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/received_events',
  type: 'Bot',
  site_admin: false,
};

// ---- Issue comments and check runs: the request checks GitHub makes ----

/** A person who writes comments on pull requests. */
const A_PERSON: SimpleUser = {
  ...ACTIONS_BOT,
  login: 'octocat',
  id: 583231,
  node_id: 'MDQ6VXNlcjU4MzIzMQ==',
  avatar_url: 'https://avatars.githubusercontent.com/u/583231?v=4',
  url: 'https://api.github.com/users/octocat',
  html_url: 'https://github.com/octocat',
  type: 'User',
};

/** GitHub's limit for a comment body, in characters. */
const COMMENT_LIMIT = 65_536;
/** GitHub's limit for a check run's summary, in characters. */
const SUMMARY_LIMIT = 65_535;
/** GitHub's limit of annotations in one check-run request. */
const ANNOTATION_LIMIT = 50;
const CHECK_RUN_STATUSES = ['queued', 'in_progress', 'completed'];
const CONCLUSIONS = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];
const ANNOTATION_LEVELS = ['notice', 'warning', 'failure'];

function commentBody(body: unknown): string {
  if (!isObject(body) || typeof body.body !== 'string') throw invalid('IssueComment', 'body is missing');
  if (body.body.length > COMMENT_LIMIT) {
    throw invalid('IssueComment', `body is too long (maximum is ${COMMENT_LIMIT} characters)`);
  }
  return body.body;
}

function validateCheckRunBody(body: unknown, creating: boolean): Record<string, unknown> {
  if (!isObject(body)) throw invalid('CheckRun', 'the request body must be a JSON object');
  if (creating) {
    if (typeof body.name !== 'string' || body.name === '') throw invalid('CheckRun', 'name is missing');
    if (typeof body.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(body.head_sha)) {
      throw invalid('CheckRun', 'head_sha is not a commit SHA');
    }
  }
  if (body.status !== undefined && !CHECK_RUN_STATUSES.includes(body.status as string)) {
    throw invalid('CheckRun', 'status is not included in the list');
  }
  if (body.conclusion !== undefined && !CONCLUSIONS.includes(body.conclusion as string)) {
    throw invalid('CheckRun', 'conclusion is not included in the list');
  }
  if (body.status === 'completed' && body.conclusion === undefined) {
    throw invalid('CheckRun', 'conclusion is required when status is completed');
  }
  const output = body.output;
  if (output === undefined) return body;
  if (!isObject(output) || typeof output.summary !== 'string') throw invalid('CheckRun', 'output.summary is missing');
  if (creating && typeof output.title !== 'string') throw invalid('CheckRun', 'output.title is missing');
  if (output.summary.length > SUMMARY_LIMIT) {
    throw invalid('CheckRun', `output.summary is too long (maximum is ${SUMMARY_LIMIT} characters)`);
  }
  const annotations = output.annotations ?? [];
  if (!Array.isArray(annotations)) throw invalid('CheckRun', 'output.annotations is not an array');
  if (annotations.length > ANNOTATION_LIMIT) {
    throw invalid('CheckRun', `output.annotations: only ${ANNOTATION_LIMIT} annotations are allowed per request`);
  }
  for (const annotation of annotations as unknown[]) {
    if (
      !isObject(annotation) ||
      typeof annotation.path !== 'string' ||
      !Number.isInteger(annotation.start_line) ||
      !Number.isInteger(annotation.end_line) ||
      !ANNOTATION_LEVELS.includes(annotation.annotation_level as string) ||
      typeof annotation.message !== 'string'
    ) {
      throw invalid(
        'CheckRun',
        'output.annotations: each needs path, start_line, end_line, annotation_level and message',
      );
    }
  }
  return body;
}

/** What a create or update request changes: its fields, and its annotations appended to those sent before. */
function applyCheckRunUpdate(stored: StoredCheckRun, body: Record<string, unknown>): void {
  const { record } = stored;
  if (typeof body.name === 'string') record.name = body.name;
  if (typeof body.details_url === 'string') record.details_url = body.details_url;
  if (typeof body.status === 'string') record.status = body.status as CheckRunRecord['status'];
  if (typeof body.conclusion === 'string') {
    record.conclusion = body.conclusion as CheckRunRecord['conclusion'];
    record.status = 'completed';
  }
  if (typeof body.completed_at === 'string') record.completed_at = body.completed_at;
  if (isObject(body.output)) {
    const output = body.output;
    if (typeof output.title === 'string') record.output.title = output.title;
    record.output.summary = output.summary as string;
    if (typeof output.text === 'string') record.output.text = output.text;
    const annotations = (output.annotations ?? []) as CheckRunAnnotationBody[];
    if (annotations.length > 0) {
      stored.annotationBatches.push(annotations);
      record.output.annotations_count += annotations.length;
    }
  }
}

/**
 * The comments, as lines a person reads to see the pull request after a run
 * (a part for `transcript()`): each comment's author, then its Markdown line
 * by line, control characters escaped, so what a reviewer would read shows as
 * it was sent.
 */
export function issueCommentsTranscript(api: FakeGitHubApi): string[] {
  const lines: string[] = [];
  for (const issue of api.commentedIssues) {
    const comments = api.commentsOn(issue);
    lines.push(`Comments on #${issue} (${comments.length})`);
    for (const comment of comments) {
      lines.push(`  #${comment.id} by ${comment.user?.login ?? 'ghost'}`);
      for (const line of (comment.body ?? '').split(/\r\n|\r|\n/)) lines.push(`    │ ${visible(line)}`);
    }
  }
  return lines;
}

/** The check runs (a part for `transcript()`): name, commit, conclusion, annotations per request, then the summary. */
export function checkRunsTranscript(api: FakeGitHubApi): string[] {
  if (api.checkRuns.length === 0) return [];
  const lines = [`Check runs (${api.checkRuns.length})`];
  for (const { record, annotationBatches } of api.checkRuns) {
    const batches = annotationBatches.map((batch) => batch.length).join(' + ');
    lines.push(
      `  #${record.id} ${JSON.stringify(record.name)} on ${record.head_sha} · ${record.status}` +
        `${record.conclusion ? ` · ${record.conclusion}` : ''} · ${record.output.annotations_count} annotations` +
        `${annotationBatches.length > 1 ? ` (${batches})` : ''}`,
    );
    for (const line of (record.output.summary ?? '').split(/\r\n|\r|\n/)) lines.push(`    │ ${visible(line)}`);
  }
  return lines;
}

/** A line as it was sent, its control characters (an escape sequence would drive a terminal) written out. */
export function visible(line: string): string {
  return [...line]
    .map((character) => {
      const code = character.charCodeAt(0);
      return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : character;
    })
    .join('');
}

// ---- end of issue comments and check runs ----

function faultResponse(
  fault: Exclude<Fault, { kind: 'no-response' }>,
): [number, BasicError | ValidationError, Record<string, string>] {
  switch (fault.kind) {
    case 'server-error':
      return [fault.status ?? 502, { message: 'Server Error' }, {}];
    case 'secondary-rate-limit':
      return [
        403,
        { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api` },
        { 'retry-after': String(fault.retryAfterSeconds) },
      ];
    case 'rate-limit': {
      const reset = Math.ceil(Date.now() / 1000 + fault.resetInSeconds);
      return [
        403,
        {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api`,
        },
        { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      ];
    }
    case 'not-accessible':
      return [403, { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' }, {}];
    case 'validation-failed':
      return [
        422,
        {
          message: 'Validation Failed',
          documentation_url: `${DOCS}/deployments/deployments#create-a-deployment`,
          errors: [{ resource: 'Deployment', code: 'custom', message: fault.message ?? 'No ref found for: unknown' }],
        },
        {},
      ];
  }
}

function validateDeploymentBody(body: unknown): CreateDeploymentBody {
  if (!isObject(body)) throw invalid('Deployment', 'the request body must be a JSON object');
  const { ref, environment, payload, auto_merge, required_contexts, description } = body;
  if (typeof ref !== 'string' || ref === '') throw invalid('Deployment', 'ref is missing');
  if (environment !== undefined && typeof environment !== 'string')
    throw invalid('Deployment', 'environment is invalid');
  if (auto_merge !== undefined && typeof auto_merge !== 'boolean') throw invalid('Deployment', 'auto_merge is invalid');
  if (
    required_contexts !== undefined &&
    !(Array.isArray(required_contexts) && required_contexts.every((item) => typeof item === 'string'))
  ) {
    throw invalid('Deployment', 'required_contexts is invalid');
  }
  if (payload !== undefined && typeof payload !== 'string' && !isObject(payload)) {
    throw invalid('Deployment', 'payload is invalid');
  }
  if (description !== undefined && description !== null && typeof description !== 'string') {
    throw invalid('Deployment', 'description is invalid');
  }
  return body as CreateDeploymentBody;
}

function validateStatusBody(body: unknown): CreateDeploymentStatusBody {
  if (!isObject(body)) throw invalid('DeploymentStatus', 'the request body must be a JSON object');
  if (!STATES.includes(body.state as CreateDeploymentStatusBody['state'])) {
    throw invalid('DeploymentStatus', `state is not included in the list`);
  }
  if (typeof body.description === 'string' && body.description.length > 140) {
    throw invalid('DeploymentStatus', 'description is too long (maximum is 140 characters)');
  }
  for (const field of ['log_url', 'target_url', 'environment_url'] as const) {
    const value = body[field];
    if (value !== undefined && (typeof value !== 'string' || (value !== '' && !/^https?:\/\//.test(value)))) {
      throw invalid('DeploymentStatus', `${field} must be an http or https URL`);
    }
  }
  return body as CreateDeploymentStatusBody;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(resource: string, message: string): HttpFailure {
  return new HttpFailure(422, {
    message: 'Validation Failed',
    documentation_url: DOCS,
    errors: [{ resource, code: 'custom', message }],
  });
}

function notFound(): HttpFailure {
  return new HttpFailure(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpFailure(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// --- transcript(): what the stand-in received, as a reviewer would read it ---
// One part per kind of record, shown in this order; a part gives no lines when
// the stand-in holds nothing of its kind. Each kind of record the stand-in
// serves (deployments; issue comments, check runs, releases…) adds its part.

/** The lines of one kind of record in `transcript()`. */
type TranscriptPart = (api: FakeGitHubApi) => string[];

const TRANSCRIPT_PARTS: TranscriptPart[] = [
  deploymentsTranscript,
  releasesTranscript,
  issueCommentsTranscript,
  checkRunsTranscript,
];

/** A value the API was sent, on one line: quoted, line breaks and control characters escaped. */
export function transcriptText(value: string): string {
  return JSON.stringify(value);
}

/** Every release, oldest first: its tag, title, flags and assets; the body as the number of lines it holds. */
function releasesTranscript(api: FakeGitHubApi): string[] {
  if (api.releases.length === 0) return [];
  const lines = [`Releases (${api.releases.length})`];
  for (const release of api.releases) {
    const flags = [release.draft ? 'draft' : '', release.prerelease ? 'prerelease' : ''].filter((flag) => flag !== '');
    lines.push(
      [
        `  ${transcriptText(release.tag_name)}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`,
        ...(release.name ? [transcriptText(release.name)] : []),
        `body ${(release.body ?? '').split('\n').length} lines`,
        ...release.assets.map((asset) => `asset ${transcriptText(asset.name)} (${asset.size} bytes)`),
      ].join(' · '),
    );
  }
  return lines;
}

/** Every deployment, oldest first, with its statuses in the order they were set. */
function deploymentsTranscript(api: FakeGitHubApi): string[] {
  if (api.deployments.length === 0) return [];
  const lines = [`Deployments (${api.deployments.length})`];
  for (const deployment of api.deployments) {
    const flags = [
      deployment.transient_environment ? 'transient' : '',
      deployment.production_environment ? 'production' : '',
    ].filter((flag) => flag !== '');
    lines.push(
      [
        `  #${deployment.id} ${transcriptText(deployment.environment)}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`,
        `ref ${transcriptText(deployment.ref)}`,
        ...(deployment.description ? [transcriptText(deployment.description)] : []),
      ].join(' · '),
    );
    const statuses = api.statusesOf(deployment.id);
    if (statuses.length === 0) lines.push('      no status');
    for (const status of statuses) {
      lines.push(
        [
          `      ${status.state}`,
          ...(status.description ? [transcriptText(status.description)] : []),
          ...(status.environment_url ? [`url ${transcriptText(status.environment_url)}`] : []),
          ...(status.log_url ? [`log ${transcriptText(status.log_url)}`] : []),
        ].join(' · '),
      );
    }
  }
  return lines;
}
// --- Releases: requests ------------------------------------------------------

function isReleaseMatch(match: { route: Route }): match is ReleaseMatch {
  return RELEASE_ROUTES.includes(match.route);
}

/** GitHub's limit for a release body (characters). */
const RELEASE_BODY_LIMIT = 125_000;
const MAKE_LATEST: readonly string[] = ['true', 'false', 'legacy'];

function validateReleaseBody(body: unknown, creating: boolean): UpdateReleaseBody {
  if (!isObject(body)) throw invalid('Release', 'the request body must be a JSON object');
  if (creating && (typeof body.tag_name !== 'string' || body.tag_name === '')) {
    throw invalid('Release', 'tag_name is missing');
  }
  for (const field of ['tag_name', 'target_commitish', 'name', 'body'] as const) {
    if (body[field] !== undefined && body[field] !== null && typeof body[field] !== 'string') {
      throw invalid('Release', `${field} is invalid`);
    }
  }
  for (const field of ['draft', 'prerelease'] as const) {
    if (body[field] !== undefined && typeof body[field] !== 'boolean') throw invalid('Release', `${field} is invalid`);
  }
  if (body.make_latest !== undefined && !MAKE_LATEST.includes(body.make_latest as string)) {
    throw invalid('Release', 'make_latest is not included in the list');
  }
  if (typeof body.body === 'string' && body.body.length > RELEASE_BODY_LIMIT) {
    throw invalid('Release', `body is too long (maximum is ${RELEASE_BODY_LIMIT} characters)`);
  }
  return body;
}

/** The fields of an update that change the release record. */
function releaseFields(body: UpdateReleaseBody): Partial<ReleaseRecord> {
  const fields: Partial<ReleaseRecord> = {};
  if (body.tag_name !== undefined) fields.tag_name = body.tag_name;
  if (body.name !== undefined) fields.name = body.name;
  if (body.body !== undefined) fields.body = body.body;
  if (body.draft !== undefined) fields.draft = body.draft;
  if (body.prerelease !== undefined) fields.prerelease = body.prerelease;
  return fields;
}

/**
 * One page of a list as GitHub pages it: `per_page` 30 by default and at most
 * 100, `page` from 1, and a `Link` header when there is more than one page,
 * with `prev`, `next`, `last` and `first` in GitHub's order and the request's
 * other parameters kept. `url` is the list's address without a query.
 */
function pageOf<T>(items: readonly T[], query: URLSearchParams, url: string): [number, T[], Record<string, string>] {
  const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Math.floor(Number(query.get('page') ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (to: number, rel: string): string => {
    const params = new URLSearchParams(query);
    params.set('page', String(to));
    return `<${url}?${params.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return [200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(', ') } : {}];
}

// --- end of releases: requests -----------------------------------------------
