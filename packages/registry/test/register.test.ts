import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGit } from '@mlops-actions/action-kit';
import { cloneOf, createGitFixture, git, tagsOf } from '@mlops-actions/action-testing';
import {
  MANIFEST_SCHEMA,
  Registry,
  RegistryError,
  compareVersions,
  registerVersion,
  type ModelManifest,
} from '@mlops-actions/registry';

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
    (error: unknown) =>
      error instanceof RegistryError &&
      error.code === 'version-not-greater' &&
      /not greater than 1\.0\.0/.test(error.message),
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
    (error: unknown) =>
      error instanceof RegistryError &&
      error.code === 'too-many-conflicts' &&
      /other runs registered the version this run chose first, 3 times\.$/.test(error.message),
  );
  assert.equal(conflicts, 3);
});

void test('with 20 000 versions in the remote, the newest is found by precedence and the next one follows it', async () => {
  const { remote, workspace } = await createGitFixture();
  const commit = git(remote, 'rev-parse', 'main');
  // 0.0.0 to 19.9.99, shuffled, with pre-releases and tags that are not registry versions among them:
  // written straight into the bare remote's packed-refs, as `git pack-refs` would leave them.
  const versions: string[] = [];
  for (let major = 0; major < 20; major++) {
    for (let minor = 0; minor < 10; minor++) {
      for (let patch = 0; patch < 100; patch++) versions.push(`${major}.${minor}.${patch}`);
    }
  }
  const names = [
    ...versions,
    '19.9.100-rc.1',
    '19.9.100-rc.10',
    '19.9.100-rc.9',
    '20.0.0+build.1',
    '020.0.0',
    'latest',
  ].map((version) => `tiny-lm@v${version}`);
  names.push('other@v99.0.0', 'tiny-lm#production#1');
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  const refs = names
    .map((name) => Buffer.from(`refs/tags/${name}`))
    .sort((a, b) => Buffer.compare(a, b))
    .map((ref) => `${commit} ${ref.toString()}\n`);
  const packedRefs = join(remote, 'packed-refs');
  const existing = existsSync(packedRefs) ? await readFile(packedRefs, 'utf8') : '';
  await writeFile(packedRefs, `${existing}${refs.join('')}`);

  const registry = registryIn(workspace);
  const listed = await registry.listVersions('tiny-lm');
  assert.equal(listed.length, 20_000 + 3);
  assert.deepEqual(
    listed.slice(0, 3).map((v) => v.version),
    ['0.0.0', '0.0.1', '0.0.2'],
  );
  assert.deepEqual(
    listed.slice(-4).map((v) => v.version),
    ['19.9.99', '19.9.100-rc.1', '19.9.100-rc.9', '19.9.100-rc.10'],
  );
  assert.ok(
    listed.every((v, i) => i === 0 || compareVersions(listed[i - 1].version, v.version) < 0),
    'ascending by precedence',
  );
  assert.equal((await registry.latestVersion('tiny-lm'))?.version, '19.9.100-rc.10');

  // The newest is a lightweight tag (no manifest to reuse): registration takes the next version after it.
  const registered = await registerVersion(registry, { manifest: manifestWith('7'), commit, bump: 'patch' });
  assert.deepEqual([registered.version, registered.previous, registered.created], ['19.9.100', '19.9.100-rc.10', true]);
  const rerun = await registerVersion(registry, { manifest: manifestWith('7'), commit, bump: 'patch' });
  assert.deepEqual([rerun.version, rerun.created], ['19.9.100', false]);
  const minor = await registerVersion(registry, { manifest: manifestWith('8'), commit, bump: 'minor' });
  assert.deepEqual([minor.version, minor.previous], ['19.10.0', '19.9.100']);
});

void test('the files are stored for the version chosen, before its tag, and again for the next when a run took it', async () => {
  const { remote, workspace } = await createGitFixture();
  const registry = registryIn(workspace);
  const commit = await registry.headCommit();
  // Another run registers 0.0.1 between this run's read of the registry and its push.
  const rival = await cloneOf(remote);
  const stored: string[] = [];
  let raced = false;
  const result = await registerVersion(
    registry,
    {
      manifest: manifestWith('1'),
      commit,
      bump: 'patch',
      storeFiles: async (version) => {
        stored.push(version);
        assert.equal(tagsOf(remote).includes(`tiny-lm@v${version}`), false, 'stored before the tag');
        if (!raced) {
          raced = true;
          await registerVersion(registryIn(rival), { manifest: manifestWith('2'), commit, bump: 'patch' });
        }
        return `oci-layout:models/tiny-lm@sha256:${version.replace(/\./g, '').padStart(64, '0')}`;
      },
    },
    noWait,
  );
  assert.deepEqual(stored, ['0.0.1', '0.0.2']);
  assert.equal(result.version, '0.0.2');
  assert.equal(result.manifest.uri, `oci-layout:models/tiny-lm@sha256:${'002'.padStart(64, '0')}`);
  const again = await registerVersion(registry, {
    manifest: manifestWith('1'),
    commit,
    bump: 'patch',
    storeFiles: () => Promise.reject(new Error('a re-run stores nothing')),
  });
  assert.deepEqual([again.version, again.created], ['0.0.2', false]);
});
