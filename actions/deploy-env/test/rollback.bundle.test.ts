import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { git, temporaryDirectory } from '@mlops-actions/action-testing';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { MODEL, ModelService, RegistryFixture, deployCommand, deployTo, gitHubEnv } from './fixtures.js';

const TOKEN = 'ghs_rollbackCanary0000000000000000000000';

/** A production service running 0.1.0 (recorded as production#1), with 0.2.0 registered next. */
async function productionOn010(github?: FakeGitHubApi) {
  const fixture = await RegistryFixture.create();
  const v010 = await fixture.register('0.1.0');
  const v020 = await fixture.register('0.2.0');
  const service = await ModelService.start();
  const env: Record<string, string> = github ? gitHubEnv(github) : {};
  const inputs: Record<string, string> = github ? { token: TOKEN } : {};
  const first = await deployTo(fixture, service, { environment: 'production', version: '0.1.0', ...inputs }, env);
  assert.equal(first.exitCode, 0, first.stdout);
  return { fixture, service, v010, v020, env, inputs };
}

void describe('a release whose health check fails', () => {
  let github: FakeGitHubApi;
  const services: ModelService[] = [];
  beforeAll(async () => {
    github = await FakeGitHubApi.start({ token: TOKEN, repository: 'octo-org/models' });
  });
  afterAll(async () => {
    for (const service of services) await service.close();
    await github.close();
  });

  void test('ends with the previous version running again, recorded, and a failed step', async () => {
    const { fixture, service, v010, v020, env, inputs } = await productionOn010(github);
    services.push(service);
    service.broken.add('0.2.0');

    const result = await deployTo(
      fixture,
      service,
      {
        environment: 'production',
        version: '0.2.0',
        url: 'https://models.example.com',
        'health-url': service.healthUrl,
        'health-timeout': '1',
        ...inputs,
      },
      env,
    );

    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.outputs, {
      status: 'rolled-back',
      version: '0.2.0',
      'previous-version': '0.1.0',
      'deployment-id': String(github.deployments.at(-2)!.id),
      url: 'https://models.example.com',
      'model-dir': '',
    });
    // The service runs 0.1.0 again, and the newest record says so.
    assert.equal(await service.running(), '0.1.0');
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`, `${MODEL}#production#2`]);
    const record = fixture.record(`${MODEL}#production#2`);
    assert.equal(record['version'], '0.1.0');
    assert.equal(record['rollback'], true);
    assert.equal(record['digest'], v010.digest);
    assert.equal(record['run_url'], 'https://github.com/octo-org/models/actions/runs/4242');
    assert.equal(fixture.commitOf(`${MODEL}#production#2`), v010.commit);

    // The command ran for 0.2.0, then again for 0.1.0 as a rollback.
    const calls = (await service.calls()).slice(-2);
    assert.deepEqual(
      calls.map((call) => [call['MODEL_VERSION'], call['DEPLOY_PREVIOUS_VERSION'], call['DEPLOY_ROLLBACK']]),
      [
        ['0.2.0', '0.1.0', 'false'],
        ['0.1.0', '0.2.0', 'true'],
      ],
    );

    // One error line, with the last status and the start of the last body; the body's own
    // "::error::" is printed as plain text between stop-commands markers, never as a command.
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0],
      /^Deploying tiny-lm 0\.2\.0 to production failed: the health check of http:\/\/127\.0\.0\.1:\d+\/health did not get a 2xx response within 1 s \(\d+ attempts\): the last answer was HTTP 500 with a body starting "model 0\.2\.0 failed to load: CUDA out of memory\\n::error::injected by the service\\n"\. Rolled back to 0\.1\.0, which passed its health check and is recorded as tiny-lm#production#2\.$/,
    );
    assert.match(
      result.stdout,
      /^::stop-commands::(inert-[0-9a-f-]+)\nmodel 0\.2\.0 failed to load: CUDA out of memory\n::error::injected by the service\n\n::\1::$/m,
    );
    assert.deepEqual(result.warnings, ['Health check failed: HTTP 500: rolling production back to 0.1.0.']);

    // GitHub: the failed deployment of 0.2.0, then a new deployment for the rollback to 0.1.0.
    const [failed, restored] = github.deployments.slice(-2);
    assert.equal(failed.ref, v020.commit);
    assert.deepEqual(failed.payload, { model: MODEL, version: '0.2.0', digest: v020.digest });
    assert.deepEqual(
      github.statusesOf(failed.id).map((status) => status.state),
      ['in_progress', 'failure'],
    );
    assert.equal(github.statusesOf(failed.id)[1].description, 'Health check failed: HTTP 500');
    assert.equal(restored.ref, v010.commit);
    assert.deepEqual(restored.payload, { model: MODEL, version: '0.1.0', digest: v010.digest, rollback: true });
    assert.deepEqual(
      github.statusesOf(restored.id).map((status) => [status.state, status.environment_url]),
      [
        ['in_progress', ''],
        ['success', 'https://models.example.com'],
      ],
    );

    assert.match(result.summary, /↩️ \*\*Rolled back\.\*\* 0\.2\.0 failed in production; 0\.1\.0 runs there again/);
    assert.match(result.summary, /^\| production \| 0\.1\.0 \| 0\.1\.0 \| `tiny-lm#production#2` \|$/m);
    assert.match(result.summary, /e0\["production<br\/>0\.1\.0 → 0\.2\.0 ✗ → 0\.1\.0"\]/);
  });

  void test('says loudly that the environment may be down when the rollback fails too', async () => {
    const { fixture, service, env, inputs } = await productionOn010(github);
    services.push(service);
    service.broken.add('0.2.0');
    service.broken.add('0.1.0');

    const result = await deployTo(
      fixture,
      service,
      {
        environment: 'production',
        version: '0.2.0',
        'health-url': service.healthUrl,
        'health-timeout': '0.5',
        ...inputs,
      },
      env,
    );

    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['status'], 'failed');
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0],
      /^Deploying tiny-lm 0\.2\.0 to production failed: .*\. The rollback to 0\.1\.0 failed too: the health check of .* HTTP 500 .*\. PRODUCTION MAY BE DOWN: check it now and deploy a version that works\.$/,
    );
    // Nothing new is recorded: no version passed its health check.
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
    const restored = github.deployments.at(-1)!;
    assert.deepEqual(
      github.statusesOf(restored.id).map((status) => status.state),
      ['in_progress', 'failure'],
    );
    assert.match(result.summary, /> \[!CAUTION\]\n> \*\*production may be down\.\*\*/);
  });
});

