// A model file larger than 2 GiB through a real registry (Debian's
// docker-registry): version-model stores it and fetch-model fetches it back,
// each streaming it with a peak memory that does not grow with the file.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitFixture, runBundle, startRegistry, type OciRegistry } from '@mlops-actions/action-testing';

const MIB = 1024 * 1024;
// Past 2 GiB (and 2^31 bytes): sizes and offsets must not be 32-bit anywhere.
const SIZE = 2048 * MIB + 200 * MIB;
// Each bundle streams the file in chunks; its memory stays far below the file's size. (Measured: about 115 MiB each.)
const PEAK_RSS_LIMIT = 200 * MIB;
const RUNNER_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

describe('a 2.2 GiB model file', () => {
  let registry: OciRegistry;
  /** Everything large this test writes, removed as soon as it ends (the registry's storage included). */
  const large: string[] = [];
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry.stop();
    for (const path of [...large, registry.storageDirectory]) await rm(path, { recursive: true, force: true });
  });

  test('is stored and fetched with flat memory, and comes back with the registered digest', async () => {
    const { workspace } = await createGitFixture();
    const weights = join(workspace, 'model', 'weights.bin');
    large.push(join(workspace, 'model'));
    // A sparse file: zeros that take no disk until the registry and the fetch write them.
    await mkdir(join(workspace, 'model'));
    const handle = await open(weights, 'w');
    await handle.truncate(SIZE);
    await handle.close();

    const stored = await runBundle({
      action: 'version-model',
      cwd: workspace,
      inputs: { 'model-name': 'big-lm', path: 'model', store: `oci://${registry.host}/acme` },
      env: RUNNER_GIT,
      measureMemory: true,
    });
    large.push(stored.runnerTemp);
    assert.equal(stored.exitCode, 0, stored.stdout);
    assert.equal(stored.outputs['uploaded-bytes'], String(SIZE));
    assert.ok(stored.peakRssBytes! < PEAK_RSS_LIMIT, `version-model peaked at ${stored.peakRssBytes} bytes`);

    const fetched = await runBundle({
      action: 'fetch-model',
      cwd: workspace,
      inputs: { 'model-name': 'big-lm' },
      env: RUNNER_GIT,
      measureMemory: true,
    });
    large.push(fetched.runnerTemp);
    assert.equal(fetched.exitCode, 0, fetched.stdout);
    assert.ok(fetched.peakRssBytes! < PEAK_RSS_LIMIT, `fetch-model peaked at ${fetched.peakRssBytes} bytes`);
    assert.equal((await stat(join(fetched.outputs['path'], 'weights.bin'))).size, SIZE);
    // fetch-model verified every byte against the registered digest (smaller models are also checked apart from it).
    assert.equal(fetched.outputs['digest'], stored.outputs['digest']);
    // About a minute on two idle cores; 4.4 GiB of disk writes take longer on a busy machine.
  }, 240_000);
});
