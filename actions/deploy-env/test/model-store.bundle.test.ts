// Deploys of versions whose files are in the model store: the command gets
// exactly the registered bytes in MODEL_DIR, downloaded and verified before it
// runs; a rollback downloads the version it restores; a corrupted store
// refuses the deploy before anything runs.
import { afterAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { coreutilsDigest, git } from '@mlops-actions/action-testing';
import { MODEL, ModelService, RegistryFixture, SERVE_MODEL_DIR, deployTo, registerStored } from './fixtures.js';

void describe('deploy-env with the model store', () => {
  const services: ModelService[] = [];
  afterAll(async () => {
    for (const service of services) await service.close();
  });

  test('the command gets the registered files in MODEL_DIR; a failed health check rolls back with the files of the version before', async () => {
    const fixture = await RegistryFixture.create();
    const digest010 = (await registerStored(fixture, '0.1.0')).outputs['digest'];
    await registerStored(fixture, '0.1.1');
    // The deploy job does not train: the checkout's own model folder is gone.
    git(fixture.workspace, 'rm', '-r', '--quiet', 'model');
    const service = await ModelService.start();
    services.push(service);
    const deploy = (version: string) =>
      deployTo(fixture, service, {
        environment: 'staging',
        version,
        command: SERVE_MODEL_DIR,
        'health-url': service.healthUrl,
        'health-timeout': '1',
      });

    const first = await deploy('0.1.0');
    assert.equal(first.exitCode, 0, first.stdout);
    const modelDir = join(first.runnerTemp, 'mlops-models', MODEL, '0.1.0');
    assert.equal(first.outputs['model-dir'], modelDir);
    assert.equal(coreutilsDigest(modelDir), digest010, 'the files are the registered bytes');
    assert.equal(await service.running(), '0.1.0', 'served from the files in MODEL_DIR');
    assert.equal((await service.calls())[0]['MODEL_DIR'], modelDir);
    assert.match(first.summary, /Download model/);

    service.broken.add('0.1.1');
    const second = await deploy('0.1.1');
    assert.equal(second.exitCode, 1);
    assert.equal(second.outputs['status'], 'rolled-back');
    const calls = await service.calls();
    assert.deepEqual(
      calls.slice(1).map((call) => [call['MODEL_VERSION'], call['MODEL_DIR'], call['DEPLOY_ROLLBACK']]),
      [
        ['0.1.1', join(second.runnerTemp, 'mlops-models', MODEL, '0.1.1'), 'false'],
        ['0.1.0', join(second.runnerTemp, 'mlops-models', MODEL, '0.1.0'), 'true'],
      ],
    );
    assert.equal(coreutilsDigest(join(second.runnerTemp, 'mlops-models', MODEL, '0.1.0')), digest010);
    assert.equal(await service.running(), '0.1.0');
    assert.deepEqual(
      fixture.environmentTags('staging').map((tag) => fixture.record(tag)['version']),
      ['0.1.0', '0.1.0'],
    );
  });

  test('a blob corrupted in the store refuses the deploy before its command runs, and leaves no folder', async () => {
    const fixture = await RegistryFixture.create();
    await registerStored(fixture, '0.2.0');
    const weights = await blobOfSize(fixture.workspace, 64 * 1024);
    const bytes = await readFile(weights);
    bytes[100] ^= 0xff;
    await writeFile(weights, bytes);
    const service = await ModelService.start();
    services.push(service);

    const result = await deployTo(fixture, service, { environment: 'dev', version: '0.2.0', command: SERVE_MODEL_DIR });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['status'], 'failed');
    assert.equal(result.outputs['model-dir'], '');
    assert.deepEqual(await service.calls(), [], 'the command never ran');
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0],
      /^The files of tiny-lm@v0\.2\.0 could not be downloaded from its store: .*Nothing was deployed\.$/s,
    );
    assert.equal(existsSync(join(result.runnerTemp, 'mlops-models', MODEL, '0.2.0')), false);
    assert.deepEqual(fixture.environmentTags('dev'), []);
  });

  test('a later deploy in the same job uses the folder an earlier one downloaded, and downloads again when it changed', async () => {
    const fixture = await RegistryFixture.create();
    const digest = (await registerStored(fixture, '0.4.0')).outputs['digest'];
    const service = await ModelService.start();
    services.push(service);
    const deploy = (environment: string, runnerTemp?: string) =>
      deployTo(
        fixture,
        service,
        { environment, version: '0.4.0', command: SERVE_MODEL_DIR },
        runnerTemp ? { RUNNER_TEMP: runnerTemp } : {},
      );
    const staging = await deploy('staging');
    assert.equal(staging.exitCode, 0, staging.stdout);
    const modelDir = staging.outputs['model-dir'];

    // Production, a later step of the same job: the same RUNNER_TEMP.
    const production = await deploy('production', staging.runnerTemp);
    assert.equal(production.exitCode, 0, production.stdout);
    assert.equal(production.outputs['model-dir'], modelDir);
    assert.match(production.stdout, /tiny-lm@v0\.4\.0 is already in .* from an earlier step \(digest verified\)\./);
    assert.doesNotMatch(production.stdout, /Downloading tiny-lm@v0\.4\.0 from/);

    await writeFile(join(modelDir, 'config.json'), '{"version": "tampered"}');
    const again = await deploy('dev', staging.runnerTemp);
    assert.equal(again.exitCode, 0, again.stdout);
    assert.match(again.stdout, /no longer holds the files of tiny-lm@v0\.4\.0; downloading them again\./);
    assert.equal(coreutilsDigest(modelDir), digest);
    assert.equal(await service.running(), '0.4.0');
  });

  test('with path, MODEL_DIR is that folder once its digest matches', async () => {
    const fixture = await RegistryFixture.create();
    await registerStored(fixture, '0.3.0');
    const service = await ModelService.start();
    services.push(service);
    const result = await deployTo(fixture, service, {
      environment: 'dev',
      version: '0.3.0',
      path: 'model',
      command: SERVE_MODEL_DIR,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['model-dir'], join(fixture.workspace, 'model'));
    assert.equal(await service.running(), '0.3.0');
  });
  test('a forged record whose layout lies outside the workspace is refused before anything is read there', async () => {
    const fixture = await RegistryFixture.create();
    await registerStored(fixture, '0.5.0');
    // A real copy of the store outside the checkout, which a forged version points at (by ../ and by absolute path).
    const elsewhere = join(dirname(fixture.workspace), 'elsewhere');
    await cp(join(fixture.workspace, 'models'), elsewhere, { recursive: true });
    const message = git(fixture.remote, 'tag', '--list', '--format=%(contents)', `${MODEL}@v0.5.0`);
    const manifest = JSON.parse(message.slice(message.indexOf('\n\n') + 2)) as { version: string; uri: string };
    const digest = manifest.uri.slice(manifest.uri.indexOf('@'));
    for (const [version, layout] of [
      ['0.5.1', '../elsewhere'],
      ['0.5.2', elsewhere],
    ]) {
      const forged = { ...manifest, version, uri: `oci-layout:${layout}/${MODEL}${digest}` };
      fixture.forge(`${MODEL}@v${version}`, `Register ${version}\n\n${JSON.stringify(forged, null, 2)}\n`);
    }
    const service = await ModelService.start();
    services.push(service);

    for (const [version, layout] of [
      ['0.5.1', '../elsewhere'],
      ['0.5.2', elsewhere],
    ]) {
      const result = await deployTo(fixture, service, { environment: 'dev', version, command: SERVE_MODEL_DIR });
      assert.equal(result.exitCode, 1, result.stdout);
      assert.deepEqual(result.errors, [
        `tiny-lm@v${version} records its files in the layout ${JSON.stringify(`${layout}/${MODEL}`)}, which is ` +
          'outside the workspace: layout stores named by a record are read inside the workspace only (a forged or ' +
          'hand-written record?). Nothing was deployed.',
      ]);
      assert.equal(existsSync(join(result.runnerTemp, 'mlops-models', MODEL, version)), false);
    }
    assert.deepEqual(await service.calls(), [], 'the command never ran');
    assert.deepEqual(fixture.environmentTags('dev'), []);
  });
});

/** The layout's blob file of `size` bytes (the weights). */
async function blobOfSize(workspace: string, size: number): Promise<string> {
  const folder = join(workspace, 'models', MODEL, 'blobs', 'sha256');
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    if ((await readFile(path)).length === size) return path;
  }
  throw new Error(`no blob of ${size} bytes in ${folder}`);
}
