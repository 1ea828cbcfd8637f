// Interoperability: what OciLayoutTarget writes is an OCI image layout other
// tools read (skopeo, from containers/image), and what they write we pull.
// In the bundle layer: it runs an external program.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import {
  MODEL_MANIFEST_ARTIFACT_TYPE,
  OciLayoutTarget,
  pullVersion,
  pushVersion,
  tagVersion,
  versionTag,
} from '@mlops-actions/model-store';
import { modelOf, patterned, treeOf, versionInfo } from './models.js';

const run = promisify(execFile);

/** skopeo, installed when missing (the suite runs as root on Debian/Ubuntu); never a skipped test. */
function ensureSkopeo(): void {
  const present = (): boolean => {
    try {
      execFileSync('skopeo', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (present()) return;
  try {
    execFileSync('apt-get', ['install', '-y', 'skopeo'], { stdio: 'ignore', timeout: 120_000 });
  } catch {
    // Fall through to the one-line instruction.
  }
  if (!present()) throw new Error('These tests need skopeo: run `apt-get install -y skopeo` (as root), then again.');
}

/** skopeo with argument arrays; `--insecure-policy`: no signature policy applies to throwaway local layouts. */
async function skopeo(...args: string[]): Promise<string> {
  const { stdout } = await run('skopeo', ['--insecure-policy', ...args], { maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

const MODEL = {
  'model.safetensors': patterned(200_000, 7),
  'config.json': '{"hidden_size": 8}\n',
  'tokenizer/tokenizer.json': '{"vocab": {}}\n',
  'README.md': '# tiny-lm\n',
  'src/serve.py': 'print("serve")\n',
};

beforeAll(ensureSkopeo);

describe('an image layout the model store writes, read by skopeo', () => {
  test('skopeo inspects the tagged ModelPack manifest, copies it, and the copy pulls back to the same bytes', async () => {
    const model = await modelOf(MODEL);
    const stores = await temporaryDirectory('model-store-skopeo-');
    const target = new OciLayoutTarget(join(stores, 'tiny-lm'));
    const { manifestDigest } = await pushVersion(target, model, versionInfo('0.1.0'));
    await tagVersion(target, manifestDigest, versionTag('0.1.0'));

    const raw = JSON.parse(await skopeo('inspect', '--raw', `oci:${target.root}:v0.1.0`)) as {
      artifactType: string;
      layers: Array<{ annotations: Record<string, string> }>;
    };
    assert.equal(raw.artifactType, MODEL_MANIFEST_ARTIFACT_TYPE);
    assert.deepEqual(
      raw.layers.map((layer) => layer.annotations['org.cncf.model.filepath']),
      model.fileSet.files.map((file) => file.path),
    );

    const copy = join(stores, 'copy');
    await skopeo('copy', `oci:${target.root}:v0.1.0`, `oci:${copy}:v0.1.0`);
    const copied = new OciLayoutTarget(copy);
    assert.equal((await copied.getManifest('v0.1.0')).digest, manifestDigest);

    const into = join(await temporaryDirectory('model-store-pull-'), 'tiny-lm');
    await pullVersion(copied, manifestDigest, into, model.fileSet.digest);
    assert.deepEqual(await treeOf(into), await treeOf(model.root));
  });

  test('a layout skopeo wrote from another format (dir:) is pulled by the model store', async () => {
    const model = await modelOf(MODEL);
    const stores = await temporaryDirectory('model-store-skopeo-');
    const target = new OciLayoutTarget(join(stores, 'tiny-lm'));
    const { manifestDigest } = await pushVersion(target, model, versionInfo('0.2.0'));
    await tagVersion(target, manifestDigest, 'v0.2.0');

    // Out of the OCI layout format and back in: every file of the second layout is skopeo's.
    const directory = join(stores, 'as-dir');
    await skopeo('copy', `oci:${target.root}:v0.2.0`, `dir:${directory}`);
    const rewritten = join(stores, 'rewritten');
    await skopeo('copy', `dir:${directory}`, `oci:${rewritten}:v0.2.0`);

    const layout = new OciLayoutTarget(rewritten);
    const tagged = await layout.getManifest('v0.2.0');
    const into = join(await temporaryDirectory('model-store-pull-'), 'tiny-lm');
    const pulled = await pullVersion(layout, tagged.digest, into, model.fileSet.digest);
    assert.equal(pulled.fileSetDigest, model.fileSet.digest);
    assert.deepEqual(await treeOf(into), await treeOf(model.root));
  });
});
