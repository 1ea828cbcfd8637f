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
      step: 'deploy',
      environment: 'production',
      modelName: 'tiny-lm',
      version: '0.3.0',
      command: './deploy.sh',
      deploymentId: '',
      deployOutcome: undefined,
      isRollback: false,
      transient: false,
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

  void test('start, finish and deactivate take the inputs of their step, and refuse the others', () => {
    const noCommand = { environment: 'production', 'model-name': 'tiny-lm', version: '0.3.0' };
    // As the runner passes them: every input with its action.yml default.
    const defaults = { 'is-rollback': 'false', transient: 'false', 'deployment-id': '', 'deploy-outcome': '' };
    const start = read({ ...noCommand, ...defaults, step: 'start' }).settings;
    assert.deepEqual([start.step, start.command, start.version], ['start', '', '0.3.0']);
    const finish = read({
      ...noCommand,
      step: 'finish',
      'deployment-id': '42',
      'deploy-outcome': 'failure',
      'is-rollback': 'true',
    }).settings;
    assert.deepEqual(
      [finish.step, finish.deploymentId, finish.deployOutcome, finish.isRollback],
      ['finish', '42', 'failure', true],
    );
    const preview = { ...noCommand, environment: 'pr-7', transient: 'true' };
    const deactivate = read({ ...preview, step: 'deactivate', version: '', command: './teardown.sh' }).settings;
    assert.deepEqual([deactivate.version, deactivate.command, deactivate.transient], ['', './teardown.sh', true]);

    assert.match(refusal(noCommand), /^Input 'command' is required for step 'deploy'/);
    assert.match(refusal({ ...REQUIRED, step: 'start' }), /^Input 'command' is not run by step 'start'/);
    assert.match(
      refusal({ ...REQUIRED, step: 'finish', 'deploy-outcome': 'success' }),
      /^Input 'command' is not run by step 'finish'/,
    );
    assert.match(refusal({ ...noCommand, step: 'finish' }), /^Input 'deploy-outcome' is required for step 'finish'/);
    assert.match(
      refusal({ ...noCommand, step: 'finish', 'deploy-outcome': 'skipped' }),
      /^Input 'deploy-outcome' must be one of 'success', 'failure', 'cancelled'/,
    );
    assert.match(
      refusal({ ...noCommand, step: 'finish', version: 'latest', 'deploy-outcome': 'success' }),
      /^Input 'version' of step 'finish' must be the version its start resolved/,
    );
    assert.equal(
      refusal({ ...noCommand, step: 'finish', 'deploy-outcome': 'success', 'deployment-id': '1\n::error::x' }),
      "Input 'deployment-id' must be the 'deployment-id' output of the start step (a number), not \"1\\n::error::x\".",
    );
    assert.match(refusal({ ...REQUIRED, 'deploy-outcome': 'success' }), /^Input 'deploy-outcome' is for step 'finish'/);
    assert.match(refusal({ ...REQUIRED, 'is-rollback': 'true' }), /^Input 'is-rollback' is for step 'finish'/);
    assert.match(refusal({ ...REQUIRED, step: 'shipit' }), /^Input 'step' must be one of 'deploy', 'start'/);
    assert.match(refusal({ ...REQUIRED, transient: 'true' }), /^'production' is a production environment/);
    assert.match(
      refusal({ ...noCommand, environment: 'prod', step: 'deactivate', transient: 'true' }),
      /^'prod' is a production environment: it cannot be deactivated/,
    );
    assert.match(
      refusal({ ...noCommand, environment: 'pr-7', step: 'deactivate' }),
      /set 'transient: true' to confirm that it is a preview environment\.$/,
    );
    assert.match(
      refusal({ ...preview, step: 'deactivate', version: 'newest' }),
      /^Input 'version' must be a registered version/,
    );
  });
});