void test('a failed command without rollback leaves the record alone and says what may run', async () => {
  const { fixture, service } = await productionOn010();
  try {
    const result = await deployTo(fixture, service, {
      environment: 'production',
      version: '0.2.0',
      command: deployCommand({ failFor: '0.2.0' }),
      rollback: 'false',
    });

    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['status'], 'failed');
    assert.deepEqual(result.errors, [
      "Deploying tiny-lm 0.2.0 to production failed: the deploy command exited with code 3. Nothing was rolled back ('rollback' is false); production may now run a broken 0.2.0, while its newest record still names 0.1.0.",
    ]);
    assert.match(result.stdout + result.stderr, /^cannot pull image for 0\.2\.0$/m);
    assert.equal((await service.calls()).length, 2);
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
    assert.match(result.summary, /^\| Health check \| ⏭️ skipped \| the deploy command failed \| {2}\|$/m);
  } finally {
    await service.close();
  }
});

void test('when the version that ran before has lost its tag, the command still hears of it and the error says why nothing was rolled back', async () => {
  const { fixture, service } = await productionOn010();
  try {
    git(fixture.remote, 'tag', '--delete', `${MODEL}@v0.1.0`);

    const result = await deployTo(fixture, service, {
      environment: 'production',
      version: '0.2.0',
      command: deployCommand({ failFor: '0.2.0' }),
    });

    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['previous-version'], '0.1.0');
    assert.equal((await service.calls()).at(-1)!['DEPLOY_PREVIOUS_VERSION'], '0.1.0');
    assert.deepEqual(result.errors, [
      'Deploying tiny-lm 0.2.0 to production failed: the deploy command exited with code 3. Nothing was rolled back: ' +
        'the version tag of 0.1.0, which ran in production before, is gone from the registry; production may now run ' +
        'a broken 0.2.0, while its newest record still names 0.1.0.',
    ]);
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
  } finally {
    await service.close();
  }
});

