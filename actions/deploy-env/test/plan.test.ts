import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createGit } from '@mlops-actions/action-kit';
import { RecordingLogger, git } from '@mlops-actions/action-testing';
import { DEPLOYMENT_SCHEMA, MANIFEST_SCHEMA, Registry } from '@mlops-actions/registry';
import type { DeploySettings } from '../src/inputs.js';
import { planDeploy, type DeployPlan, type RefusedPlan } from '../src/plan.js';
import { Steps } from '../src/steps.js';
import {
  FRESH_GIT_ENV,
  MODEL,
  RegistryFixture,
  deploySettings,
  modelStoreOf,
  refsOf,
  type RegisteredVersion,
} from './fixtures.js';

/** Records `version` as running in `environment`, as a deploy that succeeded would. */
async function recordRunning(fixture: RegistryFixture, environment: string, version: RegisteredVersion) {
  await fixture.registry.recordDeployment({
    schema: DEPLOYMENT_SCHEMA,
    name: MODEL,
    version: version.version,
    environment,
    digest: version.digest,
    url: '',
    deployed_at: new Date().toISOString(),
    run_url: '',
    rollback: false,
  });
}

/** Pushes a version tag as someone else could, not through the registry (which writes no such manifest). */
function forgeVersion(fixture: RegistryFixture, version: string, sourceRef: string): void {
  const manifest = {
    schema: MANIFEST_SCHEMA,
    name: MODEL,
    version,
    digest: `sha256:${'f'.repeat(64)}`,
    size: 0,
    files: [],
    source: { repository: 'octo-org/models', commit: '', ref: sourceRef, run_id: '1', run_url: '' },
    metrics: {},
    metadata: {},
    uri: '',
    created_at: '2026-01-01T00:00:00.000Z',
  };
  fixture.forge(
    `${MODEL}@v${version}`,
    `Register ${MODEL} version ${version}\n\n${JSON.stringify(manifest, null, 2)}\n`,
  );
}

async function plan(
  fixture: RegistryFixture,
  overrides: Partial<DeploySettings>,
  digest = '',
): Promise<{ plan: DeployPlan | RefusedPlan; steps: Steps; log: RecordingLogger; hashed: string[] }> {
  const log = new RecordingLogger();
  const steps = new Steps(log);
  const hashed: string[] = [];
  const result = await planDeploy(
    deploySettings(overrides),
    {
      // As main.ts makes it: the tags it ignores are told to the step's log.
      registry: new Registry(createGit(fixture.workspace, { env: FRESH_GIT_ENV }), 'origin', { log }),
      digestOf: (root) => {
        hashed.push(root);
        return Promise.resolve({ digest });
      },
      workspace: fixture.workspace,
      logger: log,
      ...modelStoreOf(fixture.workspace),
    },
    steps,
  );
  return { plan: result, steps, log, hashed };
}

function refused(plan: DeployPlan | RefusedPlan): RefusedPlan {
  assert.equal(plan.refused, true, 'the plan was not refused');
  return plan;
}

