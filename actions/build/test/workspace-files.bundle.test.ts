// The build reads lock files, project files and artifacts only inside the
// workspace, and prints file names as data: hostile files committed to a real
// repository (a lock file whose name carries workflow commands, links to a
// secret outside, an artifacts folder that is a link to `/`), the bundle run
// in a clone as the runner runs it.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  createGitFixture,
  injectedCommands,
  placesHolding,
  plantCanary,
  runBundle,
  type BundleResult,
  type Canary,
  type TreeEntry,
} from '@mlops-actions/action-testing';

const INTENDED = ['group', 'endgroup', 'notice', 'error'];

let canary: Canary;
beforeAll(async () => {
  canary = await plantCanary();
});

/** Runs the bundle in a clone of a repository whose one commit holds `files`. */
async function build(files: Record<string, TreeEntry>, inputs: Record<string, string>): Promise<BundleResult> {
  const { workspace } = await createGitFixture({ files });
  return runBundle({ action: 'build', cwd: workspace, inputs, timeoutMs: 30_000 });
}

function assertNothingLeaked(result: BundleResult): void {
  assert.deepEqual(injectedCommands(result.stdout, INTENDED, 'PWNED'), []);
  assert.deepEqual(placesHolding(canary.text, result), []);
}

/** One `::error::` (the step's failure), exit 1, the summary says why, and nothing leaked. */
function assertRefused(result: BundleResult, error: RegExp): void {
  assert.equal(result.exitCode, 1, result.stdout);
  assert.equal(result.errors.length, 1, result.stdout);
  assert.match(result.errors[0], error);
  assert.doesNotMatch(result.errors[0], /internal error|EACCES/);
  assert.match(result.summary, /\*\*Why it failed\*\*/);
  assertNothingLeaked(result);
}

describe('dist/build prints file names as data', () => {
  test('a lock file whose name carries workflow commands: honest success, no command acted on', async () => {
    const name =
      'requirements\n::error::PWNED by a lock file name\n::set-output name=cache-hit::true\n' +
      '##[set-output name=cache-key;]PWNED\n.txt';
    const result = await build(
      { 'requirements.txt': 'numpy==2.0\n', [name]: 'torch==2.5\n' },
      { install: 'echo installed', 'cache-dependency-path': 'requirements*.txt' },
    );
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    assertNothingLeaked(result);
    // The name is in the log, as text.
    assert.match(result.stdout, /^::error::PWNED by a lock file name$/m);
    assert.equal(result.outputs['cache-hit'], 'false');
    assert.match(result.outputs['cache-key'] ?? '', /^mlops-build-linux-x64-python-pip-[0-9a-f]{64}$/);
    assert.match(result.summary, /^\| Cache key \| `mlops-build-linux-x64-python-pip-[0-9a-f]{64}` \|$/m);
  });

  test('an artifact whose name carries workflow commands is refused by name, the commands inert', async () => {
    const result = await build(
      {
        'model/w.bin': 'w',
        'model/x\n::error::PWNED by an artifact name\n::set-output name=artifacts-count::9\n': 'x',
      },
      { install: 'none', build: 'none', artifacts: 'model/**' },
    );
    assertRefused(
      result,
      /^The file name "\/.*\/workspace\/model\/x\\n::error::PWNED by an artifact name\\n.*" contains a line break/,
    );
  });
});

describe('dist/build refuses files outside the workspace by name, reading none of them', () => {
  test('a lock file committed as a link to a secret outside', async () => {
    const result = await build({ 'requirements.txt': { symlink: canary.secret } }, { install: 'echo installed' });
    assertRefused(
      result,
      /^Input 'cache-dependency-path' \("requirements\.txt"\) names "requirements\.txt", which resolves outside the workspace \(symbolic links are followed\)/,
    );
  });

  test('a lock file matched by a glob that is a link to a secret outside', async () => {
    const result = await build(
      { 'requirements.txt': 'numpy==2.0\n', 'requirements-dev.txt': { symlink: canary.secret } },
      { install: 'echo installed', 'cache-dependency-path': 'requirements*.txt' },
    );
    assertRefused(
      result,
      /^The lock file "requirements-dev\.txt" resolves outside the workspace \(symbolic links are followed\)/,
    );
  });

  test('a package.json committed as a link to a secret outside', async () => {
    // yarn's build command depends on package.json's scripts: the action reads it (npm's does not).
    const result = await build({ 'package.json': { symlink: canary.secret }, 'yarn.lock': '' }, { install: 'none' });
    assertRefused(result, /^package\.json in the working directory resolves outside the workspace/);
  });

  test('a pyproject.toml committed as a link to a secret outside', async () => {
    const result = await build({ 'pyproject.toml': { symlink: canary.secret }, 'uv.lock': '' }, { install: 'none' });
    assertRefused(result, /^pyproject\.toml in the working directory resolves outside the workspace/);
  });

  test('an artifacts folder committed as a link to / is refused without walking it', async () => {
    const started = Date.now();
    const result = await build({ model: { symlink: '/' } }, { install: 'none', build: 'none', artifacts: 'model/**' });
    assertRefused(
      result,
      /^Input 'artifacts' \("model\/\*\*"\) starts at "model", which resolves outside the workspace \(symbolic links are followed\)/,
    );
    assert.ok(Date.now() - started < 20_000, 'the walk went out of the workspace');
  });

  test('an artifacts folder committed as a link to a folder outside', async () => {
    const result = await build(
      { model: { symlink: canary.model } },
      { install: 'none', build: 'none', artifacts: 'model' },
    );
    assertRefused(result, /^Input 'artifacts' \("model"\) names "model", which resolves outside the workspace/);
  });
});
