import { afterAll, afterEach, beforeAll, beforeEach, describe, jest, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { clearInterval, setInterval } from 'node:timers';
import {
  connectDeployments,
  GitHubApiError,
  isProductionEnvironment,
  parseRepository,
  statusDescription,
  type ApiLimits,
  type DeploymentsApi,
} from '@mlops-actions/github';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { RecordingLogger } from '@mlops-actions/action-testing';

const TOKEN = 'ghs_canaryTokenForDeploymentTests0001';
const SHA = 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d';

function connect(
  api: FakeGitHubApi,
  logger = new RecordingLogger(),
  limits?: Partial<ApiLimits>,
): Promise<DeploymentsApi> {
  return connectDeployments({
    token: TOKEN,
    repository: parseRepository(api.repository)!,
    apiUrl: api.url,
    logger,
    ...(limits ? { limits } : {}),
  });
}

const payload = { model: 'tiny-lm', version: '0.3.0', digest: `sha256:${'ab'.repeat(32)}` };

void describe('the GitHub Deployments API over Octokit', () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    // Served below /api/v3 as GitHub Enterprise Server does: the API root must be taken whole.
    api = await FakeGitHubApi.start({ repository: 'octo-org/models', token: TOKEN, prefix: '/api/v3' });
  });
  afterAll(() => api.close());

  // Octokit's waits (a second between writes, Retry-After, back-off) on a
  // clock that runs twenty times faster than the real one: Jest's fake timers,
  // moved on by a real interval (node:timers is not faked). The HTTP requests
  // stay real, and their own time-outs (AbortSignal.timeout) keep real time.
  let ticker: ReturnType<typeof setInterval> | undefined;
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'hrtime', 'performance'] });
    ticker = setInterval(() => jest.advanceTimersByTime(100), 5);
  });
  afterEach(() => {
    clearInterval(ticker);
    jest.useRealTimers();
  });

  void test('creates a deployment that never merges and skips commit-status checks, then its statuses', async () => {
    const deployments = await connect(api);
    const deployment = await deployments.createDeployment({
      ref: SHA,
      environment: 'production-eu',
      description: 'tiny-lm 0.3.0',
      payload,
    });
    await deployments.createStatus(deployment.id, {
      state: 'in_progress',
      logUrl: 'https://github.com/octo-org/models/actions/runs/7',
    });
    await deployments.createStatus(deployment.id, {
      state: 'success',
      logUrl: 'https://github.com/octo-org/models/actions/runs/7',
      environmentUrl: 'https://eu.models.example.com',
      description: 'x'.repeat(300),
    });

    assert.equal(deployment.environment, 'production-eu');
    const [created] = api.requestsTo('create-deployment');
    assert.equal(created.authorization, `token ${TOKEN}`);
    assert.deepEqual(created.body, {
      ref: SHA,
      environment: 'production-eu',
      description: 'tiny-lm 0.3.0',
      payload,
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: true,
    });
    const statuses = api.statusesOf(deployment.id);
    assert.deepEqual(
      statuses.map((status) => [status.state, status.log_url, status.environment_url]),
      [
        ['in_progress', 'https://github.com/octo-org/models/actions/runs/7', ''],
        ['success', 'https://github.com/octo-org/models/actions/runs/7', 'https://eu.models.example.com'],
      ],
    );
    assert.equal(statuses[1].description.length, 140);
  });

  void test('retries a transient server error and says so', async () => {
    const logger = new RecordingLogger();
    const deployments = await connect(api, logger);
    api.injectFault('create-deployment', { kind: 'server-error', status: 502 });
    const before = api.requestsTo('create-deployment').length;

    const deployment = await deployments.createDeployment({
      ref: SHA,
      environment: 'staging',
      description: '',
      payload,
    });

    assert.deepEqual(
      api
        .requestsTo('create-deployment')
        .slice(before)
        .map((request) => request.status),
      [502, 201],
    );
    assert.equal(api.deployments.at(-1)!.id, deployment.id);
    assert.equal(api.deployments.at(-1)!.production_environment, false);
    assert.match(logger.toString(), /HTTP 502 to POST \/api\/v3\/repos\/octo-org\/models\/deployments/);
  });

  void test('waits out a secondary rate limit for its retry-after', async () => {
    const logger = new RecordingLogger();
    const deployments = await connect(api, logger);
    const { id } = await deployments.createDeployment({ ref: SHA, environment: 'staging', description: '', payload });
    api.injectFault('create-deployment-status', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });

    await deployments.createStatus(id, { state: 'failure' });

    assert.deepEqual(
      api
        .requestsTo('create-deployment-status')
        .slice(-2)
        .map((request) => request.status),
      [403, 201],
    );
    assert.deepEqual(
      api.statusesOf(id).map((status) => status.state),
      ['failure'],
    );
    assert.match(logger.toString(), /secondary rate limit on POST .*; retrying in 1 s \(retry 1 of 2\)/);
  });

  void test('waits for a primary rate limit that resets soon', async () => {
    const logger = new RecordingLogger();
    const deployments = await connect(api, logger);
    api.injectFault('create-deployment', { kind: 'rate-limit', resetInSeconds: 1 });

    await deployments.createDeployment({ ref: SHA, environment: 'qa', description: '', payload });

    assert.deepEqual(
      api
        .requestsTo('create-deployment')
        .slice(-2)
        .map((request) => request.status),
      [403, 201],
    );
    assert.match(logger.lines('info').join('\n'), /^GitHub API rate limit on POST/m);
  });

  void test('does not wait for a rate limit that resets later than the limit allows', async () => {
    const logger = new RecordingLogger();
    const deployments = await connect(api, logger, { maxRateLimitWaitSeconds: 60 });
    api.injectFault('create-deployment', { kind: 'rate-limit', resetInSeconds: 3600 });
    const before = api.requestsTo('create-deployment').length;

    const error = await deployments.createDeployment({ ref: SHA, environment: 'qa', description: '', payload }).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    assert.ok(error instanceof GitHubApiError);
    assert.equal(error.status, 403);
    assert.match(error.message, /^Could not create the deployment on GitHub \(HTTP 403\): API rate limit exceeded/);
    assert.equal(api.requestsTo('create-deployment').length - before, 1);
    assert.match(logger.toString(), /longer than the 60 s this action waits; giving up/);
  });

  void test('reports a validation error at once, without retrying it', async () => {
    const deployments = await connect(api);
    api.injectFault('create-deployment', { kind: 'validation-failed', message: `No ref found for: ${SHA}` });
    const before = api.requestsTo('create-deployment').length;

    const error = await deployments.createDeployment({ ref: SHA, environment: 'qa', description: '', payload }).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    assert.ok(error instanceof GitHubApiError);
    assert.equal(error.status, 422);
    assert.match(error.message, /HTTP 422\): Validation Failed: .*No ref found for/);
    assert.equal(api.requestsTo('create-deployment').length - before, 1);
  });

  void test('gives up on a server that does not answer, after the bounded retries', async () => {
    const deployments = await connect(api, new RecordingLogger(), { requestTimeoutMs: 200, serverErrorRetries: 1 });
    api.injectFault('create-deployment', { kind: 'no-response' }, { times: 2 });
    const before = api.requestsTo('create-deployment').length;

    const error = await deployments.createDeployment({ ref: SHA, environment: 'qa', description: '', payload }).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    assert.ok(error instanceof GitHubApiError);
    assert.equal(error.status, 0);
    assert.match(error.message, /\(no response\)/);
    assert.equal(api.requestsTo('create-deployment').length - before, 2);
  });

  void test('a wrong token is refused and never retried', async () => {
    const deployments = await connectDeployments({
      token: 'not-the-token',
      repository: parseRepository(api.repository)!,
      apiUrl: api.url,
      logger: new RecordingLogger(),
    });
    const error = await deployments.createStatus(1, { state: 'success' }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof GitHubApiError);
    assert.equal(error.status, 401);
    assert.match(error.message, /Bad credentials/);
    assert.doesNotMatch(error.message, /not-the-token/);
  });
});

