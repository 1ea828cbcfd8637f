// examples/workflows/cd-compose.yml, run end to end through the local runner:
// deploy-env's `start`, the team's own deploy step (the local composite action
// examples/actions/start-inference-server) and `finish`, with GitHub's
// Deployments API answered by the REST stand-in. The staging service outlives
// a run, as a platform's service does: the second run replaces the server the
// first one started. A healthy release is recorded once; a broken one is not
// recorded, and the workflow's own rollback steps redeploy the version before
// it, which the second finish records as a rollback.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitFixture, repoRoot, tagsOf, temporaryDirectory } from '@mlops-actions/action-testing';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import {
  assertNoUnexpectedInputs,
  commitAndPush,
  environmentTags,
  runOnFreshCheckout,
  runningIn,
  servedVersion,
  serveWithSimulatedFailure,
  STORE_FOLDER,
  stepOf,
  stopServers,
} from './example-deployments.js';
import { childEnvironment, copyExample, freePort, withPorts } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

const runner = await loadRunner();
/** The steps of the staging job, in order: the deploy, then the workflow's rollback. */
const DEPLOY_STEPS = ['start', 'deploy', 'finish', 'rollback-start', 'rollback-deploy', 'rollback-finish'];

let port: number;
let workflow: string;
let keptStore: string;
let remote: string;
let development: string;
/** One staging service for both runs: the platform keeps it between runs. */
let deployRoot: string;
let github: FakeGitHubApi;

beforeAll(async () => {
  port = await freePort();
  workflow = await withPorts(
    join(repoRoot, 'examples', 'workflows', 'cd-compose.yml'),
    { 18083: port },
    { store: `oci-layout:${STORE_FOLDER}` },
  );
  keptStore = join(await temporaryDirectory('model-store-'), 'store');
  deployRoot = await temporaryDirectory('tiny-lm-deployments-');
  ({ remote, workspace: development } = await createGitFixture());
  await copyExample('tiny-lm-node', join(development, 'examples', 'tiny-lm-node'));
  // The deploy step the workflow uses, as a repository that copied the example has it.
  await cp(
    join(repoRoot, 'examples', 'actions', 'start-inference-server'),
    join(development, 'examples', 'actions', 'start-inference-server'),
    { recursive: true },
  );
  commitAndPush(development, 'Add the tiny-lm example and our deploy step');
  github = await FakeGitHubApi.start({ repository: 'octo-org/models' });
});
afterAll(async () => {
  stopServers(deployRoot);
  await github?.close();
});

/** What the registry and the server say right after a step: read while the run goes on. */
interface Moment {
  step: string;
  /** The newest environment tag of staging in the remote, and the version its record names. */
  recorded: string;
  /** What the staging server reports on /health: `<version> <status>`, or `down`. */
  serving: string;
}

/**
 * The staging server's health, asked from a child process: the runner calls
 * its reporter synchronously between steps, so the question must be too.
 */
function servingNow(): string {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `fetch('http://127.0.0.1:${port}/health').then(async (r) => console.log((await r.json()).model_version, r.status), () => console.log('down'))`,
    ],
    { encoding: 'utf8', env: childEnvironment(), timeout: 10_000 },
  );
  return probe.stdout.trim();
}

function recordedNow(): string {
  const tag = environmentTags(remote, 'tiny-lm', 'staging').at(-1);
  return tag === undefined ? 'nothing' : `${tag} ${runningIn(remote, 'tiny-lm', 'staging').version}`;
}

/** Runs cd-compose.yml as a push to main on a fresh checkout, noting after each deploy step what runs and what is recorded. */
async function runCompose() {
  const moments: Moment[] = [];
  const { result, log } = await runOnFreshCheckout(runner, remote, keptStore, {
    workflow,
    event: 'push',
    env: { TINY_LM_DEPLOY_ROOT: deployRoot },
    githubStandIn: github,
    afterStep(step) {
      if (DEPLOY_STEPS.includes(step.id) && step.conclusion !== 'skipped') {
        moments.push({ step: step.id, recorded: recordedNow(), serving: servingNow() });
      }
    },
  });
  return { result, log, moments };
}

/** The stand-in's deployments to staging, oldest first: each one's id and its statuses in order. */
function stagingDeployments(): { id: number; states: string[] }[] {
  return github.deployments
    .filter((deployment) => deployment.environment === 'staging')
    .map((deployment) => ({
      id: Number(deployment.id),
      states: github.statusesOf(deployment.id).map((status) => status.state),
    }));
}

