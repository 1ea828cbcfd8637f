// version-model against a registry that fails part-way: an upload refused
// mid-push fails the step with one clear error and no version tag; the re-run
// completes it and uploads only the blobs the registry does not have yet.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  FaultProxy,
  createGitFixture,
  git,
  runBundle,
  startRegistry,
  tagsOf,
  writeTree,
  type OciRegistry,
} from '@mlops-actions/action-testing';

const FILES = {
  'model/config.json': '{"layers": 2}\n',
  'model/tokenizer.json': '{"vocab": ["a", "b"]}\n',
  'model/weights.bin': Buffer.alloc(256 * 1024, 9),
};
const digestOf = (bytes: string | Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describe('version-model with a registry that fails mid-upload', () => {
  let registry: OciRegistry;
  let proxy: FaultProxy;
  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await FaultProxy.start(() => registry);
  });

  test('no tag while the files are not all stored; the re-run uploads only what is missing', async () => {
    const { remote, workspace } = await createGitFixture();
    await writeTree(workspace, FILES);
    git(workspace, 'add', 'model');
    git(workspace, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'Train');
    const run = () =>
      runBundle({
        action: 'version-model',
        cwd: workspace,
        inputs: { 'model-name': 'llm', path: 'model', store: `oci://${proxy.host}/acme` },
      });

    // The registry refuses the final PUT of the weights: the other files may go up, the version must not exist.
    const weights = digestOf(FILES['model/weights.bin']);
    proxy.fault = (request) =>
      request.method === 'PUT' && request.query.get('digest') === weights ? { respond: 400 } : undefined;
    const failed = await run();
    assert.equal(failed.exitCode, 1);
    assert.equal(failed.errors.length, 1, failed.stdout);
    assert.match(failed.errors[0], /refused the final PUT of blob sha256:[0-9a-f]{64}/);
    assert.deepEqual(tagsOf(remote), [], 'no version without its files');
    assert.equal(failed.outputs['version'], undefined);

    // What the registry holds now decides what the re-run sends.
    const missing = Object.values(FILES).filter((bytes) => !existsSync(registry.blobPath(digestOf(bytes))));
    assert.ok(missing.some((bytes) => digestOf(bytes) === weights));
    proxy.fault = () => undefined;
    const rerun = await run();
    assert.equal(rerun.exitCode, 0, rerun.stdout);
    assert.equal(
      rerun.outputs['uploaded-bytes'],
      String(missing.reduce((sum, bytes) => sum + Buffer.byteLength(bytes), 0)),
    );
    assert.deepEqual(tagsOf(remote), ['llm@v0.0.1']);
  });
});
