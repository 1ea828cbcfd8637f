import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Inputs, isUserError, messageOf } from '@mlops-actions/action-kit';
import { defaultPath, readSettings, readVersion } from '../src/inputs.js';

const WORKSPACE = '/home/runner/work/llm/llm';
const RUNNER_TEMP = '/home/runner/work/_temp';

function settingsOf(values: Record<string, string>, secret?: (value: string) => void) {
  return readSettings(new Inputs((name) => values[name]), WORKSPACE, { RUNNER_TEMP }, secret);
}

/** The message of the user error `work` throws (fails when it throws nothing, or a bug). */
function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    assert.ok(isUserError(error), `not a user error: ${String(error)}`);
    return messageOf(error);
  }
  assert.fail('nothing was refused');
}

void test('inputs get the contract defaults: latest, the default folder under RUNNER_TEMP, origin', () => {
  const settings = settingsOf({ 'model-name': 'tiny-lm' });
  assert.deepEqual(settings, {
    workspace: WORKSPACE,
    runnerTemp: RUNNER_TEMP,
    modelName: 'tiny-lm',
    version: { kind: 'latest' },
    storeUsername: '',
    storeToken: '',
    remote: 'origin',
  });
  assert.equal(defaultPath(settings, '0.3.0'), `${RUNNER_TEMP}/mlops-models/tiny-lm/0.3.0`);
});

void test('version is latest, a registry version (a leading v as in tags is dropped), or environment:<name>', () => {
  assert.deepEqual(readVersion('latest'), { kind: 'latest' });
  assert.deepEqual(readVersion('0.3.0'), { kind: 'version', version: '0.3.0' });
  assert.deepEqual(readVersion('v1.2.0-rc.1'), { kind: 'version', version: '1.2.0-rc.1' });
  assert.deepEqual(readVersion('environment:production'), { kind: 'environment', environment: 'production' });
  assert.deepEqual(readVersion('environment: staging '), { kind: 'environment', environment: 'staging' });
});

void test('a hostile or malformed version is refused with the forms it may take, quoted inertly', () => {
  assert.match(
    refusal(() => readVersion('environment:')),
    /name the environment, as in 'environment:production'/,
  );
  for (const environment of ['Production', '../prod', 'prod\n::error::x', 'a..b', '-x']) {
    const message = refusal(() => readVersion(`environment:${environment}`));
    assert.match(message, /environment name must be 1 to 64 characters/);
    assert.ok(!message.includes('\n'), message);
  }
  for (const version of ['newest', '1.2', '0.1.0\n::error::x', '../0.1.0', '--upload-pack=evil', '']) {
    const message = refusal(() => readVersion(version));
    assert.match(
      message,
      /^Input 'version' must be a registered version such as '0\.3\.0', 'latest', or 'environment:<name>'/,
    );
    assert.ok(!message.includes('\n'), message);
  }
});

void test('path is relative to the workspace; inside it or RUNNER_TEMP it is taken', () => {
  assert.deepEqual(settingsOf({ 'model-name': 'tiny-lm', path: 'models/tiny-lm' }).path, {
    absolute: `${WORKSPACE}/models/tiny-lm`,
    input: 'models/tiny-lm',
  });
  assert.equal(
    settingsOf({ 'model-name': 'tiny-lm', path: `${RUNNER_TEMP}/model` }).path?.absolute,
    `${RUNNER_TEMP}/model`,
  );
  assert.equal(
    settingsOf({ 'model-name': 'tiny-lm', path: '..foo-inside' }).path?.absolute,
    `${WORKSPACE}/..foo-inside`,
  );
});

void test('a path that leaves the workspace, is the whole workspace, or holds a control character is refused', () => {
  for (const path of ['..', '../other-repo', 'models/../../..', '/etc', '/home/runner/.ssh', `${RUNNER_TEMP}/../x`]) {
    assert.match(
      refusal(() => settingsOf({ 'model-name': 'tiny-lm', path })),
      /^Input 'path' is .*, which is outside the workspace and RUNNER_TEMP: give a folder inside the workspace/,
      path,
    );
  }
  for (const path of ['.', './', 'models/..', RUNNER_TEMP]) {
    assert.match(
      refusal(() => settingsOf({ 'model-name': 'tiny-lm', path })),
      /give a folder of its own/,
      path,
    );
  }
  const message = refusal(() => settingsOf({ 'model-name': 'tiny-lm', path: 'model\n::error::injected' }));
  assert.match(message, /^Input 'path' holds a control character \("model\\n::error::injected"\)/);
});

void test('store-token is masked before any other input is checked', () => {
  const masked: string[] = [];
  refusal(() => settingsOf({ 'model-name': 'Not A Name', 'store-token': 'ghs_secret' }, (v) => masked.push(v)));
  assert.deepEqual(masked, ['ghs_secret']);
});

void test('model-name is required and must be a registry name; remote may not be an option', () => {
  assert.match(
    refusal(() => settingsOf({})),
    /model-name/,
  );
  assert.match(
    refusal(() => settingsOf({ 'model-name': 'Tiny LM' })),
    /model name must be 1 to 64 characters/,
  );
  assert.match(
    refusal(() => settingsOf({ 'model-name': 'tiny-lm', remote: '--upload-pack=evil' })),
    /^Input 'remote' must be a remote name such as 'origin' or a repository URL/,
  );
});
