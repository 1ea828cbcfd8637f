// Two processes on one machine writing the same image layout at once (runs on
// a self-hosted runner sharing a disk): no index.json entry is lost, and no
// temporary file is left. In the bundle layer: it starts processes.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { REF_NAME_ANNOTATION } from '@mlops-actions/model-store';
import { namesIn } from './models.js';

const run = promisify(execFile);

/** A writer process: tags `count` distinct manifests `<prefix>-<n>` in the layout at `root`. */
const WRITER = `
const [, moduleUrl, root, prefix, count] = process.argv;
const { OciLayoutTarget } = await import(moduleUrl);
const target = new OciLayoutTarget(root);
for (let n = 0; n < Number(count); n++) {
  const manifest = Buffer.from(JSON.stringify({ schemaVersion: 2, annotations: { writer: prefix, n: String(n) } }));
  await target.putManifest(manifest, 'application/vnd.oci.image.manifest.v1+json', prefix + '-' + n);
}
`;

test('two processes tagging the same layout at once lose no index.json entry', async () => {
  const root = await temporaryDirectory('model-store-writers-');
  const moduleUrl = import.meta.resolve('@mlops-actions/model-store');
  await Promise.all(
    ['a', 'b'].map((prefix) =>
      run(process.execPath, ['--input-type=module', '-e', WRITER, moduleUrl, root, prefix, '40'], { timeout: 60_000 }),
    ),
  );
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8')) as {
    manifests: Array<{ annotations?: Record<string, string> }>;
  };
  const tags = index.manifests.map((entry) => entry.annotations?.[REF_NAME_ANNOTATION]).sort();
  const expected = ['a', 'b'].flatMap((prefix) => Array.from({ length: 40 }, (_, n) => `${prefix}-${n}`)).sort();
  assert.deepEqual(tags, expected);
  assert.deepEqual(await namesIn(root), ['blobs', 'index.json', 'oci-layout']);
});
