import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { FakeGitHubApi } from '@mlops-actions/github/testing';

// transcript() is what the local workflow runner prints at the end of a run:
// what a reviewer would find on GitHub, checked here through plain HTTP.
describe('the fake GitHub REST API transcript', () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    api = await FakeGitHubApi.start({ repository: 'octo-org/models' });
  });
  afterAll(() => api.close());

  async function post(path: string, body: unknown): Promise<{ id: number }> {
    const response = await fetch(`${api.url}/repos/octo-org/models${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 201);
    return JSON.parse(await response.text()) as { id: number };
  }

  test('holds nothing before any request', () => {
    assert.deepEqual(api.transcript(), []);
  });

  test('lists every deployment with its statuses in order; what was sent stays on one line, quoted', async () => {
    const preview = await post('/deployments', {
      ref: 'feature/tokenizer',
      environment: 'pr-7',
      transient_environment: true,
      description: 'tiny-lm 0.3.0\n::error::forged',
    });
    await post(`/deployments/${preview.id}/statuses`, {
      state: 'in_progress',
      log_url: 'https://github.com/octo-org/models/actions/runs/1',
    });
    await post(`/deployments/${preview.id}/statuses`, {
      state: 'success',
      description: 'Deployed tiny-lm 0.3.0',
      environment_url: 'http://127.0.0.1:18081/',
    });
    await post(`/deployments/${preview.id}/statuses`, { state: 'inactive' });
    await post('/deployments', { ref: 'main', environment: 'production' });
    assert.deepEqual(api.transcript(), [
      'Deployments (2)',
      `  #${preview.id} "pr-7" (transient) · ref "feature/tokenizer" · "tiny-lm 0.3.0\\n::error::forged"`,
      '      in_progress · log "https://github.com/octo-org/models/actions/runs/1"',
      '      success · "Deployed tiny-lm 0.3.0" · url "http://127.0.0.1:18081/"',
      '      inactive',
      `  #${preview.id + 4} "production" (production) · ref "main"`,
      '      no status',
    ]);
  });

  test('lists every release after the deployments: tag, title, flags, body size and assets', async () => {
    await post('/releases', {
      tag_name: 'tiny-lm@v1.0.0-rc.1',
      name: 'tiny-lm v1.0.0-rc.1',
      body: 'line one\nline two\n::error::forged',
      prerelease: true,
      make_latest: 'false',
    });
    const lines = api.transcript();
    const start = lines.indexOf('Releases (1)');
    assert.ok(start > lines.indexOf('Deployments (2)'), lines.join('\n'));
    assert.deepEqual(lines.slice(start), [
      'Releases (1)',
      '  "tiny-lm@v1.0.0-rc.1" (prerelease) · "tiny-lm v1.0.0-rc.1" · body 3 lines',
    ]);
  });
});
