// version-model reads the model and its metrics only inside the workspace:
// hostile files committed to a real repository (links to a secret outside it,
// `../` paths, a file name that carries workflow commands), the bundle run in
// a clone as the runner runs it. A refusal pushes no tag, and the secret is in
// no place a reader sees, the remote's tag messages included.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { truncate } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  createGitFixture,
  injectedCommands,
  placesHolding,
  plantCanary,
  runBundle,
  tagMessagesOf,
  tagsOf,
  type BundleResult,
  type Canary,
  type GitFixture,
  type TreeEntry,
} from '@mlops-actions/action-testing';

/** A runner's git: the machine's global config (with its identity) hidden, as on a fresh runner. */
const RUNNER_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const INTENDED = ['group', 'endgroup', 'error'];

let canary: Canary;
beforeAll(async () => {
  canary = await plantCanary();
});

/** Runs the bundle in a clone of a repository whose one commit holds `files`; `inputs` may depend on where it is. */
async function versionModel(
  files: Record<string, TreeEntry>,
  inputs: Record<string, string> | ((workspace: string) => Record<string, string>),
  { prepare, env }: { prepare?: (workspace: string) => Promise<void>; env?: Record<string, string> } = {},
): Promise<{ result: BundleResult; fixture: GitFixture }> {
  const fixture = await createGitFixture({ files });
  await prepare?.(fixture.workspace);
  const result = await runBundle({
    action: 'version-model',
    cwd: fixture.workspace,
    inputs: { 'model-name': 'tiny-lm', ...(typeof inputs === 'function' ? inputs(fixture.workspace) : inputs) },
    env: { ...RUNNER_GIT, ...env },
    timeoutMs: 30_000,
  });
  return { result, fixture };
}

/** One `::error::`, exit 1, no tag in the checkout or the remote, and the canary in no place a reader sees. */
function assertRefused({ result, fixture }: { result: BundleResult; fixture: GitFixture }, error: RegExp): void {
  assert.equal(result.exitCode, 1, result.stdout);
  assert.equal(result.errors.length, 1, result.stdout);
  assert.match(result.errors[0], error);
  assert.doesNotMatch(result.errors[0], /internal error/);
  assert.deepEqual(tagsOf(fixture.remote), []);
  assert.deepEqual(tagsOf(fixture.workspace), []);
  assert.deepEqual(result.outputs, {});
  assert.deepEqual(injectedCommands(result.stdout, INTENDED, 'PWNED'), []);
  assert.deepEqual(placesHolding(canary.text, result, { tags: tagMessagesOf(fixture.remote) }), []);
}

describe('dist/version-model refuses files outside the workspace by name, reading none of them', () => {
  test('a metrics file committed as a link to a secret outside', async () => {
    const run = await versionModel(
      { 'model/w.bin': 'weights', 'metrics.json': { symlink: canary.json } },
      { path: 'model', metrics: 'metrics.json' },
    );
    assertRefused(
      run,
      /^The metrics file "metrics\.json" \(input 'metrics'\) resolves outside the workspace \(symbolic links are followed\)/,
    );
  });

  test('a metrics path that climbs out of the workspace', async () => {
    // A `../../etc/passwd` of this machine: the secret's path relative to the checkout.
    const run = await versionModel({ 'model/w.bin': 'weights' }, (workspace) => ({
      path: 'model',
      metrics: relative(workspace, canary.json),
    }));
    assertRefused(
      run,
      /^The metrics file "\.\.\/.*credentials\.json" \(input 'metrics'\) resolves outside the workspace/,
    );
  });

  test('a model folder committed as a link to a folder outside: not hashed, its file names not listed', async () => {
    const run = await versionModel({ model: { symlink: canary.model } }, { path: 'model' });
    assertRefused(run, /^'\/.*\/workspace\/model' resolves outside the workspace \(symbolic links are followed\)/);
  });

  test('a model file committed as a link to a secret outside', async () => {
    const run = await versionModel({ 'model.bin': { symlink: canary.secret } }, { path: 'model.bin' });
    assertRefused(run, /^'\/.*\/workspace\/model\.bin' resolves outside the workspace/);
  });

  test('a model path that climbs out of the workspace', async () => {
    const run = await versionModel({ 'model/w.bin': 'weights' }, (workspace) => ({
      path: relative(workspace, canary.model),
    }));
    assertRefused(run, /^'\/.*\/canary-\w+\/model' resolves outside the workspace/);
  });

  test('a link inside the model folder to a secret outside', async () => {
    const run = await versionModel(
      { 'model/w.bin': 'weights', 'model/tokenizer.json': { symlink: canary.json } },
      { path: 'model' },
    );
    assertRefused(run, /^'\/.*\/workspace\/model\/tokenizer\.json' is a symbolic link; links are refused/);
  });

  test('a link inside the model folder to a folder outside', async () => {
    const run = await versionModel(
      { 'model/w.bin': 'weights', 'model/shared': { symlink: canary.model } },
      { path: 'model' },
    );
    assertRefused(run, /^'\/.*\/workspace\/model\/shared' is a symbolic link; links are refused/);
  });
});

describe('dist/version-model on hostile names and sizes', () => {
  test('a model file whose name carries workflow commands is refused by name, and the commands stay inert', async () => {
    const name = 'w\n::error::PWNED by a file name\n::set-output name=version::9.9.9\n.bin';
    const run = await versionModel({ 'model/w.bin': 'weights', [`model/${name}`]: 'x' }, { path: 'model' });
    assertRefused(
      run,
      /^The file name "\/.*\/workspace\/model\/w\\n::error::PWNED by a file name\\n.*" contains a line break; rename/,
    );
  });

  test('a 300 MB metrics file is one clear error, without reading it', async () => {
    const run = await versionModel(
      { 'model/w.bin': 'weights', 'metrics.json': '' },
      { path: 'model', metrics: 'metrics.json' },
      {
        prepare: (workspace) => truncate(join(workspace, 'metrics.json'), 300 * 1024 * 1024),
        // A sparse file, fast to make; with a 64 MB heap, reading it whole would fail the step.
        env: { NODE_OPTIONS: '--max-old-space-size=64' },
      },
    );
    assertRefused(
      run,
      /^The metrics file "metrics\.json" \(input 'metrics'\) is 307200 KiB, over the 256 KiB a metrics file may hold/,
    );
  });
});
