import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { MODEL, ModelService, RegistryFixture, deployTo, refsOf } from './fixtures.js';

/** What the runner passes when the workflow does not set `allowed-refs` (action.yml's default). */
const DEFAULT_ALLOWED_REFS = 'refs/heads/*\nrefs/tags/*';

void describe('a version registered from a pull request', () => {
  // 0.1.0 from main; 0.2.0, the latest, from the merge ref of pull request 7.
  let fixture: RegistryFixture;
  let service: ModelService;
  let markers: string;
  beforeAll(async () => {
    fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    await fixture.register('0.2.0', 'refs/pull/7/merge');
    service = await ModelService.start();
    markers = await temporaryDirectory('deploy-marker-');
  });
  afterAll(async () => {
    await service.close();
  });

  /** Deploys latest to production with a command that only leaves a marker file. */
  function deployLatest(marker: string, allowedRefs: string) {
    return deployTo(fixture, service, {
      environment: 'production',
      version: 'latest',
      command: `touch ${JSON.stringify(marker)}`,
      'allowed-refs': allowedRefs,
    });
  }

  void test('is refused by default before anything runs, with one error naming the version, its ref and what to change', async () => {
    const refs = refsOf(fixture.remote);
    const marker = join(markers, 'refused');
    const result = await deployLatest(marker, DEFAULT_ALLOWED_REFS);

    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(result.errors, [
      `${MODEL} 0.2.0 was registered from "refs/pull/7/merge", which 'allowed-refs' (refs/heads/*, refs/tags/*) ` +
        "does not allow: register the version from a branch or a tag, or add a glob that matches this ref to 'allowed-refs'.",
    ]);
    assert.equal(result.outputs['status'], 'failed');
    assert.equal(existsSync(marker), false, 'the deploy command ran');
    assert.deepEqual(fixture.environmentTags('production'), []);
    assert.equal(refsOf(fixture.remote), refs, 'the remote changed');
    assert.match(result.summary, /❌ \*\*Not deployed\.\*\*/);
    assert.match(result.summary, /refs\/pull\/7\/merge/);
    assert.match(
      result.summary,
      /^\| Resolve version \| ✅ passed \| tiny-lm@v0\.2\.0 \(latest\), sha256:[0-9a-f]{64} \|/m,
    );
    assert.match(result.summary, /^\| Check source ref \| ❌ failed \| tiny-lm 0\.2\.0 was registered from /m);
    assert.doesNotMatch(result.summary, /^\| (Deploy command|Record) \|/m);
  });

  void test("is deployed with allowed-refs: '*'", async () => {
    const marker = join(markers, 'allowed');
    const result = await deployLatest(marker, '*');

    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    assert.equal(result.outputs['status'], 'success');
    assert.equal(result.outputs['version'], '0.2.0');
    assert.equal(existsSync(marker), true, 'the deploy command did not run');
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
    assert.equal(fixture.record(`${MODEL}#production#1`)['version'], '0.2.0');
    assert.match(result.summary, /^\| Check source ref \| ✅ passed \| registered from "refs\/pull\/7\/merge" \|/m);
  });
});
