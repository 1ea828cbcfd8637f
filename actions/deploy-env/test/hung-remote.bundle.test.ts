import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { HungServer } from '@mlops-actions/action-testing';
import { ModelService, RegistryFixture, deployCommand, deployTo } from './fixtures.js';

const GIT_TIMEOUT_MS = 2_000;

void describe('a git remote that stops answering', () => {
  let hung: HungServer;
  let service: ModelService;
  beforeAll(async () => {
    hung = await HungServer.start();
    service = await ModelService.start();
  });
  afterAll(async () => {
    await service.close();
    await hung.close();
  });

  void test('before the deploy: the step ends after the git timeout, and nothing was deployed', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    const calls = (await service.calls()).length;

    const started = Date.now();
    const result = await deployTo(
      fixture,
      service,
      { environment: 'staging', version: '0.1.0', remote: `${hung.url}/model.git` },
      { MLOPS_ACTIONS_GIT_TIMEOUT_MS: String(GIT_TIMEOUT_MS) },
    );
    const elapsed = Date.now() - started;

    assert.equal(result.exitCode, 1, result.stdout);
    assert.ok(elapsed < GIT_TIMEOUT_MS + 5_000, `the step took ${elapsed} ms`);
    assert.equal(result.errors.length, 1, result.stdout);
    assert.match(
      result.errors[0],
      /^The git remote 'http:\/\/127\.0\.0\.1:\d+\/model\.git' did not answer within 2 s while the registry was read \(git ls-remote\), so git was stopped and nothing was written to the registry\. .* Nothing was deployed to staging\.$/,
    );
    assert.equal(result.outputs['status'], 'failed');
    assert.equal((await service.calls()).length, calls);
  });

  void test('at the record, after the deploy succeeded: the step says the deploy ran but is not recorded', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    // The remote stops answering while the command runs.
    const command = `${deployCommand()}git remote set-url origin '${hung.url}/model.git'\n`;

    const started = Date.now();
    const result = await deployTo(
      fixture,
      service,
      { environment: 'staging', version: '0.1.0', command },
      { MLOPS_ACTIONS_GIT_TIMEOUT_MS: String(GIT_TIMEOUT_MS) },
    );
    const elapsed = Date.now() - started;

    assert.equal(result.exitCode, 1, result.stdout);
    assert.ok(elapsed < GIT_TIMEOUT_MS + 5_000, `the step took ${elapsed} ms`);
    assert.equal(await service.running(), '0.1.0');
    assert.equal(result.errors.length, 1, result.stdout);
    assert.match(
      result.errors[0],
      /^tiny-lm 0\.1\.0 is live in staging, but the deployment could not be recorded: The git remote 'origin' did not answer within 2 s while the registry was read \(git ls-remote\), so git was stopped and nothing was written to the registry\. .* The registry still names no version for staging; fix the cause and run the job again\.$/,
    );
    assert.equal(result.outputs['status'], 'failed');
    assert.deepEqual(fixture.environmentTags('staging'), []);
  });
});
