import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  cloneOf,
  coreutilsDigest,
  createGitFixture,
  git,
  runBundle,
  tagsOf,
  temporaryDirectory,
  writeTree,
  type BundleResult,
} from '@mlops-actions/action-testing';

/** A runner's git: the machine's global config (with its identity) hidden, as on a fresh runner. */
const RUNNER_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

function versionModel(
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<BundleResult> {
  return runBundle({ action: 'version-model', cwd: workspace, inputs, env: { ...RUNNER_GIT, ...env } });
}

/** The JSON document of a tag's message in `repository`. */
function tagDocument(repository: string, tag: string): unknown {
  const message = git(repository, 'for-each-ref', '--format=%(contents)', `refs/tags/${tag}`);
  return JSON.parse(message.slice(message.indexOf('\n\n') + 2));
}

void test('versions a model end to end: 0.0.1, an idempotent re-run, then a minor bump for new bits', async () => {
  const { remote, workspace } = await createGitFixture();
  await writeTree(workspace, {
    'model/config.json': '{"layers": 2}\n',
    'model/weights/part-1.bin': Buffer.alloc(100_000, 7),
    'model/weights/part 2.bin': 'second part',
    'eval/metrics.json': '{"eval": {"accuracy": 0.91, "loss": 0.2}, "perplexity": 12.5}',
  });
  const head = git(workspace, 'rev-parse', 'HEAD');
  const env = {
    GITHUB_REPOSITORY: 'owner/repo',
    GITHUB_RUN_ID: '42',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
  };
  const inputs = {
    'model-name': 'tiny-lm',
    path: 'model',
    metrics: 'eval/metrics.json',
    metadata: 'framework=pytorch\n# a comment\n\ndataset=wiki=2024',
    uri: 's3://models/tiny-lm/',
  };

  const first = await versionModel(workspace, inputs, env);
  assert.equal(first.exitCode, 0, first.stdout);
  assert.deepEqual(first.errors, []);
  const digest = coreutilsDigest(join(workspace, 'model'));
  assert.deepEqual(
    { ...first.outputs, manifest: undefined },
    {
      version: '0.0.1',
      tag: 'tiny-lm@v0.0.1',
      digest,
      created: 'true',
      'previous-version': '',
      'store-uri': '',
      'uploaded-bytes': '0',
      'release-url': '',
      manifest: undefined,
    },
  );
  assert.ok(first.outputs['manifest'].startsWith(first.runnerTemp));

  // The tag is annotated, pushed, on the checked-out commit, and holds the manifest the action wrote.
  assert.deepEqual(tagsOf(remote), ['tiny-lm@v0.0.1']);
  assert.equal(git(remote, 'cat-file', '-t', 'tiny-lm@v0.0.1'), 'tag');
  assert.equal(git(remote, 'rev-parse', 'tiny-lm@v0.0.1^{commit}'), head);
  assert.match(git(remote, 'cat-file', '-p', 'tiny-lm@v0.0.1'), /^tagger github-actions\[bot\] </m);
  const manifest = JSON.parse(await readFile(first.outputs['manifest'], 'utf8')) as Record<string, unknown>;
  assert.deepEqual(tagDocument(remote, 'tiny-lm@v0.0.1'), manifest);
  assert.deepEqual(Object.keys(manifest), [
    'schema',
    'name',
    'version',
    'digest',
    'size',
    'files',
    'source',
    'metrics',
    'metadata',
    'uri',
    'created_at',
  ]);
  assert.deepEqual(
    { ...manifest, created_at: undefined, files: undefined },
    {
      schema: 'mlops-actions/model-manifest@1',
      name: 'tiny-lm',
      version: '0.0.1',
      digest,
      size: 100_000 + 14 + 11,
      files: undefined,
      source: {
        repository: 'owner/repo',
        commit: head,
        ref: 'refs/heads/main',
        run_id: '42',
        run_url: 'https://github.com/owner/repo/actions/runs/42',
      },
      metrics: { eval: { accuracy: 0.91, loss: 0.2 }, perplexity: 12.5 },
      metadata: { framework: 'pytorch', dataset: 'wiki=2024' },
      uri: 's3://models/tiny-lm/',
      created_at: undefined,
    },
  );
  assert.deepEqual(
    (manifest['files'] as { path: string }[]).map((f) => f.path),
    ['config.json', 'weights/part 2.bin', 'weights/part-1.bin'],
  );
  assert.match(first.summary, /^## Model tiny-lm 0\.0\.1$/m);
  assert.match(first.summary, /\| eval\.accuracy \| 0\.91 \|/);
  assert.match(first.summary, /\[commit [0-9a-f]{7}\]\(https:\/\/github\.com\/owner\/repo\/commit\/[0-9a-f]{40}\)/);
  assert.match(first.stdout, /^::group::Hash /m);
  assert.match(first.stdout, /^Hashing the model: 97\.7 KiB of 97\.7 KiB \(100%\)$/m);

  const rerun = await versionModel(workspace, inputs, env);
  assert.equal(rerun.exitCode, 0, rerun.stdout);
  assert.equal(rerun.outputs['created'], 'false');
  assert.equal(rerun.outputs['version'], '0.0.1');
  assert.equal(rerun.outputs['digest'], digest);
  assert.deepEqual(tagsOf(remote), ['tiny-lm@v0.0.1']);
  assert.match(rerun.summary, /already registered as `tiny-lm@v0\.0\.1`/);

  await writeFile(join(workspace, 'model/config.json'), '{"layers": 3}\n');
  const minor = await versionModel(workspace, { ...inputs, bump: 'minor' }, env);
  assert.equal(minor.exitCode, 0, minor.stdout);
  assert.equal(minor.outputs['version'], '0.1.0');
  assert.equal(minor.outputs['previous-version'], '0.0.1');
  assert.equal(minor.outputs['created'], 'true');
  assert.equal(minor.outputs['digest'], coreutilsDigest(join(workspace, 'model')));
  assert.deepEqual(tagsOf(remote), ['tiny-lm@v0.0.1', 'tiny-lm@v0.1.0']);
});

void test('a single-file model in a shallow checkout with no tags, and an explicit version', async () => {
  const { remote, workspace } = await createGitFixture({ shallow: true });
  const seeded = await cloneOf(remote);
  await writeTree(seeded, { 'm/w.bin': 'old' });
  assert.equal((await versionModel(seeded, { 'model-name': 'clf', path: 'm', version: '1.4.0' })).exitCode, 0);
  assert.deepEqual(tagsOf(workspace), []);

  await writeTree(workspace, { 'out/model.onnx': 'onnx bytes' });
  const result = await versionModel(workspace, { 'model-name': 'clf', path: 'out/model.onnx', bump: 'major' });
  assert.equal(result.exitCode, 0, result.stdout);
  assert.equal(result.outputs['version'], '2.0.0');
  assert.equal(result.outputs['previous-version'], '1.4.0');
  assert.equal(result.outputs['digest'], coreutilsDigest(join(workspace, 'out')));
  const manifest = tagDocument(remote, 'clf@v2.0.0') as { files: { path: string }[] };
  assert.deepEqual(
    manifest.files.map((f) => f.path),
    ['model.onnx'],
  );

  const explicit = await versionModel(workspace, { 'model-name': 'clf', path: 'out', version: '2.1.0-rc.1' });
  assert.equal(explicit.outputs['version'], '2.1.0-rc.1');
  assert.deepEqual(tagsOf(remote), ['clf@v1.4.0', 'clf@v2.0.0', 'clf@v2.1.0-rc.1']);
});

void test('push: false tags the checkout only', async () => {
  const { remote, workspace } = await createGitFixture();
  await writeTree(workspace, { 'model/a': 'a' });
  const result = await versionModel(workspace, { 'model-name': 'm', path: 'model', push: 'false' });
  assert.equal(result.exitCode, 0, result.stdout);
  assert.equal(result.outputs['created'], 'true');
  assert.deepEqual(tagsOf(workspace), ['m@v0.0.1']);
  assert.deepEqual(tagsOf(remote), []);
  assert.match(result.summary, /in this checkout only/);
});

void test('six concurrent runs with different bits register six versions, none lost', async () => {
  const { remote } = await createGitFixture();
  const workspaces = await Promise.all(
    Array.from({ length: 6 }, async (_, i) => {
      const workspace = await cloneOf(remote);
      await writeTree(workspace, { 'model/weights.bin': `weights of run ${i}` });
      return workspace;
    }),
  );
  const results = await Promise.all(
    workspaces.map((workspace) => versionModel(workspace, { 'model-name': 'tiny-lm', path: 'model' })),
  );
  for (const result of results) assert.equal(result.exitCode, 0, result.stdout);
  const versions = results.map((r) => r.outputs['version']).sort();
  assert.deepEqual(versions, ['0.0.1', '0.0.2', '0.0.3', '0.0.4', '0.0.5', '0.0.6']);
  assert.ok(results.every((r) => r.outputs['created'] === 'true'));
  assert.deepEqual(
    tagsOf(remote),
    versions.map((v) => `tiny-lm@v${v}`),
  );
  // Each tag holds the digest of the run that got that version.
  for (const [i, result] of results.entries()) {
    const manifest = tagDocument(remote, result.outputs['tag']) as { digest: string };
    assert.equal(manifest.digest, coreutilsDigest(join(workspaces[i], 'model')));
  }
});

void test('six concurrent runs with identical bits register one version, created once', async () => {
  const { remote } = await createGitFixture();
  const workspaces = await Promise.all(
    Array.from({ length: 6 }, async () => {
      const workspace = await cloneOf(remote);
      await writeTree(workspace, { 'model/weights.bin': 'the same weights' });
      return workspace;
    }),
  );
  const results = await Promise.all(
    workspaces.map((workspace) => versionModel(workspace, { 'model-name': 'tiny-lm', path: 'model' })),
  );
  for (const result of results) assert.equal(result.exitCode, 0, result.stdout);
  assert.deepEqual(new Set(results.map((r) => r.outputs['version'])), new Set(['0.0.1']));
  assert.equal(results.filter((r) => r.outputs['created'] === 'true').length, 1);
  assert.deepEqual(tagsOf(remote), ['tiny-lm@v0.0.1']);
  for (const workspace of workspaces) assert.ok(tagsOf(workspace).every((tag) => tag === 'tiny-lm@v0.0.1'));
});

interface BadInput {
  name: string;
  inputs: Record<string, string>;
  error: RegExp;
  setup?: (workspace: string, remote: string) => Promise<void>;
}

const badInputs: BadInput[] = [
  { name: 'an empty model name', inputs: { 'model-name': '' }, error: /^Input 'model-name' is required/ },
  {
    name: 'a model name with a path',
    inputs: { 'model-name': '../evil' },
    error: /^The model name must be 1 to 64 characters.*not "\.\.\/evil"/,
  },
  { name: 'a model name with spaces', inputs: { 'model-name': 'tiny lm' }, error: /^The model name must be/ },
  {
    name: 'a model name with shell characters',
    inputs: { 'model-name': 'x;touch pwned' },
    error: /^The model name must be/,
  },
  {
    name: 'a model name with a command substitution',
    inputs: { 'model-name': '$(touch pwned)' },
    error: /^The model name must be/,
  },
  { name: 'upper case in the model name', inputs: { 'model-name': 'TinyLM' }, error: /^The model name must be/ },
  { name: 'a path that does not exist', inputs: { path: 'no-such-model' }, error: /no-such-model/ },
  {
    name: 'a symbolic link inside the model',
    inputs: {},
    error: /symbolic link/i,
    setup: async (workspace) => {
      await symlink('/etc/passwd', join(workspace, 'model/link'));
    },
  },
  {
    name: 'an empty model folder',
    inputs: { path: 'empty' },
    error: /^'.*empty' holds no files .*there is no model to version/,
    setup: async (workspace) => {
      await mkdir(join(workspace, 'empty/sub'), { recursive: true });
    },
  },
  {
    name: 'an unknown bump',
    inputs: { bump: 'huge' },
    error: /^Input 'bump' must be one of 'major', 'minor', 'patch', not "huge"/,
  },
  {
    name: 'a version with a leading v',
    inputs: { version: 'v1.0.0' },
    error: /^Input 'version' must be a semantic version/,
  },
  {
    name: 'a version that is not semver',
    inputs: { version: '1.0' },
    error: /^Input 'version' must be a semantic version/,
  },
  {
    // Valid semver, but git refuses the tag name tiny-lm@v1.0.0-rc.lock: refused before hashing, not as our bug.
    name: 'a pre-release version that cannot be a tag name',
    inputs: { version: '1.0.0-rc.lock' },
    error: /^Input 'version' must be a semantic version .*not ending in '\.lock'.*not "1\.0\.0-rc\.lock"/,
  },
  {
    name: 'a version not greater than the newest',
    inputs: { version: '0.9.0' },
    error: /^The version 0\.9\.0 is not greater than 1\.0\.0, the newest registered version of tiny-lm/,
    setup: async (_, remote) => {
      const other = await cloneOf(remote);
      await writeTree(other, { 'model/w': 'other bits' });
      const seeded = await versionModel(other, { 'model-name': 'tiny-lm', path: 'model', version: '1.0.0' });
      assert.equal(seeded.exitCode, 0, seeded.stdout);
    },
  },
  {
    name: 'a metrics file that is not JSON',
    inputs: { metrics: 'metrics.json' },
    error:
      /^The metrics file "metrics\.json" \(input 'metrics'\) is not valid JSON \(line 1, column 1: expected a value\)\.$/,
    setup: (workspace) => writeFile(join(workspace, 'metrics.json'), 'accuracy: 0.9'),
  },
  {
    name: 'a metrics file that does not exist',
    inputs: { metrics: 'nope.json' },
    error:
      /^The metrics file "nope\.json" \(input 'metrics'\) does not exist: write it before this step or fix input 'metrics'\.$/,
  },
  {
    name: 'a metadata line without =',
    inputs: { metadata: 'framework=pytorch\nonly-a-key' },
    error: /^Each line of input 'metadata' must be key=value .*not "only-a-key"/,
  },
  { name: 'push that is not a boolean', inputs: { push: 'yes' }, error: /^Input 'push' must be 'true' or 'false'/ },
  {
    name: 'a push refused for missing permission',
    inputs: {},
    error: /refused the tag tiny-lm@v0\.0\.1: .*denied.*permissions: contents: write.*persist-credentials/,
    setup: async (_, remote) => {
      const hook = join(remote, 'hooks', 'pre-receive');
      await writeFile(
        hook,
        '#!/bin/sh\necho "Permission to owner/repo.git denied to github-actions[bot]." >&2\nexit 1\n',
      );
      await chmod(hook, 0o755);
    },
  },
];

for (const bad of badInputs) {
  void test(`bad input: ${bad.name} is one ::error::, exit 1, and no tag anywhere`, async () => {
    const { remote, workspace } = await createGitFixture();
    await mkdir(join(workspace, 'model'));
    await writeFile(join(workspace, 'model/w.bin'), 'weights');
    await bad.setup?.(workspace, remote);
    const remoteTags = tagsOf(remote);

    const result = await versionModel(workspace, { 'model-name': 'tiny-lm', path: 'model', ...bad.inputs });

    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.errors.length, 1, result.stdout);
    assert.match(result.errors[0], bad.error);
    assert.doesNotMatch(result.errors[0], /internal error/);
    assert.deepEqual(tagsOf(workspace), []);
    assert.deepEqual(tagsOf(remote), remoteTags);
    assert.equal(result.outputs['version'], undefined);
    assert.ok(!existsSync(join(workspace, 'pwned')), 'nothing was executed');
  });
}

void test('a remote that is not a remote of the checkout is a user error', async () => {
  const { workspace } = await createGitFixture();
  await writeTree(workspace, { 'model/w': 'w' });
  const result = await versionModel(workspace, { 'model-name': 'm', path: 'model', remote: 'upstream' });
  assert.equal(result.exitCode, 1);
  assert.equal(result.errors.length, 1);
  assert.match(
    result.errors[0],
    /Could not read the registry from the git remote 'upstream'.*Set 'remote' to a remote of the checkout/,
  );
});

void test('outside a git checkout the action says to run actions/checkout', async () => {
  const workspace = await temporaryDirectory();
  await writeTree(workspace, { 'model/w': 'w' });
  const result = await versionModel(workspace, { 'model-name': 'm', path: 'model' });
  assert.equal(result.exitCode, 1);
  assert.match(result.errors[0], /run actions\/checkout before this step/);
});
