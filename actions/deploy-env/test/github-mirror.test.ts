import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { RecordingLogger } from '@mlops-actions/action-testing';
import { GitHubApiError, type DeploymentsApi, type NewDeploymentStatus } from '@mlops-actions/github';
import { GitHubMirror } from '../src/github-mirror.js';

const deployment = {
  ref: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
  environment: 'production',
  description: 'Deploy tiny-lm 0.3.0 to production',
  payload: { model: 'tiny-lm', version: '0.3.0', digest: 'sha256:00' },
};

void test('a token without the deployments permission is a warning that says which permission to give', async () => {
  const log = new RecordingLogger();
  const api: DeploymentsApi = {
    createDeployment: () =>
      Promise.reject(
        new GitHubApiError(
          'Could not create the deployment on GitHub (HTTP 403): Resource not accessible by integration',
          403,
        ),
      ),
    createStatus: () => Promise.reject(new Error('not reached')),
  };
  const mirror = new GitHubMirror(() => Promise.resolve(api), log, '');

  assert.equal(await mirror.start(deployment, 'Deploying'), undefined);
  assert.equal(await mirror.status(undefined, { state: 'success' }), false);
  assert.deepEqual(log.entries, [
    {
      level: 'warning',
      text: "Could not create the deployment on GitHub (HTTP 403): Resource not accessible by integration. Give the job 'permissions: deployments: write' (or a token that may create deployments). The deploy goes on and the registry records it, but GitHub's Environments page will not show this deployment to production.",
    },
  ]);
});

void test('statuses carry the run URL as their log, and connect once', async () => {
  const log = new RecordingLogger();
  const statuses: [number, NewDeploymentStatus][] = [];
  let connections = 0;
  const api: DeploymentsApi = {
    createDeployment: () => Promise.resolve({ id: 7, environment: 'production' }),
    createStatus: (id, status) => {
      statuses.push([id, status]);
      return Promise.resolve();
    },
  };
  const runUrl = 'https://github.com/octo-org/models/actions/runs/1';
  const mirror = new GitHubMirror(
    () => {
      connections++;
      return Promise.resolve(api);
    },
    log,
    runUrl,
  );

  const id = await mirror.start(deployment, 'Deploying tiny-lm 0.3.0');
  assert.equal(await mirror.status(id, { state: 'success', environmentUrl: 'https://models.example.com' }), true);

  assert.equal(connections, 1);
  assert.deepEqual(statuses, [
    [7, { state: 'in_progress', description: 'Deploying tiny-lm 0.3.0', logUrl: runUrl }],
    [7, { state: 'success', environmentUrl: 'https://models.example.com', logUrl: runUrl }],
  ]);
});
