import { afterAll, beforeAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { HungServer, createGitFixture, git, runBundle, writeTree } from '@mlops-actions/action-testing';

const GIT_TIMEOUT_MS = 2_000;

let hung: HungServer;
beforeAll(async () => {
  hung = await HungServer.start();
});
afterAll(async () => {
  await hung.close();
});

void test('a git remote that never answers: the step ends after the git timeout, saying nothing was registered', async () => {
  const { workspace } = await createGitFixture();
  await writeTree(workspace, { 'model/weights.bin': 'weights' });
  const remote = `${hung.url}/model.git`;

  const started = Date.now();
  const result = await runBundle({
    action: 'version-model',
    cwd: workspace,
    inputs: { 'model-name': 'tiny-lm', path: 'model', remote },
    env: {
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      MLOPS_ACTIONS_GIT_TIMEOUT_MS: String(GIT_TIMEOUT_MS),
    },
    timeoutMs: 60_000,
  });
  const elapsed = Date.now() - started;

  assert.equal(result.exitCode, 1, result.stdout);
  assert.ok(elapsed < GIT_TIMEOUT_MS + 5_000, `the step took ${elapsed} ms`);
  assert.equal(result.errors.length, 1, result.stdout);
  assert.match(
    result.errors[0],
    /^The git remote 'http:\/\/127\.0\.0\.1:\d+\/model\.git' did not answer within 2 s while the registry was read \(git ls-remote\), so git was stopped and nothing was written to the registry\. Check that the remote is reachable/,
  );
  assert.doesNotMatch(result.stdout, /internal error/);
  assert.deepEqual(result.outputs, {});
  assert.equal(git(workspace, 'tag', '--list'), '');
});
