import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGit } from '@mlops-actions/action-kit';
import { RecordingLogger } from '@mlops-actions/action-testing';
import { Registry } from '@mlops-actions/registry';
import { deploy } from '../src/deploy.js';
import { FRESH_GIT_ENV, FakeCommandRunner, RegistryFixture, deploySettings, modelStoreOf } from './fixtures.js';

void test('a record push the remote never answers: the deploy is live, and the registry may or may not hold the record', async () => {
  const fixture = await RegistryFixture.create();
  await fixture.register('0.1.0');
  // The remote takes environment tags, then hangs before answering, as a stuck server-side hook would.
  const hook = join(fixture.remote, 'hooks', 'pre-receive');
  await writeFile(hook, '#!/bin/sh\ncat >/dev/null\nsleep 30\n');
  await chmod(hook, 0o755);

  const started = Date.now();
  const report = await deploy(deploySettings({ environment: 'staging', version: '0.1.0' }), {
    registry: new Registry(createGit(fixture.workspace, { env: FRESH_GIT_ENV, timeoutMs: 1_000 })),
    runner: new FakeCommandRunner(),
    connectGitHub: undefined,
    digestOf: () => Promise.reject(new Error('no path is given in this test')),
    workspace: fixture.workspace,
    runUrl: '',
    logger: new RecordingLogger(),
    ...modelStoreOf(fixture.workspace),
  });

  assert.ok(Date.now() - started < 5_000, `${Date.now() - started} ms`);
  assert.equal(report.status, 'failed');
  assert.equal(report.live, true);
  assert.equal(report.recorded, false);
  assert.match(
    report.failure,
    /^tiny-lm 0\.1\.0 is live in staging, but the deployment could not be recorded: The git remote 'origin' did not answer within 1 s while the tag tiny-lm#staging#1 was pushed \(git push\), so git was stopped: the remote may or may not hold tiny-lm#staging#1 now\. .* The registry may still name no version for staging; fix the cause and run the job again\.$/,
  );
  assert.deepEqual(fixture.environmentTags('staging'), []);
});
