import { afterAll, beforeAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { MODEL, ModelService, RegistryFixture, deployTo, gitHubEnv } from './fixtures.js';

const TOKEN = 'ghs_tokenForTheHungApiTest0001';
const REQUEST_TIMEOUT_MS = 1_000;
const BUDGET_MS = 4_000;

let github: FakeGitHubApi;
let service: ModelService;
beforeAll(async () => {
  github = await FakeGitHubApi.start({ token: TOKEN, repository: 'octo-org/models' });
  service = await ModelService.start();
});
afterAll(async () => {
  await service.close();
  await github.close();
});

void test('a GitHub API that stops answering delays the deploy by the mirror budget at most; the deploy and its record stand', async () => {
  const fixture = await RegistryFixture.create();
  await fixture.register('0.1.0');
  // The deployment is created; then GitHub stops answering.
  github.injectFault('create-deployment-status', { kind: 'no-response' }, { times: 100 });

  const started = Date.now();
  const result = await deployTo(
    fixture,
    service,
    { environment: 'staging', version: '0.1.0', token: TOKEN, 'github-deployment': 'true' },
    {
      ...gitHubEnv(github),
      MLOPS_ACTIONS_GITHUB_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      MLOPS_ACTIONS_GITHUB_MIRROR_BUDGET_MS: String(BUDGET_MS),
    },
  );
  const elapsed = Date.now() - started;
  github.clearFaults();

  assert.equal(result.exitCode, 0, result.stdout);
  assert.ok(elapsed < BUDGET_MS + 4_000, `the step took ${elapsed} ms`);
  assert.equal(result.outputs['status'], 'success');
  assert.deepEqual(fixture.environmentTags('staging'), [`${MODEL}#staging#1`]);
  assert.deepEqual(result.errors, []);
  assert.equal(result.warnings.length, 1, result.stdout);
  assert.match(
    result.warnings[0],
    /^The 4 s a deploy may spend on GitHub's Deployments API are used up \(GitHub answered too slowly or not at all\), so later updates are skipped\. GitHub deployment \d+ was not set to in_progress nor success: GitHub's Environments page does not show "tiny-lm 0\.1\.0 is live"\. The deploy and its registry record stand; only GitHub is behind\.$/,
  );
  // Only the in_progress status was tried (and retried within the budget); the final one was skipped.
  const statusRequests = github.requestsTo('create-deployment-status');
  assert.ok(statusRequests.length >= 2 && statusRequests.length <= 3, String(statusRequests.length));
  assert.ok(statusRequests.every((request) => (request.body as { state: string }).state === 'in_progress'));
});
