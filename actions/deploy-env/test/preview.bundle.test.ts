// Preview environments: transient deployments per pull request, deactivated
// when it closes.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runBundle, type BundleResult } from '@mlops-actions/action-testing';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import {
  FRESH_GIT_ENV,
  MODEL,
  ModelService,
  RUNNER_DEFAULTS,
  RegistryFixture,
  deployTo,
  gitHubEnv,
} from './fixtures.js';

/** The teardown a team would write: it logs what it was given, then stops the service. */
const TEARDOWN =
  `env | grep -E '^(MODEL|DEPLOY)_' | sort > "$SERVICE_DIR/teardown"\n` + `rm -f "$SERVICE_DIR/version"\n`;

void describe('preview environments', () => {
  let github: FakeGitHubApi;
  let service: ModelService;
  beforeAll(async () => {
    github = await FakeGitHubApi.start();
    service = await ModelService.start();
  });
  afterAll(async () => {
    await service.close();
    await github.close();
  });

  const env = (): Record<string, string> => gitHubEnv(github);

  function deactivate(fixture: RegistryFixture, inputs: Record<string, string>): Promise<BundleResult> {
    return runBundle({
      action: 'deploy-env',
      cwd: fixture.workspace,
      inputs: {
        ...RUNNER_DEFAULTS,
        'model-name': MODEL,
        step: 'deactivate',
        transient: 'true',
        token: 'ghs_preview',
        ...inputs,
      },
      env: { ...FRESH_GIT_ENV, ...env(), SERVICE_DIR: service.dir },
    });
  }

  /** Creates an ended deployment on the stand-in, as an earlier run of the preview workflow would have left it. */
  async function createInactiveDeployment(ref: string, environment: string): Promise<void> {
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${github.url}/repos/${github.repository}/deployments${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 201);
      return (await response.json()) as { id: number };
    };
    const { id } = await post('', { ref, environment, transient_environment: true, required_contexts: [] });
    await post(`/${id}/statuses`, { state: 'inactive' });
  }

  const deploymentsOf = (environment: string) => github.deployments.filter((d) => d.environment === environment);

  void test('deploys transient, then deactivate tears down, removes every record and ends every deployment of pr-7', async () => {
    const fixture = await RegistryFixture.create();
    const v010 = await fixture.register('0.1.0');
    const preview = { environment: 'pr-7', transient: 'true', token: 'ghs_preview' };
    assert.equal((await deployTo(fixture, service, { ...preview, version: '0.1.0' }, env())).exitCode, 0);
    await fixture.register('0.2.0');
    assert.equal((await deployTo(fixture, service, { ...preview, version: '0.2.0' }, env())).exitCode, 0);
    // pr-70 shares the prefix; it is another environment and stays.
    const other = { ...preview, environment: 'pr-70', version: '0.1.0' };
    assert.equal((await deployTo(fixture, service, other, env())).exitCode, 0);
    // Newer ended deployments than one page of GitHub's list holds: the two live ones are on the second page.
    for (let i = 0; i < 101; i++) await createInactiveDeployment(v010.commit, 'pr-7');

    assert.deepEqual(fixture.environmentTags('pr-7'), [`${MODEL}#pr-7#1`, `${MODEL}#pr-7#2`]);
    const created = deploymentsOf('pr-7');
    assert.equal(created.length, 103);
    assert.ok(created.every((d) => d.transient_environment === true && d.production_environment === false));

    const result = await deactivate(fixture, { environment: 'pr-7', command: TEARDOWN });

    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['status'], 'success');
    assert.equal(result.outputs['previous-version'], '0.2.0');
    assert.deepEqual(fixture.environmentTags('pr-7'), []);
    assert.deepEqual(fixture.environmentTags('pr-70'), [`${MODEL}#pr-70#1`]);
    assert.deepEqual(
      deploymentsOf('pr-7').filter((d) => github.stateOf(d.id) !== 'inactive'),
      [],
    );
    assert.ok(deploymentsOf('pr-70').every((d) => github.stateOf(d.id) === 'success'));
    const teardown = await readFile(join(service.dir, 'teardown'), 'utf8');
    assert.match(teardown, /^DEPLOY_ENVIRONMENT=pr-7$/m);
    assert.match(teardown, /^MODEL_VERSION=0\.2\.0$/m);
    assert.match(teardown, /^MODEL_NAME=tiny-lm$/m);
    assert.equal(await service.running(), '');
    assert.match(result.summary, /^## Deactivate tiny-lm in pr-7$/m);
    assert.match(result.summary, /pr-7 is deactivated\*\*: 2 records removed, 2 GitHub deployments set inactive/);
    assert.match(result.stdout, /^GitHub deployments: 2 set inactive \(\d+, \d+\), 101 inactive already\.$/m);
    assert.match(result.summary, /^\| `tiny-lm#pr-7#1` \|/m);
    assert.match(result.summary, /^\| Teardown command \| ✅ passed \|/m);

    // Once more: nothing left to remove, and that is fine.
    const again = await deactivate(fixture, { environment: 'pr-7' });
    assert.equal(again.exitCode, 0, again.stdout);
    assert.match(again.stdout, /^Remove records: there were none\.$/m);
  });

  void test('an environment with deployments that are not transient is left alone', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    assert.equal(
      (await deployTo(fixture, service, { environment: 'staging', version: '0.1.0', token: 'ghs_preview' }, env()))
        .exitCode,
      0,
    );
    const marker = join(service.dir, 'teardown');

    const result = await deactivate(fixture, {
      environment: 'staging',
      command: `touch ${JSON.stringify(marker)}.staging`,
    });

    assert.equal(result.exitCode, 1);
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0],
      /^staging has GitHub deployments that are not transient \(\d+\): it was not deployed as a preview environment with 'transient: true', so deactivate leaves it alone\. Nothing was changed\.$/,
    );
    assert.deepEqual(fixture.environmentTags('staging'), [`${MODEL}#staging#1`]);
    assert.ok(deploymentsOf('staging').every((d) => github.stateOf(d.id) === 'success'));
    await assert.rejects(readFile(`${marker}.staging`));
  });

  void test('a failed teardown removes nothing', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    const preview = { environment: 'pr-8', transient: 'true', token: 'ghs_preview', version: '0.1.0' };
    assert.equal((await deployTo(fixture, service, preview, env())).exitCode, 0);

    const result = await deactivate(fixture, {
      environment: 'pr-8',
      command: 'echo "cluster unreachable" >&2; exit 4',
    });

    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors, [
      'The teardown command of pr-8 failed (exit code 4): nothing was removed, so its records and GitHub ' +
        'deployments still say what runs there. Fix the teardown and run the step again.',
    ]);
    assert.deepEqual(fixture.environmentTags('pr-8'), [`${MODEL}#pr-8#1`]);
    assert.ok(deploymentsOf('pr-8').every((d) => github.stateOf(d.id) === 'success'));
  });

  void test('without GitHub: the records go, and production names are never deactivated', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    assert.equal((await deployTo(fixture, service, { environment: 'pr-9', version: '0.1.0' })).exitCode, 0);
    assert.equal((await deployTo(fixture, service, { environment: 'prod', version: '0.1.0' })).exitCode, 0);
    const local = (inputs: Record<string, string>) =>
      runBundle({
        action: 'deploy-env',
        cwd: fixture.workspace,
        inputs: { ...RUNNER_DEFAULTS, 'model-name': MODEL, step: 'deactivate', ...inputs },
        env: FRESH_GIT_ENV,
      });

    const refused = await local({ environment: 'prod', transient: 'true' });
    assert.equal(refused.exitCode, 1);
    assert.match(refused.errors[0] ?? '', /^'prod' is a production environment: it cannot be deactivated/);
    assert.deepEqual(fixture.environmentTags('prod'), [`${MODEL}#prod#1`]);

    const unconfirmed = await local({ environment: 'pr-9' });
    assert.equal(unconfirmed.exitCode, 1);
    assert.match(unconfirmed.errors[0] ?? '', /set 'transient: true' to confirm that it is a preview environment\.$/);
    assert.deepEqual(fixture.environmentTags('pr-9'), [`${MODEL}#pr-9#1`]);

    const result = await local({ environment: 'pr-9', transient: 'true', version: 'latest' });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(fixture.environmentTags('pr-9'), []);
    assert.match(result.stdout, /^GitHub deployments: skipped \('github-deployment' is off\)\.$/m);
  });
});
