// The model store in a real OCI registry (Debian's docker-registry, with Basic
// auth), read back by an independent client (skopeo): version-model stores
// the files, deploy-env downloads exactly those bytes, a rollback downloads the
// version it restores, and a blob corrupted in the registry's storage refuses
// the next deploy before its command runs.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  coreutilsDigest,
  ensureInstalled,
  git,
  modelPackConfigProblems,
  startRegistry,
  temporaryDirectory,
  type OciRegistry,
} from '@mlops-actions/action-testing';
import {
  MODEL,
  ModelService,
  RegistryFixture,
  SERVE_MODEL_DIR,
  deployTo,
  modelFilesOf,
  registerStored,
} from './fixtures.js';

const run = promisify(execFile);

interface OciManifest {
  artifactType: string;
  config: { digest: string; mediaType: string };
  layers: { digest: string; size: number; annotations: Record<string, string> }[];
}

describe('the model store in an OCI registry', () => {
  let registry: OciRegistry;
  const services: ModelService[] = [];
  beforeAll(async () => {
    ensureInstalled('skopeo', 'skopeo');
    registry = await startRegistry({ auth: 'basic' });
  });
  afterAll(async () => {
    for (const service of services) await service.close();
  });

  /** skopeo with argument arrays; `--insecure-policy`: no signature policy applies to a throwaway registry. */
  async function skopeo(...args: string[]): Promise<string> {
    const { stdout } = await run('skopeo', ['--insecure-policy', ...args], { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  }

  /** The test registry's user, as skopeo takes it. */
  const creds = (): string => `${registry.username}:${registry.password}`;

  test('register, read back with skopeo, deploy the stored bytes, roll back, and refuse a corrupted blob', async () => {
    const store = `oci://${registry.host}/acme/llm`;
    const credentials = { 'store-username': registry.username, 'store-token': registry.password };
    const fixture = await RegistryFixture.create();

    // 0.1.0: every file goes up; the tag records the artifact by digest.
    const first = await registerStored(fixture, '0.1.0', { store, inputs: credentials });
    const files010 = modelFilesOf('0.1.0');
    const size010 = Object.values(files010).reduce((sum, bytes) => sum + Buffer.byteLength(bytes), 0);
    assert.match(
      first.outputs['store-uri'],
      new RegExp(`^oci://${registry.host}/acme/llm/${MODEL}@sha256:[0-9a-f]{64}$`),
    );
    assert.equal(first.outputs['uploaded-bytes'], String(size010));
    // The token reaches the log only in the command that masks it (the runner shows *** for it from then on).
    assert.deepEqual(
      first.stdout.split('\n').filter((line) => line.includes(registry.password)),
      [`::add-mask::${registry.password}`],
    );

    // skopeo, an independent client, reads the ModelPack artifact by its OCI tag.
    const reference = `docker://${registry.host}/acme/llm/${MODEL}:v0.1.0`;
    const manifest = JSON.parse(await inspect(reference)) as OciManifest;
    assert.equal(manifest.artifactType, 'application/vnd.cncf.model.manifest.v1+json');
    assert.equal(`sha256:${digestOfText(await inspect(reference))}`, first.outputs['store-uri'].split('@')[1]);
    const config = JSON.parse(await inspect(reference, '--config')) as unknown;
    assert.deepEqual(modelPackConfigProblems(config), []);
    // …and copies it to an OCI layout whose layers are the model's files, byte for byte.
    const layout = await temporaryDirectory('skopeo-layout-');
    await skopeo('copy', '--src-tls-verify=false', '--src-creds', creds(), reference, `oci:${layout}:v0.1.0`);
    const paths = manifest.layers.map((layer) => layer.annotations['org.cncf.model.filepath']);
    assert.deepEqual(paths, ['config.json', 'tokenizer.json', 'weights.bin']);
    for (const layer of manifest.layers) {
      const blob = await readFile(join(layout, 'blobs', 'sha256', layer.digest.slice('sha256:'.length)));
      assert.deepEqual(blob, Buffer.from(files010[`model/${layer.annotations['org.cncf.model.filepath']}`]));
    }

    // 0.1.1 changes one file of three: only that file goes up.
    const files011 = { ...files010, 'model/config.json': JSON.stringify({ version: '0.1.1', layers: 2 }) };
    const second = await registerStored(fixture, '0.1.1', { store, inputs: credentials, files: files011 });
    assert.equal(second.outputs['uploaded-bytes'], String(Buffer.byteLength(files011['model/config.json'])));

    // The deploy job does not train: deploy-env downloads what was registered.
    git(fixture.workspace, 'rm', '-r', '--quiet', 'model');
    const service = await ModelService.start();
    services.push(service);
    const deploy = (environment: string, version: string) =>
      deployTo(fixture, service, {
        environment,
        version,
        command: SERVE_MODEL_DIR,
        'health-url': service.healthUrl,
        'health-timeout': '1',
        ...credentials,
      });
    const staging = await deploy('staging', '0.1.0');
    assert.equal(staging.exitCode, 0, staging.stdout);
    assert.equal(coreutilsDigest(staging.outputs['model-dir']), first.outputs['digest']);
    assert.equal(await service.running(), '0.1.0');

    // 0.1.1 fails its health check: the rollback downloads 0.1.0's files again and serves them.
    service.broken.add('0.1.1');
    const broken = await deploy('staging', '0.1.1');
    assert.equal(broken.exitCode, 1);
    assert.equal(broken.outputs['status'], 'rolled-back');
    const rollback = (await service.calls()).at(-1) ?? {};
    assert.deepEqual([rollback['MODEL_VERSION'], rollback['DEPLOY_ROLLBACK']], ['0.1.0', 'true']);
    assert.equal(coreutilsDigest(rollback['MODEL_DIR']), first.outputs['digest']);
    assert.equal(await service.running(), '0.1.0');

    // One byte of 0.1.1's config changes in the registry's storage: the next deploy refuses before its command.
    const changed = layerDigestOf(
      'config.json',
      JSON.parse(await inspect(`docker://${registry.host}/acme/llm/${MODEL}:v0.1.1`)) as OciManifest,
    );
    await registry.corruptBlob(changed);
    const callsBefore = (await service.calls()).length;
    const refused = await deploy('dev', '0.1.1');
    assert.equal(refused.exitCode, 1);
    assert.equal(refused.outputs['status'], 'failed');
    assert.equal((await service.calls()).length, callsBefore, 'the command never ran');
    assert.equal(refused.errors.length, 1);
    assert.match(
      refused.errors[0],
      /^The files of tiny-lm@v0\.1\.1 could not be downloaded from its store: .*Nothing was deployed\.$/s,
    );
    assert.deepEqual(fixture.environmentTags('dev'), []);
  });

  test('wrong credentials fail the deploy before its command runs, with no record and no password shown', async () => {
    const store = `oci://${registry.host}/acme/wrong-credentials`;
    const fixture = await RegistryFixture.create();
    await registerStored(fixture, '0.2.0', {
      store,
      inputs: { 'store-username': registry.username, 'store-token': registry.password },
    });
    git(fixture.workspace, 'rm', '-r', '--quiet', 'model');
    const service = await ModelService.start();
    services.push(service);
    const wrongPassword = 'not-the-password-0d9e44';
    // deployCommand() appends to the service's `calls` file first: the marker that it ran.
    const refused = await deployTo(fixture, service, {
      environment: 'staging',
      version: '0.2.0',
      'store-username': registry.username,
      'store-token': wrongPassword,
    });
    assert.equal(refused.exitCode, 1, refused.stdout);
    assert.equal(refused.outputs['status'], 'failed');
    assert.deepEqual(await service.calls(), [], 'the command never ran');
    assert.equal(await service.running(), '');
    assert.deepEqual(fixture.environmentTags('staging'), []);
    assert.equal(refused.errors.length, 1, refused.stdout);
    const host = registry.host.replace(/\./g, '\\.');
    assert.match(
      refused.errors[0],
      new RegExp(
        `^The files of tiny-lm@v0\\.2\\.0 could not be downloaded from its store: The registry ${host} refused to ` +
          'let us read acme/wrong-credentials/tiny-lm \\(HTTP 401[^)]*\\)\\. Check that the username and password ' +
          'or token given for it are right and may read the repository\\. Nothing was deployed\\. The credentials ' +
          "are inputs 'store-username' and 'store-token'\\.$",
      ),
    );
    assert.ok(!existsSync(join(refused.runnerTemp, 'mlops-models', MODEL, '0.2.0')), 'nothing downloaded');
    assert.deepEqual(
      refused.stdout.split('\n').filter((line) => line.includes(wrongPassword)),
      [`::add-mask::${wrongPassword}`],
    );
    assert.ok(!refused.stderr.includes(wrongPassword));
    assert.ok(!refused.summary.includes(wrongPassword));
  });

  /** `skopeo inspect --raw` (the manifest's own bytes) over plain HTTP with the registry's user. */
  async function inspect(reference: string, ...extra: string[]): Promise<string> {
    return skopeo('inspect', '--raw', ...extra, '--tls-verify=false', '--creds', creds(), reference);
  }
});

/** The digest of the layer that holds `path`. */
function layerDigestOf(path: string, manifest: OciManifest): string {
  const layer = manifest.layers.find((entry) => entry.annotations['org.cncf.model.filepath'] === path);
  if (!layer) throw new Error(`no layer holds ${path}`);
  return layer.digest;
}

function digestOfText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
