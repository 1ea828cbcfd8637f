import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createGit } from '@mlops-actions/action-kit';
import { cloneOf, createGitFixture, git, tagsOf, temporaryDirectory } from '@mlops-actions/action-testing';
import {
  BOT_IDENTITY,
  DEPLOYMENT_SCHEMA,
  MANIFEST_SCHEMA,
  Registry,
  RegistryError,
  type DeploymentRecord,
  type ModelManifest,
} from '@mlops-actions/registry';

/** Git as on a fresh runner: the machine's global config (and its identity) hidden. */
function runnerGit(cwd: string) {
  return createGit(cwd, { env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
}

function manifestOf(name: string, version: string, digest = `sha256:${'a'.repeat(64)}`): ModelManifest {
  return {
    schema: MANIFEST_SCHEMA,
    name,
    version,
    digest,
    size: 3,
    files: [{ path: 'model.bin', size: 3, sha256: 'b'.repeat(64) }],
    source: { repository: 'owner/repo', commit: '', ref: 'refs/heads/main', run_id: '1', run_url: '' },
    metrics: { eval: { accuracy: 0.9 } },
    metadata: { framework: 'torch' },
    uri: '',
    created_at: '2026-01-01T00:00:00.000Z',
  };
}

function deploymentOf(name: string, version: string, environment: string, rollback = false): DeploymentRecord {
  return {
    schema: DEPLOYMENT_SCHEMA,
    name,
    version,
    environment,
    digest: `sha256:${'a'.repeat(64)}`,
    url: 'https://example.test',
    deployed_at: '2026-01-01T00:00:00.000Z',
    run_url: '',
    rollback,
  };
}

function commitEmpty(workspace: string, message: string): string {
  git(
    workspace,
    '-c',
    'user.name=T',
    '-c',
    'user.email=t@example.com',
    'commit',
    '--quiet',
    '--allow-empty',
    '-m',
    message,
  );
  return git(workspace, 'rev-parse', 'HEAD');
}

void test('a first version is pushed as an annotated tag holding the manifest, made by github-actions[bot]', async () => {
  const { remote, workspace } = await createGitFixture();
  const registry = new Registry(runnerGit(workspace));
  assert.deepEqual(await registry.listVersions('tiny-lm'), []);
  const head = await registry.headCommit();

  assert.equal(await registry.pushVersion(manifestOf('tiny-lm', '0.0.1'), head), 'pushed');

  assert.deepEqual(tagsOf(remote), ['tiny-lm@v0.0.1']);
  assert.equal(git(remote, 'cat-file', '-t', 'tiny-lm@v0.0.1'), 'tag');
  assert.equal(git(remote, 'rev-parse', 'tiny-lm@v0.0.1^{commit}'), head);
  const raw = git(remote, 'cat-file', '-p', 'tiny-lm@v0.0.1');
  assert.match(
    raw,
    new RegExp(
      `^tagger ${BOT_IDENTITY.name.replace(/[[\]]/g, '\\$&')} <${BOT_IDENTITY.email.replace(/[[\]+]/g, '\\$&')}>`,
      'm',
    ),
  );
  const message = git(remote, 'for-each-ref', '--format=%(contents)', 'refs/tags/tiny-lm@v0.0.1');
  const [title, blank, ...json] = message.split('\n');
  assert.equal(title, 'Register tiny-lm version 0.0.1');
  assert.equal(blank, '');
  assert.deepEqual(JSON.parse(json.join('\n')), manifestOf('tiny-lm', '0.0.1'));
  // The user's git config is left as it was: still no identity.
  assert.throws(() =>
    execFileSync('git', ['config', 'user.name'], {
      cwd: workspace,
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
    }),
  );

  const [version] = await registry.listVersions('tiny-lm');
  assert.deepEqual(
    { ...version, object: undefined },
    {
      model: 'tiny-lm',
      version: '0.0.1',
      tag: 'tiny-lm@v0.0.1',
      commit: head,
      object: undefined,
      annotated: true,
    },
  );
});

void test("the checkout's own identity is kept when it has one", async () => {
  const { remote, workspace } = await createGitFixture();
  git(workspace, 'config', 'user.name', 'Ada');
  git(workspace, 'config', 'user.email', 'ada@example.com');
  const registry = new Registry(runnerGit(workspace));
  await registry.pushVersion(manifestOf('m', '1.0.0'), await registry.headCommit());
  assert.match(git(remote, 'cat-file', '-p', 'm@v1.0.0'), /^tagger Ada <ada@example\.com>/m);
});

void test('versions are listed by semver precedence, ignoring other models, non-semver and environment tags', async () => {
  const { remote, workspace } = await createGitFixture();
  const tag = (name: string) =>
    git(workspace, '-c', 'user.name=T', '-c', 'user.email=t@e', 'tag', '-a', '-m', 'x', name);
  for (const name of [
    'tiny-lm@v0.9.0',
    'tiny-lm@v0.10.0',
    'tiny-lm@v1.0.0-rc.1',
    'tiny-lm@v1.0.0',
    'tiny@v2.0.0',
    'tiny-lm-large@v3.0.0',
    'tiny-lm@vlatest',
    'tiny-lm@v1.0',
    'tiny-lm@v1.0.0+build',
    'tiny-lm@vv4.0.0',
    'tiny-lm#prod#1',
    'v5.0.0',
  ]) {
    tag(name);
  }
  git(workspace, 'tag', 'tiny-lm@v0.0.3'); // lightweight: listed (the name is taken) but holds no manifest
  git(workspace, 'push', '--quiet', 'origin', '--tags');
  const shallow = join(await temporaryDirectory(), 'shallow');
  git(workspace, 'clone', '--quiet', '--depth=1', '--no-tags', `file://${remote}`, shallow);
  assert.deepEqual(tagsOf(shallow), []);

  const registry = new Registry(runnerGit(shallow));
  const versions = await registry.listVersions('tiny-lm');
  assert.deepEqual(
    versions.map((v) => v.version),
    ['0.0.3', '0.9.0', '0.10.0', '1.0.0-rc.1', '1.0.0'],
  );
  assert.deepEqual(
    versions.map((v) => v.annotated),
    [false, true, true, true, true],
  );
  assert.equal((await registry.latestVersion('tiny-lm'))?.tag, 'tiny-lm@v1.0.0');
  assert.equal(await registry.latestVersion('nothing-here'), undefined);
  await assert.rejects(registry.readManifest('tiny-lm', '0.0.3'), /tiny-lm@v0\.0\.3 is a lightweight tag/);
  await assert.rejects(registry.readManifest('tiny-lm', '0.9.0'), /does not hold a JSON document/);
});

void test('a manifest is read from a shallow checkout with no tags, fetching only that tag', async () => {
  const { remote, workspace } = await createGitFixture();
  const registry = new Registry(runnerGit(workspace));
  const first = await registry.headCommit();
  await registry.pushVersion(manifestOf('tiny-lm', '0.1.0'), first);
  const later = commitEmpty(workspace, 'later');
  git(workspace, 'push', '--quiet', 'origin', 'main');
  git(workspace, '-c', 'user.name=T', '-c', 'user.email=t@e', 'tag', '-a', '-m', 'x', 'unrelated');
  git(workspace, 'push', '--quiet', 'origin', 'unrelated');

  const shallow = join(await temporaryDirectory(), 'shallow');
  git(workspace, 'clone', '--quiet', '--depth=1', '--no-tags', `file://${remote}`, shallow);
  const reader = new Registry(runnerGit(shallow));
  assert.deepEqual(await reader.readManifest('tiny-lm', '0.1.0'), manifestOf('tiny-lm', '0.1.0'));
  // No local tags appear, and the checkout's own history stays one commit deep.
  assert.deepEqual(tagsOf(shallow), []);
  assert.equal(git(shallow, 'rev-list', '--count', 'HEAD'), '1');
  assert.equal(git(shallow, 'rev-parse', 'HEAD'), later);
  await assert.rejects(reader.readManifest('tiny-lm', '9.9.9'), (error: unknown) => {
    assert.ok(error instanceof RegistryError);
    assert.equal(error.code, 'not-registered');
    assert.match(error.message, /tiny-lm 9\.9\.9 is not registered in 'origin': there is no tag tiny-lm@v9\.9\.9/);
    return true;
  });
});

void test('a version another run pushed first is reported as existing, and nothing is left locally', async () => {
  const { remote, workspace } = await createGitFixture();
  const other = await cloneOf(remote);
  const mine = new Registry(runnerGit(workspace));
  const theirs = new Registry(runnerGit(other));
  const head = await mine.headCommit();
  const results = await Promise.all([
    mine.pushVersion(manifestOf('m', '0.0.1', `sha256:${'1'.repeat(64)}`), head),
    theirs.pushVersion(manifestOf('m', '0.0.1', `sha256:${'2'.repeat(64)}`), head),
  ]);
  assert.deepEqual([...results].sort(), ['exists', 'pushed']);
  const loser = results[0] === 'exists' ? workspace : other;
  assert.deepEqual(tagsOf(loser), []);
  assert.deepEqual(tagsOf(remote), ['m@v0.0.1']);
  const winnerDigest = results[0] === 'pushed' ? '1' : '2';
  assert.equal((await mine.readManifest('m', '0.0.1')).digest, `sha256:${winnerDigest.repeat(64)}`);
});

void test('a push refused for permission says the remote refused it, and leaves no tag anywhere', async () => {
  const { remote, workspace } = await createGitFixture();
  const hook = join(remote, 'hooks', 'pre-receive');
  await writeFile(hook, '#!/bin/sh\necho "Permission to owner/repo.git denied to github-actions[bot]." >&2\nexit 1\n');
  await chmod(hook, 0o755);
  const registry = new Registry(runnerGit(workspace));
  await assert.rejects(
    registry.pushVersion(manifestOf('m', '0.0.1'), await registry.headCommit()),
    (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.equal(error.code, 'push-refused');
      assert.match(
        error.message,
        /^The git remote 'origin' refused the tag m@v0\.0\.1: .*Permission to owner\/repo\.git denied.*\.$/,
      );
      // What the workflow should change is the action's to say (action-kit's explainError).
      assert.doesNotMatch(error.message, /permissions:|actions\/checkout/);
      return true;
    },
  );
  assert.deepEqual(tagsOf(workspace), []);
  assert.deepEqual(tagsOf(remote), []);
});

void test('a push from a shallow checkout to a remote without its history says so, not that permissions are missing', async () => {
  const { remote: origin, workspace: seedClone } = await createGitFixture();
  const identity = ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com'];
  git(seedClone, ...identity, 'commit', '-q', '--allow-empty', '-m', 'two');
  git(seedClone, 'push', '-q', 'origin', 'HEAD:main');
  // actions/checkout's default: one commit deep; the registry is a separate, empty repository.
  const root = await temporaryDirectory('shallow-');
  const workspace = join(root, 'workspace');
  git(root, 'clone', '-q', '--depth=1', `file://${origin}`, workspace);
  const registryRemote = join(root, 'registry.git');
  git(root, 'init', '-q', '--bare', registryRemote);
  const registry = new Registry(runnerGit(workspace), `file://${registryRemote}`);
  await assert.rejects(
    registry.pushVersion(manifestOf('m', '0.0.1'), await registry.headCommit()),
    (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.equal(error.code, 'shallow-refused');
      assert.match(error.message, /refused the tag m@v0\.0\.1: \[remote rejected\] \(shallow update not allowed\)/);
      assert.match(
        error.message,
        / The checkout is shallow and the remote does not have the history of commit [0-9a-f]{40}\.$/,
      );
      return true;
    },
  );
  assert.deepEqual(tagsOf(workspace), []);
  assert.deepEqual(tagsOf(registryRemote), []);
});

void test("the checkout's pre-push hook does not run for a registry tag", async () => {
  // A build step's `npm ci` often installs one (husky sets core.hooksPath); it guards developers' pushes, and its
  // failure would be reported as a refused tag.
  const { remote, workspace } = await createGitFixture();
  const hook = join(workspace, '.git', 'hooks', 'pre-push');
  await writeFile(hook, '#!/bin/sh\ntouch "$GIT_DIR/../hook-ran"\nexit 1\n');
  await chmod(hook, 0o755);
  const registry = new Registry(runnerGit(workspace));
  assert.equal(await registry.pushVersion(manifestOf('m', '0.0.1'), await registry.headCommit()), 'pushed');
  assert.deepEqual(tagsOf(remote), ['m@v0.0.1']);
  assert.ok(!existsSync(join(workspace, 'hook-ran')), 'the hook did not run');
});

void test('an unknown remote or a workspace without git is a clear user error', async () => {
  const { workspace } = await createGitFixture();
  await assert.rejects(new Registry(runnerGit(workspace), 'upstream').listVersions('m'), (error: unknown) => {
    assert.ok(error instanceof RegistryError);
    assert.equal(error.code, 'remote-not-found');
    assert.match(error.message, /^Could not read the registry from the git remote 'upstream': .*upstream/);
    return true;
  });
  assert.throws(
    () => new Registry(runnerGit(workspace), '--upload-pack=touch /tmp/x'),
    (error: unknown) => error instanceof RegistryError && error.code === 'invalid-remote',
  );
  const empty = await temporaryDirectory();
  await assert.rejects(new Registry(runnerGit(empty)).headCommit(), (error: unknown) => {
    assert.ok(error instanceof RegistryError);
    assert.equal(error.code, 'not-a-checkout');
    assert.match(error.message, /^The workspace is not a git checkout with a commit \(.*\)\.$/);
    return true;
  });
});

void test('deployments are recorded as numbered environment tags on the commit of their version', async () => {
  const { remote, workspace } = await createGitFixture();
  const registry = new Registry(runnerGit(workspace));
  const v1Commit = await registry.headCommit();
  await registry.pushVersion(manifestOf('tiny-lm', '0.1.0'), v1Commit);
  commitEmpty(workspace, 'next');
  git(workspace, 'push', '--quiet', 'origin', 'main');
  const v2Commit = await registry.headCommit();
  await registry.pushVersion(manifestOf('tiny-lm', '0.2.0'), v2Commit);

  // A deploy job in another shallow checkout of the newest commit, which lacks v0.1.0's commit.
  const shallow = join(await temporaryDirectory(), 'shallow');
  git(workspace, 'clone', '--quiet', '--depth=1', '--no-tags', `file://${remote}`, shallow);
  const deployer = new Registry(runnerGit(shallow));
  assert.equal(await deployer.currentDeployment('tiny-lm', 'staging'), undefined);

  const first = await deployer.recordDeployment(deploymentOf('tiny-lm', '0.2.0', 'staging'));
  const second = await deployer.recordDeployment(deploymentOf('tiny-lm', '0.1.0', 'staging', true));
  assert.equal(first.tag, 'tiny-lm#staging#1');
  assert.equal(second.tag, 'tiny-lm#staging#2');
  assert.equal(second.commit, v1Commit);
  assert.equal(git(remote, 'rev-parse', 'tiny-lm#staging#1^{commit}'), v2Commit);
  assert.equal(git(remote, 'rev-parse', 'tiny-lm#staging#2^{commit}'), v1Commit);
  assert.equal(git(remote, 'cat-file', '-t', 'tiny-lm#staging#2'), 'tag');
  assert.equal(
    git(remote, 'for-each-ref', '--format=%(contents:subject)', 'refs/tags/tiny-lm#staging#2'),
    'Roll back tiny-lm 0.1.0 to staging',
  );

  // Tags of other environments, and `#` tags without a number, are not assignments of staging.
  git(workspace, 'tag', 'tiny-lm#staging');
  git(workspace, 'tag', 'tiny-lm#staging#x');
  git(workspace, 'tag', 'tiny-lm#staging-eu#7');
  git(workspace, 'push', '--quiet', 'origin', '--tags');
  const assignments = await registry.listAssignments('tiny-lm', 'staging');
  assert.deepEqual(
    assignments.map((a) => a.n),
    [1, 2],
  );
  const everywhere = await registry.listAssignments('tiny-lm');
  assert.deepEqual(
    everywhere.map((a) => a.tag),
    ['tiny-lm#staging#1', 'tiny-lm#staging#2', 'tiny-lm#staging-eu#7'],
  );

  const current = await registry.currentDeployment('tiny-lm', 'staging');
  assert.equal(current?.tag.n, 2);
  assert.deepEqual(current?.record, deploymentOf('tiny-lm', '0.1.0', 'staging', true));
  assert.deepEqual(
    tagsOf(workspace).filter((t) => t.includes('#staging#')),
    ['tiny-lm#staging#x'],
  );
});

void test('concurrent deployments to one environment each get their own number', async () => {
  const { remote, workspace } = await createGitFixture();
  const registry = new Registry(runnerGit(workspace));
  await registry.pushVersion(manifestOf('m', '1.0.0'), await registry.headCommit());
  const clones = await Promise.all([cloneOf(remote), cloneOf(remote), cloneOf(remote)]);
  // A remote that takes half a second per push, as a busy server does: the runs all read the same newest number
  // before any of them lands, however slowly the machine starts them, so the race is real every time.
  const hook = join(remote, 'hooks', 'pre-receive');
  await writeFile(hook, '#!/bin/sh\ncat >/dev/null\nsleep 0.5\n');
  await chmod(hook, 0o755);
  const conflicts: string[] = [];
  const tags = await Promise.all(
    clones.map((clone) =>
      new Registry(runnerGit(clone)).recordDeployment(deploymentOf('m', '1.0.0', 'dev'), {
        wait: () => Promise.resolve(),
        onConflict: (tag) => conflicts.push(tag),
      }),
    ),
  );
  assert.deepEqual(tags.map((t) => t.n).sort(), [1, 2, 3]);
  assert.deepEqual(
    tagsOf(remote).filter((t) => t.startsWith('m#')),
    ['m#dev#1', 'm#dev#2', 'm#dev#3'],
  );
  assert.ok(conflicts.length >= 1, 'at least one run lost a race and retried');
});

void test('recording a deployment of an unregistered version is refused, with no tag', async () => {
  const { remote, workspace } = await createGitFixture();
  const registry = new Registry(runnerGit(workspace));
  await assert.rejects(
    registry.recordDeployment(deploymentOf('m', '1.0.0', 'dev')),
    /m 1\.0\.0 is not registered in 'origin'/,
  );
  await assert.rejects(registry.recordDeployment(deploymentOf('m', '1.0.0', 'Prod')), /The environment name must be/);
  assert.deepEqual(tagsOf(remote), []);
  assert.deepEqual(tagsOf(workspace), []);
});

void test('runs sharing one checkout each push their own tag object: the loser leaves nothing, the winner holds its manifest', async () => {
  const { remote, workspace } = await createGitFixture();
  const head = await new Registry(runnerGit(workspace)).headCommit();
  for (let round = 1; round <= 5; round++) {
    const version = `0.0.${round}`;
    const digests = ['1', '2', '3'].map((d) => `sha256:${d.repeat(64)}`);
    const results = await Promise.all(
      digests.map((digest) => new Registry(runnerGit(workspace)).pushVersion(manifestOf('m', version, digest), head)),
    );
    assert.deepEqual([...results].sort(), ['exists', 'exists', 'pushed']);
    const winner = digests[results.indexOf('pushed')];
    const registry = new Registry(runnerGit(workspace));
    assert.equal((await registry.readManifest('m', version)).digest, winner);
  }
  assert.deepEqual(tagsOf(remote), ['m@v0.0.1', 'm@v0.0.2', 'm@v0.0.3', 'm@v0.0.4', 'm@v0.0.5']);
  assert.deepEqual(tagsOf(workspace), []);
});

void test('push: false creates the local tag, and never replaces one of that name', async () => {
  const { remote, workspace } = await createGitFixture();
  const registry = new Registry(runnerGit(workspace));
  const head = await registry.headCommit();
  assert.equal(await registry.pushVersion(manifestOf('m', '0.0.1'), head, { push: false }), 'local');
  const made = git(workspace, 'rev-parse', 'refs/tags/m@v0.0.1');
  assert.equal(git(workspace, 'cat-file', '-t', made), 'tag');
  assert.match(git(workspace, 'cat-file', '-p', made), /^tagger github-actions\[bot\] </m);

  await assert.rejects(
    registry.pushVersion(manifestOf('m', '0.0.1', `sha256:${'2'.repeat(64)}`), head, { push: false }),
    (error: unknown) => {
      assert.ok(error instanceof RegistryError);
      assert.equal(error.code, 'local-tag-exists');
      assert.match(error.message, /^The checkout already has a tag m@v0\.0\.1 \([0-9a-f]{12}\)/);
      return true;
    },
  );
  assert.equal(git(workspace, 'rev-parse', 'refs/tags/m@v0.0.1'), made);
  assert.deepEqual(tagsOf(remote), []);
});

void test('runs sharing one shallow checkout read a tag together: each fetch either brings it or finds it brought', async () => {
  const { remote, workspace } = await createGitFixture();
  const writer = new Registry(runnerGit(workspace));
  await writer.pushVersion(manifestOf('m', '1.0.0'), await writer.headCommit());
  commitEmpty(workspace, 'later');
  git(workspace, 'push', '--quiet', 'origin', 'main');
  const shallow = join(await temporaryDirectory(), 'shallow');
  git(workspace, 'clone', '--quiet', '--depth=1', '--no-tags', `file://${remote}`, shallow);
  const manifests = await Promise.all(
    Array.from({ length: 6 }, () => new Registry(runnerGit(shallow)).readManifest('m', '1.0.0')),
  );
  for (const manifest of manifests) assert.deepEqual(manifest, manifestOf('m', '1.0.0'));
  assert.deepEqual(tagsOf(shallow), []);
});
