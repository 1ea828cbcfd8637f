import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  coreutilsDigest,
  createGitFixture,
  git,
  injectedCommands,
  runBundle,
  temporaryDirectory,
  writeTree,
  type BundleResult,
} from '@mlops-actions/action-testing';
import { createGit } from '@mlops-actions/action-kit';
import { DEPLOYMENT_SCHEMA, Registry } from '@mlops-actions/registry';

/** A runner's git: the machine's global config (with its identity) hidden, as on a fresh runner. */
const RUNNER_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const MODEL = 'tiny-lm';

function runAction(action: string, workspace: string, inputs: Record<string, string>): Promise<BundleResult> {
  return runBundle({ action, cwd: workspace, inputs, env: RUNNER_GIT });
}

function fetchModel(workspace: string, inputs: Record<string, string>): Promise<BundleResult> {
  return runAction('fetch-model', workspace, { 'model-name': MODEL, ...inputs });
}

/** Writes `files` as the model and registers it with the version-model bundle, as a workflow would. */
async function register(workspace: string, files: Record<string, string | Buffer>, store = 'oci-layout:models') {
  await writeTree(
    workspace,
    Object.fromEntries(Object.entries(files).map(([path, bytes]) => [`model/${path}`, bytes])),
  );
  const result = await runAction('version-model', workspace, { 'model-name': MODEL, path: 'model', store });
  assert.equal(result.exitCode, 0, result.stdout);
  // The next version's files replace these ones.
  git(workspace, 'clean', '--quiet', '-fdx', 'model');
  return { version: result.outputs['version'], digest: result.outputs['digest'], uri: result.outputs['store-uri'] };
}

/** Every file below `root` with its bytes, by path relative to it. */
async function filesIn(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(root.length + 1)] = (await readFile(path)).toString('base64');
  }
  return files;
}

function base64Of(files: Record<string, string | Buffer>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]),
  );
}

const FIRST = {
  'config.json': '{"layers": 2}\n',
  'weights/part 1.bin': Buffer.alloc(300_000, 1),
  'tokenizer.json': '{"vocab": ["a", "b"]}',
};
const SECOND = { ...FIRST, 'weights/part 1.bin': Buffer.alloc(300_000, 2), 'README.md': '# tiny-lm\n' };

