import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { FakeGitHubApi, type DeploymentRecord, type DeploymentStatusRecord } from '@mlops-actions/github/testing';

const TOKEN = 'ghs_fakeApiToken';

// The fake stands in for GitHub in the deploy tests, so it must refuse what
// GitHub refuses: checked here with plain HTTP requests.
void describe('the fake GitHub REST API', () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    api = await FakeGitHubApi.start({ token: TOKEN, repository: 'octo-org/models', prefix: '/api/v3' });
  });
  afterAll(() => api.close());

  async function call(method: string, path: string, body?: unknown, token = TOKEN) {
    const response = await fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    // Parsed in the test's own realm: under Jest, fetch's json() builds arrays
    // and objects of Node's realm, which deepStrictEqual tells apart from literals.
    return Object.assign(response, { json: async (): Promise<unknown> => JSON.parse(await response.text()) });
  }

  void test('creates deployments and statuses shaped like GitHub answers them, and lists them newest first', async () => {
    const created = await call('POST', '/repos/octo-org/models/deployments', {
      ref: 'main',
      environment: 'staging',
      payload: { version: '1.0.0' },
    });
    assert.equal(created.status, 201);
    const deployment = (await created.json()) as DeploymentRecord;
    assert.equal(deployment.environment, 'staging');
    assert.equal(deployment.task, 'deploy');
    assert.equal(deployment.production_environment, false);
    assert.equal(deployment.statuses_url, `${api.url}/repos/octo-org/models/deployments/${deployment.id}/statuses`);

    for (const state of ['in_progress', 'success']) {
      const response = await call('POST', `/repos/octo-org/models/deployments/${deployment.id}/statuses`, {
        state,
        log_url: 'https://github.com/octo-org/models/actions/runs/1',
      });
      assert.equal(response.status, 201);
    }
    const listed = (await (
      await call('GET', `/repos/octo-org/models/deployments/${deployment.id}/statuses`)
    ).json()) as DeploymentStatusRecord[];
    assert.deepEqual(
      listed.map((status) => [status.state, status.target_url]),
      [
        ['success', 'https://github.com/octo-org/models/actions/runs/1'],
        ['in_progress', 'https://github.com/octo-org/models/actions/runs/1'],
      ],
    );
    const all = (await (
      await call('GET', '/repos/octo-org/models/deployments?environment=staging')
    ).json()) as DeploymentRecord[];
    assert.equal(all[0].id, deployment.id);
  });

  void test('refuses what GitHub refuses', async () => {
    const cases: [Response, number, RegExp][] = [
      [await call('POST', '/repos/octo-org/models/deployments', { environment: 'x' }), 422, /ref is missing/],
      [await call('POST', '/repos/octo-org/models/deployments/999/statuses', { state: 'success' }), 404, /Not Found/],
      [await call('POST', '/repos/octo-org/other/deployments', { ref: 'main' }), 404, /Not Found/],
      [await call('POST', '/repos/octo-org/models/deployments', { ref: 'main' }, 'wrong'), 401, /Bad credentials/],
    ];
    const { id } = (await (await call('POST', '/repos/octo-org/models/deployments', { ref: 'main' })).json()) as {
      id: number;
    };
    cases.push(
      [await call('POST', `/repos/octo-org/models/deployments/${id}/statuses`, { state: 'done' }), 422, /state/],
      [
        await call('POST', `/repos/octo-org/models/deployments/${id}/statuses`, {
          state: 'success',
          description: 'x'.repeat(141),
        }),
        422,
        /too long/,
      ],
      [await fetch(`${api.url.replace('/api/v3', '')}/repos/octo-org/models/deployments`), 404, /Not Found/],
    );
    for (const [response, status, message] of cases) {
      assert.equal(response.status, status);
      assert.match(await response.text(), message);
    }
  });

  void test('injects faults after a number of normal answers', async () => {
    api.injectFault('create-deployment', { kind: 'server-error', status: 503 }, { after: 1, times: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await call('POST', '/repos/octo-org/models/deployments', { ref: 'main' })).status);
    }
    assert.deepEqual(statuses, [201, 503, 503, 201]);

    api.injectFault('create-deployment', { kind: 'secondary-rate-limit', retryAfterSeconds: 3 });
    const limited = await call('POST', '/repos/octo-org/models/deployments', { ref: 'main' });
    assert.equal(limited.status, 403);
    assert.equal(limited.headers.get('retry-after'), '3');
    assert.match(await limited.text(), /secondary rate limit/);
  });
});
