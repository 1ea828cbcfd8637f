import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { MODEL, ModelService, RegistryFixture, deployTo } from './fixtures.js';

const TOKEN = 'ghs_refusalCanary000000000000000000000000';

/**
 * Each refusal: one `::error::` that says what to change, exit 1, and no side
 * effect: the command does not run, nothing is recorded, no GitHub deployment.
 */
const REFUSALS: { name: string; inputs: Record<string, string>; error: RegExp }[] = [
  {
    name: 'an unregistered version',
    inputs: { version: '0.9.0' },
    error:
      /^tiny-lm 0\.9\.0 is not registered in 'origin' \(there is no tag tiny-lm@v0\.9\.0\)\. Registered: 0\.1\.0\. Deploy one of those, or register this version with the version-model action first\.$/,
  },
  {
    name: 'a digest mismatch',
    inputs: { version: '0.1.0', path: 'retrained' },
    error:
      /^The files at 'retrained' have the digest sha256:[0-9a-f]{64}, but tiny-lm@v0\.1\.0 was registered with sha256:[0-9a-f]{64}: deploy the files that were registered, or register these with the version-model action\.$/,
  },
  {
    name: 'a promotion out of order',
    inputs: { version: '0.1.0', requires: 'staging, qa' },
    error:
      /^tiny-lm 0\.1\.0 may not be deployed to production: it has not been deployed successfully to staging \(nothing was deployed there yet\) and qa \(nothing was deployed there yet\)\. Deploy it there first \(production requires staging, qa\)\.$/,
  },
  {
    name: 'an invalid environment name',
    inputs: { version: '0.1.0', environment: 'Production' },
    error: /^The environment name must be 1 to 64 characters of lower-case letters.*not "Production"\.$/,
  },
  {
    name: 'an invalid model name',
    inputs: { version: '0.1.0', 'model-name': 'tiny lm' },
    error: /^The model name must be .*not "tiny lm"\.$/,
  },
  {
    name: 'a version that is no version',
    inputs: { version: 'newest' },
    error: /^Input 'version' must be a registered version such as '0\.3\.0' or 'latest', not "newest"\.$/,
  },
  {
    name: 'a health URL that is not http(s)',
    inputs: { version: '0.1.0', 'health-url': 'file:///etc/passwd' },
    error:
      /^Input 'health-url' must be an http or https URL such as 'https:\/\/models\.example\.com\/health', not a file: URL\.$/,
  },
  {
    name: 'a timeout that is not a number',
    inputs: { version: '0.1.0', 'health-url': 'http://127.0.0.1:9/health', 'health-timeout': '2m' },
    error: /^Input 'health-timeout' must be a positive number of seconds, such as '30', not "2m"\.$/,
  },
  {
    name: 'an interval that is not a number',
    inputs: { version: '0.1.0', 'health-interval': '-1' },
    error: /^Input 'health-interval' must be a positive number of seconds/,
  },
  {
    name: 'an unknown boolean',
    inputs: { version: '0.1.0', rollback: 'yes' },
    error: /^Input 'rollback' must be 'true' or 'false', not "yes"\.$/,
  },
  {
    name: 'a remote that git would read as an option',
    inputs: { version: '0.1.0', remote: '--upload-pack=touch pwned' },
    error: /^The git remote must be a remote name such as 'origin' or a URL, not "--upload-pack=touch pwned"\.$/,
  },
  {
    name: 'an unknown github-deployment mode',
    inputs: { version: '0.1.0', 'github-deployment': 'on' },
    error: /^Input 'github-deployment' must be one of 'auto', 'true', 'false', not "on"\.$/,
  },
];

void describe('refusals before any side effect', () => {
  let fixture: RegistryFixture;
  let service: ModelService;
  let github: FakeGitHubApi;
  beforeAll(async () => {
    fixture = await RegistryFixture.create();
    await fixture.register('0.1.0');
    await writeTree(fixture.workspace, { 'retrained/weights.bin': 'other weights\n' });
    service = await ModelService.start();
    github = await FakeGitHubApi.start({ token: TOKEN, repository: 'octo-org/models' });
  });
  afterAll(async () => {
    await service.close();
    await github.close();
  });

  for (const refusal of REFUSALS) {
    void test(`refuses ${refusal.name}`, async () => {
      const result = await deployTo(
        fixture,
        service,
        { environment: 'production', token: TOKEN, ...refusal.inputs },
        { GITHUB_ACTIONS: 'true', GITHUB_API_URL: github.url, GITHUB_REPOSITORY: github.repository },
      );

      assert.equal(result.exitCode, 1, result.stdout);
      assert.equal(result.errors.length, 1, result.stdout);
      assert.match(result.errors[0], refusal.error);
      assert.equal(result.outputs['status'], 'failed');
      assert.deepEqual(await service.calls(), [], 'the command ran');
      assert.deepEqual(
        ['production', 'staging', 'qa'].flatMap((environment) => fixture.environmentTags(environment)),
        [],
      );
      assert.deepEqual(github.requests, [], 'GitHub was called');
      assert.doesNotMatch(result.stdout, /^\s+at /m, 'a stack trace was printed');
    });
  }

  void test('refuses to run without a checkout, saying to add actions/checkout', async () => {
    const bare = await temporaryDirectory('no-checkout-');
    const result = await deployTo({ workspace: bare }, service, {
      environment: 'dev',
      version: '0.1.0',
      remote: `file://${fixture.remote}`,
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.errors.length, 1, result.stdout);
    assert.match(
      result.errors[0],
      /^The workspace is not a git checkout \(.*\)\. The job must run actions\/checkout before this step\.$/,
    );
    assert.equal(result.outputs['status'], 'failed');
    assert.deepEqual(await service.calls(), []);
  });

  void test('refuses latest when no version is registered', async () => {
    const empty = await RegistryFixture.create();
    const result = await deployTo(empty, service, { environment: 'dev', version: 'latest' });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors, [
      `No version of ${MODEL} is registered in 'origin': register one with the version-model action first.`,
    ]);
    assert.deepEqual(await service.calls(), []);
  });
});
