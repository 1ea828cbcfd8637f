import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { coreutilsDigest, temporaryDirectory } from '@mlops-actions/action-testing';
import { digestOf } from '@mlops-actions/digest';
import {
  buildModelArtifact,
  IMAGE_MANIFEST_MEDIA_TYPE,
  ModelStoreError,
  OciLayoutTarget,
  pullVersion,
  pushVersion,
  tagVersion,
  versionTag,
  type ModelStoreErrorCode,
} from '@mlops-actions/model-store';
import { modelOf, namesIn, patterned, treeOf, versionInfo } from './models.js';

const MODEL = {
  'model.safetensors': patterned(300_000, 1),
  'config.json': '{"hidden_size": 8}\n',
  'tokenizer/vocab.txt': 'a\nb\nc\n',
  'README.md': '# tiny-lm\n',
  'empty.bin': '',
};

async function layout(): Promise<OciLayoutTarget> {
  return new OciLayoutTarget(join(await temporaryDirectory('model-store-layout-'), 'tiny-lm'));
}

async function refusal(promise: Promise<unknown>): Promise<{ code: ModelStoreErrorCode; message: string }> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ModelStoreError, `expected a ModelStoreError, got ${String(error)}`);
    return { code: error.code, message: error.message };
  }
  assert.fail('expected a ModelStoreError');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** The folders beside `path`: a refused pull must leave no partial one. */
async function siblingsOf(path: string): Promise<string[]> {
  return namesIn(dirname(path));
}

