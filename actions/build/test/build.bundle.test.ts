// Runs dist/build/index.js as the runner does, on real projects made in a
// temporary folder, offline. No cache service exists here: the cache path is
// covered through its interface in cache.test.ts.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { coreutilsDigest, runBundle, temporaryDirectory, writeTree } from '@mlops-actions/action-testing';

const NODE_PROJECT = {
  'package.json': JSON.stringify({
    name: 'tiny-model',
    version: '1.0.0',
    private: true,
    scripts: { build: 'node train.mjs' },
  }),
  // What `npm install --package-lock-only` writes for a project without dependencies.
  'package-lock.json': JSON.stringify({
    name: 'tiny-model',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'tiny-model', version: '1.0.0' } },
  }),
  'train.mjs': [
    "import { mkdirSync, writeFileSync } from 'node:fs';",
    "mkdirSync('model/weights', { recursive: true });",
    "writeFileSync('model/config.json', JSON.stringify({ layers: 2 }));",
    "writeFileSync('model/weights/w0.bin', Buffer.alloc(300_000, 7));",
    "writeFileSync('model/scratch.tmp', 'not an artifact');",
    "console.log('trained 2 layers');",
  ].join('\n'),
};

/** The coreutils recipe over exactly `files`, copied with their layout into a fresh folder. */
async function recipeDigestOf(root: string, files: string[]): Promise<string> {
  const copy = await temporaryDirectory('artifacts-copy-');
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(root, file), join(copy, file));
  }
  return coreutilsDigest(copy);
}

