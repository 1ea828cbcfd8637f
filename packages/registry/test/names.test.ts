import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  assertExplicitVersion,
  assertRegistryName,
  assignmentOfTag,
  isRegistryName,
  compareVersions,
  environmentTagName,
  isRegistryVersion,
  nextVersion,
  RegistryError,
  versionTagName,
} from '@mlops-actions/registry';

void test('registry names: the DESIGN.md pattern, and nothing git would refuse', () => {
  for (const name of ['tiny-lm', 'a', '0', 'model_v2.onnx', 'x'.repeat(64), 'prod']) {
    assert.doesNotThrow(() => assertRegistryName('model', name), name);
  }
  for (const name of [
    '',
    'Tiny',
    'a b',
    'a/b',
    '../x',
    '-x',
    '.x',
    'a;rm -rf',
    '$(id)',
    'x'.repeat(65),
    'a..b',
    'é',
    'a\nb',
  ]) {
    assert.throws(
      () => assertRegistryName('environment', name),
      (error: unknown) => {
        assert.ok(error instanceof RegistryError && error.code === 'invalid-name');
        assert.match(error.message, /^The environment name must be 1 to 64 characters of lower-case letters/);
        return true;
      },
    );
  }
});

void test('tag names follow GTO', () => {
  assert.equal(versionTagName('tiny-lm', '0.3.0'), 'tiny-lm@v0.3.0');
  assert.equal(environmentTagName('tiny-lm', 'production', 4), 'tiny-lm#production#4');
});

void test('an environment tag name read from the remote is the format exactly, or nothing', () => {
  assert.deepEqual(assignmentOfTag('tiny-lm', 'tiny-lm#production#4'), { environment: 'production', n: 4 });
  assert.deepEqual(assignmentOfTag('tiny-lm', 'tiny-lm#eu.prod_2#999999999'), {
    environment: 'eu.prod_2',
    n: 999999999,
  });
  for (const tag of [
    'tiny-lm#production',
    'tiny-lm#production#0',
    'tiny-lm#production#04',
    'tiny-lm#production#1000000000',
    'tiny-lm#production#4#5',
    'tiny-lm#production#4x',
    'tiny-lm#Production#4',
    'tiny-lm#a..b#4',
    'tiny-lm#"><img#4',
    'tiny-lm##4',
    'tiny#production#4',
    'tiny-lm-large#production#4',
    'tiny-lm@v1.0.0',
  ]) {
    assert.equal(assignmentOfTag('tiny-lm', tag), undefined, tag);
  }
  assert.ok(isRegistryName('tiny-lm'));
  assert.ok(!isRegistryName('a..b'));
});

void test('versions are semver exactly as written, without build metadata', () => {
  for (const v of ['0.0.1', '1.2.3', '1.0.0-rc.1', '10.20.30']) assert.ok(isRegistryVersion(v), v);
  for (const v of ['v1.0.0', '=1.0.0', '1.0', '1.0.0+build', ' 1.0.0', '01.0.0', 'latest', '']) {
    assert.ok(!isRegistryVersion(v), v);
  }
  // Valid semver, but `tiny-lm@v1.0.0-rc.lock` is not a valid tag name: git refuses a ref ending in `.lock`.
  assert.ok(!isRegistryVersion('1.0.0-rc.lock'));
  assert.ok(isRegistryVersion('1.0.0-lock'));
  assert.ok(compareVersions('0.10.0', '0.9.0') > 0);
  assert.ok(compareVersions('1.0.0-rc.1', '1.0.0') < 0);
});

void test('the next version is the bump of the newest, or of 0.0.0', () => {
  assert.equal(nextVersion(undefined, 'patch'), '0.0.1');
  assert.equal(nextVersion(undefined, 'minor'), '0.1.0');
  assert.equal(nextVersion(undefined, 'major'), '1.0.0');
  assert.equal(nextVersion('1.2.3', 'minor'), '1.3.0');
  assert.equal(nextVersion('1.2.3', 'major'), '2.0.0');
  assert.equal(nextVersion('1.3.0-rc.1', 'patch'), '1.3.0');
});

void test('an explicit version must be semver and greater than the newest', () => {
  assert.equal(assertExplicitVersion('1.0.0', undefined, 'm'), '1.0.0');
  assert.equal(assertExplicitVersion('1.0.0', '1.0.0-rc.2', 'm'), '1.0.0');
  assert.throws(() => assertExplicitVersion('v1.0.0', undefined, 'm'), /must be a semantic version/);
  assert.throws(() => assertExplicitVersion('1.0.0-rc.lock', undefined, 'm'), /not ending in '\.lock'/);
  assert.throws(
    () => assertExplicitVersion('1.0.0', '1.0.0', 'm'),
    /not greater than 1\.0\.0, the newest registered version of m/,
  );
  assert.throws(
    () => assertExplicitVersion('0.9.0', '0.10.0', 'm'),
    (error: unknown) => error instanceof RegistryError && error.code === 'version-not-greater',
  );
});
