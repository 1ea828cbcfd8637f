import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Inputs, isUserError } from '@mlops-actions/action-kit';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { resolveCachePaths, type CachePathContext } from '../src/cache-paths.js';
import { readSettings } from '../src/inputs.js';

const inputsOf = (values: Record<string, string>) => new Inputs((name) => values[name]);

describe('readSettings', () => {
  test('the contract defaults: auto commands, cache on, no globs', async () => {
    const dir = await temporaryDirectory();
    assert.deepEqual(readSettings(inputsOf({ 'working-directory': dir })), {
      workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
      workingDirectory: dir,
      install: { kind: 'auto' },
      build: { kind: 'auto' },
      cache: 'true',
      cachePaths: [],
      cacheKeySuffix: '',
      cacheContext: {
        home: homedir(),
        workingDirectory: dir,
        workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
        runnerTemp: process.env['RUNNER_TEMP'] || undefined,
      },
      cacheDependencyPath: [],
      artifacts: [],
    });
  });

  test('auto, none and a command; auto as cache-dependency-path is the default', async () => {
    const dir = await temporaryDirectory();
    const settings = readSettings(
      inputsOf({
        'working-directory': dir,
        install: 'auto',
        build: 'none',
        cache: 'false',
        'cache-dependency-path': 'auto',
        artifacts: 'model/**\n# comment\n!model/*.tmp',
      }),
    );
    assert.deepEqual(settings.install, { kind: 'auto' });
    assert.deepEqual(settings.build, { kind: 'none' });
    assert.equal(settings.cache, 'false');
    assert.deepEqual(settings.cacheDependencyPath, []);
    assert.deepEqual(settings.artifacts, ['model/**', '!model/*.tmp']);
    const custom = readSettings(
      inputsOf({ 'working-directory': dir, build: 'python train.py', 'cache-dependency-path': 'requirements*.txt' }),
    );
    assert.deepEqual(custom.build, { kind: 'command', command: 'python train.py' });
    assert.deepEqual(custom.cacheDependencyPath, ['requirements*.txt']);
  });
});

describe('cache, cache-paths and cache-key-suffix', () => {
  const refusal = (work: () => unknown): string => {
    try {
      work();
    } catch (error) {
      assert.ok(isUserError(error), String(error));
      return error.message;
    }
    assert.fail('not refused');
  };

  test('cache is true, restore-only or false; anything else names the three', async () => {
    const dir = await temporaryDirectory();
    for (const cache of ['true', 'restore-only', 'false'] as const) {
      assert.equal(readSettings(inputsOf({ 'working-directory': dir, cache })).cache, cache);
    }
    assert.equal(
      refusal(() => readSettings(inputsOf({ 'working-directory': dir, cache: 'read-only' }))),
      "Input 'cache' must be one of 'true', 'restore-only', 'false', not \"read-only\".",
    );
  });

  test('cache-paths: ~ is the home folder, others are relative to working-directory; blank and # lines skipped', async () => {
    const dir = await temporaryDirectory();
    const settings = readSettings(
      inputsOf({
        'working-directory': dir,
        'cache-paths':
          '~/.cache/huggingface\n\n# torch hub checkpoints\n  ~/.cache/torch  \ndata/cache\n/opt/models\n~/.cache/huggingface/',
      }),
    );
    assert.deepEqual(settings.cachePaths, [
      join(homedir(), '.cache/huggingface'),
      join(homedir(), '.cache/torch'),
      join(dir, 'data/cache'),
      '/opt/models',
    ]);
  });

  test('cache-paths that would put the home folder, the checkout or credentials in a cache entry are refused', () => {
    const context: CachePathContext = {
      home: '/home/runner',
      workingDirectory: '/home/runner/work/repo/repo/model',
      workspace: '/home/runner/work/repo/repo',
      runnerTemp: '/home/runner/work/_temp',
    };
    const refused = (line: string) => refusal(() => resolveCachePaths([line], context));
    for (const [line, what] of [
      ['/', 'the home folder'],
      ['~', 'the home folder'],
      ['~/', 'the home folder'],
      ['/home', 'the home folder'],
      ['..', 'the checkout'],
      ['~/work', 'the checkout'],
      ['/home/runner/work/_temp', "the runner's temporary folder"],
    ]) {
      assert.match(
        refused(line),
        new RegExp(`which is or holds ${what}\\. A cache entry can be restored by every branch`),
      );
    }
    assert.match(refused('../.git/objects'), /inside the checkout's \.git folder/);
    for (const line of ['~/.ssh', '~/.config', '~/.docker/config.json', '~/.aws/']) {
      assert.match(refused(line), /where credentials are kept/);
    }
    assert.match(refused('~/.cache/*/models'), /reads as a glob; cache-paths takes folders/);
    assert.match(refused('$HOME/.cache/torch'), /variables are not expanded/);
    assert.match(refused('~runner/.cache'), /only ~ and ~\/… are expanded/);
    assert.equal(
      refused('models\r::error::PWNED'),
      'Input \'cache-paths\' names "models\\r::error::PWNED", which holds a control character; name each folder on a line of its own.',
    );
    // What is fine: folders of the home folder and of the checkout, and folders elsewhere.
    assert.deepEqual(resolveCachePaths(['~/.cache', '.venv', '/mnt/datasets', '../.github-cache'], context), [
      '/home/runner/.cache',
      '/home/runner/work/repo/repo/model/.venv',
      '/mnt/datasets',
      '/home/runner/work/repo/repo/.github-cache',
    ]);
  });

  test('cache-key-suffix: what a cache key may hold, at most 200 characters', async () => {
    const dir = await temporaryDirectory();
    const suffixOf = (value: string) => readSettings(inputsOf({ 'working-directory': dir, 'cache-key-suffix': value }));
    assert.equal(suffixOf('').cacheKeySuffix, '');
    assert.equal(suffixOf(' dataset-v2.1 ').cacheKeySuffix, 'dataset-v2.1');
    const revision = 'Qwen/Qwen2.5-0.5B@7ae557604adf67be50417f59c2c2f167def9a775';
    assert.equal(suffixOf(revision).cacheKeySuffix, revision);
    assert.equal(suffixOf('a'.repeat(200)).cacheKeySuffix.length, 200);
    for (const value of ['a,b', 'two words', 'a'.repeat(201), 'x\n::error::PWNED', '${{ hashFiles() }}']) {
      assert.match(
        refusal(() => suffixOf(value)),
        /^Input 'cache-key-suffix' must be at most 200 letters, digits and \. _ - \+ = @ \/ \(a cache key holds no comma or space\), not /,
      );
    }
  });
});