describe('dist/build on a Node project', () => {
  test('detects npm, installs, builds, fingerprints the artifacts and sets every output', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(join(workspace, 'project'), NODE_PROJECT);
    const result = await runBundle({
      action: 'build',
      cwd: workspace,
      inputs: {
        'working-directory': 'project',
        artifacts: 'model/**\n# the scratch file is not part of the model\n!**/*.tmp',
      },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    assert.equal(result.outputs['toolchain'], 'node-npm');
    assert.equal(result.outputs['cache-hit'], 'false');
    assert.match(result.outputs['cache-key'] ?? '', /^mlops-build-linux-x64-node-npm-[0-9a-f]{64}$/);
    assert.equal(result.outputs['artifacts-count'], '2');
    const expected = await recipeDigestOf(join(workspace, 'project'), ['model/config.json', 'model/weights/w0.bin']);
    assert.equal(result.outputs['artifacts-digest'], expected);
    assert.match(result.stdout, /trained 2 layers/);
    assert.match(result.stdout, /pipefail -c npm ci\n/);
    assert.ok(result.notices.some((notice) => /The cache is not available here/.test(notice)));
    assert.match(result.summary, /node-npm/);
    assert.match(result.summary, /`npm ci` ✅/);
    assert.match(result.summary, /`npm run build --if-present` ✅/);
    assert.ok(result.summary.includes(expected));
    assert.match(result.summary, /model\/weights\/w0\.bin/);
    // A blank line after <summary> ends the HTML block, or GitHub prints the table as raw text.
    assert.match(result.summary, /<\/summary>\n\n\| Path \| Size \| SHA-256 \|/);
    assert.match(result.summary, /\| Artifacts \| 2 files, /);
  });

  test('the same lock file gives the same cache key; a changed one does not', async () => {
    const run = async (version: string) => {
      const workspace = await temporaryDirectory();
      const lock = JSON.parse(NODE_PROJECT['package-lock.json']) as { version: string };
      lock.version = version;
      await writeTree(workspace, { ...NODE_PROJECT, 'package-lock.json': JSON.stringify(lock) });
      const result = await runBundle({ action: 'build', cwd: workspace, inputs: { install: 'true', build: 'none' } });
      assert.equal(result.exitCode, 0, result.stdout);
      return result.outputs['cache-key'];
    };
    const [a, b, c] = await Promise.all([run('1.0.0'), run('1.0.0'), run('1.0.1')]);
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  test('a failing build fails the step with one error naming the exit code; its output is in the log', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, NODE_PROJECT);
    const result = await runBundle({
      action: 'build',
      cwd: workspace,
      inputs: { build: 'echo "loss is NaN at step 12"; exit 7', artifacts: 'model/**' },
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.errors.length, 1, result.stdout);
    assert.match(result.errors[0], /The build command failed with exit code 7/);
    assert.match(result.errors[0], /loss is NaN at step 12/);
    assert.match(result.stdout, /^loss is NaN at step 12$/m);
    assert.equal(result.outputs['toolchain'], 'node-npm');
    assert.equal(result.outputs['artifacts-digest'], '');
    assert.match(result.summary, /exit code 7/);
    assert.ok(!/at .*\.js:\d+/.test(result.stdout), 'no stack trace');
  });

  test('a multi-line script that fails is named by its first line, its coloured output read without escape codes', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, NODE_PROJECT);
    const script = ['echo "epoch 1"', "printf '\\033[31mRuntimeError\\033[0m: CUDA out of memory\\n'", 'exit 4'].join(
      '\n',
    );
    const result = await runBundle({ action: 'build', cwd: workspace, inputs: { install: 'none', build: script } });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors, [
      'The build command failed with exit code 4: echo "epoch 1" … (last output: RuntimeError: CUDA out of memory). ' +
        "Its output is in the log above; fix the command or set 'build: none' to skip it.",
    ]);
    assert.match(result.stdout, /^::group::Build: echo "epoch 1" …$/m);
    assert.match(result.stdout, /^exit 4$/m, 'the log shows the whole script');
    assert.match(result.summary, /\| Build \| `echo "epoch 1" …` ❌ exit code 4 in /);
    assert.match(result.summary, /^RuntimeError: CUDA out of memory$/m);
    assert.ok(!result.summary.includes('\u001b'), 'no escape codes in the summary');
  });

  test('a working directory whose name looks like a glob is a folder all the same', async () => {
    const workspace = await temporaryDirectory();
    const folder = 'models/tiny [v2] {a,b}';
    await writeTree(join(workspace, folder), NODE_PROJECT);
    const result = await runBundle({
      action: 'build',
      cwd: workspace,
      inputs: { 'working-directory': folder, artifacts: 'model\n!**/*.tmp' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['toolchain'], 'node-npm');
    assert.match(result.outputs['cache-key'] ?? '', /^mlops-build-linux-x64-node-npm-[0-9a-f]{64}$/);
    assert.equal(result.outputs['artifacts-count'], '2');
    assert.equal(
      result.outputs['artifacts-digest'],
      await recipeDigestOf(join(workspace, folder), ['model/config.json', 'model/weights/w0.bin']),
    );
  });

  test('a failing install stops before the build', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, NODE_PROJECT);
    const result = await runBundle({
      action: 'build',
      cwd: workspace,
      inputs: { install: 'echo resolving; exit 3', build: 'touch built' },
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0], /The install command failed with exit code 3: echo resolving; exit 3/);
    assert.ok(!existsSync(join(workspace, 'built')));
  });
});

describe('dist/build on a Python project', () => {
  test('detects pip, installs requirements.txt, runs the training command, fingerprints the model', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, {
      'requirements.txt': '# standard library only\n',
      'train.py': [
        'import json, os',
        "os.makedirs('out', exist_ok=True)",
        "json.dump({'vocab': list('abc')}, open('out/vocab.json', 'w'))",
        "open('out/weights.bin', 'wb').write(bytes(range(256)) * 1000)",
        "print('epoch 1 loss 0.42')",
      ].join('\n'),
    });
    const result = await runBundle({
      action: 'build',
      cwd: workspace,
      inputs: { build: 'python3 train.py', artifacts: 'out' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['toolchain'], 'python-pip');
    assert.match(result.stdout, /pip install -r requirements\.txt/);
    assert.match(result.stdout, /epoch 1 loss 0\.42/);
    assert.equal(result.outputs['artifacts-count'], '2');
    assert.equal(
      result.outputs['artifacts-digest'],
      await recipeDigestOf(workspace, ['out/vocab.json', 'out/weights.bin']),
    );
  });
});