void describe('production-like environments', () => {
  void test('are production, prod, prd and names starting with production', () => {
    for (const name of ['production', 'prod', 'prd', 'production-eu', 'Production']) {
      assert.equal(isProductionEnvironment(name), true, name);
    }
    for (const name of ['staging', 'dev', 'preprod', 'prod-like', 'qa', 'product']) {
      assert.equal(isProductionEnvironment(name), false, name);
    }
  });
});

void describe('repository names and status descriptions', () => {
  void test('GITHUB_REPOSITORY is owner/repo', () => {
    assert.deepEqual(parseRepository('octo-org/models'), { owner: 'octo-org', repo: 'models' });
    assert.equal(parseRepository('octo-org'), undefined);
    assert.equal(parseRepository('a/b/c'), undefined);
  });

  void test('a status description is one line of at most 140 characters', () => {
    assert.equal(statusDescription('health check\nfailed:   HTTP 503'), 'health check failed: HTTP 503');
    const long = statusDescription('y'.repeat(200));
    assert.equal(long.length, 140);
    assert.ok(long.endsWith('…'));
  });
});

void describe('listing the deployments of a preview environment', () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    api = await FakeGitHubApi.start({ repository: 'octo-org/models', token: TOKEN });
  });
  afterAll(() => api.close());

  void test('lists every deployment of one environment across pages, newest first, with its newest state', async () => {
    const deployments = await connect(api);
    const preview = await deployments.createDeployment({
      ref: SHA,
      environment: 'pr-7',
      description: '',
      payload,
      transient: true,
    });
    await deployments.createStatus(preview.id, { state: 'success' });
    // More than a page (100) of older and newer ones, made directly on the stand-in: Octokit spaces writes out.
    const post = async (path: string, body: unknown): Promise<number> => {
      const response = await fetch(`${api.url}/repos/${api.repository}/deployments${path}`, {
        method: 'POST',
        headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 201);
      return ((await response.json()) as { id: number }).id;
    };
    const newer: number[] = [];
    for (let i = 0; i < 101; i++) newer.push(await post('', { ref: SHA, environment: 'pr-7' }));
    await post(`/${newer[0]}/statuses`, { state: 'inactive' });
    await post('', { ref: SHA, environment: 'pr-70', transient_environment: true });

    const listed = await deployments.listDeployments('pr-7');

    assert.deepEqual(
      listed.map((d) => d.id),
      [...newer].reverse().concat(preview.id),
    );
    assert.ok(listed.every((d) => d.environment === 'pr-7'));
    assert.deepEqual(listed.at(-1), { id: preview.id, environment: 'pr-7', transient: true, state: 'success' });
    assert.deepEqual(listed.at(-2), { id: newer[0], environment: 'pr-7', transient: false, state: 'inactive' });
    assert.equal(listed[0].state, undefined);
    const pages = api.requestsTo('list-deployments').slice(-2);
    assert.deepEqual(
      pages.map((request) => [request.query.get('environment'), request.query.get('per_page'), request.status]),
      [
        ['pr-7', '100', 200],
        ['pr-7', '100', 200],
      ],
    );
    const created = api.requestsTo('create-deployment').find((request) => request.status === 201);
    assert.deepEqual(
      [
        (created?.body as Record<string, unknown>)['transient_environment'],
        (created?.body as Record<string, unknown>)['production_environment'],
      ],
      [true, false],
    );
  });
});
