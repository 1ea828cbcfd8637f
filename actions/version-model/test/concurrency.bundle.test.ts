// Several version-model steps started together in ONE checkout (steps of one job, a matrix on a
// self-hosted runner, the local runner): each registration must hold its own run's manifest.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  coreutilsDigest,
  createGitFixture,
  git,
  runBundle,
  tagsOf,
  writeTree,
  type BundleResult,
} from '@mlops-actions/action-testing';

/** A runner's git: the machine's global config (with its identity) hidden, as on a fresh runner. */
const RUNNER_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

function versionModel(workspace: string, path: string): Promise<BundleResult> {
  return runBundle({
    action: 'version-model',
    cwd: workspace,
    inputs: { 'model-name': 'tiny-lm', path },
    env: RUNNER_GIT,
  });
}

/** The digest in the manifest of a version tag, read from the remote with plain git. */
function digestInRemote(remote: string, tag: string): string {
  const message = git(remote, 'for-each-ref', '--format=%(contents)', `refs/tags/${tag}`);
  return (JSON.parse(message.slice(message.indexOf('\n\n') + 2)) as { digest: string }).digest;
}

function assertSucceeded(result: BundleResult, context: string): void {
  const log = `${context}:\n${result.stdout}${result.stderr}`;
  assert.equal(result.exitCode, 0, log);
  assert.deepEqual(result.errors, [], log);
}

void test('8 concurrent runs of 8 contents in one checkout, 12 rounds: 8 new versions a round, each with its own digest', async () => {
  const { remote, workspace } = await createGitFixture();
  const runs = 8;
  const rounds = 12;
  const registered: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const paths = Array.from({ length: runs }, (_, i) => `model-${i}`);
    for (const path of paths)
      await writeTree(workspace, { [`${path}/weights.bin`]: `weights of ${path}, round ${round}` });
    const results = await Promise.all(paths.map((path) => versionModel(workspace, path)));
    for (const [i, result] of results.entries()) {
      const context = `round ${round}, ${paths[i]}`;
      assertSucceeded(result, context);
      assert.equal(result.outputs['created'], 'true', context);
      const digest = coreutilsDigest(join(workspace, paths[i]));
      assert.equal(result.outputs['digest'], digest, context);
      // The version this run reports holds this run's bits, in the remote.
      assert.equal(digestInRemote(remote, result.outputs['tag']), digest, context);
      registered.push(result.outputs['tag']);
    }
    assert.equal(new Set(registered).size, round * runs, `round ${round}: a version reported twice`);
    assert.deepEqual(tagsOf(remote), [...registered].sort(), `round ${round}`);
  }
});

void test('4 concurrent runs of identical content in one checkout register one version, created once', async () => {
  const { remote, workspace } = await createGitFixture();
  const rounds = 5;
  for (let round = 1; round <= rounds; round++) {
    await writeTree(workspace, { 'model/weights.bin': `the same weights, round ${round}` });
    const digest = coreutilsDigest(join(workspace, 'model'));
    const results = await Promise.all(Array.from({ length: 4 }, () => versionModel(workspace, 'model')));
    for (const result of results) assertSucceeded(result, `round ${round}`);
    const version = `0.0.${round}`;
    assert.deepEqual(new Set(results.map((r) => r.outputs['version'])), new Set([version]), `round ${round}`);
    assert.equal(results.filter((r) => r.outputs['created'] === 'true').length, 1, `round ${round}`);
    assert.equal(digestInRemote(remote, `tiny-lm@v${version}`), digest);
    assert.equal(tagsOf(remote).length, round);
  }
});
