import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { UserError } from '@mlops-actions/action-kit/errors';
import { cloneOf, createGitFixture, git, tagsOf } from '@mlops-actions/action-testing';
import { MANIFEST_SCHEMA, Registry, createGit, registerVersion, type ModelManifest } from '@mlops-actions/registry';

function registryIn(workspace: string): Registry {
  return new Registry(createGit(workspace, { env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } }));
}

function manifestWith(digestByte: string, name = 'tiny-lm'): Omit<ModelManifest, 'version'> {
  return {
    schema: MANIFEST_SCHEMA,
    name,
    digest: `sha256:${digestByte.repeat(64)}`,
    size: 1,
    files: [],
    source: { repository: '', commit: '', ref: '', run_id: '', run_url: '' },
    metrics: {},
    metadata: {},
    uri: '',
    created_at: new Date().toISOString(),
  };
}

const noWait = { wait: () => Promise.resolve() };

void test('the first version is the bump of 0.0.0, a re-run reuses it, new bits take the next version', async () => {
  const { workspace } = await createGitFixture({ shallow: true });
  const registry = registryIn(workspace);
  const commit = await registry.headCommit();

  const first = await registerVersion(registry, { manifest: manifestWith('1'), commit, bump: 'patch' });
  assert.deepEqual(
    [first.version, first.tag, first.created, first.previous],
    ['0.0.1', 'tiny-lm@v0.0.1', true, undefined],
  );
  const again = await registerVersion(registry, { manifest: manifestWith('1'), commit, bump: 'patch' });
  assert.deepEqual([again.version, again.created, again.previous], ['0.0.1', false, '0.0.1']);
  assert.equal(again.manifest.created_at, first.manifest.created_at, 'the registered manifest is returned');
  const minor = await registerVersion(registry, { manifest: manifestWith('2'), commit, bump: 'minor' });
  assert.deepEqual([minor.version, minor.created, minor.previous], ['0.1.0', true, '0.0.1']);
});

void test('an explicit version is reused only when it is the newest with the same bits', async () => {
  const { remote, workspace } = await createGitFixture();
  const registry = registryIn(workspace);
  const commit = await registry.headCommit();
  await registerVersion(registry, { manifest: manifestWith('1'), commit, bump: 'patch', version: '1.0.0-rc.1' });
  const release = await registerVersion(registry, {
    manifest: manifestWith('1'),
    commit,
    bump: 'patch',
    version: '1.0.0',
  });
  assert.deepEqual([release.version, release.created], ['1.0.0', true]);
  const rerun = await registerVersion(registry, {
    manifest: manifestWith('1'),
    commit,
    bump: 'patch',
    version: '1.0.0',
  });
  assert.deepEqual([rerun.version, rerun.created], ['1.0.0', false]);
  await assert.rejects(
    registerVersion(registry, { manifest: manifestWith('2'), commit, bump: 'patch', version: '1.0.0' }),
    (error: unknown) => error instanceof UserError && /not greater than 1\.0\.0/.test(error.message),
  );
  assert.deepEqual(tagsOf(remote), ['tiny-lm@v1.0.0', 'tiny-lm@v1.0.0-rc.1']);
});

void test('racing runs with different bits each get their own version; identical bits get one', async () => {
  const { remote } = await createGitFixture();
  const clones = await Promise.all(Array.from({ length: 4 }, () => cloneOf(remote)));
  const registries = clones.map(registryIn);
  const commit = await registries[0].headCommit();

  const distinct = await Promise.all(
    registries.map((registry, i) =>
      registerVersion(registry, { manifest: manifestWith(String(i)), commit, bump: 'patch' }, noWait),
    ),
  );
  assert.deepEqual(distinct.map((r) => r.version).sort(), ['0.0.1', '0.0.2', '0.0.3', '0.0.4']);
  assert.ok(distinct.every((r) => r.created));

  const same = await Promise.all(
    registries.map((registry) =>
      registerVersion(registry, { manifest: manifestWith('f'), commit, bump: 'minor' }, noWait),
    ),
  );
  assert.deepEqual(new Set(same.map((r) => r.version)), new Set(['0.1.0']));
  assert.equal(same.filter((r) => r.created).length, 1);
  assert.deepEqual(tagsOf(remote), [
    'tiny-lm@v0.0.1',
    'tiny-lm@v0.0.2',
    'tiny-lm@v0.0.3',
    'tiny-lm@v0.0.4',
    'tiny-lm@v0.1.0',
  ]);
  for (const clone of clones)
    assert.ok(
      tagsOf(clone).every((t) => tagsOf(remote).includes(t)),
      'no stray local tag',
    );
});

void test('a tag in the namespace that mlops-actions did not write does not block registration', async () => {
  const { remote, workspace } = await createGitFixture();
  git(workspace, '-c', 'user.name=T', '-c', 'user.email=t@e', 'tag', '-a', '-m', 'hand-made release', 'tiny-lm@v2.0.0');
  git(workspace, 'push', '--quiet', 'origin', '--tags');
  const registry = registryIn(workspace);
  const result = await registerVersion(registry, {
    manifest: manifestWith('1'),
    commit: await registry.headCommit(),
    bump: 'patch',
  });
  assert.equal(result.version, '2.0.1');
  assert.ok(tagsOf(remote).includes('tiny-lm@v2.0.1'));
});

void test('a run that keeps losing gives up with a clear error after the bounded tries', async () => {
  const { workspace } = await createGitFixture();
  const registry = registryIn(workspace);
  const commit = await registry.headCommit();
  let conflicts = 0;
  // Another writer takes each version this run chose, right before its push.
  const rival = registryIn(await cloneOf(git(workspace, 'remote', 'get-url', 'origin').replace('file://', '')));
  const racing = Object.create(registry) as Registry;
  racing.pushVersion = async (manifest, at, options) => {
    await rival.pushVersion({ ...manifest, digest: `sha256:${'9'.repeat(64)}` }, at);
    return registry.pushVersion(manifest, at, options);
  };
  await assert.rejects(
    registerVersion(
      racing,
      { manifest: manifestWith('1'), commit, bump: 'patch' },
      { ...noWait, maxTries: 3, onConflict: () => conflicts++ },
    ),
    /other runs registered the version this run chose first, 3 times/,
  );
  assert.equal(conflicts, 3);
});
