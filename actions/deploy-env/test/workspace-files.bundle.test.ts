// deploy-env checks the digest of `path` only inside the workspace: a model
// folder committed as a link to a folder outside, or a path that climbs out,
// is refused by name before anything is deployed, and none of it is read.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import {
  git,
  injectedCommands,
  placesHolding,
  plantCanary,
  writeTree,
  type BundleResult,
  type Canary,
} from '@mlops-actions/action-testing';
import { ModelService, RegistryFixture, deployTo } from './fixtures.js';

void describe('dist/deploy-env refuses a path outside the workspace', () => {
  let fixture: RegistryFixture;
  let service: ModelService;
  let canary: Canary;
  beforeAll(async () => {
    canary = await plantCanary();
    fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    // Committed and pushed, as a branch of the repository would hold it.
    await writeTree(fixture.workspace, { 'served-model': { symlink: canary.model } });
    git(fixture.workspace, 'add', 'served-model');
    git(fixture.workspace, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'link');
    git(fixture.workspace, 'push', '--quiet', 'origin', 'main');
    service = await ModelService.start();
  });
  afterAll(() => service.close());

  async function assertRefused(result: BundleResult, error: RegExp): Promise<void> {
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.errors.length, 1, result.stdout);
    assert.match(result.errors[0], error);
    assert.equal(result.outputs['status'], 'failed');
    assert.deepEqual(await service.calls(), [], 'the command ran');
    assert.deepEqual(fixture.environmentTags('production'), []);
    assert.deepEqual(injectedCommands(result.stdout, ['group', 'endgroup', 'error'], 'PWNED'), []);
    assert.deepEqual(placesHolding(canary.text, result), []);
  }

  void test('a model folder committed as a link to a folder outside', async () => {
    const result = await deployTo(fixture, service, {
      environment: 'production',
      version: '0.1.0',
      path: 'served-model',
    });
    await assertRefused(
      result,
      /^'\/.*\/workspace\/served-model' resolves outside the workspace \(symbolic links are followed\)/,
    );
  });

  void test('a path that climbs out of the workspace', async () => {
    const path = relative(fixture.workspace, canary.model);
    const result = await deployTo(fixture, service, { environment: 'production', version: '0.1.0', path });
    await assertRefused(result, /^'\/.*\/canary-\w+\/model' resolves outside the workspace/);
  });
});
