import { afterAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { cloneOf, temporaryDirectory } from '@mlops-actions/action-testing';
import { createGit } from '@mlops-actions/action-kit';
import { DEPLOYMENT_SCHEMA, Registry } from '@mlops-actions/registry';
import { FRESH_GIT_ENV, MODEL, ModelService, RegistryFixture, deployTo } from './fixtures.js';

const services: ModelService[] = [];
afterAll(async () => {
  for (const service of services) await service.close();
});

async function service(): Promise<ModelService> {
  const started = await ModelService.start();
  services.push(started);
  return started;
}

void test('a version reaches production only after staging, and each success leaves one environment record', async () => {
  const fixture = await RegistryFixture.create();
  const v001 = await fixture.register('0.0.1');
  const v010 = await fixture.register('0.1.0');
  const staging = await service();
  const production = await service();
  const healthOf = (target: ModelService, version: string) => ({
    'health-url': target.healthUrl,
    'health-expect': `"version":"${version}"`,
  });

  // 0.0.1 to staging.
  let result = await deployTo(fixture, staging, {
    environment: 'staging',
    version: '0.0.1',
    url: 'https://staging.models.example.com',
    ...healthOf(staging, '0.0.1'),
  });
  assert.equal(result.exitCode, 0, result.stdout);
  assert.deepEqual(result.outputs, {
    status: 'success',
    version: '0.0.1',
    'previous-version': '',
    'deployment-id': '',
    'model-dir': '',
    url: 'https://staging.models.example.com',
  });
  assert.equal(await staging.running(), '0.0.1');
  assert.deepEqual(fixture.environmentTags('staging'), [`${MODEL}#staging#1`]);
  const first = fixture.record(`${MODEL}#staging#1`);
  assert.match(String(first['deployed_at']), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.deepEqual(
    { ...first, deployed_at: '' },
    {
      schema: 'mlops-actions/deployment@1',
      name: MODEL,
      version: '0.0.1',
      environment: 'staging',
      digest: v001.digest,
      url: 'https://staging.models.example.com',
      deployed_at: '',
      run_url: '',
      rollback: false,
    },
  );
  assert.equal(fixture.commitOf(`${MODEL}#staging#1`), v001.commit);

  // 0.1.0 to production before staging has it: refused, nothing runs.
  result = await deployTo(fixture, production, {
    environment: 'production',
    version: '0.1.0',
    requires: 'staging',
    ...healthOf(production, '0.1.0'),
  });
  assert.equal(result.exitCode, 1);
  assert.deepEqual(result.errors, [
    `${MODEL} 0.1.0 may not be deployed to production: it has not been deployed successfully to staging ` +
      '(it runs 0.0.1). Deploy it there first (production requires staging).',
  ]);
  assert.equal(result.outputs['status'], 'failed');
  assert.deepEqual(await production.calls(), []);
  assert.deepEqual(fixture.environmentTags('production'), []);
  assert.match(result.summary, /^\| production \| — \| — \| unchanged \|$/m);
  assert.match(result.summary, /e0\["staging<br\/>0\.0\.1"\]\n {2}e1\["production<br\/>nothing \(0\.1\.0 refused\)"\]/);

  // The latest version to staging, with its files checked against the registered digest.
  result = await deployTo(fixture, staging, {
    environment: 'staging',
    version: 'latest',
    path: 'model',
    ...healthOf(staging, '0.1.0'),
  });
  assert.equal(result.exitCode, 0, result.stdout);
  assert.equal(result.outputs['version'], '0.1.0');
  assert.equal(result.outputs['previous-version'], '0.0.1');
  assert.deepEqual((await staging.calls()).at(-1), {
    DEPLOY_ENVIRONMENT: 'staging',
    DEPLOY_PREVIOUS_VERSION: '0.0.1',
    DEPLOY_ROLLBACK: 'false',
    MODEL_DIGEST: v010.digest,
    MODEL_DIR: join(fixture.workspace, 'model'),
    MODEL_NAME: MODEL,
    MODEL_TAG: `${MODEL}@v0.1.0`,
    MODEL_VERSION: '0.1.0',
  });
  assert.deepEqual(fixture.environmentTags('staging'), [`${MODEL}#staging#1`, `${MODEL}#staging#2`]);
  assert.equal(fixture.record(`${MODEL}#staging#2`)['version'], '0.1.0');
  assert.equal(fixture.commitOf(`${MODEL}#staging#2`), v010.commit);

  // Now production accepts it.
  result = await deployTo(fixture, production, {
    environment: 'production',
    version: '0.1.0',
    requires: 'staging',
    ...healthOf(production, '0.1.0'),
  });
  assert.equal(result.exitCode, 0, result.stdout);
  assert.deepEqual(result.errors, []);
  assert.equal(result.outputs['status'], 'success');
  assert.equal(await production.running(), '0.1.0');
  assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
  assert.equal(fixture.record(`${MODEL}#production#1`)['version'], '0.1.0');

  // The summary shows the environment before and after and the promotion, read from the registry.
  assert.match(result.summary, /^## Deploy tiny-lm to production$/m);
  assert.match(result.summary, /✅ \*\*0\.1\.0 is live in production\*\*, recorded as `tiny-lm#production#1`\./);
  assert.match(result.summary, /^\| production \| — \| 0\.1\.0 \| `tiny-lm#production#1` \|$/m);
  assert.match(
    result.summary,
    /```mermaid\nflowchart LR\n {2}e0\["staging<br\/>0\.1\.0"\]\n {2}e1\["production<br\/>nothing → 0\.1\.0"\]\n {2}e0 --> e1\n/,
  );
  assert.match(result.summary, /^\| Check promotion \| ✅ passed \| 0\.1\.0 passed staging \|/m);
  assert.match(result.summary, /^\| Health check \| ✅ passed \| HTTP 200 after 1 attempt \|/m);
  assert.match(result.summary, /^\| GitHub deployment \| ⏭️ skipped \| 'github-deployment' is off \| {2}\|$/m);
  // Each phase is a log group, and the health check says what it waits for.
  assert.match(result.stdout, /^::group::Deploy command$/m);
  assert.match(result.stdout, /^Health check 1: HTTP 200\.$/m);
});

void test('concurrent deploys to one environment all leave their record', async () => {
  const fixture = await RegistryFixture.create();
  await fixture.register('0.1.0');
  const target = await service();
  const checkouts = [fixture.workspace, await cloneOf(fixture.remote), await cloneOf(fixture.remote)];

  const results = await Promise.all(
    checkouts.map((workspace) => deployTo({ workspace }, target, { environment: 'dev', version: '0.1.0' })),
  );

  for (const result of results) assert.equal(result.exitCode, 0, result.stdout);
  assert.deepEqual(fixture.environmentTags('dev'), [`${MODEL}#dev#1`, `${MODEL}#dev#2`, `${MODEL}#dev#3`]);
  // A run whose push met another's says so and points at `concurrency:`.
  for (const warning of results.flatMap((result) => result.warnings)) {
    assert.match(warning, /deploys to dev overlapped, so this record takes the next number.*'concurrency:'/);
  }
});

void test('a record whose number another run took first takes the next one, with a warning that deploys overlapped', async () => {
  const fixture = await RegistryFixture.create();
  const v010 = await fixture.register('0.1.0');
  const target = await service();
  // The rival run has its record dev#1 ready, and pushes it just before this run pushes the same name.
  const rival = await cloneOf(fixture.remote);
  await new Registry(createGit(rival, { env: FRESH_GIT_ENV })).recordDeployment(
    {
      schema: DEPLOYMENT_SCHEMA,
      name: MODEL,
      version: '0.1.0',
      environment: 'dev',
      digest: v010.digest,
      url: '',
      deployed_at: new Date().toISOString(),
      run_url: 'https://github.com/octo-org/models/actions/runs/1',
      rollback: false,
    },
    { push: false },
  );
  const bin = await temporaryDirectory('git-race-');
  await writeFile(
    join(bin, 'git'),
    '#!/bin/sh\n' +
      'case " $* " in *" push "*"refs/tags/tiny-lm#dev#1"*)\n' +
      '  if mkdir "$RIVAL/.raced" 2>/dev/null; then "$REAL_GIT" -C "$RIVAL" push --quiet origin "refs/tags/tiny-lm#dev#1"; fi;;\n' +
      'esac\n' +
      'exec "$REAL_GIT" "$@"\n',
    { mode: 0o755 },
  );
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();

  const result = await deployTo(
    fixture,
    target,
    { environment: 'dev', version: '0.1.0' },
    { PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`, RIVAL: rival, REAL_GIT: realGit },
  );

  assert.equal(result.exitCode, 0, result.stdout);
  assert.deepEqual(fixture.environmentTags('dev'), [`${MODEL}#dev#1`, `${MODEL}#dev#2`]);
  assert.equal(fixture.record(`${MODEL}#dev#1`)['run_url'], 'https://github.com/octo-org/models/actions/runs/1');
  assert.equal(fixture.record(`${MODEL}#dev#2`)['run_url'], '');
  assert.deepEqual(result.warnings, [
    `Another run recorded ${MODEL}#dev#1 first: deploys to dev overlapped, so this record takes the next number. ` +
      "Give deploy jobs a 'concurrency:' group per environment so that they run one at a time.",
  ]);
  assert.match(result.summary, /recorded as `tiny-lm#dev#2`/);
});