describe('dist/build refuses bad input before running anything', () => {
  const cases: { name: string; inputs: Record<string, string>; setup?: (dir: string) => void; error: RegExp }[] = [
    {
      name: 'a cache mode other than true, restore-only or false',
      inputs: { cache: 'yes' },
      error: /Input 'cache' must be one of 'true', 'restore-only', 'false', not "yes"/,
    },
    {
      name: 'a cache-path that is the home folder',
      inputs: { 'cache-paths': '~/.cache/huggingface\n~' },
      error:
        /Input 'cache-paths' names "~", which is or holds the home folder\. A cache entry can be restored by every/,
    },
    {
      name: 'a cache-key-suffix with a comma',
      inputs: { 'cache-key-suffix': 'dataset-v2,v3' },
      error:
        /Input 'cache-key-suffix' must be at most 200 letters, digits and \. _ - \+ = @ \/ .*, not "dataset-v2,v3"/,
    },
    {
      name: 'a working directory that does not exist',
      inputs: { 'working-directory': 'nope' },
      error: /Input 'working-directory' is "nope", which is not a directory/,
    },
    {
      name: 'a lock file that cannot be read',
      inputs: { 'cache-dependency-path': 'locks/*.json' },
      setup: (dir) => {
        mkdirSync(join(dir, 'locks'));
        symlinkSync(join(dir, 'missing.json'), join(dir, 'locks', 'dangling.json'));
      },
      error: /The lock file "locks\/dangling\.json" cannot be read \(ENOENT\)/,
    },
    {
      name: 'a cache-dependency-path that matches nothing',
      inputs: { 'cache-dependency-path': 'no/such/lock' },
      error: /Input 'cache-dependency-path' \(no\/such\/lock\) matched no file/,
    },
  ];
  for (const { name, inputs, setup, error } of cases) {
    test(name, async () => {
      const workspace = await temporaryDirectory();
      await writeTree(workspace, {
        ...NODE_PROJECT,
        'package.json': JSON.stringify({ scripts: { build: 'touch built' } }),
      });
      setup?.(workspace);
      const result = await runBundle({
        action: 'build',
        cwd: workspace,
        inputs: { install: 'touch installed', ...inputs },
      });
      assert.equal(result.exitCode, 1);
      assert.equal(result.errors.length, 1, result.stdout);
      assert.match(result.errors[0], error);
      assert.ok(!existsSync(join(workspace, 'installed')), 'install did not run');
      assert.ok(!existsSync(join(workspace, 'built')), 'build did not run');
      assert.ok(!/\n\s+at /.test(result.stdout), 'no stack trace');
    });
  }

  test('artifacts that match nothing after the build: every output and the summary of what ran are still there', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, NODE_PROJECT);
    const result = await runBundle({
      action: 'build',
      cwd: workspace,
      inputs: { artifacts: 'weights/**/*.safetensors' },
    });
    assert.equal(result.exitCode, 1);
    const error =
      "Input 'artifacts' (weights/**/*.safetensors) matched no file after the build; check that the build writes them and that the globs are relative to 'working-directory'.";
    assert.deepEqual(result.errors, [error]);
    assert.deepEqual(Object.keys(result.outputs).sort(), [
      'artifacts-count',
      'artifacts-digest',
      'cache-hit',
      'cache-key',
      'toolchain',
    ]);
    assert.equal(result.outputs['toolchain'], 'node-npm');
    assert.equal(result.outputs['cache-hit'], 'false');
    assert.match(result.outputs['cache-key'] ?? '', /^mlops-build-linux-x64-node-npm-[0-9a-f]{64}$/);
    assert.equal(result.outputs['artifacts-digest'], '');
    assert.equal(result.outputs['artifacts-count'], '0');
    assert.match(result.summary, /^## Build ❌ failed$/m);
    assert.match(result.summary, /\| Install \| `npm ci` ✅ in /);
    assert.match(result.summary, /\| Build \| `npm run build --if-present` ✅ in /);
    assert.ok(result.summary.includes(`**Why it failed**\n\n\`\`\`text\n${error}\n\`\`\`\n`), result.summary);
  });

  test('a symbolic link among the artifacts is refused by name', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, NODE_PROJECT);
    const result = await runBundle({
      action: 'build',
      cwd: workspace,
      inputs: {
        install: 'none',
        build: 'mkdir -p model && echo w > model/w.bin && ln -s /etc/passwd model/leak',
        artifacts: 'model/**',
      },
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.errors.length, 1, result.stdout);
    assert.match(result.errors[0], /model\/leak/);
    assert.match(result.errors[0], /symbolic link/i);
  });
});