describe('push then pull through an OCI image-layout folder', () => {
  test('gives back every file byte for byte, under a uri of the layout and the manifest digest', async () => {
    const model = await modelOf(MODEL);
    const target = await layout();
    const progress: Array<[number, number]> = [];

    const pushed = await pushVersion(target, model, versionInfo('0.1.0'), {
      onProgress: (d, t) => progress.push([d, t]),
    });
    assert.equal(pushed.uri, `${target.location}@${pushed.manifestDigest}`);
    assert.match(pushed.uri, /^oci-layout:.*\/tiny-lm@sha256:[0-9a-f]{64}$/);
    assert.equal(pushed.uploadedBytes, model.fileSet.size);
    assert.deepEqual(progress.at(-1), [model.fileSet.size, model.fileSet.size]);

    const into = join(await temporaryDirectory('model-store-pull-'), 'models', 'tiny-lm');
    const pulled = await pullVersion(target, pushed.manifestDigest, into, model.fileSet.digest);
    assert.deepEqual(await treeOf(into), await treeOf(model.root));
    assert.equal(coreutilsDigest(into), model.fileSet.digest);
    assert.equal(pulled.fileSetDigest, model.fileSet.digest);
    assert.deepEqual(await siblingsOf(into), ['tiny-lm']);
  });

  test('into an empty folder that exists works too', async () => {
    const model = await modelOf({ 'weights.bin': 'w' });
    const target = await layout();
    const { manifestDigest } = await pushVersion(target, model, versionInfo());
    const into = await temporaryDirectory('model-store-pull-');
    await pullVersion(target, manifestDigest, into, model.fileSet.digest);
    assert.deepEqual(await treeOf(into), { 'weights.bin': Buffer.from('w') });
  });

  test('uploads only the blobs the store lacks: nothing the second time, one changed file of three the third', async () => {
    const files = { 'a.bin': patterned(40_000, 2), 'b.bin': patterned(50_000, 3), 'c.bin': patterned(60_000, 4) };
    const target = await layout();
    const first = await pushVersion(target, await modelOf(files), versionInfo('0.1.0'));
    assert.equal(first.uploadedBytes, 150_000);

    const again = await pushVersion(target, await modelOf(files), versionInfo('0.1.0'));
    assert.equal(again.uploadedBytes, 0);
    assert.equal(again.manifestDigest, first.manifestDigest);

    const changed = await modelOf({ ...files, 'b.bin': patterned(51_000, 5) });
    const third = await pushVersion(target, changed, versionInfo('0.2.0'));
    assert.equal(third.uploadedBytes, 51_000);
    const into = join(await temporaryDirectory('model-store-pull-'), 'v2');
    await pullVersion(target, third.manifestDigest, into, changed.fileSet.digest);
    assert.deepEqual(await treeOf(into), await treeOf(changed.root));
  });

  test('files with the same bytes are one blob, uploaded once and written to each path', async () => {
    const shard = patterned(30_000, 9);
    const model = await modelOf({ 'a/shard.bin': shard, 'b/shard.bin': shard, 'c.bin': 'c' });
    const target = await layout();
    const pushed = await pushVersion(target, model, versionInfo());
    assert.equal(pushed.uploadedBytes, 30_001);
    const into = join(await temporaryDirectory('model-store-pull-'), 'tiny-lm');
    await pullVersion(target, pushed.manifestDigest, into, model.fileSet.digest);
    assert.deepEqual(await treeOf(into), await treeOf(model.root));
  });

  // Many files with more in flight than the concurrency; the 1 000-file model goes through the actions and a real
  // registry in fetch-model's registry.bundle.test.ts.
  test('moves a model of many small files both ways', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 200; index++) files[`shard-${index % 10}/part-${index}.txt`] = `part ${index}\n`;
    const model = await modelOf(files);
    const target = await layout();
    const { manifestDigest } = await pushVersion(target, model, versionInfo(), { concurrency: 8 });
    const into = join(await temporaryDirectory('model-store-pull-'), 'many');
    const pulled = await pullVersion(target, manifestDigest, into, model.fileSet.digest, { concurrency: 8 });
    assert.equal(pulled.files.length, 200);
    // The digest package's own tests hold it to the coreutils recipe; here it stands for a byte-for-byte comparison.
    assert.deepEqual(await digestOf(into), model.fileSet);
  });

  test('a file changed after its digest was computed is refused, naming the file', async () => {
    const model = await modelOf({ 'weights.bin': 'original' });
    await writeFile(join(model.root, 'weights.bin'), 'tampered');
    const target = await layout();
    const { code, message } = await refusal(pushVersion(target, model, versionInfo()));
    assert.equal(code, 'file-changed');
    assert.match(message, /"weights\.bin" changed after its digest was computed/);
    assert.equal(await target.hasBlob(`sha256:${createHash('sha256').update('tampered').digest('hex')}`), false);
  });

  test('a file removed after its digest was computed is refused, naming the file', async () => {
    const model = await modelOf({ 'weights.bin': 'w', 'config.json': '{}' });
    await rm(join(model.root, 'weights.bin'));
    const { code, message } = await refusal(pushVersion(await layout(), model, versionInfo()));
    assert.equal(code, 'file-changed');
    assert.match(message, /"weights\.bin" was removed/);
  });

  test('tagVersion points v<version> at the pushed manifest', async () => {
    const model = await modelOf({ 'weights.bin': 'w' });
    const target = await layout();
    const { manifestDigest } = await pushVersion(target, model, versionInfo('1.2.3+build.7'));
    // Pushed by digest only: the tag comes after the git tag wins.
    assert.equal((await refusal(target.getManifest('v1.2.3_build.7'))).code, 'not-found');
    await tagVersion(target, manifestDigest, versionTag('1.2.3+build.7'));
    assert.equal((await refusal(tagVersion(target, manifestDigest, 'v1.2.3+build.7'))).code, 'invalid-version-info');
    const tagged = await target.getManifest('v1.2.3_build.7');
    assert.equal(tagged.digest, manifestDigest);
    assert.equal(tagged.mediaType, IMAGE_MANIFEST_MEDIA_TYPE);
  });
});

