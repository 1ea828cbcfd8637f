import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  connectDeployments,
  GitHubApiError,
  parseRepository,
  type ApiLimits,
  type DeploymentsApi,
} from '@mlops-actions/github';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { RecordingLogger } from '@mlops-actions/action-testing';

// A file of its own, on the real clock from the first import: a deadline is a
// point in real time, as the mirror's budget is, while deployments.test.ts runs
// Octokit's waits on Jest's fake timers.

const TOKEN = 'ghs_canaryTokenForDeadlineTests0001';
const SHA = 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d';
const payload = { model: 'tiny-lm', version: '0.3.0', digest: `sha256:${'ab'.repeat(32)}` };

function connect(api: FakeGitHubApi, limits: Partial<ApiLimits>): Promise<DeploymentsApi> {
  return connectDeployments({
    token: TOKEN,
    repository: parseRepository(api.repository)!,
    apiUrl: api.url,
    logger: new RecordingLogger(),
    limits,
  });
}

void describe('a call with a deadline', () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    api = await FakeGitHubApi.start({ repository: 'octo-org/models', token: TOKEN });
  });
  afterAll(() => api.close());

  void test('a deadline ends a hung call at the deadline: the request in flight is abandoned and none follows', async () => {
    const deployments = await connect(api, { requestTimeoutMs: 1_000, serverErrorRetries: 3 });
    api.injectFault('create-deployment', { kind: 'no-response' }, { times: 4 });
    const before = api.requestsTo('create-deployment').length;
    const started = Date.now();

    // One request (1 s), the backoff (1 s), then the second request is cut at 2.5 s.
    const error = await deployments
      .createDeployment({ ref: SHA, environment: 'qa', description: '', payload }, { deadline: started + 2_500 })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    const elapsed = Date.now() - started;

    assert.ok(error instanceof GitHubApiError);
    assert.equal(error.outOfTime, true);
    assert.equal(error.status, 0);
    assert.match(
      error.message,
      /^Could not create the deployment on GitHub \(no response\): the time left for it ran out/,
    );
    assert.ok(elapsed >= 2_400 && elapsed < 3_500, `${elapsed} ms`);
    assert.equal(api.requestsTo('create-deployment').length - before, 2);
    api.clearFaults();
  });

  void test('no retry whose backoff would end past the deadline, and no rate-limit wait past it', async () => {
    const deployments = await connect(api, { requestTimeoutMs: 1_000, serverErrorRetries: 3 });
    api.injectFault('create-deployment', { kind: 'no-response' }, { times: 4 });
    let started = Date.now();
    const hung = await deployments
      .createDeployment({ ref: SHA, environment: 'qa', description: '', payload }, { deadline: started + 1_500 })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    assert.ok(hung instanceof GitHubApiError && hung.outOfTime, String(hung));
    assert.ok(Date.now() - started < 1_400, `${Date.now() - started} ms`);
    api.clearFaults();

    api.injectFault('create-deployment-status', { kind: 'secondary-rate-limit', retryAfterSeconds: 5 });
    started = Date.now();
    const limited = await deployments.createStatus(1, { state: 'success' }, { deadline: started + 2_000 }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(limited instanceof GitHubApiError);
    assert.equal(limited.status, 403);
    assert.ok(Date.now() - started < 1_000, `${Date.now() - started} ms`);
    api.clearFaults();
  });
});