describe('examples/workflows/cd-compose.yml', () => {
  test('a healthy release: start, our own deploy step, finish; one record and a successful GitHub deployment', async () => {
    const { result, log, moments } = await runCompose();
    assert.equal(result.conclusion, 'success', log);
    assertNoUnexpectedInputs(result);
    assert.equal(result.jobs.register.outputs.version, '0.0.1');

    const start = stepOf(result, 'staging', 'start');
    assert.equal(start.outputs.version, '0.0.1');
    assert.equal(start.outputs.tag, 'tiny-lm@v0.0.1');
    assert.equal(start.outputs.digest, result.jobs.register.outputs.digest);
    // start downloaded and verified the stored files; our step served them.
    assert.match(start.outputs['model-dir'], /mlops-models\/tiny-lm\/0\.0\.1$/);
    assert.equal(stepOf(result, 'staging', 'deploy').outputs.url, `http://127.0.0.1:${port}`);
    const finish = stepOf(result, 'staging', 'finish');
    assert.equal(finish.outputs.status, 'success');
    assert.equal(finish.outputs['rollback-version'], '');
    for (const id of ['rollback-start', 'rollback-deploy', 'rollback-finish']) {
      assert.equal(stepOf(result, 'staging', id).conclusion, 'skipped', id);
    }

    // Nothing is recorded until finish saw the health check pass.
    assert.deepEqual(moments, [
      { step: 'start', recorded: 'nothing', serving: 'down' },
      { step: 'deploy', recorded: 'nothing', serving: '0.0.1 200' },
      { step: 'finish', recorded: 'tiny-lm#staging#1 0.0.1', serving: '0.0.1 200' },
    ]);
    assert.deepEqual(environmentTags(remote, 'tiny-lm', 'staging'), ['tiny-lm#staging#1']);
    assert.equal(runningIn(remote, 'tiny-lm', 'staging').rollback, false);
    assert.deepEqual(stagingDeployments(), [
      { id: Number(start.outputs['deployment-id']), states: ['in_progress', 'success'] },
    ]);
    assert.deepEqual(result.jobs.staging.environment, { name: 'staging', url: `http://127.0.0.1:${port}` });
  });

  test('a broken release is not recorded; the workflow redeploys the version before it and records the rollback', async () => {
    await serveWithSimulatedFailure(join(development, 'examples', 'tiny-lm-node'));
    commitAndPush(development, 'Serve with a simulated failure');

    const { result, log, moments } = await runCompose();
    assert.equal(result.conclusion, 'failure', log);
    assertNoUnexpectedInputs(result);
    assert.equal(result.jobs.register.outputs.version, '0.0.2');
    // Our deploy step did its part (the server started); the health check is finish's.
    assert.equal(stepOf(result, 'staging', 'deploy').outcome, 'success');
    const finish = stepOf(result, 'staging', 'finish');
    assert.equal(finish.outcome, 'failure');
    assert.equal(finish.outputs.status, 'failed');
    assert.equal(finish.outputs['rollback-version'], '0.0.1');
    assert.ok(
      finish.annotations.some(
        (annotation) => annotation.level === 'error' && /rollback-version/.test(annotation.message),
      ),
      log,
    );

    const rollbackStart = stepOf(result, 'staging', 'rollback-start');
    assert.equal(rollbackStart.outputs.version, '0.0.1');
    // The files of 0.0.1 come from the store again, verified: this checkout never had them.
    assert.match(rollbackStart.outputs['model-dir'], /mlops-models\/tiny-lm\/0\.0\.1$/);
    assert.equal(stepOf(result, 'staging', 'rollback-deploy').outcome, 'success');
    const rollbackFinish = stepOf(result, 'staging', 'rollback-finish');
    assert.equal(rollbackFinish.outcome, 'success', log);
    assert.equal(rollbackFinish.outputs.status, 'success');

    // The registry never names the broken release: the record of 0.0.1 stands until
    // the rollback's finish saw 0.0.1 healthy again and recorded it as a rollback.
    assert.deepEqual(moments, [
      { step: 'start', recorded: 'tiny-lm#staging#1 0.0.1', serving: '0.0.1 200' },
      { step: 'deploy', recorded: 'tiny-lm#staging#1 0.0.1', serving: '0.0.2 503' },
      { step: 'finish', recorded: 'tiny-lm#staging#1 0.0.1', serving: '0.0.2 503' },
      { step: 'rollback-start', recorded: 'tiny-lm#staging#1 0.0.1', serving: '0.0.2 503' },
      { step: 'rollback-deploy', recorded: 'tiny-lm#staging#1 0.0.1', serving: '0.0.1 200' },
      { step: 'rollback-finish', recorded: 'tiny-lm#staging#2 0.0.1', serving: '0.0.1 200' },
    ]);
    assert.deepEqual(environmentTags(remote, 'tiny-lm', 'staging'), ['tiny-lm#staging#1', 'tiny-lm#staging#2']);
    const record = runningIn(remote, 'tiny-lm', 'staging');
    assert.equal(record.version, '0.0.1');
    assert.equal(record.rollback, true);
    assert.ok(tagsOf(remote).includes('tiny-lm@v0.0.2'), 'the broken release stays registered');
    assert.deepEqual(await servedVersion(port), { status: 200, version: '0.0.1' });

    // On GitHub: the release's deployment failed, the rollback's succeeded.
    const [, release, rollback] = stagingDeployments();
    assert.equal(release.id, Number(stepOf(result, 'staging', 'start').outputs['deployment-id']));
    assert.deepEqual(release.states, ['in_progress', 'failure']);
    assert.equal(rollback.id, Number(rollbackStart.outputs['deployment-id']));
    assert.deepEqual(rollback.states, ['in_progress', 'success']);
  });
});
