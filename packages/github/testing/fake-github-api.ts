// A local stand-in for the part of the GitHub REST API that deploy-env uses:
// a real HTTP server on 127.0.0.1 whose request and response bodies follow
// GitHub's OpenAPI description, with faults that can be injected per route.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { components, operations } from '@octokit/openapi-types';

export type DeploymentRecord = components['schemas']['deployment'];
export type DeploymentStatusRecord = components['schemas']['deployment-status'];
export type CreateDeploymentBody = operations['repos/create-deployment']['requestBody']['content']['application/json'];
export type CreateDeploymentStatusBody =
  operations['repos/create-deployment-status']['requestBody']['content']['application/json'];
type ValidationError = components['schemas']['validation-error'];
type BasicError = components['schemas']['basic-error'];
type SimpleUser = NonNullable<components['schemas']['nullable-simple-user']>;

export type Route = 'create-deployment' | 'list-deployments' | 'create-deployment-status' | 'list-deployment-statuses';

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
  | { kind: 'no-response' };

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
  private readonly statuses = new Map<number, DeploymentStatusRecord[]>();
  private readonly faults = new Map<Route, (Fault | undefined)[]>();
  private readonly sockets = new Set<Socket>();
  private readonly owner: string;
  private readonly repo: string;
  private nextId = 1;

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
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
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
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(body));
    };

    try {
      if (!url.pathname.startsWith(prefix)) throw notFound();
      this.authorize(request.headers.authorization);
      recorded.body = parseJson(raw);
      const match = this.route(method, path);
      recorded.route = match.route;
      const fault = this.faults.get(match.route)?.shift();
      if (fault) {
        if (fault.kind === 'no-response') return;
        const [status, body, headers] = faultResponse(fault);
        send(status, body, headers);
        return;
      }
      const [status, body, headers = {}] = this.answer(match, recorded.body, url.searchParams);
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

  private route(method: string, path: string): { route: Route; deploymentId?: number } {
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
    match: { route: Route; deploymentId?: number },
    body: unknown,
    query: URLSearchParams,
  ): [number, unknown, Record<string, string>?] {
    switch (match.route) {
      case 'create-deployment':
        return [201, this.createDeployment(validateDeploymentBody(body))];
      case 'list-deployments':
        return this.listDeployments(query);
      case 'create-deployment-status':
        return [201, this.createStatus(this.deployment(match.deploymentId!), validateStatusBody(body))];
      case 'list-deployment-statuses':
        return [200, this.statusesOf(this.deployment(match.deploymentId!).id).reverse()];
    }
  }

  // --- Listing deployments (deploy-env's deactivate): filtered by environment, newest first, paged as GitHub does ---

  /** Deployments one list request asks for (`environment`, `per_page` up to 100, `page`), with GitHub's Link header. */
  private listDeployments(query: URLSearchParams): [number, unknown, Record<string, string>] {
    const environment = query.get('environment');
    const found = this.deployments.filter((d) => environment === null || d.environment === environment).reverse();
    const perPage = Math.min(100, Math.max(1, Number(query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const items = found.slice((page - 1) * perPage, page * perPage);
    const last = Math.max(1, Math.ceil(found.length / perPage));
    if (page >= last) return [200, items, {}];
    const next = new URL(`${this.apiRoot()}/deployments`);
    for (const [name, value] of query) next.searchParams.set(name, value);
    next.searchParams.set('per_page', String(perPage));
    const link = (n: number, rel: string) => {
      next.searchParams.set('page', String(n));
      return `<${next.href}>; rel="${rel}"`;
    };
    return [200, items, { link: `${link(page + 1, 'next')}, ${link(last, 'last')}` }];
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

  private apiRoot(): string {
    return `${this.url}/repos/${this.owner}/${this.repo}`;
  }
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

function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpFailure(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// --- transcript(): what the stand-in received, as a reviewer would read it ---
// One part per kind of record, shown in this order; a part gives no lines when
// the stand-in holds nothing of its kind. Each kind of record the stand-in
// serves (deployments; issue comments, check runs, releases…) adds its part.

/** The lines of one kind of record in `transcript()`. */
type TranscriptPart = (api: FakeGitHubApi) => string[];

const TRANSCRIPT_PARTS: TranscriptPart[] = [deploymentsTranscript];

/** A value the API was sent, on one line: quoted, line breaks and control characters escaped. */
export function transcriptText(value: string): string {
  return JSON.stringify(value);
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