void test('fetches latest, an explicit version and the version running in an environment: the registered bytes', async () => {
  const { workspace } = await createGitFixture();
  const first = await register(workspace, FIRST);
  const second = await register(workspace, SECOND);
  assert.deepEqual([first.version, second.version], ['0.0.1', '0.0.2']);
  // What deploy-env writes after a deploy that passed its health check: 0.0.1 runs in staging.
  await new Registry(createGit(workspace, { env: RUNNER_GIT })).recordDeployment({
    schema: DEPLOYMENT_SCHEMA,
    name: MODEL,
    version: '0.0.1',
    environment: 'staging',
    digest: first.digest,
    url: '',
    deployed_at: new Date().toISOString(),
    run_url: '',
    rollback: false,
  });

  const latest = await fetchModel(workspace, {});
  assert.equal(latest.exitCode, 0, latest.stdout);
  assert.deepEqual(latest.errors, []);
  const defaultPath = join(latest.runnerTemp, 'mlops-models', MODEL, '0.0.2');
  assert.deepEqual(latest.outputs, {
    version: '0.0.2',
    tag: 'tiny-lm@v0.0.2',
    digest: second.digest,
    uri: second.uri,
    path: defaultPath,
  });
  assert.match(second.uri, /^oci-layout:models\/tiny-lm@sha256:[0-9a-f]{64}$/);
  assert.deepEqual(await filesIn(defaultPath), base64Of(SECOND));
  assert.equal(coreutilsDigest(defaultPath), second.digest);
  assert.match(latest.stdout, /^Downloading the model: 293\.0 KiB of 293\.0 KiB \(100%\)$/m);
  assert.match(latest.summary, /^## Fetched tiny-lm 0\.0\.2$/m);
  assert.match(latest.summary, /^\| Version \| 0\.0\.2 \(latest\) \|$/m);
  assert.match(latest.summary, /^\| Store \| `oci-layout:models\/tiny-lm@sha256:[0-9a-f]{64}` \|$/m);
  assert.match(latest.summary, /^\| Bytes \| 293\.0 KiB \(300045 bytes\) \|$/m);
  assert.match(latest.summary, /^\| `weights\/part 1\.bin` \| 293\.0 KiB \|$/m);

  const explicit = await fetchModel(workspace, { version: '0.0.1', path: 'fetched/first' });
  assert.equal(explicit.exitCode, 0, explicit.stdout);
  assert.deepEqual(explicit.outputs, {
    version: '0.0.1',
    tag: 'tiny-lm@v0.0.1',
    digest: first.digest,
    uri: first.uri,
    path: join(workspace, 'fetched/first'),
  });
  assert.deepEqual(await filesIn(join(workspace, 'fetched/first')), base64Of(FIRST));

  const staging = await fetchModel(workspace, { version: 'environment:staging' });
  assert.equal(staging.exitCode, 0, staging.stdout);
  assert.equal(staging.outputs['version'], '0.0.1');
  assert.equal(staging.outputs['digest'], first.digest);
  assert.deepEqual(await filesIn(staging.outputs['path']), base64Of(FIRST));
  assert.match(staging.summary, /^\| Version \| 0\.0\.1 \(running in staging, `tiny-lm#staging#1`\) \|$/m);

  const nowhere = await fetchModel(workspace, { version: 'environment:production' });
  assert.equal(nowhere.exitCode, 1);
  assert.deepEqual(nowhere.errors, [
    "Nothing of tiny-lm was deployed to production yet (no tag tiny-lm#production#<n> in 'origin'): deploy a " +
      'version there with the deploy-env action first, or fetch a version by number.',
  ]);
});

void test('a version registered without a store is one clear error, and no folder is made', async () => {
  const { workspace } = await createGitFixture();
  await register(workspace, FIRST, '');
  const result = await fetchModel(workspace, { version: '0.0.1' });
  assert.equal(result.exitCode, 1);
  assert.deepEqual(result.errors, [
    "tiny-lm@v0.0.1 was registered without a store: its manifest records no stored files (empty 'uri'), so there " +
      "is nothing to fetch. Register the version with the version-model action's 'store' input (such as " +
      "'oci-layout:models' or 'oci://ghcr.io/<owner>/<repository>/models'), which stores its files and records " +
      'them by digest.',
  ]);
  assert.ok(!existsSync(join(result.runnerTemp, 'mlops-models')));
  assert.deepEqual(result.outputs, {});
});

void test('a path that already holds files is refused, and nothing in it is touched', async () => {
  const { workspace } = await createGitFixture();
  await register(workspace, FIRST);
  await writeTree(workspace, { 'target/notes.txt': 'keep me' });
  const result = await fetchModel(workspace, { path: 'target' });
  assert.equal(result.exitCode, 1);
  assert.equal(result.errors.length, 1);
  assert.match(
    result.errors[0],
    /^Could not fetch tiny-lm@v0\.0\.1 from "oci-layout:models\/tiny-lm@sha256:[0-9a-f]{64}": ".*\/workspace\/target" is not an empty folder; .* Give input 'path' an empty or absent folder\.$/,
  );
  assert.deepEqual([...(await readdir(join(workspace, 'target')))], ['notes.txt']);
  assert.equal(await readFile(join(workspace, 'target/notes.txt'), 'utf8'), 'keep me');
  // A file where a folder of the path should be is no empty folder either.
  const throughFile = await fetchModel(workspace, { path: 'target/notes.txt/model' });
  assert.equal(throughFile.exitCode, 1);
  assert.match(
    throughFile.errors[0],
    /notes\.txt\/model" is not an empty folder; .* Give input 'path' an empty or absent folder\.$/,
  );
  assert.equal(await readFile(join(workspace, 'target/notes.txt'), 'utf8'), 'keep me');
  assert.deepEqual(
    [...(await readdir(workspace))].filter((name) => name.startsWith('.target')),
    [],
    'no staging folder left',
  );
});

void test('a corrupted blob in the layout fails the fetch with the reason, and leaves no folder', async () => {
  const { workspace } = await createGitFixture();
  await register(workspace, FIRST);
  const blobs = join(workspace, 'models', MODEL, 'blobs', 'sha256');
  const weights = FIRST['weights/part 1.bin'];
  const blob = join(blobs, createHash('sha256').update(weights).digest('hex'));
  // Same size, one byte changed: only the digest can tell.
  const damaged = Buffer.from(weights);
  damaged[1000] = 9;
  await writeFile(blob, damaged);

  const result = await fetchModel(workspace, {});
  assert.equal(result.exitCode, 1);
  assert.equal(result.errors.length, 1);
  assert.match(
    result.errors[0],
    /^Could not fetch tiny-lm@v0\.0\.1 from "oci-layout:models\/tiny-lm@sha256:[0-9a-f]{64}": /,
  );
  assert.match(result.errors[0], /weights\/part 1\.bin/);
  assert.match(result.errors[0], /The stored bytes are not the registered ones \(damaged or altered in the store\)/);
  assert.ok(!existsSync(join(result.runnerTemp, 'mlops-models')), 'no folder, not even a partial one or its parents');
  // Into a path of its own: the folders the pull made for it go too.
  const intoPath = await fetchModel(workspace, { path: 'fetched/tiny-lm' });
  assert.equal(intoPath.exitCode, 1);
  assert.ok(!existsSync(join(workspace, 'fetched')));
  assert.deepEqual(result.outputs, {});
});

/** Pushes a version tag whose manifest is `manifest` with `changes`, as anyone who may push a tag could. */
function forgeVersion(workspace: string, from: string, version: string, changes: Record<string, unknown>): void {
  const message = git(workspace, 'for-each-ref', '--format=%(contents)', `refs/tags/${from}`);
  const manifest = {
    ...(JSON.parse(message.slice(message.indexOf('\n\n') + 2)) as Record<string, unknown>),
    version,
    ...changes,
  };
  const identity = ['-c', 'user.name=Mallory', '-c', 'user.email=mallory@example.com'];
  const tag = `${MODEL}@v${version}`;
  git(
    workspace,
    ...identity,
    'tag',
    '-a',
    tag,
    '-m',
    `Register ${MODEL} version ${version}\n\n${JSON.stringify(manifest)}`,
  );
  git(workspace, 'push', '--quiet', 'origin', tag);
}

void test('forged registry records are refused cleanly: a layout outside the workspace, an injected digest', async () => {
  const { workspace } = await createGitFixture();
  const first = await register(workspace, FIRST);
  git(workspace, 'fetch', '--quiet', 'origin', 'tag', `${MODEL}@v0.0.1`);
  const manifestDigest = first.uri.slice(first.uri.indexOf('@') + 1);

  forgeVersion(workspace, `${MODEL}@v0.0.1`, '0.0.2', { uri: `oci-layout:../../elsewhere/tiny-lm@${manifestDigest}` });
  const outside = await fetchModel(workspace, { version: '0.0.2' });
  assert.equal(outside.exitCode, 1);
  assert.deepEqual(outside.errors, [
    'tiny-lm@v0.0.2 records its files in the layout "../../elsewhere/tiny-lm", which is outside the workspace: ' +
      'fetch-model reads layout stores inside the workspace only (a forged or hand-written record?). Nothing was fetched.',
  ]);
  // An absolute layout path, to a real copy of the store: it is outside however the path is written.
  const copy = join(dirname(workspace), 'elsewhere-absolute');
  await cp(join(workspace, 'models'), copy, { recursive: true });
  forgeVersion(workspace, `${MODEL}@v0.0.1`, '0.0.1-abs', { uri: `oci-layout:${copy}/tiny-lm@${manifestDigest}` });
  const absolute = await fetchModel(workspace, { version: '0.0.1-abs' });
  assert.equal(absolute.exitCode, 1, absolute.stdout);
  assert.deepEqual(absolute.errors, [
    `tiny-lm@v0.0.1-abs records its files in the layout ${JSON.stringify(`${copy}/tiny-lm`)}, which is outside the ` +
      'workspace: fetch-model reads layout stores inside the workspace only (a forged or hand-written record?). ' +
      'Nothing was fetched.',
  ]);

  forgeVersion(workspace, `${MODEL}@v0.0.1`, '0.0.3', { digest: 'sha256:evil\n::error::x' });
  const injected = await fetchModel(workspace, { version: '0.0.3' });
  assert.equal(injected.exitCode, 1);
  assert.equal(injected.errors.length, 1);
  assert.match(injected.errors[0], /^The manifest in tag tiny-lm@v0\.0\.3 has a 'digest' that is not 'sha256:' and 64/);
  assert.ok(injected.errors[0].includes('"sha256:evil\\n::error::x"'), injected.errors[0]);
  assert.deepEqual(injectedCommands(injected.stdout, ['error', 'group', 'endgroup'], 'x'), []);

  forgeVersion(workspace, `${MODEL}@v0.0.1`, '0.0.4', { uri: `s3://bucket/tiny-lm\n::error::x@${manifestDigest}` });
  const notAStore = await fetchModel(workspace, { version: '0.0.4' });
  assert.equal(notAStore.exitCode, 1);
  assert.equal(notAStore.errors.length, 1);
  assert.match(
    notAStore.errors[0],
    /^The manifest in tag tiny-lm@v0\.0\.4 has a 'uri' that holds a line break or another control character \("s3:\/\/bucket\/tiny-lm\\n::error::x@sha256:[0-9a-f]+…"\): it was not written by mlops-actions\.$/,
  );
  assert.deepEqual(injectedCommands(notAStore.stdout, ['error', 'group', 'endgroup'], 'x'), []);
  // An environment record whose digest is not the version's: deploy-env never writes one.
  await new Registry(createGit(workspace, { env: RUNNER_GIT })).recordDeployment({
    schema: DEPLOYMENT_SCHEMA,
    name: MODEL,
    version: '0.0.1',
    environment: 'qa',
    digest: `sha256:${'0'.repeat(64)}`,
    url: '',
    deployed_at: new Date().toISOString(),
    run_url: '',
    rollback: false,
  });
  const mismatched = await fetchModel(workspace, { version: 'environment:qa' });
  assert.equal(mismatched.exitCode, 1);
  assert.deepEqual(mismatched.errors, [
    `The environment record tiny-lm#qa#1 says 0.0.1 was deployed with the digest sha256:${'0'.repeat(64)}, but ` +
      `tiny-lm@v0.0.1 was registered with ${first.digest}: the record was not written by deploy-env, so nothing ` +
      'was fetched. Fetch the version by number instead.',
  ]);
  for (const run of [outside, injected, notAStore, mismatched]) {
    assert.ok(!existsSync(join(run.runnerTemp, 'mlops-models')));
    assert.deepEqual(run.outputs, {});
  }
});

void test('symbolic links do not lead a fetch out of the workspace: neither path nor a layout store', async () => {
  const { workspace } = await createGitFixture();
  await register(workspace, FIRST);
  const outside = await temporaryDirectory('fetch-model-outside-');
  await symlink(outside, join(workspace, 'link'));

  const throughPath = await fetchModel(workspace, { path: 'link/model' });
  assert.equal(throughPath.exitCode, 1);
  assert.deepEqual(throughPath.errors, [
    'Input \'path\' is "link/model", which leads outside the workspace and RUNNER_TEMP through a symbolic link: ' +
      'give a folder inside the workspace.',
  ]);
  assert.deepEqual([...(await readdir(outside))], []);

  // The layout itself moved outside, with a link left in its place.
  await rename(join(workspace, 'models'), join(outside, 'models'));
  await symlink(join(outside, 'models'), join(workspace, 'models'));
  const throughLayout = await fetchModel(workspace, {});
  assert.equal(throughLayout.exitCode, 1);
  assert.deepEqual(throughLayout.errors, [
    'tiny-lm@v0.0.1 records its files in the layout "models/tiny-lm", which is outside the workspace: ' +
      'fetch-model reads layout stores inside the workspace only (a forged or hand-written record?). Nothing was fetched.',
  ]);
  assert.ok(!existsSync(join(throughLayout.runnerTemp, 'mlops-models')));
});
