import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { git } from '@mlops-actions/action-testing';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { MODEL, ModelService, RegistryFixture, deployTo, gitHubEnv } from './fixtures.js';

/** The token handed to the action: it must appear nowhere a person or a later step could read it. */
const CANARY = 'ghs_canaryTokenThatMustNeverBePrinted0042';

void describe('mirroring to the GitHub Deployments API', () => {
  let github: FakeGitHubApi;
  let service: ModelService;
  beforeAll(async () => {
    // Served below /api/v3, as GitHub Enterprise Server does: GITHUB_API_URL is taken whole.
    github = await FakeGitHubApi.start({ token: CANARY, repository: 'octo-org/models', prefix: '/api/v3' });
    service = await ModelService.start();
  });
  afterAll(async () => {
    await service.close();
    await github.close();
  });

  function env(): Record<string, string> {
    return { ...gitHubEnv(github), GITHUB_RUN_ATTEMPT: '2' };
  }

  void test('one deployment without auto-merge or required contexts, in_progress then success, despite a 502 and a secondary rate limit', async () => {
    const fixture = await RegistryFixture.create();
    const v010 = await fixture.register('0.1.0');
    github.injectFault('create-deployment', { kind: 'server-error', status: 502 });
    github.injectFault('create-deployment-status', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    const before = github.requests.length;

    const result = await deployTo(
      fixture,
      service,
      {
        environment: 'production',
        version: '0.1.0',
        url: 'https://models.example.com',
        'health-url': service.healthUrl,
        'health-expect': '"version":"0.1.0"',
        token: CANARY,
      },
      env(),
    );

    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.warnings, []);
    assert.equal(github.deployments.length, 1);
    const [deployment] = github.deployments;
    assert.equal(result.outputs['deployment-id'], String(deployment.id));
    assert.equal(result.outputs['status'], 'success');

    const requests = github.requests.slice(before);
    assert.deepEqual(
      requests.map((request) => `${request.method} ${request.path} ${request.status}`),
      [
        'POST /repos/octo-org/models/deployments 502',
        'POST /repos/octo-org/models/deployments 201',
        `POST /repos/octo-org/models/deployments/${deployment.id}/statuses 403`,
        `POST /repos/octo-org/models/deployments/${deployment.id}/statuses 201`,
        `POST /repos/octo-org/models/deployments/${deployment.id}/statuses 201`,
      ],
    );
    assert.ok(requests.every((request) => request.authorization === `token ${CANARY}`));
    assert.deepEqual(requests[1].body, {
      ref: v010.commit,
      environment: 'production',
      description: 'Deploy tiny-lm 0.1.0 to production',
      payload: { model: MODEL, version: '0.1.0', digest: v010.digest },
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: true,
    });
    const runUrl = 'https://github.com/octo-org/models/actions/runs/4242/attempts/2';
    assert.deepEqual(
      github.statusesOf(deployment.id).map((status) => [status.state, status.log_url, status.environment_url]),
      [
        ['in_progress', runUrl, ''],
        ['success', runUrl, 'https://models.example.com'],
      ],
    );
    // The retries are visible in the log.
    assert.match(result.stdout, /GitHub API answered HTTP 502 to POST \/api\/v3\/repos\/octo-org\/models\/deployments/);
    assert.match(result.stdout, /GitHub API secondary rate limit on POST .*; retrying in 1 s/);
    assert.match(result.summary, /^\| GitHub deployment \| ✅ passed \| deployment \d+, in progress \|/m);

    // The token: masked first thing, then printed nowhere.
    const lines = result.stdout.split('\n');
    assert.equal(
      lines.findIndex((line) => line.includes(CANARY)),
      0,
    );
    assert.equal(lines[0], `::add-mask::${CANARY}`);
    for (const [where, text] of Object.entries({
      stdout: lines.slice(1).join('\n'),
      stderr: result.stderr,
      summary: result.summary,
      outputs: JSON.stringify(result.outputs),
      'the command environment': await service.lastEnvironment(),
      'the registry record': git(fixture.remote, 'cat-file', '-p', `${MODEL}#production#1`),
    })) {
      assert.ok(!text.includes(CANARY), `the token appears in ${where}`);
    }
    assert.notEqual(await service.lastEnvironment(), '');
  });

  void test('a refusal from GitHub after the deploy succeeded is a warning, and the record is still written', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    github.injectFault(
      'create-deployment-status',
      { kind: 'validation-failed', message: 'environment_url is invalid' },
      { after: 1 },
    );

    const result = await deployTo(fixture, service, { environment: 'staging', version: '0.1.0', token: CANARY }, env());

    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['status'], 'success');
    assert.deepEqual(fixture.environmentTags('staging'), [`${MODEL}#staging#1`]);
    assert.equal(result.warnings.length, 1);
    assert.match(
      result.warnings[0],
      /^Could not set the deployment status to success on GitHub \(HTTP 422\): Validation Failed: .*environment_url is invalid.* GitHub deployment \d+ was not set to success; the registry is not affected/,
    );
    assert.match(
      result.summary,
      /^\| GitHub status \| ⚠️ warning \| deployment \d+ not updated \(see the warning\) \|/m,
    );
  });

  void test('a GitHub deployment that cannot be created does not stop the deploy', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    github.injectFault('create-deployment', { kind: 'validation-failed', message: 'No ref found' });
    const before = github.deployments.length;

    const result = await deployTo(fixture, service, { environment: 'qa', version: '0.1.0', token: CANARY }, env());

    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['deployment-id'], '');
    assert.equal(github.deployments.length, before);
    assert.deepEqual(fixture.environmentTags('qa'), [`${MODEL}#qa#1`]);
    assert.equal(result.warnings.length, 1);
    assert.match(
      result.warnings[0],
      /^Could not create the deployment on GitHub \(HTTP 422\): .*No ref found.* The deploy goes on/,
    );
  });

  void test('is off outside GitHub Actions: no request is made', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    const before = github.requests.length;

    const result = await deployTo(
      fixture,
      service,
      { environment: 'dev', version: '0.1.0', token: CANARY },
      { ...env(), GITHUB_ACTIONS: '' },
    );

    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(github.requests.length, before);
    assert.match(result.stdout, /^GitHub deployment: skipped \('github-deployment' is off\)\.$/m);
  });
});
