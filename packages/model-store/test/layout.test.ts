import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { namesIn } from './models.js';
import {
  ModelStoreError,
  OciLayoutTarget,
  REF_NAME_ANNOTATION,
  type ModelStoreErrorCode,
} from '@mlops-actions/model-store';

const digestOf = (bytes: string | Buffer): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

async function newLayout(options = {}): Promise<OciLayoutTarget> {
  return new OciLayoutTarget(join(await temporaryDirectory('model-store-layout-'), 'tiny-lm'), options);
}

async function refusal(promise: Promise<unknown>): Promise<ModelStoreErrorCode> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ModelStoreError, `expected a ModelStoreError, got ${String(error)}`);
    return error.code;
  }
  assert.fail('expected a ModelStoreError');
}

interface Index {
  schemaVersion: number;
  mediaType: string;
  manifests: Array<{ digest: string; size: number; artifactType?: string; annotations?: Record<string, string> }>;
}

async function indexOf(target: OciLayoutTarget): Promise<Index> {
  return JSON.parse(await readFile(join(target.root, 'index.json'), 'utf8')) as Index;
}

/** A small manifest that differs by `n`. */
function manifest(n: number): Buffer {
  return Buffer.from(
    JSON.stringify({ schemaVersion: 2, artifactType: 'application/x-test', annotations: { n: `${n}` } }),
  );
}

const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json';

describe('an OCI image-layout folder', () => {
  test('is laid out as image-spec says: oci-layout, index.json, blobs/sha256/<hex>', async () => {
    const target = await newLayout();
    await target.pushBlob({ digest: digestOf('hello'), size: 5 }, () => Readable.from(['hello']));
    const digest = await target.putManifest(manifest(1), MANIFEST_TYPE, 'v0.1.0');

    assert.match(target.location, /^oci-layout:.*\/tiny-lm$/);
    assert.deepEqual(JSON.parse(await readFile(join(target.root, 'oci-layout'), 'utf8')), {
      imageLayoutVersion: '1.0.0',
    });
    assert.deepEqual(await namesIn(target.root), ['blobs', 'index.json', 'oci-layout']);
    assert.equal(await readFile(join(target.root, 'blobs', 'sha256', digestOf('hello').slice(7)), 'utf8'), 'hello');
    assert.deepEqual(await indexOf(target), {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: MANIFEST_TYPE,
          digest,
          size: manifest(1).length,
          artifactType: 'application/x-test',
          annotations: { [REF_NAME_ANNOTATION]: 'v0.1.0' },
        },
      ],
    });
    assert.equal(await target.hasBlob(digestOf('hello')), true);
    assert.equal(await target.hasBlob(digestOf('other')), false);
  });

  test('refuses a blob whose bytes are not its digest, and keeps no part of it', async () => {
    const target = await newLayout();
    const code = await refusal(target.pushBlob({ digest: digestOf('hello'), size: 5 }, () => Readable.from(['jello'])));
    assert.equal(code, 'digest-mismatch');
    assert.equal(await target.hasBlob(digestOf('hello')), false);
    assert.deepEqual(await namesIn(join(target.root, 'blobs', 'sha256')), []);
    assert.deepEqual(await namesIn(target.root), ['blobs', 'oci-layout']);
  });

  test('a manifest pushed by digest is listed untagged; tagging it replaces that entry; a moved tag leaves the old one untagged', async () => {
    const target = await newLayout();
    const first = await target.putManifest(manifest(1), MANIFEST_TYPE);
    assert.deepEqual(
      (await indexOf(target)).manifests.map((entry) => [entry.digest, entry.annotations]),
      [[first, undefined]],
    );
    await target.putManifest(manifest(1), MANIFEST_TYPE);
    assert.equal((await indexOf(target)).manifests.length, 1);

    await target.putManifest(manifest(1), MANIFEST_TYPE, 'v1');
    const second = await target.putManifest(manifest(2), MANIFEST_TYPE, 'v1');
    assert.deepEqual(
      (await indexOf(target)).manifests.map((entry) => [entry.digest, entry.annotations]),
      [
        [first, undefined],
        [second, { [REF_NAME_ANNOTATION]: 'v1' }],
      ],
    );
    assert.equal((await target.getManifest('v1')).digest, second);
    assert.deepEqual((await target.getManifest(first)).bytes, manifest(1));
  });

  test('two writers tagging at once lose no entry of index.json', async () => {
    const root = await temporaryDirectory('model-store-layout-');
    const writers = [new OciLayoutTarget(root), new OciLayoutTarget(root)];
    await Promise.all(
      writers.flatMap((writer, w) =>
        Array.from({ length: 15 }, (_, n) => writer.putManifest(manifest(w * 100 + n), MANIFEST_TYPE, `w${w}-${n}`)),
      ),
    );
    const tags = (await indexOf(writers[0])).manifests.map((entry) => entry.annotations?.[REF_NAME_ANNOTATION]);
    assert.equal(tags.length, 30);
    assert.equal(new Set(tags).size, 30);
    assert.deepEqual(await namesIn(root), ['blobs', 'index.json', 'oci-layout']);
  });

  test('waits a bounded time for a lock another writer holds, then says which lock to remove', async () => {
    const target = await newLayout({ lockWaitMs: 200 });
    await target.putManifest(manifest(1), MANIFEST_TYPE);
    await writeFile(join(target.root, 'index.json.lock'), 'another-host 4242\n');
    const started = Date.now();
    try {
      await target.putManifest(manifest(2), MANIFEST_TYPE, 'v2');
      assert.fail('expected the layout to be busy');
    } catch (error) {
      assert.ok(error instanceof ModelStoreError);
      assert.equal(error.code, 'layout-busy');
      assert.match(error.message, /another-host 4242.*remove its index\.json\.lock/);
    }
    assert.ok(Date.now() - started < 2000);
  });

  test('reads what it was not given as not-found, and refuses a folder that is another kind of layout', async () => {
    const target = await newLayout();
    assert.equal(await refusal(target.getManifest('v0.1.0')), 'not-found');
    await target.putManifest(manifest(1), MANIFEST_TYPE);
    assert.equal(await refusal(target.getManifest('v0.1.0')), 'not-found');
    assert.equal(await refusal(target.pullBlob({ digest: digestOf('nothing'), size: 7 })), 'not-found');
    assert.equal(await refusal(target.pullBlob({ digest: 'sha256:../../oci-layout', size: 7 })), 'invalid-artifact');

    // A blob that is a link could read any file of the machine (or block, as a pipe): refused.
    const linked = digestOf('linked');
    await symlink('../../oci-layout', join(target.root, 'blobs', 'sha256', linked.slice('sha256:'.length)));
    assert.equal(await refusal(target.pullBlob({ digest: linked, size: 6 })), 'invalid-layout');

    await writeFile(join(target.root, 'oci-layout'), '{"imageLayoutVersion":"2.0.0"}');
    const another = new OciLayoutTarget(target.root);
    assert.equal(await refusal(another.putManifest(manifest(2), MANIFEST_TYPE)), 'invalid-layout');
    await writeFile(join(target.root, 'index.json'), '{"schemaVersion":2,"manifests":[{"digest":"../x"}]}');
    assert.equal(await refusal(target.getManifest('v0.1.0')), 'invalid-layout');
  });
});
