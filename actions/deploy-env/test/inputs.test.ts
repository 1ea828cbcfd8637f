import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Inputs, isUserError } from '@mlops-actions/action-kit';
import { readSettings, shownUrl } from '../src/inputs.js';

const REQUIRED = { environment: 'production', 'model-name': 'tiny-lm', version: '0.3.0', command: './deploy.sh' };

function read(values: Record<string, string>, onGitHub = false) {
  const secrets: string[] = [];
  const inputs = new Inputs((name) => values[name]);
  const settings = readSettings(inputs, { onGitHub }, (secret) => secrets.push(secret));
  return { settings, secrets };
}

function refusal(values: Record<string, string>, onGitHub = false): string {
  try {
    read(values, onGitHub);
  } catch (error) {
    assert.ok(isUserError(error), String(error));
    return error.message;
  }
  assert.fail('the inputs were accepted');
}

void describe('deploy-env inputs', () => {
  void test('the contract defaults', () => {
    const { settings } = read(REQUIRED);
    assert.deepEqual(settings, {
      environment: 'production',
      modelName: 'tiny-lm',
      version: '0.3.0',
      command: './deploy.sh',
      commandTimeoutMs: 1_800_000,
      path: '',
      requires: [],
      allowedRefs: ['refs/heads/*', 'refs/tags/*'],
      url: '',
      health: undefined,
      rollback: true,
      githubDeployment: false,
      token: '',
      storeUsername: '',
      storeToken: '',
      remote: 'origin',
    });
  });

  void test('command-timeout in seconds, refused when not a positive number', () => {
    assert.equal(read({ ...REQUIRED, 'command-timeout': '2' }).settings.commandTimeoutMs, 2000);
    assert.match(
      refusal({ ...REQUIRED, 'command-timeout': '0' }),
      /^Input 'command-timeout' must be a positive number/,
    );
    assert.match(
      refusal({ ...REQUIRED, 'command-timeout': '10m' }),
      /^Input 'command-timeout' must be a positive number/,
    );
  });

  void test('a health check with fractions of a second, and requires separated by commas or lines', () => {
    const { settings } = read({
      ...REQUIRED,
      'health-url': 'https://models.example.com/healthz',
      'health-expect': '"ok"',
      'health-timeout': '2.5',
      'health-interval': '0.2',
      requires: 'dev, qa\n# the gate before production\nstaging',
    });
    assert.deepEqual(settings.health, {
      url: 'https://models.example.com/healthz',
      expect: '"ok"',
      timeoutMs: 2500,
      intervalMs: 200,
    });
    assert.deepEqual(settings.requires, ['dev', 'qa', 'staging']);
  });

  void test('a version may be written with a leading v, or be latest', () => {
    assert.equal(read({ ...REQUIRED, version: 'v1.2.0-rc.1' }).settings.version, '1.2.0-rc.1');
    assert.equal(read({ ...REQUIRED, version: 'latest' }).settings.version, 'latest');
    assert.match(refusal({ ...REQUIRED, version: '1.2' }), /^Input 'version' must be a registered version/);
    assert.match(refusal({ ...REQUIRED, version: '1.2.0+build.5' }), /^Input 'version' must be/);
  });

  void test('the token is masked before any other input can fail', () => {
    const secrets: string[] = [];
    const inputs = new Inputs((name) => ({ token: 'ghs_secret', environment: 'Bad Name' })[name]);
    assert.throws(() => readSettings(inputs, { onGitHub: true }, (secret) => secrets.push(secret)), isUserError);
    assert.deepEqual(secrets, ['ghs_secret']);
  });

  void test('github-deployment auto means on GitHub with a token', () => {
    assert.equal(read({ ...REQUIRED, token: 't' }, true).settings.githubDeployment, true);
    assert.equal(read({ ...REQUIRED, token: 't' }, false).settings.githubDeployment, false);
    assert.equal(read({ ...REQUIRED }, true).settings.githubDeployment, false);
    assert.equal(
      read({ ...REQUIRED, token: 't', 'github-deployment': 'false' }, true).settings.githubDeployment,
      false,
    );
    assert.equal(read({ ...REQUIRED, token: 't', 'github-deployment': 'true' }, false).settings.githubDeployment, true);
    assert.match(
      refusal({ ...REQUIRED, 'github-deployment': 'true' }),
      /'github-deployment' is 'true' but 'token' is empty/,
    );
  });

  void test('credentials in the health URL are masked; in the recorded URL they are refused', () => {
    const { secrets } = read({
      ...REQUIRED,
      token: 't',
      'health-url': 'https://probe:s%40cret@models.example.com/health',
    });
    assert.deepEqual(secrets, ['t', 'probe', 'probe', 's%40cret', 's@cret']);
    assert.equal(shownUrl('https://probe:s%40cret@models.example.com/health'), 'https://models.example.com/health');
    assert.match(
      refusal({ ...REQUIRED, url: 'https://user:pw@models.example.com' }),
      /must not contain a user name or password/,
    );
  });

  void test('refuses what cannot be right', () => {
    assert.match(
      refusal({ ...REQUIRED, requires: 'staging, production' }),
      /^Input 'requires' lists 'production', the environment being deployed to/,
    );
    assert.match(refusal({ ...REQUIRED, requires: 'Staging' }), /^The environment name must be/);
    assert.match(
      refusal({ ...REQUIRED, 'health-expect': 'ok' }),
      /^Input 'health-expect' is set but 'health-url' is empty/,
    );
    assert.match(refusal({ ...REQUIRED, url: 'models.example.com' }), /^Input 'url' must be an http or https URL/);
    assert.match(refusal({ ...REQUIRED, 'health-url': 'javascript:alert(1)' }), /not a javascript: URL\.$/);
    // The URL parser would drop the tab; the record keeps what was written, and the registry would ignore it.
    assert.equal(
      refusal({ ...REQUIRED, url: 'https://models.example.com/\tx' }),
      'Input \'url\' must be one URL on one line, without control characters, not "https://models.example.com/\\tx".',
    );
    assert.match(refusal({ ...REQUIRED, command: '  ' }), /^Input 'command' is required/);
    assert.match(refusal({ ...REQUIRED, 'health-timeout': '0' }), /^Input 'health-timeout' must be a positive number/);
  });
});
