import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { coreutilsDigest, modelPackConfigProblems } from '@mlops-actions/action-testing';
import {
  buildModelArtifact,
  FILE_SET_DIGEST_ANNOTATION,
  layerMediaType,
  ModelStoreError,
  readModelConfig,
  readModelManifest,
  type ModelStoreErrorCode,
} from '@mlops-actions/model-store';
import { modelOf, versionInfo } from './models.js';

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

const MODEL = {
  'model.safetensors': Buffer.from([0, 1, 2, 3, 250, 251]),
  'config.json': '{"hidden_size": 8}\n',
  'tokenizer.model': 'spm',
  'README.md': '# tiny-lm\n',
  'src/train.py': 'print("train")\n',
  LICENSE: 'MIT\n',
};

function errorCode(action: () => unknown): ModelStoreErrorCode {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof ModelStoreError, `expected a ModelStoreError, got ${String(error)}`);
    return error.code;
  }
  assert.fail('expected a ModelStoreError');
}

describe('the ModelPack artifact of a version', () => {
  test('is an OCI image manifest of the model artifactType, annotated with the version, its lineage and the file-set digest', async () => {
    const model = await modelOf(MODEL);
    const artifact = buildModelArtifact(model.fileSet, versionInfo('0.3.0'));
    const manifest = JSON.parse(artifact.manifest.toString('utf8')) as Record<string, unknown>;

    assert.equal(manifest.schemaVersion, 2);
    assert.equal(manifest.mediaType, 'application/vnd.oci.image.manifest.v1+json');
    assert.equal(manifest.artifactType, 'application/vnd.cncf.model.manifest.v1+json');
    assert.deepEqual(manifest.annotations, {
      'org.opencontainers.image.version': '0.3.0',
      'org.opencontainers.image.revision': '0123456789abcdef0123456789abcdef01234567',
      'org.opencontainers.image.source': 'https://github.com/acme/llm-twin',
      'org.opencontainers.image.created': '2026-01-01T00:00:00.000Z',
      [FILE_SET_DIGEST_ANNOTATION]: coreutilsDigest(model.root),
    });
    assert.equal(artifact.manifestDigest, `sha256:${sha256(artifact.manifest)}`);
    assert.deepEqual(manifest.config, {
      mediaType: 'application/vnd.cncf.model.config.v1+json',
      digest: `sha256:${sha256(artifact.config)}`,
      size: artifact.config.length,
    });
  });

  test('has one raw layer a file, in byte order of paths, whose digest is the file sha256 and whose media type says what the file is', async () => {
    const model = await modelOf(MODEL);
    const { manifest } = buildModelArtifact(model.fileSet, versionInfo());
    const { layers } = JSON.parse(manifest.toString('utf8')) as { layers: unknown[] };

    const raw = 'application/vnd.cncf.model';
    const layer = (path: keyof typeof MODEL, kind: string) => ({
      mediaType: `${raw}.${kind}.v1.raw`,
      digest: `sha256:${sha256(MODEL[path])}`,
      size: Buffer.byteLength(MODEL[path]),
      annotations: { 'org.cncf.model.filepath': path, 'org.cncf.model.file.mediatype.untested': 'true' },
    });
    assert.deepEqual(layers, [
      layer('LICENSE', 'doc'),
      layer('README.md', 'doc'),
      layer('config.json', 'weight.config'),
      layer('model.safetensors', 'weight'),
      layer('src/train.py', 'code'),
      layer('tokenizer.model', 'weight.config'),
    ]);
  });

  test('has a config valid against ModelPack config-schema.json, with the descriptor, the diffIds in layer order and what metadata knows', async () => {
    const model = await modelOf(MODEL);
    const metadata = {
      architecture: 'transformer',
      format: 'safetensors',
      paramSize: '1.2M',
      precision: 'float32',
      licenses: ['MIT'],
      description: 'A tiny language model.',
      // Not ModelPack fields, or of the wrong type: left out, so the config stays valid.
      quantization: 4,
      authors: 'not a list',
      epochs: 3,
    };
    const artifact = buildModelArtifact(model.fileSet, versionInfo('0.3.0', { metadata }));
    const config = JSON.parse(artifact.config.toString('utf8')) as Record<string, unknown>;

    assert.deepEqual(modelPackConfigProblems(config), []);
    assert.deepEqual(config, {
      descriptor: {
        name: 'tiny-lm',
        version: '0.3.0',
        revision: '0123456789abcdef0123456789abcdef01234567',
        createdAt: '2026-01-01T00:00:00.000Z',
        sourceURL: 'https://github.com/acme/llm-twin',
        description: 'A tiny language model.',
        licenses: ['MIT'],
      },
      modelfs: { type: 'layers', diffIds: artifact.files.map((file) => `sha256:${file.sha256}`) },
      config: { architecture: 'transformer', format: 'safetensors', paramSize: '1.2M', precision: 'float32' },
    });
    assert.deepEqual(
      artifact.files.map((file) => file.path),
      ['LICENSE', 'README.md', 'config.json', 'model.safetensors', 'src/train.py', 'tokenizer.model'],
    );
  });

  test('without metadata, revision or source, has config {} and a descriptor the schema still accepts', async () => {
    const model = await modelOf({ 'weights.bin': 'w' });
    const artifact = buildModelArtifact(
      model.fileSet,
      versionInfo('1.0.0', { revision: undefined, sourceUrl: undefined }),
    );
    const config = JSON.parse(artifact.config.toString('utf8')) as Record<string, unknown>;
    assert.deepEqual(modelPackConfigProblems(config), []);
    assert.deepEqual(config.config, {});
    assert.deepEqual(config.descriptor, { name: 'tiny-lm', version: '1.0.0', createdAt: '2026-01-01T00:00:00.000Z' });
    const { annotations } = JSON.parse(artifact.manifest.toString('utf8')) as { annotations: object };
    assert.deepEqual(Object.keys(annotations), [
      'org.opencontainers.image.version',
      'org.opencontainers.image.created',
      FILE_SET_DIGEST_ANNOTATION,
    ]);
  });

  test('names a file media type by its name: docs, code, configuration of the weights, else weights', () => {
    const kinds = Object.fromEntries(
      [
        'README',
        'docs/USAGE.md',
        'LICENSE.txt',
        'NOTICE',
        'train.py',
        'serve/app.mjs',
        'run.sh',
        'requirements.txt',
        'Dockerfile',
        'config.json',
        'tokenizer.json',
        'tokenizer.model',
        'vocab.txt',
        'merges.txt',
        'params.yaml',
        'model.safetensors',
        'model.onnx',
        'weights.bin',
        'data.txt',
      ].map((path) => [path, layerMediaType(path).replace(/^application\/vnd\.cncf\.model\.|\.v1\.raw$/g, '')]),
    );
    assert.deepEqual(kinds, {
      README: 'doc',
      'docs/USAGE.md': 'doc',
      'LICENSE.txt': 'doc',
      NOTICE: 'doc',
      'train.py': 'code',
      'serve/app.mjs': 'code',
      'run.sh': 'code',
      'requirements.txt': 'code',
      Dockerfile: 'code',
      'config.json': 'weight.config',
      'tokenizer.json': 'weight.config',
      'tokenizer.model': 'weight.config',
      'vocab.txt': 'weight.config',
      'merges.txt': 'weight.config',
      'params.yaml': 'weight.config',
      'model.safetensors': 'weight',
      'model.onnx': 'weight',
      'weights.bin': 'weight',
      'data.txt': 'weight',
    });
  });

  test('refuses version information that cannot go into an artifact, and an empty model', async () => {
    const model = await modelOf({ 'weights.bin': 'w' });
    const build = (overrides: Parameters<typeof versionInfo>[1]) => () =>
      buildModelArtifact(model.fileSet, versionInfo('0.1.0', overrides));
    assert.equal(errorCode(build({ name: 'Tiny LM' })), 'invalid-version-info');
    assert.equal(errorCode(build({ version: '1.0\n::error::x' })), 'invalid-version-info');
    assert.equal(errorCode(build({ created: 'yesterday' })), 'invalid-version-info');
    assert.equal(errorCode(build({ revision: 'a b' })), 'invalid-version-info');
    assert.equal(errorCode(build({ sourceUrl: 'javascript:alert(1)' })), 'invalid-version-info');
    assert.equal(
      errorCode(() => buildModelArtifact({ digest: coreutilsDigest(model.root), size: 0, files: [] }, versionInfo())),
      'empty-model',
    );
  });

  test('refuses a model whose files a pull would refuse: a nested .git folder', async () => {
    const model = await modelOf({ 'weights.bin': 'w', 'vendor/tok/.git/config': '[core]\n' });
    assert.equal(
      errorCode(() => buildModelArtifact(model.fileSet, versionInfo())),
      'unsafe-path',
    );
  });
});

