// Version tags pushed by someone who can push tags but is not mlops-actions.
// A forged manifest with this run's digest must not be taken for a
// registration of these bits: it is ignored with a warning, and none of its
// text reaches a command, an output, the manifest file, the summary or the
// tag the action pushes. A forged tag's name is still taken: the new version
// comes after it.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  activeCommandsOf,
  coreutilsDigest,
  createGitFixture,
  git,
  injectedCommands,
  placesHolding,
  runBundle,
  tagsOf,
  writeTree,
} from '@mlops-actions/action-testing';
import { MANIFEST_SCHEMA } from '@mlops-actions/registry';

const CANARY = 'PWNED';
const RUNNER_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

/** Pushes an annotated tag written with `git mktag`, as anyone with push access could, on HEAD. */
function forge(workspace: string, tag: string, message: string): void {
  const commit = git(workspace, 'rev-parse', 'HEAD');
  const text = `object ${commit}\ntype commit\ntag ${tag}\ntagger Mallory <mallory@example.com> 1767225600 +0000\n\n${message}`;
  const object = execFileSync('git', ['mktag'], { cwd: workspace, input: text, encoding: 'utf8' }).trim();
  git(workspace, 'push', '--quiet', 'origin', `${object}:refs/tags/${tag}`);
}

void test('a forged manifest with the same digest is ignored with a warning, never reused: the next version is registered', async () => {
  const { remote, workspace } = await createGitFixture();
  await writeTree(workspace, { 'model/weights.bin': 'weights\n' });
  const inputs = { 'model-name': 'tiny-lm', path: 'model', uri: 's3://models/tiny-lm/' };
  const env = { ...RUNNER_GIT, GITHUB_REPOSITORY: 'owner/repo', GITHUB_RUN_ID: '42', GITHUB_REF: 'refs/heads/main' };
  const first = await runBundle({ action: 'version-model', cwd: workspace, inputs, env });
  assert.equal(first.exitCode, 0, first.stdout);
  const digest = coreutilsDigest(join(workspace, 'model'));
  assert.equal(first.outputs['digest'], digest);

  // Newer than 0.0.1, with these very bits: a re-run would reuse it if it were read as ours.
  const forged = {
    schema: MANIFEST_SCHEMA,
    name: 'tiny-lm',
    version: '0.0.2',
    digest,
    size: 8,
    files: [{ path: 'weights.bin', size: 8, sha256: 'a'.repeat(64) }],
    source: { repository: 'owner/repo', commit: '', ref: 'refs/heads/main', run_id: '1', run_url: '' },
    metrics: {},
    metadata: { card: `[${CANARY}](http://evil.example) <img src=x>` },
    uri: `s3://models/tiny-lm/\n::error::${CANARY}\r::add-mask::tiny-lm`,
    created_at: '2026-01-01T00:00:00.000Z',
  };
  forge(workspace, 'tiny-lm@v0.0.2', `Register tiny-lm version 0.0.2\n\n${JSON.stringify(forged, null, 2)}\n`);
  forge(workspace, `tiny-lm@v0.0.9-${CANARY}"><img/src=x>`, 'Register\n\n{}\n');
  const before = tagsOf(remote);

  const rerun = await runBundle({ action: 'version-model', cwd: workspace, inputs, env });

  assert.equal(rerun.exitCode, 0, rerun.stdout);
  assert.deepEqual(
    { ...rerun.outputs, manifest: undefined },
    {
      version: '0.0.3',
      tag: 'tiny-lm@v0.0.3',
      digest,
      created: 'true',
      'previous-version': '0.0.2',
      'store-uri': '',
      'uploaded-bytes': '0',
      'release-url': '',
      manifest: undefined,
    },
  );
  assert.deepEqual(rerun.errors, []);
  assert.deepEqual(rerun.warnings, [
    `The tag "tiny-lm@v0.0.9-${CANARY}\\"><img/src=x>" in 'origin' is not a version tag of tiny-lm ` +
      '(tiny-lm@v<semantic version>): it is ignored.',
    "The manifest in tag tiny-lm@v0.0.2 has a 'uri' that holds a line break or another control character " +
      `("s3://models/tiny-lm/\\n::error::${CANARY}\\r::add-mask::tiny-lm"): it was not written by mlops-actions. ` +
      'It is ignored.',
  ]);
  assert.deepEqual(injectedCommands(rerun.stdout, ['group', 'endgroup', 'warning'], CANARY), []);
  assert.deepEqual(
    activeCommandsOf(rerun.stdout).filter(({ command }) => command.command === 'add-mask'),
    [],
  );
  const manifestFile = await readFile(rerun.outputs['manifest'], 'utf8');
  const pushed = git(remote, 'for-each-ref', '--format=%(contents)', 'refs/tags/tiny-lm@v0.0.3');
  assert.deepEqual(placesHolding(CANARY, rerun, { 'the manifest file': manifestFile, 'the pushed tag': pushed }), [
    'stdout',
  ]);
  for (const line of rerun.stdout.split(/\r\n|\r|\n/).filter((l) => l.includes(CANARY))) {
    assert.match(line, /^::warning::The (tag|manifest in tag) /);
  }
  assert.doesNotMatch(rerun.summary, /evil|<img|::/);
  assert.deepEqual(
    tagsOf(remote).filter((tag) => !before.includes(tag)),
    ['tiny-lm@v0.0.3'],
  );
  const manifest = JSON.parse(manifestFile) as { uri: string; version: string; metadata: unknown };
  assert.deepEqual([manifest.version, manifest.uri, manifest.metadata], ['0.0.3', 's3://models/tiny-lm/', {}]);
});