void test('in a shallow checkout without tags, the command can read the tag it deploys, in a rollback too', async () => {
  const fixture = await RegistryFixture.create();
  const v010 = await fixture.register('0.1.0');
  await fixture.register('0.2.0');
  const service = await ModelService.start();
  // As actions/checkout leaves a runner: the tip commit (0.2.0's) alone, and no tags.
  async function freshCheckout(): Promise<{ workspace: string }> {
    const root = await temporaryDirectory('shallow-checkout-');
    const workspace = join(root, 'workspace');
    git(root, 'clone', '--quiet', '--depth=1', '--no-tags', `file://${fixture.remote}`, workspace);
    return { workspace };
  }
  // What the README promises: `git cat-file -p "$MODEL_TAG"` shows the manifest.
  const readManifest = 'git cat-file -p "$MODEL_TAG" | grep -q -F -- "$MODEL_DIGEST"\n';
  try {
    let result = await deployTo(await freshCheckout(), service, {
      environment: 'production',
      version: '0.1.0',
      command: readManifest + deployCommand(),
    });
    assert.equal(result.exitCode, 0, result.stdout);

    result = await deployTo(await freshCheckout(), service, {
      environment: 'production',
      version: '0.2.0',
      command: readManifest + deployCommand({ failFor: '0.2.0' }),
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['status'], 'rolled-back', result.stdout);
    assert.deepEqual(result.warnings, ['Deploy command exited with code 3: rolling production back to 0.1.0.']);
    assert.equal(await service.running(), '0.1.0');
    assert.equal(fixture.record(`${MODEL}#production#2`)['digest'], v010.digest);
  } finally {
    await service.close();
  }
});

void describe("a rollback's health check expects the version it restores", () => {
  const services: ModelService[] = [];
  afterAll(async () => {
    for (const service of services) await service.close();
  });

  async function rollBackWith(healthExpect: string) {
    const { fixture, service, v010 } = await productionOn010();
    services.push(service);
    service.broken.add('0.2.0');
    const result = await deployTo(fixture, service, {
      environment: 'production',
      version: '0.2.0',
      'health-url': service.healthUrl,
      'health-expect': healthExpect,
      'health-timeout': '1',
    });
    return { fixture, service, v010, result };
  }

  /** The run ends rolled back, with 0.1.0 running and recorded as a rollback. */
  async function assertRolledBack({ fixture, service, v010, result }: Awaited<ReturnType<typeof rollBackWith>>) {
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['status'], 'rolled-back', result.stdout);
    assert.equal(await service.running(), '0.1.0');
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`, `${MODEL}#production#2`]);
    const record = fixture.record(`${MODEL}#production#2`);
    assert.equal(record['version'], '0.1.0');
    assert.equal(record['rollback'], true);
    assert.equal(record['digest'], v010.digest);
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0],
      /Rolled back to 0\.1\.0, which passed its health check and is recorded as tiny-lm#production#2\.$/,
    );
  }

  void test('{version} in health-expect stands for the restored version', async () => {
    const run = await rollBackWith('"version":"{version}"');
    await assertRolledBack(run);
    assert.deepEqual(run.result.notices, []);
  });

  void test("the candidate's version written out is read as the restored version, with a notice", async () => {
    const run = await rollBackWith('"version":"0.2.0"');
    await assertRolledBack(run);
    assert.deepEqual(run.result.notices, [
      "'health-expect' names 0.2.0, the version being replaced: the rollback's health check expects 0.1.0 in its " +
        "place. Write '{version}' in 'health-expect' for the version under check.",
    ]);
  });
});