describe('reading a stored manifest', () => {
  test('gives the files back and recomputes the file-set digest from the manifest alone', async () => {
    const model = await modelOf(MODEL);
    const artifact = buildModelArtifact(model.fileSet, versionInfo());
    const read = readModelManifest(artifact.manifest);

    assert.equal(read.fileSetDigest, coreutilsDigest(model.root));
    assert.deepEqual(read.files, artifact.files);
    assert.deepEqual(read.configDescriptor, artifact.configDescriptor);
    assert.ok(readModelConfig(artifact.config, read));
  });

  /** A valid artifact's manifest with `change` applied to its parsed JSON. */
  async function tampered(
    change: (manifest: { layers: Array<Record<string, unknown>> } & Record<string, unknown>) => void,
  ) {
    const model = await modelOf({ 'a.bin': 'a', 'b.bin': 'b' });
    const artifact = buildModelArtifact(model.fileSet, versionInfo());
    const manifest = JSON.parse(artifact.manifest.toString('utf8')) as Parameters<typeof change>[0];
    change(manifest);
    return { manifest: Buffer.from(JSON.stringify(manifest)), config: artifact.config };
  }

  const setPath = (index: number, path: string) => (manifest: { layers: Array<Record<string, unknown>> }) => {
    manifest.layers[index].annotations = { 'org.cncf.model.filepath': path };
  };

  test.each([
    ['a path that climbs out of the folder', setPath(0, '../../etc/x')],
    ['a path with .. inside', setPath(0, 'a/../../b')],
    ['an absolute path', setPath(0, '/etc/passwd')],
    ['a drive-letter path', setPath(0, 'C:/Windows/x')],
    ['a path in .git', setPath(0, '.git/hooks/post-checkout')],
    ['a path in a deeper .git', setPath(0, 'sub/.GIT/hooks/pre-commit')],
    ['an empty part', setPath(0, 'a//b')],
    ['a trailing slash', setPath(0, 'a/')],
    ['a dot part', setPath(0, './a')],
    ['a NUL', setPath(0, 'a\u0000b')],
    ['a line break', setPath(0, 'a\nb')],
    ['a backslash', setPath(0, '..\\..\\x')],
    ['a lone surrogate', setPath(0, 'a\ud800')],
    ['an empty path', setPath(0, '')],
    ['the same path twice', setPath(1, 'a.bin')],
    ['a file that is also a folder', setPath(1, 'a.bin/c')],
  ])('refuses %s in org.cncf.model.filepath', async (_what, change) => {
    const { manifest } = await tampered(change);
    assert.equal(
      errorCode(() => readModelManifest(manifest)),
      'unsafe-path',
    );
  });

  test.each([
    [
      'another artifactType',
      (m: Record<string, unknown>) => (m.artifactType = 'application/vnd.oci.image.config.v1+json'),
    ],
    ['no layers', (m: Record<string, unknown>) => (m.layers = [])],
    [
      'a tar layer',
      (m: { layers: Array<Record<string, unknown>> }) =>
        (m.layers[0].mediaType = 'application/vnd.cncf.model.weight.v1.tar'),
    ],
    [
      'a digest of another algorithm',
      (m: { layers: Array<Record<string, unknown>> }) => (m.layers[0].digest = `sha512:${'0'.repeat(128)}`),
    ],
    [
      'a digest that names a path',
      (m: { layers: Array<Record<string, unknown>> }) => (m.layers[0].digest = 'sha256:../../../etc/passwd'),
    ],
    ['a negative size', (m: { layers: Array<Record<string, unknown>> }) => (m.layers[0].size = -1)],
    ['a layer without a path', (m: { layers: Array<Record<string, unknown>> }) => delete m.layers[0].annotations],
    [
      'another config media type',
      (m: Record<string, unknown>) => ((m.config as Record<string, unknown>).mediaType = 'application/json'),
    ],
  ])('refuses a manifest with %s', async (_what, change) => {
    const { manifest } = await tampered(change);
    assert.equal(
      errorCode(() => readModelManifest(manifest)),
      'invalid-artifact',
    );
  });

  test('refuses bytes that are not a JSON object, and a config whose diffIds are not the layers', async () => {
    assert.equal(
      errorCode(() => readModelManifest(Buffer.from('[1]'))),
      'invalid-artifact',
    );
    assert.equal(
      errorCode(() => readModelManifest(Buffer.from([0xff, 0xfe]))),
      'invalid-artifact',
    );
    const { manifest, config } = await tampered(() => undefined);
    const parsed = JSON.parse(config.toString('utf8')) as { modelfs: { diffIds: string[] } };
    parsed.modelfs.diffIds.reverse();
    assert.equal(
      errorCode(() => readModelConfig(Buffer.from(JSON.stringify(parsed)), readModelManifest(manifest))),
      'invalid-artifact',
    );
  });
});
