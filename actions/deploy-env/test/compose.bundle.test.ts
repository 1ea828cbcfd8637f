// A deployment composed with the workflow's own steps: start, a shell step
// that deploys, finish; and the rollback the workflow runs itself.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { injectedCommands, runBundle, temporaryDirectory, type BundleResult } from '@mlops-actions/action-testing';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import {
  FRESH_GIT_ENV,
  MODEL,
  ModelService,
  RUNNER_DEFAULTS,
  RegistryFixture,
  deployCommand,
  deployTo,
  gitHubEnv,
} from './fixtures.js';

/** The workflow commands the action means to issue. */
const INTENDED = ['add-mask', 'error', 'warning', 'notice', 'group', 'endgroup'];

void describe('a deployment composed with the workflow’s own steps', () => {
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

  /** One job: its steps share RUNNER_TEMP, as on a runner. */
  async function job(fixture: RegistryFixture) {
    const runnerTemp = await temporaryDirectory('job-temp-');
    const run = (inputs: Record<string, string>): Promise<BundleResult> =>
      runBundle({
        action: 'deploy-env',
        cwd: fixture.workspace,
        inputs: {
          ...RUNNER_DEFAULTS,
          'model-name': MODEL,
          environment: 'production',
          'health-interval': '0.2',
          token: 'ghs_job',
          ...inputs,
        },
        env: { ...FRESH_GIT_ENV, ...gitHubEnv(github), RUNNER_TEMP: runnerTemp },
      });
    /** The workflow's own deploy step: a `run:` step that reads start's outputs. */
    const userDeploy = (outputs: Record<string, string>): void => {
      execFileSync('bash', ['-e', '-c', deployCommand()], {
        env: {
          PATH: process.env['PATH'],
          SERVICE_DIR: service.dir,
          MODEL_NAME: MODEL,
          MODEL_VERSION: outputs['version'],
          MODEL_DIR: outputs['model-dir'],
          DEPLOY_ENVIRONMENT: 'production',
          DEPLOY_ROLLBACK: 'false',
        },
      });
    };
    return { run, userDeploy, runnerTemp };
  }

  const health = (): Record<string, string> => ({
    'health-url': service.healthUrl,
    'health-expect': '"version":"{version}"',
  });

  void test('start checks and opens the deployment, the workflow deploys, finish records it after the health check', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    assert.equal((await deployTo(fixture, service, { environment: 'production', version: '0.1.0' })).exitCode, 0);
    const v020 = await fixture.register('0.2.0');
    const { run, userDeploy } = await job(fixture);

    const start = await run({ step: 'start', version: 'latest', path: 'model' });

    assert.equal(start.exitCode, 0, start.stdout);
    const [deployment] = github.deployments.filter((d) => d.sha === v020.commit);
    assert.deepEqual(start.outputs, {
      version: '0.2.0',
      'previous-version': '0.1.0',
      'deployment-id': String(deployment.id),
      url: '',
      'model-dir': join(fixture.workspace, 'model'),
      digest: v020.digest,
      tag: `${MODEL}@v0.2.0`,
      'rollback-version': '',
      status: 'success',
    });
    // Start deploys nothing and records nothing.
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
    assert.equal(await service.running(), '0.1.0');
    assert.deepEqual(
      github.statusesOf(deployment.id).map((s) => s.state),
      ['in_progress'],
    );
    assert.match(start.summary, /^## Start deploying tiny-lm to production$/m);
    assert.match(
      start.summary,
      /0\.2\.0 is ready to deploy to production\*\* \(it runs 0\.1\.0 now\): its files verified/,
    );
    // Nothing is live yet: the diagram shows the deploy under way, not done.
    assert.match(start.summary, /^ {2}e0\["production<br\/>0\.1\.0 → 0\.2\.0 \(deploying\)"\]$/m);

    userDeploy(start.outputs);
    const finish = await run({
      step: 'finish',
      version: start.outputs['version'],
      'deployment-id': start.outputs['deployment-id'],
      'deploy-outcome': 'success',
      ...health(),
    });

    assert.equal(finish.exitCode, 0, finish.stdout);
    assert.equal(finish.outputs['status'], 'success');
    assert.equal(finish.outputs['rollback-version'], '');
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`, `${MODEL}#production#2`]);
    assert.equal(fixture.record(`${MODEL}#production#2`)['version'], '0.2.0');
    assert.equal(fixture.record(`${MODEL}#production#2`)['rollback'], false);
    assert.deepEqual(
      github.statusesOf(deployment.id).map((s) => s.state),
      ['in_progress', 'success'],
    );
    assert.match(finish.summary, /^## Finish deploying tiny-lm to production$/m);
    assert.match(finish.summary, /^\| Health check \| ✅ passed \|/m);

    // That start is finished: finishing it again is refused.
    const again = await run({ step: 'finish', version: '0.2.0', 'deploy-outcome': 'success' });
    assert.equal(again.exitCode, 1);
    assert.match(again.errors[0] ?? '', /^No start step of this job deployed tiny-lm 0\.2\.0 to production/);
  });

  void test('a failed deploy step: nothing recorded, rollback-version; the workflow rolls back and finishes that as a rollback', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    assert.equal((await deployTo(fixture, service, { environment: 'production', version: '0.1.0' })).exitCode, 0);
    await fixture.register('0.2.0');
    const { run, userDeploy } = await job(fixture);

    const start = await run({ step: 'start', version: '0.2.0' });
    assert.equal(start.exitCode, 0, start.stdout);
    const failed = await run({
      step: 'finish',
      version: '0.2.0',
      'deployment-id': start.outputs['deployment-id'],
      'deploy-outcome': 'failure',
      ...health(),
    });

    assert.equal(failed.exitCode, 1);
    assert.equal(failed.outputs['status'], 'failed');
    assert.equal(failed.outputs['rollback-version'], '0.1.0');
    assert.deepEqual(failed.errors, [
      "Deploying tiny-lm 0.2.0 to production failed: your deploy steps ended with 'failure'. Nothing was recorded; " +
        "production's newest record still names 0.1.0: redeploy it with your own steps (the 'rollback-version' " +
        "output) and finish that with 'is-rollback: true'.",
    ]);
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
    assert.deepEqual(
      github.statusesOf(Number(start.outputs['deployment-id'])).map((s) => s.state),
      ['in_progress', 'failure'],
    );
    assert.match(failed.stdout, /^Health check: skipped \(the deploy steps did not succeed\)\.$/m);

    // The workflow's rollback: start the version to restore, redeploy it, finish as a rollback.
    const restart = await run({ step: 'start', version: failed.outputs['rollback-version'] });
    assert.equal(restart.exitCode, 0, restart.stdout);
    userDeploy(restart.outputs);
    const restored = await run({
      step: 'finish',
      version: restart.outputs['version'],
      'deployment-id': restart.outputs['deployment-id'],
      'deploy-outcome': 'success',
      'is-rollback': 'true',
      ...health(),
    });

    assert.equal(restored.exitCode, 0, restored.stdout);
    assert.equal(restored.outputs['status'], 'success');
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`, `${MODEL}#production#2`]);
    const record = fixture.record(`${MODEL}#production#2`);
    assert.deepEqual([record['version'], record['rollback']], ['0.1.0', true]);
    assert.deepEqual(
      github.statusesOf(Number(restart.outputs['deployment-id'])).map((s) => s.state),
      ['in_progress', 'success'],
    );
  });

  void test('a deploy step that succeeded but a service that is not healthy: failed, not recorded', async () => {
    const fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    assert.equal((await deployTo(fixture, service, { environment: 'production', version: '0.1.0' })).exitCode, 0);
    await fixture.register('0.2.0');
    const { run, userDeploy } = await job(fixture);
    service.broken.add('0.2.0');
    try {
      const start = await run({ step: 'start', version: '0.2.0' });
      userDeploy(start.outputs);
      const finish = await run({
        step: 'finish',
        version: '0.2.0',
        'deploy-outcome': 'success',
        ...health(),
        'health-timeout': '1',
      });

      assert.equal(finish.exitCode, 1);
      assert.equal(finish.outputs['status'], 'failed');
      assert.equal(finish.outputs['rollback-version'], '0.1.0');
      assert.equal(finish.errors.length, 1);
      assert.match(finish.errors[0], /^Deploying tiny-lm 0\.2\.0 to production failed: .*HTTP 500/);
      // The service's body tried a workflow command: it reached the log inert.
      assert.deepEqual(injectedCommands(finish.stdout, INTENDED, 'injected'), []);
      assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
      assert.deepEqual(
        github.statusesOf(Number(start.outputs['deployment-id'])).map((s) => s.state),
        ['in_progress', 'failure'],
      );
    } finally {
      service.broken.delete('0.2.0');
    }
  });

  void describe('a finish that matches no start is refused, and changes nothing', () => {
    let fixture: RegistryFixture;
    let steps: Awaited<ReturnType<typeof job>>;
    let start: BundleResult;
    beforeAll(async () => {
      fixture = await RegistryFixture.create();
      await fixture.register('0.1.0');
      await fixture.register('0.2.0');
      steps = await job(fixture);
      start = await steps.run({ step: 'start', version: '0.2.0', environment: 'staging', path: 'model' });
      assert.equal(start.exitCode, 0, start.stdout);
    });

    /** Nothing recorded, the deployment still in progress: the refusal changed nothing. */
    function unchanged(): void {
      assert.deepEqual(fixture.environmentTags('staging'), []);
      assert.deepEqual(
        github.statusesOf(Number(start.outputs['deployment-id'])).map((s) => s.state),
        ['in_progress'],
      );
    }

    const finish = (inputs: Record<string, string>) =>
      steps.run({ step: 'finish', environment: 'staging', version: '0.2.0', 'deploy-outcome': 'success', ...inputs });

    void test('an unknown deployment-id', async () => {
      const result = await finish({ 'deployment-id': '999' });
      assert.equal(result.exitCode, 1);
      assert.deepEqual(result.errors, [
        `Input 'deployment-id' is "999", but the start of tiny-lm 0.2.0 in staging opened deployment ` +
          `${start.outputs['deployment-id']}: pass the 'deployment-id' output of that start step. Nothing was recorded.`,
      ]);
      assert.equal(result.outputs['status'], 'failed');
      unchanged();
    });

    void test('a deployment-id that tries to issue a workflow command', async () => {
      const result = await finish({ 'deployment-id': '1\n::error::injected-x' });
      assert.equal(result.exitCode, 1);
      assert.equal(result.errors.length, 1);
      assert.match(result.errors[0], /^Input 'deployment-id' must be the 'deployment-id' output of the start step/);
      assert.deepEqual(injectedCommands(result.stdout, INTENDED, 'injected'), []);
      unchanged();
    });

    void test('a version that does not match the start', async () => {
      const result = await finish({ version: '0.1.0' });
      assert.equal(result.exitCode, 1);
      assert.deepEqual(result.errors, [
        "The start step of this job deployed tiny-lm 0.2.0 to staging, not 0.1.0: pass the 'version' output of " +
          'the start step to finish. Nothing was recorded.',
      ]);
      unchanged();
    });

    void test('files that changed between start and finish', async () => {
      const weights = join(fixture.workspace, 'model', 'weights.bin');
      const original = await readFile(weights);
      await writeFile(weights, 'weights swapped after the start step\n');
      try {
        const result = await finish({});
        assert.equal(result.exitCode, 1);
        assert.equal(result.errors.length, 1);
        assert.match(
          result.errors[0],
          /^The files in ".*model" have changed since the start step verified them: their digest is sha256:[0-9a-f]{64}, tiny-lm 0\.2\.0 was registered with sha256:/,
        );
        assert.match(result.summary, /^\| Check files \| ❌ failed \|/m);
      } finally {
        await writeFile(weights, original);
      }
      unchanged();
    });

    void test('a record of the start that was forged', async () => {
      const file = join(steps.runnerTemp, 'mlops-deploys', MODEL, 'staging', '0.2.0.json');
      const written = await readFile(file, 'utf8');
      const record = JSON.parse(written) as Record<string, unknown>;
      try {
        for (const forged of [
          { ...record, deploymentId: '1\n::error::injected-x' },
          { ...record, modelDir: '/etc' },
          { ...record, digest: 'sha256:' + '0'.repeat(64) },
        ]) {
          await writeFile(file, JSON.stringify(forged));
          const result = await finish({});
          assert.equal(result.exitCode, 1);
          assert.equal(result.errors.length, 1, result.stdout);
          assert.match(
            result.errors[0],
            /(was changed or replaced|names files outside the workspace|the start step verified sha256:0{64})/,
          );
          assert.deepEqual(injectedCommands(result.stdout, INTENDED, 'injected'), []);
          unchanged();
        }
      } finally {
        await writeFile(file, written);
      }
    });

    void test('a command given to start or finish', async () => {
      const before = github.deployments.length;
      const result = await steps.run({ step: 'start', version: '0.2.0', environment: 'staging', command: 'true' });
      assert.equal(result.exitCode, 1);
      assert.match(result.errors[0] ?? '', /^Input 'command' is not run by step 'start'/);
      assert.equal(github.deployments.length, before);
      const finished = await finish({ command: 'true' });
      assert.match(finished.errors[0] ?? '', /^Input 'command' is not run by step 'finish'/);
      unchanged();
    });
  });
});
