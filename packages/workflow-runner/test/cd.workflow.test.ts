// examples/workflows/cd.yml, the file users copy, run end to end through the
// local runner against a local bare remote that holds the Node example. As on
// GitHub, each run starts on a fresh machine: a shallow checkout (what
// actions/checkout gives), nothing deployed from before, and the servers a run
// started are stopped when it ends. Only the model store outlives a run, as
// ghcr.io would: an image-layout folder in place of the registry. A release is
// built, registered with its files in the store, then deployed from the store
// to staging and production; a release that fails its health check in staging
// is rolled back (the files of the version before downloaded again) and never
// reaches production.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createGitFixture, repoRoot, tagsOf, temporaryDirectory } from '@mlops-actions/action-testing';
import type { WorkflowResult } from '../src/index.js';
import {
  assertNoUnexpectedInputs,
  commitAndPush,
  manifestOf,
  runOnFreshCheckout,
  runningIn,
  servedVersion,
  serveWithSimulatedFailure,
  STORE_FOLDER,
  stepOf as step,
  stopServers,
} from './example-deployments.js';
import { copyExample, freePorts, withPorts } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

const runner = await loadRunner();
/** The port of each environment's server (DEPLOY_PORT), picked by the OS. */
const PORTS = { staging: 0, production: 0 };
/** cd.yml with those ports instead of its own 18081 and 18082, and that store. */
let workflow: string;
/** Where the store is kept between runs (each run has a fresh checkout). */
let keptStore: string;

let remote: string;
/** The developer's clone, where changes are committed and pushed. */
let development: string;
/** Each run's deploy root, so that every server started can be stopped. */
const deployRoots: string[] = [];
beforeAll(async () => {
  [PORTS.staging, PORTS.production] = await freePorts(2);
  workflow = await withPorts(
    join(repoRoot, 'examples', 'workflows', 'cd.yml'),
    { 18081: PORTS.staging, 18082: PORTS.production },
    { store: `oci-layout:${STORE_FOLDER}` },
  );
  keptStore = join(await temporaryDirectory('model-store-'), 'store');
  ({ remote, workspace: development } = await createGitFixture());
  await copyExample('tiny-lm-node', join(development, 'examples', 'tiny-lm-node'));
  commitAndPush(development, 'Add the tiny-lm example');
});
afterAll(() => {
  for (const deployRoot of deployRoots) stopServers(deployRoot);
});

/**
 * Runs cd.yml as a push to main, on a fresh checkout and with nothing deployed
 * on this machine yet; the model store is what the runs before left in it.
 */
async function runCd(): Promise<{ result: WorkflowResult; log: string; deployRoot: string }> {
  const deployRoot = await temporaryDirectory('tiny-lm-deployments-');
  deployRoots.push(deployRoot);
  const { result, log } = await runOnFreshCheckout(runner, remote, keptStore, {
    workflow,
    event: 'push',
    env: { TINY_LM_DEPLOY_ROOT: deployRoot },
  });
  return { result, log, deployRoot };
}

describe('examples/workflows/cd.yml', () => {
  test('a release is built read-only, stored and registered, then deployed from the store to staging and production', async () => {
    const { result, log, deployRoot } = await runCd();
    assert.equal(result.conclusion, 'success', log);
    assertNoUnexpectedInputs(result);
    // The build job hands on the model and its metrics, nothing else.
    assert.match(log, /uploaded 4 files \(\d+ bytes\) as artifact 'model'/);
    assert.deepEqual(result.jobs.register.outputs.version, '0.0.1');
    assert.deepEqual(result.jobs.register.outputs.tag, 'tiny-lm@v0.0.1');
    const storeUri = result.jobs.register.outputs['store-uri'];
    assert.match(storeUri, /^oci-layout:\.model-store\/tiny-lm@sha256:[0-9a-f]{64}$/);
    const manifest = manifestOf(remote, 'tiny-lm@v0.0.1');
    assert.equal(manifest.uri, storeUri);
    const modelBytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
    assert.equal(step(result, 'register', 'register').outputs['uploaded-bytes'], String(modelBytes));

    for (const environment of ['staging', 'production'] as const) {
      const deploy = step(result, environment, 'deploy');
      assert.equal(deploy.outputs.status, 'success');
      // Downloaded from the store, never rebuilt: the deploy jobs run no build.
      assert.match(deploy.outputs['model-dir'], /mlops-models\/tiny-lm\/0\.0\.1$/);
      assert.deepEqual(
        result.jobs[environment].steps.map((candidate) => candidate.name),
        ['Run actions/checkout@v5', 'Run actions/setup-node@v5', `Deploy 0.0.1 to ${environment}`],
      );
    }
    assert.equal(
      (log.match(/Downloading tiny-lm@v0\.0\.1 from oci-layout:\.model-store\/tiny-lm@sha256:/g) ?? []).length,
      2,
      log,
    );
    assert.deepEqual(result.jobs.production.environment, {
      name: 'production',
      url: `http://127.0.0.1:${PORTS.production}`,
    });

    assert.ok(tagsOf(remote).includes('tiny-lm@v0.0.1'));
    assert.equal(runningIn(remote, 'tiny-lm', 'staging').version, '0.0.1');
    assert.equal(runningIn(remote, 'tiny-lm', 'production').version, '0.0.1');
    assert.deepEqual(await servedVersion(PORTS.staging), { status: 200, version: '0.0.1' });
    assert.deepEqual(await servedVersion(PORTS.production), { status: 200, version: '0.0.1' });
    stopServers(deployRoot);
  });

  test('a release that fails its health check in staging is rolled back and never reaches production', async () => {
    await serveWithSimulatedFailure(join(development, 'examples', 'tiny-lm-node'));
    commitAndPush(development, 'Serve with a simulated failure');

    const { result, log } = await runCd();
    assert.equal(result.conclusion, 'failure', log);
    assertNoUnexpectedInputs(result);
    assert.equal(result.jobs.register.outputs.version, '0.0.2');
    // Only config.json changed: the store already had the other files.
    const changed = manifestOf(remote, 'tiny-lm@v0.0.2').files.find((file) => file.path === 'config.json');
    assert.equal(step(result, 'register', 'register').outputs['uploaded-bytes'], String(changed?.size));
    const deploy = step(result, 'staging', 'deploy');
    assert.equal(deploy.outcome, 'failure');
    assert.equal(deploy.outputs.status, 'rolled-back');
    assert.equal(deploy.outputs['previous-version'], '0.0.1');
    assert.ok(
      deploy.annotations.some((annotation) => annotation.level === 'error'),
      log,
    );
    assert.equal(result.jobs.production.result, 'skipped');
    // This machine never ran 0.0.1: the rollback downloaded its stored files again.
    assert.match(
      log,
      /Downloading tiny-lm@v0\.0\.2 from [^]*rolling staging back to 0\.0\.1[^]*Downloading tiny-lm@v0\.0\.1 from oci-layout:\.model-store\/tiny-lm@sha256:/,
    );

    assert.deepEqual(runningIn(remote, 'tiny-lm', 'staging'), {
      ...runningIn(remote, 'tiny-lm', 'staging'),
      version: '0.0.1',
      rollback: true,
    });
    assert.equal(runningIn(remote, 'tiny-lm', 'production').version, '0.0.1');
    assert.deepEqual(await servedVersion(PORTS.staging), { status: 200, version: '0.0.1' });
  });
});
