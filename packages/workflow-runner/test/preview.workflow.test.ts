// examples/workflows/preview.yml, run end to end through the local runner on
// pull request events, with GitHub's Deployments API answered by the REST
// stand-in: opening pull request 7 trains its model, registers it under the
// preview model name and serves it in the transient environment pr-7;
// closing it stops the server, removes pr-7's records from the registry and
// sets its GitHub deployments inactive. The preview service outlives a run,
// as a platform's does, so the closing run stops what the opening run started.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createGitFixture, repoRoot, tagsOf, temporaryDirectory } from '@mlops-actions/action-testing';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import type { PullRequestEvent } from '../src/index.js';
import {
  assertNoUnexpectedInputs,
  commitAndPush,
  environmentTags,
  manifestOf,
  runOnFreshCheckout,
  runningIn,
  servedVersion,
  STORE_FOLDER,
  stopServers,
} from './example-deployments.js';
import { copyExample, freePort, withPorts } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

const runner = await loadRunner();
const PREVIEW_MODEL = 'tiny-lm-preview';

let port: number;
let workflow: string;
let keptStore: string;
let remote: string;
let deployRoot: string;
let github: FakeGitHubApi;

beforeAll(async () => {
  port = await freePort();
  workflow = await withPorts(
    join(repoRoot, 'examples', 'workflows', 'preview.yml'),
    { 18090: port },
    { store: `oci-layout:${STORE_FOLDER}` },
  );
  keptStore = join(await temporaryDirectory('model-store-'), 'store');
  deployRoot = await temporaryDirectory('tiny-lm-deployments-');
  let development: string;
  ({ remote, workspace: development } = await createGitFixture());
  await copyExample('tiny-lm-node', join(development, 'examples', 'tiny-lm-node'));
  commitAndPush(development, 'Add the tiny-lm example');
  github = await FakeGitHubApi.start({ repository: 'octo-org/models' });
});
afterAll(async () => {
  stopServers(deployRoot);
  await github?.close();
});

function runPreview(pullRequest: PullRequestEvent) {
  return runOnFreshCheckout(runner, remote, keptStore, {
    workflow,
    pullRequest,
    env: { TINY_LM_DEPLOY_ROOT: deployRoot },
    githubStandIn: github,
  });
}

/** The stand-in's deployments to pr-7: each one's transient flag and newest state. */
function previewDeployments(): { transient: boolean; states: string[] }[] {
  return github.deployments
    .filter((deployment) => deployment.environment === 'pr-7')
    .map((deployment) => ({
      transient: deployment.transient_environment === true,
      states: github.statusesOf(deployment.id).map((status) => status.state),
    }));
}

describe('examples/workflows/preview.yml', () => {
  test('an opened pull request gets its model registered as a preview and served in pr-7', async () => {
    const { result, log } = await runPreview({ number: 7, action: 'opened' });
    assert.equal(result.conclusion, 'success', log);
    assertNoUnexpectedInputs(result);
    assert.equal(result.jobs.teardown.result, 'skipped');
    assert.equal(result.jobs.register.outputs.version, '0.0.1');

    assert.deepEqual(environmentTags(remote, PREVIEW_MODEL, 'pr-7'), [`${PREVIEW_MODEL}#pr-7#1`]);
    assert.equal(runningIn(remote, PREVIEW_MODEL, 'pr-7').version, '0.0.1');
    // Registered from the pull request's ref, under the preview name: the released model has no version of it.
    const manifest = manifestOf(remote, `${PREVIEW_MODEL}@v0.0.1`) as { source?: { ref?: string } };
    assert.equal(manifest.source?.ref, 'refs/pull/7/merge');
    assert.deepEqual(
      tagsOf(remote).filter((tag) => tag.startsWith('tiny-lm@') || tag.startsWith('tiny-lm#')),
      [],
    );
    assert.deepEqual(await servedVersion(port), { status: 200, version: '0.0.1' });
    assert.deepEqual(previewDeployments(), [{ transient: true, states: ['in_progress', 'success'] }]);
    assert.deepEqual(result.jobs.preview.environment, { name: 'pr-7', url: `http://127.0.0.1:${port}` });
  });

  test('closing it stops the server, removes every pr-7 record and leaves its GitHub deployments inactive', async () => {
    const { result, log } = await runPreview({ number: 7, action: 'closed', merged: true });
    assert.equal(result.conclusion, 'success', log);
    assertNoUnexpectedInputs(result);
    for (const job of ['build', 'register', 'preview']) assert.equal(result.jobs[job].result, 'skipped', job);
    assert.equal(result.jobs.teardown.result, 'success');

    assert.deepEqual(
      tagsOf(remote).filter((tag) => tag.includes('#pr-7#')),
      [],
    );
    // The version stays registered: only the environment is gone.
    assert.ok(tagsOf(remote).includes(`${PREVIEW_MODEL}@v0.0.1`));
    await assert.rejects(servedVersion(port), /ECONNREFUSED/);
    const deployments = previewDeployments();
    assert.ok(deployments.length > 0);
    for (const deployment of deployments) assert.equal(deployment.states.at(-1), 'inactive', log);
  });

  test('a pull request from a fork gets no preview: its token could not write, its code does not reach a server', async () => {
    const tags = tagsOf(remote);
    const deployments = github.deployments.length;
    const { result, log } = await runPreview({ number: 8, action: 'opened', headRepository: 'someone/fork' });
    assert.equal(result.conclusion, 'success', log);
    assert.deepEqual(
      Object.values(result.jobs).map((job) => [job.id, job.result]),
      [
        ['build', 'skipped'],
        ['register', 'skipped'],
        ['preview', 'skipped'],
        ['teardown', 'skipped'],
      ],
    );
    assert.deepEqual(tagsOf(remote), tags);
    assert.equal(github.deployments.length, deployments);
  });
});