describe('a pull refuses what does not match, and leaves no folder', () => {
  test('a corrupted blob in the layout', async () => {
    const model = await modelOf(MODEL);
    const target = await layout();
    const { manifestDigest } = await pushVersion(target, model, versionInfo());
    const weights = model.fileSet.files.find((file) => file.path === 'model.safetensors');
    assert.ok(weights);
    const blob = join(target.root, 'blobs', 'sha256', weights.sha256);
    const bytes = await readFile(blob);
    bytes[1000] ^= 0xff;
    await writeFile(blob, bytes);

    const into = join(await temporaryDirectory('model-store-pull-'), 'tiny-lm');
    const { code, message } = await refusal(pullVersion(target, manifestDigest, into, model.fileSet.digest));
    assert.equal(code, 'digest-mismatch');
    assert.match(message, /"model\.safetensors"/);
    assert.equal(await exists(into), false);
    assert.deepEqual(await siblingsOf(into), []);
  });

  test('a blob longer than its descriptor says', async () => {
    const model = await modelOf({ 'weights.bin': 'w'.repeat(100) });
    const target = await layout();
    const { manifestDigest } = await pushVersion(target, model, versionInfo());
    await writeFile(join(target.root, 'blobs', 'sha256', model.fileSet.files[0].sha256), 'w'.repeat(1000));
    const into = join(await temporaryDirectory('model-store-pull-'), 'tiny-lm');
    assert.equal(
      (await refusal(pullVersion(target, manifestDigest, into, model.fileSet.digest))).code,
      'digest-mismatch',
    );
    assert.deepEqual(await siblingsOf(into), []);
  });

  test('an artifact whose files are not the registered ones, before downloading anything', async () => {
    const model = await modelOf({ 'weights.bin': 'w' });
    const other = await modelOf({ 'weights.bin': 'x' });
    const target = await layout();
    const { manifestDigest } = await pushVersion(target, model, versionInfo());
    const into = join(await temporaryDirectory('model-store-pull-'), 'tiny-lm');
    const { code, message } = await refusal(pullVersion(target, manifestDigest, into, other.fileSet.digest));
    assert.equal(code, 'file-set-mismatch');
    assert.match(message, new RegExp(other.fileSet.digest));
    assert.deepEqual(await siblingsOf(into), []);
  });

  test('a manifest whose bytes are not its digest', async () => {
    const model = await modelOf({ 'weights.bin': 'w' });
    const target = await layout();
    const { manifestDigest } = await pushVersion(target, model, versionInfo());
    const path = join(target.root, 'blobs', 'sha256', manifestDigest.slice('sha256:'.length));
    await writeFile(path, (await readFile(path, 'utf8')).replace('0.1.0', '6.6.6'));
    const into = join(await temporaryDirectory('model-store-pull-'), 'tiny-lm');
    assert.equal(
      (await refusal(pullVersion(target, manifestDigest, into, model.fileSet.digest))).code,
      'digest-mismatch',
    );
    assert.deepEqual(await siblingsOf(into), []);
  });

  test('a hostile org.cncf.model.filepath, before any file is written', async () => {
    const target = await layout();
    const model = await modelOf({ 'weights.bin': 'w' });
    const artifact = buildModelArtifact(model.fileSet, versionInfo());
    const manifest = JSON.parse(artifact.manifest.toString('utf8')) as {
      layers: Array<{ annotations: Record<string, string> }>;
    };
    manifest.layers[0].annotations['org.cncf.model.filepath'] = '../escaped.bin';
    const hostile = Buffer.from(JSON.stringify(manifest));
    await target.pushBlob(artifact.configDescriptor, () => Readable.from([artifact.config]));
    await target.pushBlob({ digest: `sha256:${model.fileSet.files[0].sha256}`, size: 1 }, () => Readable.from(['w']));
    const digest = await target.putManifest(hostile, IMAGE_MANIFEST_MEDIA_TYPE);

    const parent = await temporaryDirectory('model-store-pull-');
    const into = join(parent, 'tiny-lm');
    const { code } = await refusal(pullVersion(target, digest, into, model.fileSet.digest));
    assert.equal(code, 'unsafe-path');
    assert.deepEqual(await namesIn(parent), []);
  });

  test('a destination that holds a file', async () => {
    const model = await modelOf({ 'weights.bin': 'w' });
    const target = await layout();
    const { manifestDigest } = await pushVersion(target, model, versionInfo());
    const into = await temporaryDirectory('model-store-pull-');
    await mkdir(join(into, 'old'));
    await writeFile(join(into, 'old', 'keep.txt'), 'mine');
    const { code } = await refusal(pullVersion(target, manifestDigest, into, model.fileSet.digest));
    assert.equal(code, 'destination-not-empty');
    assert.deepEqual(await treeOf(into), { 'old/keep.txt': Buffer.from('mine') });
  });

  test('a manifest the layout does not have', async () => {
    const target = await layout();
    await pushVersion(target, await modelOf({ 'weights.bin': 'w' }), versionInfo());
    const into = join(await temporaryDirectory('model-store-pull-'), 'tiny-lm');
    const missing = `sha256:${'0'.repeat(64)}`;
    assert.equal((await refusal(pullVersion(target, missing, into, missing))).code, 'not-found');
  });
});
