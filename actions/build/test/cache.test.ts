// The dependency cache through its interface: a fake that records the calls
// the build makes, with real commands and real projects on disk.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { actionsCommandRunner } from '@mlops-actions/action-kit';
import { RecordingLogger, temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import type { DependencyCache } from '../src/cache.js';
import { build, type BuildDependencies } from '../src/build.js';
import type { BuildSettings } from '../src/inputs.js';

type Call =
  { op: 'restore'; paths: string[]; key: string; restoreKeys: string[] } | { op: 'save'; paths: string[]; key: string };

/** Records calls; `entries` are the keys the fake service holds. */
class RecordingCache implements DependencyCache {
  calls: Call[] = [];
  constructor(
    private readonly entries: string[] = [],
    private readonly saveError?: Error,
  ) {}
  isAvailable() {
    return true;
  }
  restore(paths: string[], key: string, restoreKeys: string[]) {
    this.calls.push({ op: 'restore', paths, key, restoreKeys });
    if (this.entries.includes(key)) return Promise.resolve(key);
    return Promise.resolve(this.entries.find((entry) => restoreKeys.some((prefix) => entry.startsWith(prefix))));
  }
  save(paths: string[], key: string) {
    this.calls.push({ op: 'save', paths, key });
    return this.saveError ? Promise.reject(this.saveError) : Promise.resolve();
  }
}

// pip's cache folder, where `pip cache dir` (asked for the folder to cache) finds it: a temporary one with a
// file in it, as an install leaves it, so that the tests neither read nor fill the machine's own.
const pipCache = await temporaryDirectory('pip-cache-');
await writeTree(pipCache, { 'http-v2/entry': 'a downloaded wheel' });
process.env['PIP_CACHE_DIR'] = pipCache;

async function project(): Promise<string> {
  const dir = await temporaryDirectory();
  await writeTree(dir, { 'requirements.txt': 'numpy==2.1.0\n', 'train.py': '' });
  return dir;
}

function settings(dir: string, overrides: Partial<BuildSettings> = {}): BuildSettings {
  const workspace = overrides.workspace ?? dir;
  return {
    workspace: dir,
    workingDirectory: dir,
    install: { kind: 'command', command: 'echo installing' },
    build: { kind: 'none' },
    cache: 'true',
    cachePaths: [],
    cacheKeySuffix: '',
    cacheContext: { home: homedir(), workingDirectory: dir, workspace },
    cacheDependencyPath: [],
    artifacts: [],
    ...overrides,
  };
}

/** Real commands, the fake cache, and a logger that keeps what the user would read. */
function deps(cache: DependencyCache, logger = new RecordingLogger()): BuildDependencies {
  return { commands: actionsCommandRunner, cache, logger };
}

describe('dependency cache', () => {
  test('a miss restores by key then prefix, and saves the same key after a good install', async () => {
    const cache = new RecordingCache();
    const report = await build(settings(await project()), deps(cache));
    assert.equal(report.failure, undefined);
    const [restore, save] = cache.calls;
    assert.equal(cache.calls.length, 2);
    assert.equal(restore?.op, 'restore');
    assert.match(restore.key, /^mlops-build-[a-z0-9]+-[a-z0-9]+-python-pip-[0-9a-f]{64}$/);
    assert.deepEqual(restore.restoreKeys, [restore.key.slice(0, -64)]);
    assert.equal(restore.paths.length, 1);
    assert.ok(restore.paths[0].startsWith('/'), 'an absolute cache folder');
    assert.deepEqual(save, { op: 'save', paths: restore.paths, key: restore.key });
    assert.equal(report.cache.hit, false);
    assert.equal(report.cache.saved, true);
  });

  test('an exact hit is reported and not saved again', async () => {
    const dir = await project();
    const first = new RecordingCache();
    await build(settings(dir), deps(first));
    const key = first.calls[0].key;
    const cache = new RecordingCache([key]);
    const report = await build(settings(dir), deps(cache));
    assert.deepEqual(
      cache.calls.map((call) => call.op),
      ['restore'],
    );
    assert.equal(report.cache.hit, true);
    assert.equal(report.cache.key, key);
  });

  test('an older entry of the same toolchain is restored, cache-hit stays false, and the new key is saved', async () => {
    const cache = new RecordingCache([]);
    const dir = await project();
    await build(settings(dir), deps(cache));
    const prefix = cache.calls[0].key.slice(0, -64);
    const older = new RecordingCache([`${prefix}${'0'.repeat(64)}`]);
    const report = await build(settings(dir), deps(older));
    assert.equal(report.cache.hit, false);
    assert.equal(report.cache.state, 'partial');
    assert.deepEqual(
      older.calls.map((call) => call.op),
      ['restore', 'save'],
    );
  });

  test('nothing is saved after a failed install', async () => {
    const cache = new RecordingCache();
    const report = await build(
      settings(await project(), { install: { kind: 'command', command: 'exit 2' } }),
      deps(cache),
    );
    assert.match(report.failure ?? '', /install command failed with exit code 2/);
    assert.deepEqual(
      cache.calls.map((call) => call.op),
      ['restore'],
    );
  });

  test('a refused save is a warning, never a failed build', async () => {
    const cache = new RecordingCache(
      [],
      new Error('Unable to reserve cache with key …, another job may be creating this cache.'),
    );
    const logger = new RecordingLogger();
    const report = await build(
      settings(await project(), { build: { kind: 'command', command: 'echo built' } }),
      deps(cache, logger),
    );
    assert.equal(report.failure, undefined);
    assert.equal(report.cache.saved, undefined);
    assert.deepEqual(logger.lines('warning'), [
      'The cache was not saved (Unable to reserve cache with key …, another job may be creating this cache.); ' +
        'the build goes on.',
    ]);
    assert.deepEqual(
      report.steps.map((step) => [step.name, step.result.exitCode]),
      [
        ['install', 0],
        ['build', 0],
      ],
    );
  });

  test('no cache calls when cache is false or nothing is installed', async () => {
    for (const overrides of [{ cache: 'false' } as const, { install: { kind: 'none' } as const }]) {
      const cache = new RecordingCache();
      await build(settings(await project(), overrides), deps(cache));
      assert.deepEqual(cache.calls, []);
    }
  });

  test("the cache folder is the one the project's own config names, asked in the working directory", async () => {
    const dir = await temporaryDirectory();
    const projectCache = join(dir, 'npm-cache');
    // A project .npmrc moves npm's cache; `npm ci` in this folder fills that one, so that is what must be cached.
    await writeTree(dir, {
      'model/package.json': '{"name":"m","version":"1.0.0"}',
      'model/package-lock.json': '{"name":"m","version":"1.0.0","lockfileVersion":3,"packages":{}}',
      'model/.npmrc': `cache=${projectCache}\n`,
    });
    const cache = new RecordingCache();
    await build(settings(join(dir, 'model')), deps(cache));
    assert.deepEqual(
      cache.calls.map((call) => [call.op, call.paths]),
      [
        ['restore', [projectCache]],
        ['save', [projectCache]],
      ],
    );
  });

  test("a package manager's folder that is the home folder (a committed .npmrc says so) is left out, with a warning", async () => {
    const dir = await temporaryDirectory();
    const home = join(dir, 'home');
    await writeTree(dir, {
      'model/package.json': '{"name":"m","version":"1.0.0"}',
      'model/package-lock.json': '{"name":"m","version":"1.0.0","lockfileVersion":3,"packages":{}}',
      'model/.npmrc': `cache=${home}\n`,
      'home/.ssh/id_ed25519': 'a private key',
    });
    const project = join(dir, 'model');
    const cache = new RecordingCache();
    const logger = new RecordingLogger();
    const report = await build(
      settings(project, {
        install: { kind: 'none' },
        cachePaths: [join(dir, 'hf-cache')],
        cacheContext: { home, workingDirectory: project, workspace: project },
      }),
      deps(cache, logger),
    );
    // install none: the package manager's folder is not in the entry at all; with an install, it is refused.
    assert.deepEqual(cache.calls[0]?.paths, [join(dir, 'hf-cache')]);
    const installing = new RecordingCache();
    const warned = new RecordingLogger();
    await build(
      settings(project, {
        install: { kind: 'command', command: 'true' },
        cachePaths: [join(dir, 'hf-cache')],
        cacheContext: { home, workingDirectory: project, workspace: project },
      }),
      deps(installing, warned),
    );
    assert.deepEqual(
      installing.calls.map((call) => [call.op, call.paths]),
      [['restore', [join(dir, 'hf-cache')]]],
    );
    assert.deepEqual(warned.lines('warning'), [
      `The package manager's cache folder ${home} is or holds the home folder, so it is left out of the cache; ` +
        "check the project's package manager config (.npmrc, pip.conf, uv.toml, poetry.toml).",
    ]);
    assert.equal(report.failure, undefined);
  });

  test('cache-dependency-path globs go into the key', async () => {
    const dir = await project();
    await writeTree(dir, { 'requirements-dev.txt': 'pytest\n' });
    const plain = new RecordingCache();
    await build(settings(dir), deps(plain));
    const both = new RecordingCache();
    await build(settings(dir, { cacheDependencyPath: ['requirements*.txt'] }), deps(both));
    assert.notEqual(plain.calls[0].key, both.calls[0].key);
  });

  test('a lock file is read through a link inside the workspace; one that leads out is refused unread', async () => {
    const workspace = await temporaryDirectory();
    const outside = await temporaryDirectory();
    await writeTree(outside, { 'requirements.txt': 's3cr3t\n' });
    await writeTree(workspace, {
      'requirements.txt': 'numpy==2.1.0\n',
      'app/requirements.txt': { symlink: '../requirements.txt' },
      'app/requirements-dev.txt': { symlink: join(outside, 'requirements.txt') },
    });
    const app = join(workspace, 'app');
    const linked = new RecordingCache();
    const report = await build(settings(app, { workspace }), deps(linked));
    assert.equal(report.failure, undefined);
    const plain = new RecordingCache();
    await build(settings(workspace), deps(plain));
    // The same bytes under the same name: the same key as the file the link leads to.
    assert.equal(linked.calls[0].key, plain.calls[0].key);

    const refused = new RecordingCache();
    const failed = await build(settings(app, { workspace, cacheDependencyPath: ['requirements*.txt'] }), deps(refused));
    assert.equal(
      failed.failure,
      'The lock file "requirements-dev.txt" resolves outside the workspace (symbolic links are followed); only ' +
        "files of the checkout are read. Point 'cache-dependency-path' at the lock file of the checkout.",
    );
    assert.deepEqual(refused.calls, []);
    assert.deepEqual(failed.steps, [], 'nothing was installed');
  });

  test('a cache that cannot restore is a warning, and the install runs without it', async () => {
    const cache = new RecordingCache();
    cache.restore = () => Promise.reject(new Error('connect ETIMEDOUT'));
    const logger = new RecordingLogger();
    const report = await build(settings(await project()), deps(cache, logger));
    assert.equal(report.failure, undefined);
    assert.equal(report.cache.state, 'miss');
    assert.deepEqual(logger.lines('warning'), [
      'The cache could not be restored (connect ETIMEDOUT); the build runs without it.',
    ]);
    assert.deepEqual(
      report.steps.map((step) => step.name),
      ['install'],
    );
  });

  test('without a cache service the build says so in a notice, and still installs', async () => {
    const cache = new RecordingCache();
    cache.isAvailable = () => false;
    const logger = new RecordingLogger();
    const report = await build(settings(await project()), deps(cache, logger));
    assert.equal(report.failure, undefined);
    assert.equal(report.cache.state, 'unavailable');
    assert.deepEqual(cache.calls, []);
    assert.deepEqual(logger.lines('notice'), [
      'The cache is not available here (no cache service); the build runs without it.',
    ]);
    assert.deepEqual(logger.lines('warning'), []);
    assert.deepEqual(logger.lines('group'), ['Restore cache', 'Install dependencies: echo installing']);
    assert.equal(logger.lines('info')[0], 'Toolchain: python-pip (found requirements.txt)');
  });
});

describe('cache-paths, cache-key-suffix and restore-only', () => {
  /** A pip project whose build downloads a "model" into `downloads`, as training fills ~/.cache/huggingface. */
  async function mlProject(): Promise<{ dir: string; downloads: string; missing: string }> {
    const dir = await project();
    return { dir, downloads: join(dir, 'hf-cache'), missing: join(dir, 'torch-cache') };
  }
  const downloadModel = { kind: 'command', command: 'mkdir -p hf-cache && echo weights > hf-cache/model.bin' } as const;

  test('the folders go into the same entry as the package cache: the same paths restored and saved, after the build', async () => {
    const { dir, downloads, missing } = await mlProject();
    const cache = new RecordingCache();
    const logger = new RecordingLogger();
    const report = await build(
      settings(dir, { cachePaths: [downloads, missing], build: downloadModel }),
      deps(cache, logger),
    );
    assert.equal(report.failure, undefined);
    const [restore, save] = cache.calls;
    // The same list on both sides, though hf-cache only exists after the build: @actions/cache versions by it.
    assert.deepEqual(restore?.paths, [pipCache, downloads, missing]);
    assert.deepEqual(save, { op: 'save', paths: [pipCache, downloads, missing], key: restore.key });
    assert.deepEqual(
      logger.entries.filter((entry) => entry.level === 'group').map((entry) => entry.text),
      ['Restore cache', 'Install dependencies: echo installing', `Build: ${downloadModel.command}`, 'Save cache'],
    );
    assert.deepEqual(
      report.cache.folders.map((folder) => [folder.path, folder.origin, folder.size]),
      [
        [pipCache, 'package manager', 'a downloaded wheel'.length],
        [downloads, 'cache-paths', 'weights\n'.length],
        [missing, 'cache-paths', undefined],
      ],
    );
    // A folder the build did not create is a line of the log, not a warning.
    assert.deepEqual(logger.lines('warning'), []);
    assert.ok(
      logger
        .lines('info')
        .includes(`${missing}: not there, so nothing of it is cached (a folder the build did not create is fine).`),
    );
    assert.equal(report.cache.saved, true);
  });

  test('restore-only restores, never saves, and says so', async () => {
    const { dir, downloads } = await mlProject();
    const cache = new RecordingCache();
    const logger = new RecordingLogger();
    const report = await build(
      settings(dir, { cache: 'restore-only', cachePaths: [downloads], build: downloadModel }),
      deps(cache, logger),
    );
    assert.equal(report.failure, undefined);
    assert.deepEqual(
      cache.calls.map((call) => [call.op, call.paths]),
      [['restore', [pipCache, downloads]]],
    );
    assert.equal(report.cache.saved, undefined);
    assert.equal(report.cache.notSaved, "input 'cache' is restore-only");
    assert.ok(logger.lines('info').includes("The cache is not saved: input 'cache' is restore-only."));
  });

  test('a failed build saves nothing, so a half-downloaded model never becomes the entry', async () => {
    const { dir, downloads } = await mlProject();
    const cache = new RecordingCache();
    const report = await build(
      settings(dir, { cachePaths: [downloads], build: { kind: 'command', command: 'mkdir hf-cache; exit 5' } }),
      deps(cache),
    );
    assert.match(report.failure ?? '', /build command failed with exit code 5/);
    assert.deepEqual(
      cache.calls.map((call) => call.op),
      ['restore'],
    );
    assert.equal(report.cache.notSaved, 'the build failed');
  });

  test('with nothing installed, the cache-paths folders alone are cached, under the toolchain none', async () => {
    const { dir, downloads } = await mlProject();
    const cache = new RecordingCache();
    const report = await build(
      settings(dir, { install: { kind: 'none' }, cachePaths: [downloads], build: downloadModel }),
      deps(cache),
    );
    assert.deepEqual(
      cache.calls.map((call) => [call.op, call.paths]),
      [
        ['restore', [downloads]],
        ['save', [downloads]],
      ],
    );
    assert.match(report.cache.key, /^mlops-build-[a-z0-9]+-[a-z0-9]+-none-[0-9a-f]{64}$/);
  });

  test('when no folder is there after the build, nothing is saved and nothing warns', async () => {
    const { dir, missing } = await mlProject();
    const cache = new RecordingCache();
    const logger = new RecordingLogger();
    const report = await build(
      settings(dir, { install: { kind: 'none' }, cachePaths: [missing] }),
      deps(cache, logger),
    );
    assert.deepEqual(
      cache.calls.map((call) => call.op),
      ['restore'],
    );
    assert.equal(report.cache.notSaved, 'none of its folders is there');
    assert.deepEqual(logger.lines('warning'), []);
  });

  test('the key: the suffix is appended, other cache-paths give another key, none keeps the key of the lock files alone', async () => {
    const { dir, downloads, missing } = await mlProject();
    const keyOf = async (overrides: Partial<BuildSettings>) => {
      const cache = new RecordingCache();
      await build(settings(dir, overrides), deps(cache));
      return cache.calls[0].key;
    };
    const plain = await keyOf({});
    const suffixed = await keyOf({ cacheKeySuffix: 'dataset-v2' });
    assert.equal(suffixed, `${plain}-dataset-v2`);
    const withDownloads = await keyOf({ cachePaths: [downloads] });
    const withBoth = await keyOf({ cachePaths: [downloads, missing] });
    assert.equal(new Set([plain, withDownloads, withBoth]).size, 3);
    // Every key starts with the prefix the restore falls back to.
    for (const key of [suffixed, withDownloads, withBoth]) assert.ok(key.startsWith(plain.slice(0, -64)));
    assert.equal(await keyOf({ cachePaths: [downloads] }), withDownloads, 'stable');
  });
});
