// Several version-model steps started together in ONE checkout (steps of one job, a matrix on a
// self-hosted runner, the local runner): each registration must hold its own run's manifest. The
// checkout is as actions/checkout leaves it: one commit deep, no tags.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
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

/** Runs version-model on `path` as the run `runId`, which its manifest records (`source.run_id`). */
function versionModel(workspace: string, path: string, runId: string): Promise<BundleResult> {
  return runBundle({
    action: 'version-model',
    cwd: workspace,
    inputs: { 'model-name': 'tiny-lm', path },
    env: { ...RUNNER_GIT, GITHUB_REPOSITORY: 'octo-org/models', GITHUB_RUN_ID: runId },
  });
}

interface Manifest {
  digest: string;
  source: { run_id: string };
}

/** The manifest in a version tag, read from the remote with plain git. */
function manifestInRemote(remote: string, tag: string): Manifest {
  const message = git(remote, 'for-each-ref', '--format=%(contents)', `refs/tags/${tag}`);
  return JSON.parse(message.slice(message.indexOf('\n\n') + 2)) as Manifest;
}

/** The manifest a run wrote to its `manifest` output. */
async function manifestOutput(result: BundleResult): Promise<Manifest> {
  return JSON.parse(await readFile(result.outputs['manifest'], 'utf8')) as Manifest;
}

function assertSucceeded(result: BundleResult, context: string): void {
  const log = `${context}:\n${result.stdout}${result.stderr}`;
  assert.equal(result.exitCode, 0, log);
  assert.deepEqual(result.errors, [], log);
}

void test('8 concurrent runs of 8 contents in one checkout, 12 rounds: 8 new versions a round, each with its own digest', async () => {
  const { remote, workspace } = await createGitFixture({ shallow: true });
  const runs = 8;
  const rounds = 12;
  const registered: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const paths = Array.from({ length: runs }, (_, i) => `model-${i}`);
    for (const path of paths) {
      await writeTree(workspace, { [`${path}/weights.bin`]: `weights of ${path}, round ${round}` });
    }
    const results = await Promise.all(paths.map((path, i) => versionModel(workspace, path, `${round}0${i}`)));
    for (const [i, result] of results.entries()) {
      const context = `round ${round}, ${paths[i]}`;
      assertSucceeded(result, context);
      assert.equal(result.outputs['created'], 'true', context);
      const digest = coreutilsDigest(join(workspace, paths[i]));
      assert.equal(result.outputs['digest'], digest, context);
      // The version this run reports holds this run's manifest, in the remote.
      const manifest = manifestInRemote(remote, result.outputs['tag']);
      assert.equal(manifest.digest, digest, context);
      assert.deepEqual(manifest, await manifestOutput(result), context);
      registered.push(result.outputs['tag']);
    }
    assert.equal(new Set(registered).size, round * runs, `round ${round}: a version reported twice`);
    assert.deepEqual(tagsOf(remote), [...registered].sort(), `round ${round}`);
  }
});

void test('4 concurrent runs of identical content in one checkout register one version, created once', async () => {
  const { remote, workspace } = await createGitFixture({ shallow: true });
  // A run that reported a version holding another run's manifest showed up within 12 rounds
  // before runs stopped sharing a local tag (at round 1, 3 and 5 in three tries).
  const rounds = 12;
  for (let round = 1; round <= rounds; round++) {
    await writeTree(workspace, { 'model/weights.bin': `the same weights, round ${round}` });
    const digest = coreutilsDigest(join(workspace, 'model'));
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => versionModel(workspace, 'model', `${round}0${i}`)),
    );
    for (const result of results) assertSucceeded(result, `round ${round}`);
    const version = `0.0.${round}`;
    assert.deepEqual(new Set(results.map((r) => r.outputs['version'])), new Set([version]), `round ${round}`);
    const created = results.filter((r) => r.outputs['created'] === 'true');
    assert.equal(created.length, 1, `round ${round}`);
    // The tag holds the manifest of the run that says it created it; the others reused that one.
    const manifest = manifestInRemote(remote, `tiny-lm@v${version}`);
    assert.equal(manifest.digest, digest);
    for (const result of results) assert.deepEqual(await manifestOutput(result), manifest, `round ${round}`);
    assert.equal(manifest.source.run_id, `${round}0${results.indexOf(created[0])}`, `round ${round}`);
    assert.equal(tagsOf(remote).length, round);
  }
});
