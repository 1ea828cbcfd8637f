// .github/workflows/release.yml's own scripts, taken from the file and run
// with bash as GitHub runs a `run:` step, against a local bare remote, with a
// stand-in for the `gh` command line that records what it was asked.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { removeAfterTests } from '@mlops-actions/action-testing';

/** A fresh folder, removed when this file's tests end. */
const temporaryFolder = (prefix) => removeAfterTests(mkdtempSync(join(tmpdir(), prefix)));

const release = parse(readFileSync('.github/workflows/release.yml', 'utf8')).jobs.release;
const scriptOf = (name) => {
  const step = release.steps.find((candidate) => candidate.name?.startsWith(name));
  assert.ok(step, `release.yml has no step "${name}…"`);
  return step.run;
};

function git(cwd, ...args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Runs a step's script as GitHub does (`bash --noprofile --norc -eo pipefail`), in `cwd`. */
function runStep(script, cwd, env) {
  const root = temporaryFolder('release-step-');
  const file = join(root, 'step.sh');
  writeFileSync(file, script);
  const summary = join(root, 'summary.md');
  writeFileSync(summary, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_STEP_SUMMARY: summary, ...env },
  });
  return { ...result, summary: readFileSync(summary, 'utf8') };
}

/** A remote with releases v1.2.0 and v1.3.0, `v1` on v1.3.0, and the release job's checkout of it (fetch-depth 0). */
function releasedRepository() {
  const root = temporaryFolder('release-repo-');
  const remote = join(root, 'remote.git');
  git(root, 'init', '-q', '--bare', '--initial-branch=main', remote);
  const work = join(root, 'work');
  git(root, 'clone', '-q', `file://${remote}`, work);
  const identity = ['-c', 'user.name=Maintainer', '-c', 'user.email=maintainer@example.com'];
  const release = (tag) => {
    git(work, ...identity, 'commit', '-q', '--allow-empty', '-m', tag);
    git(work, ...identity, 'tag', '-a', '-m', tag, tag);
  };
  release('v1.2.0');
  git(work, 'branch', 'release-1.2');
  release('v1.3.0');
  git(work, ...identity, 'tag', '-a', '-m', 'v1', 'v1', 'v1.3.0^{commit}');
  git(work, 'push', '-q', 'origin', 'main', '--tags');
  return {
    remote,
    work,
    /** Tags `tag` on a new commit of `branch` and pushes it, as a maintainer starting a release does. */
    tagRelease(tag, branch = 'main') {
      git(work, 'checkout', '-q', branch);
      release(tag);
      git(work, 'push', '-q', 'origin', `refs/tags/${tag}`);
      const checkout = join(root, `checkout-${tag}`);
      git(root, 'clone', '-q', `file://${remote}`, checkout);
      git(checkout, 'checkout', '-q', tag);
      return checkout;
    },
    /** The commit a tag of the remote points at. */
    commitOf(tag) {
      return git(remote, 'rev-parse', `${tag}^{commit}`);
    },
  };
}

const moveMajor = scriptOf('Move the major tag');

test('release.yml moves the major tag to a new newest release', () => {
  const repo = releasedRepository();
  const checkout = repo.tagRelease('v1.4.0');
  const result = runStep(moveMajor, checkout, { TAG: 'v1.4.0' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(repo.commitOf('v1'), repo.commitOf('v1.4.0'));
  assert.match(result.summary, /Moved v1 to v1\.4\.0\./);
});

test('release.yml leaves the major tag on the newest release when a fix of an older line is released', () => {
  const repo = releasedRepository();
  const checkout = repo.tagRelease('v1.2.1', 'release-1.2');
  const result = runStep(moveMajor, checkout, { TAG: 'v1.2.1' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(repo.commitOf('v1'), repo.commitOf('v1.3.0'));
  assert.match(result.stdout, /v1\.3\.0 is newer than v1\.2\.1: v1 stays where it is\./);
});

test('release.yml leaves the major tag alone for a prerelease, and starts v2 at v2.0.0', () => {
  const repo = releasedRepository();
  const candidate = repo.tagRelease('v1.4.0-rc.1');
  assert.equal(runStep(moveMajor, candidate, { TAG: 'v1.4.0-rc.1' }).status, 0);
  assert.equal(repo.commitOf('v1'), repo.commitOf('v1.3.0'));

  const major = repo.tagRelease('v2.0.0');
  const result = runStep(moveMajor, major, { TAG: 'v2.0.0' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(repo.commitOf('v2'), repo.commitOf('v2.0.0'));
  assert.equal(repo.commitOf('v1'), repo.commitOf('v1.3.0'));
});

/** A `gh` on PATH that logs its arguments; `release view` answers `viewStatus`. */
function fakeGh(viewStatus) {
  const bin = temporaryFolder('fake-gh-');
  const log = join(bin, 'calls.log');
  writeFileSync(log, '');
  writeFileSync(
    join(bin, 'gh'),
    `#!/usr/bin/env bash\necho "$*" >> ${JSON.stringify(log)}\n[[ "$1 $2" == "release view" ]] && exit ${viewStatus}\nexit 0\n`,
  );
  chmodSync(join(bin, 'gh'), 0o755);
  return { PATH: `${bin}${delimiter}${process.env.PATH}`, calls: () => readFileSync(log, 'utf8').trim().split('\n') };
}

const createRelease = scriptOf('Create the GitHub release');

test('release.yml creates a release, marked as a prerelease for a vX.Y.Z-suffix tag', () => {
  const gh = fakeGh(1);
  const stable = runStep(createRelease, tmpdir(), { TAG: 'v1.4.0', PATH: gh.PATH });
  assert.equal(stable.status, 0, stable.stderr);
  const candidate = runStep(createRelease, tmpdir(), { TAG: 'v1.5.0-rc.1', PATH: gh.PATH });
  assert.equal(candidate.status, 0, candidate.stderr);
  assert.deepEqual(
    gh.calls().filter((call) => call.startsWith('release create')),
    [
      'release create v1.4.0 --verify-tag --generate-notes --title v1.4.0',
      'release create v1.5.0-rc.1 --verify-tag --generate-notes --title v1.5.0-rc.1 --prerelease',
    ],
  );
});

test('release.yml keeps a release that exists (a re-run) and refuses a tag that is not vX.Y.Z', () => {
  const gh = fakeGh(0);
  const rerun = runStep(createRelease, tmpdir(), { TAG: 'v1.4.0', PATH: gh.PATH });
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.deepEqual(
    gh.calls().filter((call) => call.startsWith('release create')),
    [],
  );

  const bad = runStep(createRelease, tmpdir(), { TAG: 'v1.4', PATH: gh.PATH });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /^::error::'v1\.4' is not a vX\.Y\.Z release tag\.$/m);
});
