// version-model against a registry that fails part-way: an upload refused
// mid-push fails the step with one clear error and no version tag; the re-run
// completes it and uploads only the blobs the registry does not have yet. A
// registry that answers 500 twice before taking a blob costs two retries, told
// in the log, and nothing else: fetch-model gets the same bytes back.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
  type ProxiedRequest,
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

  test('a registry that answers 500 twice, then 201: two retries in the log, the version, the same bytes back', async () => {
    const { remote, workspace } = await createGitFixture();
    await writeTree(workspace, FILES);
    git(workspace, 'add', 'model');
    git(workspace, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'Train');
    // The final PUT of the weights fails twice before the registry takes it.
    const weights = digestOf(FILES['model/weights.bin']);
    const isFinalPut = (request: ProxiedRequest) =>
      request.method === 'PUT' &&
      request.path.startsWith('/v2/acme/retried/blobs/uploads/') &&
      request.query.get('digest') === weights;
    const finalPuts = () => proxy.requests.filter(isFinalPut);
    proxy.fault = (request) => (isFinalPut(request) && finalPuts().length <= 2 ? { respond: 500 } : undefined);
    const stored = await runBundle({
      action: 'version-model',
      cwd: workspace,
      inputs: { 'model-name': 'retried', path: 'model', store: `oci://${proxy.host}/acme` },
    });
    proxy.fault = () => undefined;
    assert.equal(stored.exitCode, 0, stored.stdout);
    assert.deepEqual(stored.errors, []);
    assert.deepEqual(
      finalPuts().map(({ status }) => status),
      [undefined, undefined, 201],
      'two answered by the fault, the third by the registry',
    );
    assert.deepEqual(tagsOf(remote), ['retried@v0.0.1']);
    assert.equal(
      stored.outputs['uploaded-bytes'],
      String(Object.values(FILES).reduce((sum, bytes) => sum + Buffer.byteLength(bytes), 0)),
    );
    const host = proxy.host.replace(/\./g, '\\.');
    assert.equal(stored.warnings.length, 2, stored.stdout);
    stored.warnings.forEach((warning, index) =>
      assert.match(
        warning,
        new RegExp(
          `^The registry ${host} failed: PUT /v2/acme/retried/blobs/uploads/\\S+ \\(HTTP 500[^)]*\\); trying again ` +
            `in \\d+\\.\\d s \\(retry ${index + 1} of 5\\)\\.$`,
        ),
      ),
    );

    // What was stored comes back byte for byte.
    const fetched = await runBundle({
      action: 'fetch-model',
      cwd: workspace,
      inputs: { 'model-name': 'retried', path: 'fetched' },
    });
    assert.equal(fetched.exitCode, 0, fetched.stdout);
    assert.equal(fetched.outputs['uri'], stored.outputs['store-uri']);
    for (const [path, bytes] of Object.entries(FILES)) {
      assert.deepEqual(await readFile(join(workspace, 'fetched', path.slice('model/'.length))), Buffer.from(bytes));
    }
  });
});
