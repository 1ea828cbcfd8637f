import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Inputs, UserError } from '@mlops-actions/action-kit';
import { parseMetadata, readSettings, runSourceOf } from '../src/inputs.js';
import { flatten } from '../src/summary.js';
import { sourceOf } from '../src/manifest.js';

function inputsOf(values: Record<string, string>): Inputs {
  return new Inputs((name) => values[name]);
}

void test('inputs get the contract defaults and paths relative to the workspace', () => {
  assert.deepEqual(
    readSettings(inputsOf({ 'model-name': 'tiny-lm', path: 'model' }), '/home/runner/work/models/models', {}),
    {
      workspace: '/home/runner/work/models/models',
      modelName: 'tiny-lm',
      path: '/home/runner/work/models/models/model',
      bump: 'patch',
      metadata: {},
      uri: '',
      push: true,
      remote: 'origin',
      source: { repository: '', ref: '', run_id: '', run_url: '' },
      serverUrl: 'https://github.com',
    },
  );
  const all = readSettings(
    inputsOf({
      'model-name': 'm',
      path: '/abs/model.bin',
      bump: 'major',
      version: '2.0.0-rc.1',
      metrics: 'eval/m.json',
      metadata: 'a=1\n# note\n\n b = two = 2 ',
      uri: 's3://x',
      push: 'false',
      remote: 'https://example.test/repo.git',
    }),
    '/w',
    {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '7',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SERVER_URL: 'https://ghe.example',
    },
  );
  assert.equal(all.path, '/abs/model.bin');
  assert.deepEqual(all.metrics, { path: '/w/eval/m.json', input: 'eval/m.json' });
  assert.equal(all.version, '2.0.0-rc.1');
  assert.equal(all.serverUrl, 'https://ghe.example');
  assert.deepEqual(all.source, {
    repository: 'o/r',
    ref: 'refs/heads/main',
    run_id: '7',
    run_url: 'https://ghe.example/o/r/actions/runs/7',
  });
  assert.deepEqual(all.metadata, { a: '1', b: 'two = 2' });
  assert.equal(all.push, false);
  assert.equal(all.remote, 'https://example.test/repo.git');
});

void test('a remote that looks like an option is refused', () => {
  assert.throws(
    () => readSettings(inputsOf({ 'model-name': 'm', path: 'p', remote: '--upload-pack=touch x' })),
    /^UserError: Input 'remote' must be a remote name/,
  );
});

void test('a uri that is not one line is refused: the registry would ignore its manifest', () => {
  assert.throws(
    () => readSettings(inputsOf({ 'model-name': 'm', path: 'p', uri: 's3://models/m/\n::error::x' })),
    /^UserError: Input 'uri' must be one line, without control characters, not "s3:\/\/models\/m\/\\n::error::x"\.$/,
  );
});

void test('metadata keys are data, given once, and every line needs =', () => {
  assert.deepEqual(Object.keys(parseMetadata(['__proto__=x'])), ['__proto__']);
  assert.throws(() => parseMetadata(['a=1', 'a=2']), /gives the key "a" twice/);
  assert.throws(() => parseMetadata(['=value']), UserError);
  assert.throws(() => parseMetadata(['no equals']), /must be key=value/);
});

void test('metrics are shown by dot path', () => {
  assert.deepEqual(flatten({ eval: { accuracy: 0.9, per_class: [1, 2] }, name: 'x', ok: true, none: null }), [
    ['eval.accuracy', '0.9'],
    ['eval.per_class', '[1,2]'],
    ['name', 'x'],
    ['ok', 'true'],
    ['none', 'null'],
  ]);
});

void test('the source comes from the runner environment, empty outside GitHub, with the run attempt', () => {
  assert.deepEqual(sourceOf('abc', runSourceOf({})), {
    repository: '',
    commit: 'abc',
    ref: '',
    run_id: '',
    run_url: '',
  });
  const run = { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7', GITHUB_SERVER_URL: 'https://ghe.example' };
  assert.equal(sourceOf('abc', runSourceOf(run)).run_url, 'https://ghe.example/o/r/actions/runs/7');
  assert.equal(
    sourceOf('abc', runSourceOf({ ...run, GITHUB_RUN_ATTEMPT: '2' })).run_url,
    'https://ghe.example/o/r/actions/runs/7/attempts/2',
  );
  // The manifest's keys stay in the order of DESIGN's manifest.
  assert.deepEqual(Object.keys(sourceOf('abc', runSourceOf(run))), [
    'repository',
    'commit',
    'ref',
    'run_id',
    'run_url',
  ]);
});

void test("'release' reads the token (masked first), the repository and the API; refuses 'yes'", () => {
  const masked: string[] = [];
  const settings = readSettings(
    inputsOf({ 'model-name': 'm', path: 'model', release: 'true', token: 'ghs_secret', 'store-token': 'st' }),
    '/w',
    { GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: 'https://ghe.example/api/v3' },
    (value) => masked.push(value),
  );
  assert.deepEqual(masked, ['ghs_secret', 'st']);
  assert.deepEqual(settings.release, {
    token: 'ghs_secret',
    repository: { owner: 'o', repo: 'r' },
    apiUrl: 'https://ghe.example/api/v3',
  });
  assert.equal(readSettings(inputsOf({ 'model-name': 'm', path: 'model', token: 't' }), '/w', {}).release, undefined);
  assert.throws(
    () => readSettings(inputsOf({ 'model-name': 'm', path: 'model', release: 'yes' }), '/w', {}),
    (error: unknown) => error instanceof UserError && /'release'/.test(error.message),
  );
});
