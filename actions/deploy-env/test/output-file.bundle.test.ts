import { afterAll, beforeAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { MODEL, ModelService, RegistryFixture, deployTo } from './fixtures.js';

let service: ModelService;
beforeAll(async () => {
  service = await ModelService.start();
});
afterAll(async () => {
  await service.close();
});

/** Output files a runner cannot write: a full disk (where the system has /dev/full) and a folder. */
async function unwritableFiles(): Promise<[string, string, RegExp][]> {
  const files: [string, string, RegExp][] = [['a folder', await temporaryDirectory('github-output-'), /EISDIR/]];
  if (existsSync('/dev/full')) files.push(['a full disk', '/dev/full', /ENOSPC/]);
  return files;
}

void test('outputs that cannot be written after a recorded deploy: the step fails saying so, and the record stands', async () => {
  for (const [what, file, reason] of await unwritableFiles()) {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');

    const result = await deployTo(
      fixture,
      service,
      { environment: 'staging', version: '0.1.0' },
      { GITHUB_OUTPUT: file },
    );

    assert.equal(result.exitCode, 1, `${what}: ${result.stdout}`);
    assert.equal(result.errors.length, 1, `${what}: ${result.stdout}`);
    const message = result.errors[0];
    assert.ok(message.startsWith(`Could not write the step's outputs to ${file} (GITHUB_OUTPUT): `), message);
    assert.match(message, reason);
    assert.match(
      message,
      /The deploy stands: tiny-lm 0\.1\.0 runs in staging and is recorded as tiny-lm#staging#1\. Later steps cannot read this step's outputs\.$/,
    );
    assert.doesNotMatch(result.stdout, /internal error|a bug in the action/);
    assert.deepEqual(fixture.environmentTags('staging'), [`${MODEL}#staging#1`]);
    assert.equal(fixture.record(`${MODEL}#staging#1`)['version'], '0.1.0');
    // The summary was still written; no status output could be.
    assert.match(result.summary, /0\.1\.0 is live in staging/);
  }
});

void test('a job summary that cannot be written is a warning: the deploy succeeds with its outputs and record', async () => {
  for (const [what, file, reason] of await unwritableFiles()) {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');

    const result = await deployTo(
      fixture,
      service,
      { environment: 'staging', version: '0.1.0' },
      { GITHUB_STEP_SUMMARY: file },
    );

    assert.equal(result.exitCode, 0, `${what}: ${result.stdout}`);
    assert.deepEqual(result.errors, []);
    assert.equal(result.outputs['status'], 'success');
    assert.equal(result.warnings.length, 1, `${what}: ${result.stdout}`);
    assert.ok(result.warnings[0].startsWith(`Could not write the job summary to ${file} (GITHUB_STEP_SUMMARY): `));
    assert.match(result.warnings[0], reason);
    assert.deepEqual(fixture.environmentTags('staging'), [`${MODEL}#staging#1`]);
  }
});

void test('a mistake in the inputs stays the error when the outputs cannot be written either', async () => {
  const fixture = await RegistryFixture.create();
  const result = await deployTo(fixture, service, { environment: 'Staging!' }, { GITHUB_OUTPUT: '/dev/full' });

  assert.equal(result.exitCode, 1, result.stdout);
  assert.equal(result.errors.length, 1, result.stdout);
  assert.match(result.errors[0], /environment name/i);
  assert.equal(result.warnings.length, 1, result.stdout);
  assert.match(result.warnings[0], /^Could not write the step's outputs to \/dev\/full \(GITHUB_OUTPUT\): ENOSPC/);
});