void describe('the plan of a deploy', () => {
  // Staging and production run 0.1.0; 0.2.0 is registered too.
  let fixture: RegistryFixture;
  let v010: RegisteredVersion;
  let v020: RegisteredVersion;
  beforeAll(async () => {
    fixture = await RegistryFixture.create();
    v010 = await fixture.register('0.1.0');
    v020 = await fixture.register('0.2.0');
    await recordRunning(fixture, 'staging', v010);
    await recordRunning(fixture, 'production', v010);
  });

  void test('resolves latest, checks the files and the promotion, and knows what to roll back to', async () => {
    await recordRunning(fixture, 'qa', v020);
    const {
      plan: result,
      steps,
      hashed,
    } = await plan(fixture, { version: 'latest', path: 'model', requires: ['qa'] }, v020.digest);

    assert.equal(result.refused, false);
    assert.deepEqual(
      { ...result.candidate, registered: result.candidate.registered.tag },
      {
        version: '0.2.0',
        tag: `${MODEL}@v0.2.0`,
        digest: v020.digest,
        uri: '',
        commit: v020.commit,
        registered: `${MODEL}@v0.2.0`,
      },
    );
    assert.equal(result.previousVersion, '0.1.0');
    assert.equal(result.rollbackTarget?.version, '0.1.0');
    assert.equal(result.rollbackTarget?.digest, v010.digest);
    assert.equal(result.rollbackTarget?.commit, v010.commit);
    assert.deepEqual(result.requires, [{ environment: 'qa', current: '0.2.0' }]);
    assert.deepEqual(hashed, [`${fixture.workspace}/model`]);
    assert.deepEqual(
      steps.reports.map((step) => [step.name, step.result]),
      [
        ['Resolve version', 'passed'],
        ['Check source ref', 'passed'],
        ['Check digest', 'passed'],
        ['Check promotion', 'passed'],
        ['Read current version', 'passed'],
      ],
    );
  });

  void test('refuses an unregistered version, changing nothing and hashing nothing', async () => {
    const refs = refsOf(fixture.remote);
    const { plan: result, steps, hashed } = await plan(fixture, { version: '0.9.0', path: 'model' });

    const refusal = refused(result);
    assert.match(
      refusal.reason,
      /^tiny-lm 0\.9\.0 is not registered in 'origin' \(there is no tag tiny-lm@v0\.9\.0\)\./,
    );
    assert.equal(refusal.version, '');
    assert.equal(refusal.current, '0.1.0', 'what production runs, for the summary');
    assert.deepEqual(hashed, []);
    assert.deepEqual(
      steps.reports.map((step) => [step.name, step.result]),
      [['Resolve version', 'failed']],
    );
    assert.equal(refsOf(fixture.remote), refs, 'the remote changed');
  });

  void test('refuses a version registered from a ref that allowed-refs does not match, changing nothing and hashing nothing', async () => {
    const fromPullRequest = await RegistryFixture.create();
    await fromPullRequest.register('0.1.0');
    await fromPullRequest.register('0.2.0', 'refs/pull/7/merge');
    const refs = refsOf(fromPullRequest.remote);
    const { plan: result, steps, hashed } = await plan(fromPullRequest, { version: 'latest', path: 'model' });

    const refusal = refused(result);
    assert.equal(
      refusal.reason,
      `tiny-lm 0.2.0 was registered from "refs/pull/7/merge", which 'allowed-refs' (refs/heads/*, refs/tags/*) ` +
        "does not allow: register the version from a branch or a tag, or add a glob that matches this ref to 'allowed-refs'.",
    );
    assert.equal(refusal.version, '0.2.0');
    assert.equal(refusal.current, '');
    assert.deepEqual(hashed, []);
    assert.deepEqual(
      steps.reports.map((step) => [step.name, step.result]),
      [
        ['Resolve version', 'passed'],
        ['Check source ref', 'failed'],
      ],
    );
    assert.equal(refsOf(fromPullRequest.remote), refs, 'the remote changed');

    const anyRef = await plan(fromPullRequest, { version: 'latest', allowedRefs: ['*'] });
    assert.equal(anyRef.plan.refused, false);
  });

  void test('a forged source ref with a line break and a workflow command is refused where it is read, quoted as one inert line', async () => {
    const forged = await RegistryFixture.create();
    forgeVersion(forged, '0.1.0', 'refs/pull/7/merge\n::error::pwned\r::add-mask::tiny-lm');
    const { plan: result, log } = await plan(forged, { version: '0.1.0' });

    const { reason } = refused(result);
    assert.equal(
      reason,
      "The manifest in tag tiny-lm@v0.1.0 has a 'source.ref' that holds a line break or another control character " +
        '("refs/pull/7/merge\\n::error::pwned\\r::add-mask::tiny-lm"): it was not written by mlops-actions.',
    );
    assert.deepEqual(log.lines('warning'), []);
  });

  void test('latest is the newest version whose tag mlops-actions wrote: a forged newer one is ignored, with a warning', async () => {
    const forged = await RegistryFixture.create();
    const honest = await forged.register('0.1.0');
    forgeVersion(forged, '0.2.0', 'refs/heads/main\n::error::pwned');
    const { plan: result, log } = await plan(forged, { version: 'latest' });

    assert.equal(result.refused, false);
    assert.equal(result.candidate.version, '0.1.0');
    assert.equal(result.candidate.digest, honest.digest);
    assert.deepEqual(log.lines('warning'), [
      "The manifest in tag tiny-lm@v0.2.0 has a 'source.ref' that holds a line break or another control character " +
        '("refs/heads/main\\n::error::pwned"): it was not written by mlops-actions. It is ignored.',
    ]);

    // With no version of ours at all, latest names none.
    const onlyForged = await RegistryFixture.create();
    forgeVersion(onlyForged, '0.1.0', 'refs/heads/main\r::add-mask::tiny-lm');
    const refusal = refused((await plan(onlyForged, { version: 'latest' })).plan);
    assert.equal(
      refusal.reason,
      "No version tag of tiny-lm in 'origin' holds a manifest written by mlops-actions (1 ignored, see the " +
        'warnings): register a version with the version-model action first.',
    );
    assert.equal(refusal.version, '');
  });

  void test('allows a version that records no source ref (registered outside a workflow)', async () => {
    const local = await RegistryFixture.create();
    await local.register('0.1.0', '');
    const { plan: result, steps } = await plan(local, { version: '0.1.0' });
    assert.equal(result.refused, false);
    assert.deepEqual(steps.reports[1], {
      ...steps.reports[1],
      name: 'Check source ref',
      result: 'passed',
      detail: 'tiny-lm@v0.1.0 records no source ref',
    });
  });

  void test('refuses files whose digest is not the registered one, changing nothing', async () => {
    const refs = refsOf(fixture.remote);
    const { plan: result, steps } = await plan(
      fixture,
      { version: '0.2.0', path: 'retrained' },
      `sha256:${'0'.repeat(64)}`,
    );

    const refusal = refused(result);
    assert.equal(
      refusal.reason,
      `The files at 'retrained' have the digest sha256:${'0'.repeat(64)}, but tiny-lm@v0.2.0 was registered with ` +
        `${v020.digest}: deploy the files that were registered, or register these with the version-model action.`,
    );
    assert.equal(refusal.version, '0.2.0');
    assert.equal(steps.reports.at(-1)?.name, 'Check digest');
    assert.equal(steps.reports.at(-1)?.result, 'failed');
    assert.equal(refsOf(fixture.remote), refs, 'the remote changed');
  });

  void test('refuses a promotion out of order, with what each required environment runs, changing nothing', async () => {
    const refs = refsOf(fixture.remote);
    const { plan: result } = await plan(fixture, { version: '0.2.0', requires: ['staging', 'canary'] });

    const refusal = refused(result);
    assert.equal(
      refusal.reason,
      'tiny-lm 0.2.0 may not be deployed to production: it has not been deployed successfully to staging ' +
        '(it runs 0.1.0) and canary (nothing was deployed there yet). Deploy it there first (production requires staging, canary).',
    );
    assert.deepEqual(refusal.requires, [
      { environment: 'staging', current: '0.1.0' },
      { environment: 'canary', current: '' },
    ]);
    assert.equal(refusal.current, '0.1.0');
    assert.equal(refsOf(fixture.remote), refs, 'the remote changed');
  });

  void test('a version that passed an environment earlier may be promoted though another runs there now', async () => {
    const earlier = await RegistryFixture.create();
    const old = await earlier.register('0.1.0');
    const newer = await earlier.register('0.2.0');
    await recordRunning(earlier, 'staging', old);
    await recordRunning(earlier, 'staging', newer);
    const { plan: promoted } = await plan(earlier, { version: '0.1.0', requires: ['staging'] });
    assert.equal(promoted.refused, false);
    assert.deepEqual(promoted.requires, [{ environment: 'staging', current: '0.2.0' }]);
  });

  void test('when the version that runs now has lost its tag, the plan knows it ran but cannot roll back to it', async () => {
    const lost = await RegistryFixture.create();
    const old = await lost.register('0.1.0');
    await lost.register('0.2.0');
    await recordRunning(lost, 'production', old);
    git(lost.remote, 'tag', '--delete', `${MODEL}@v0.1.0`);

    const { plan: result, log } = await plan(lost, { version: '0.2.0' });

    assert.equal(result.refused, false);
    assert.equal(result.previousVersion, '0.1.0');
    assert.equal(result.rollbackTarget, undefined);
    assert.deepEqual(log.lines('warning'), [
      `production runs 0.1.0 (${MODEL}#production#1), whose version tag ${MODEL}@v0.1.0 is gone from the registry: ` +
        'a failed deploy cannot be rolled back to it.',
    ]);
  });
});
