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
    listDeployments: () => Promise.resolve([]),
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
    listDeployments: () => Promise.resolve([]),
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

/** An API whose status calls never answer: each one runs to its deadline on `clock` and fails there. */
function hungStatuses(clock: { now: number }, deadlines: number[]): DeploymentsApi {
  return {
    listDeployments: () => Promise.resolve([]),
    createDeployment: () => Promise.resolve({ id: 7, environment: 'production' }),
    createStatus: (_id, _status, options) => {
      deadlines.push(options?.deadline ?? Number.NaN);
      clock.now = options?.deadline ?? clock.now;
      return Promise.reject(
        new GitHubApiError(
          'Could not set the deployment status on GitHub (no response): the time left ran out',
          0,
          true,
        ),
      );
    },
  };
}

void test('a GitHub that stops answering costs the budget once: later statuses are skipped, with one warning', async () => {
  const log = new RecordingLogger();
  const clock = { now: 1_000_000 };
  const deadlines: number[] = [];
  const mirror = new GitHubMirror(
    () => Promise.resolve(hungStatuses(clock, deadlines)),
    log,
    '',
    120_000,
    () => clock.now,
  );

  const id = await mirror.start(deployment, 'Deploying tiny-lm 0.3.0');
  assert.equal(id, 7);
  assert.equal(
    await mirror.status(id, { state: 'success', description: 'tiny-lm 0.3.0 is live in production' }),
    false,
  );

  // The in_progress call got the whole budget; the success status was not even tried.
  assert.deepEqual(deadlines, [1_000_000 + 120_000]);
  assert.equal(clock.now, 1_120_000);
  const warnings = log.entries.filter((entry) => entry.level === 'warning');
  assert.deepEqual(
    warnings.map((entry) => entry.text),
    [
      "The 2 minutes a deploy may spend on GitHub's Deployments API are used up (GitHub answered too slowly or not at all), so later updates are skipped. " +
        'GitHub deployment 7 was not set to in_progress nor success: GitHub\'s Environments page does not show "tiny-lm 0.3.0 is live in production". ' +
        'The deploy and its registry record stand; only GitHub is behind.',
    ],
  );
});

void test('each call gets what is left of the budget, and a spent budget skips creating a deployment', async () => {
  const log = new RecordingLogger();
  const clock = { now: 0 };
  const deadlines: number[] = [];
  const api: DeploymentsApi = {
    // Each call takes 50 s of the 120 s budget.
    listDeployments: () => Promise.resolve([]),
    createDeployment: (_deployment, options) => {
      deadlines.push(options?.deadline ?? Number.NaN);
      clock.now += 50_000;
      return Promise.resolve({ id: 9, environment: 'production' });
    },
    createStatus: (_id, _status, options) => {
      deadlines.push(options?.deadline ?? Number.NaN);
      clock.now += 50_000;
      return Promise.resolve();
    },
  };
  const mirror = new GitHubMirror(
    () => Promise.resolve(api),
    log,
    '',
    120_000,
    () => clock.now,
  );

  assert.equal(await mirror.start(deployment, 'Deploying'), 9);
  assert.equal(await mirror.status(9, { state: 'success' }), true);
  assert.deepEqual(deadlines, [120_000, 120_000, 120_000]);
  assert.equal(await mirror.start(deployment, 'Rolling back'), undefined);
  assert.equal(deadlines.length, 3);
  assert.deepEqual(
    log.entries.filter((entry) => entry.level === 'warning').map((entry) => entry.text),
    [
      "The 2 minutes a deploy may spend on GitHub's Deployments API are used up (GitHub answered too slowly or not at all), so later updates are skipped. " +
        "The deploy goes on and the registry records it, but GitHub's Environments page will not show this deployment to production.",
    ],
  );
});
