import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Inputs } from '@mlops-actions/action-kit';
import { temporaryDirectory } from '@mlops-actions/action-testing';
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
      cache: true,
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
    assert.equal(settings.cache, false);
    assert.deepEqual(settings.cacheDependencyPath, []);
    assert.deepEqual(settings.artifacts, ['model/**', '!model/*.tmp']);
    const custom = readSettings(
      inputsOf({ 'working-directory': dir, build: 'python train.py', 'cache-dependency-path': 'requirements*.txt' }),
    );
    assert.deepEqual(custom.build, { kind: 'command', command: 'python train.py' });
    assert.deepEqual(custom.cacheDependencyPath, ['requirements*.txt']);
  });
});
