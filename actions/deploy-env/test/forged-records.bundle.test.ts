// Registry tags pushed by someone who can push tags but is not mlops-actions:
// records whose version, digest or environment carry workflow commands, line
// breaks and Markdown, lightweight tags, and names outside the tag format.
// The deploy must go as it would without them: each is ignored with one
// warning, and none of their text reaches a command, the deploy command's
// environment, an output, the summary or a tag the action writes.
import { afterAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { activeCommandsOf, injectedCommands, placesHolding, tagsOf } from '@mlops-actions/action-testing';
import { DEPLOYMENT_SCHEMA, MANIFEST_SCHEMA, type DeploymentRecord } from '@mlops-actions/registry';
import { MODEL, ModelService, RegistryFixture, deployTo, type RegisteredVersion } from './fixtures.js';

/** What every forged value carries: it must appear nowhere but inside the warnings that name its tag. */
const CANARY = 'PWNED';

/** The commands an honest deploy without GitHub issues. */
const INTENDED = ['group', 'endgroup', 'warning', 'error'];

const services: ModelService[] = [];
afterAll(async () => {
  for (const service of services) await service.close();
});

/** A tag message as the registry writes one: a title, a blank line, the JSON document. */
function message(title: string, document: Record<string, unknown>): string {
  return `${title}\n\n${JSON.stringify(document, null, 2)}\n`;
}

/** A deployment record as deploy-env writes it, with `fields` changed (to anything, for a forgery). */
function record(
  environment: string,
  version: RegisteredVersion,
  fields: Record<string, unknown> = {},
): DeploymentRecord & Record<string, unknown> {
  return {
    schema: DEPLOYMENT_SCHEMA,
    name: MODEL,
    version: version.version,
    environment,
    digest: version.digest,
    url: '',
    deployed_at: '2026-01-01T00:00:00.000Z',
    run_url: '',
    rollback: false,
    ...fields,
  };
}

/** Records `version` in `environment` through the registry, as a deploy that succeeded does. */
async function recordHonest(fixture: RegistryFixture, environment: string, version: RegisteredVersion) {
  await fixture.registry.recordDeployment(record(environment, version));
}

/**
 * 0.1.0 and 0.2.0 registered; staging ran 0.1.0 then 0.2.0, production runs
 * 0.1.0. Then the forgeries: two version tags newer than 0.2.0 that are not
 * ours and one outside the format, a record on top of staging, and on top of
 * production three records that are not ours and a name outside the format.
 */
async function forgedRegistry() {
  const fixture = await RegistryFixture.create();
  const v010 = await fixture.register('0.1.0');
  const v020 = await fixture.register('0.2.0');
  await recordHonest(fixture, 'staging', v010);
  await recordHonest(fixture, 'staging', v020);
  await recordHonest(fixture, 'production', v010);
  const service = await ModelService.start();
  services.push(service);
  await service.setRunning('0.1.0');

  // Versions: a manifest whose version breaks the line, a lightweight tag, a name that is not semver.
  fixture.forge(
    `${MODEL}@v0.3.0`,
    message(`Register ${MODEL} version 0.3.0`, {
      schema: MANIFEST_SCHEMA,
      name: MODEL,
      version: `0.3.0\n::error::${CANARY} version\r::add-mask::${MODEL}`,
      digest: v020.digest,
      size: 0,
      files: [],
      source: { repository: '', commit: '', ref: '', run_id: '', run_url: '' },
      metrics: {},
      metadata: {},
      uri: '',
      created_at: '',
    }),
  );
  fixture.forge(`${MODEL}@v0.4.0-${CANARY}`, undefined);
  fixture.forge(`${MODEL}@v1.0.0-${CANARY}"><img/src=x>`, message('Register', { schema: MANIFEST_SCHEMA }));

  // On top of staging: a record of 0.1.0 whose version carries commands after a line break and a lone CR.
  fixture.forge(
    `${MODEL}#staging#3`,
    message(
      `Deploy ${MODEL} 0.1.0 to staging`,
      record('staging', v010, { version: `0.1.0\n::error::${CANARY} staging\r::add-mask::${MODEL}` }),
    ),
    v010.commit,
  );

  // On top of production: a forged digest, a forged environment, a lightweight tag, and a name with a leading zero.
  fixture.forge(
    `${MODEL}#production#2`,
    message(
      'Deploy',
      record('production', v020, {
        digest: `${v020.digest}\n##[set-output name=status;]${CANARY}`,
        url: `https://models.example.com/[${CANARY}](http://evil.example)<img src=x>`,
      }),
    ),
    v020.commit,
  );
  fixture.forge(
    `${MODEL}#production#3`,
    message('Deploy', record(`production\r::add-mask::${MODEL}`, v020, { version: '0.0.9' })),
    v020.commit,
  );
  fixture.forge(`${MODEL}#production#4`, undefined, v020.commit);
  fixture.forge(`${MODEL}#production#05`, message('Deploy', record('production', v020)), v020.commit);
  return { fixture, service, v010, v020 };
}

/** The warnings the forgeries give, in the order the deploy reads them. */
function forgeryWarnings(reading: 'latest' | 'rollback'): string[] {
  const versions = [
    `The tag "${MODEL}@v1.0.0-${CANARY}\\"><img/src=x>" in 'origin' is not a version tag of ${MODEL} ` +
      `(${MODEL}@v<semantic version>): it is ignored.`,
    `The tag ${MODEL}@v0.4.0-${CANARY} is a lightweight tag and holds no record; registry tags are annotated tags ` +
      'made by mlops-actions. It is ignored.',
    `The manifest in tag ${MODEL}@v0.3.0 names no registered version ("0.3.0\\n::error::${CANARY} version\\r::add-mask::${MODEL}"): ` +
      'it was not written by mlops-actions. It is ignored.',
  ];
  const staging = [
    `The deployment record in tag ${MODEL}#staging#3 names no registered version ` +
      `("0.1.0\\n::error::${CANARY} staging\\r::add-mask::${MODEL}"): it was not written by mlops-actions. It is ignored.`,
  ];
  const production = [
    `The tag "${MODEL}#production#05" in 'origin' is not an environment tag of ${MODEL} (${MODEL}#<environment>#<n>): ` +
      'it is ignored.',
    `The tag ${MODEL}#production#4 is a lightweight tag and holds no record; registry tags are annotated tags made by ` +
      'mlops-actions. It is ignored.',
    `The deployment record in tag ${MODEL}#production#3 has a 'environment' that is not a registry name ` +
      `("production\\r::add-mask::${MODEL}"): it was not written by mlops-actions. It is ignored.`,
    `The deployment record in tag ${MODEL}#production#2 has a 'digest' that is not 'sha256:' and 64 lower-case hex ` +
      `digits ("sha256:`,
  ];
  // An explicit version reads no manifest but its own; the names are listed either way.
  return reading === 'latest' ? [...versions, ...staging, ...production] : [versions[0], ...production];
}

/** Each warning starts as expected (the digest one is long: its start is enough). */
function assertWarnings(actual: string[], expected: string[]): void {
  assert.equal(actual.length, expected.length, actual.join('\n'));
  expected.forEach((start, index) => assert.ok(actual[index].startsWith(start), `${actual[index]}\n!=\n${start}`));
}

/** No command the runner would act on came from a forgery, and the canary is only in warnings that name a tag. */
function assertInert(stdout: string): void {
  assert.deepEqual(injectedCommands(stdout, INTENDED, CANARY), []);
  assert.deepEqual(
    activeCommandsOf(stdout).filter(
      ({ command }) => command.command === 'add-mask' || command.command === 'set-output',
    ),
    [],
  );
  for (const line of stdout.split(/\r\n|\r|\n/).filter((l) => l.includes(CANARY))) {
    assert.match(line, /^::warning::The (tag|manifest in tag|deployment record in tag) /);
  }
}

void test('forged records and tags are ignored with a warning each: the promotion deploys as it would without them', async () => {
  const { fixture, service, v010, v020 } = await forgedRegistry();
  const before = tagsOf(fixture.remote);

  const result = await deployTo(fixture, service, {
    environment: 'production',
    version: 'latest',
    requires: 'staging',
    url: 'https://models.example.com',
    'health-url': service.healthUrl,
    'health-expect': '"version":"{version}"',
  });

  // As without the forgeries: the newest version of ours, after the staging record of ours, replacing 0.1.0.
  assert.equal(result.exitCode, 0, result.stdout);
  assert.deepEqual(result.outputs, {
    status: 'success',
    version: '0.2.0',
    'previous-version': '0.1.0',
    'deployment-id': '',
    url: 'https://models.example.com',
    // Registered without a store and deployed without 'path': no folder of files.
    'model-dir': '',
  });
  assert.equal(await service.running(), '0.2.0');
  assert.deepEqual(await service.calls(), [
    {
      DEPLOY_ENVIRONMENT: 'production',
      DEPLOY_PREVIOUS_VERSION: '0.1.0',
      DEPLOY_ROLLBACK: 'false',
      MODEL_DIGEST: v020.digest,
      MODEL_DIR: '',
      MODEL_NAME: MODEL,
      MODEL_TAG: `${MODEL}@v0.2.0`,
      MODEL_VERSION: '0.2.0',
    },
  ]);
  assert.deepEqual(result.errors, []);
  assertWarnings(result.warnings, forgeryWarnings('latest'));
  assertInert(result.stdout);
  assert.deepEqual(
    placesHolding(CANARY, result, {
      'the command environment': await service.lastEnvironment(),
      'the command calls': JSON.stringify(await service.calls()),
    }),
    ['stdout'],
  );
  assert.doesNotMatch(result.summary, /evil|<img|add-mask|::/);
  assert.match(result.summary, / {2}e0\["staging<br\/>0\.2\.0"\]\n {2}e1\["production<br\/>0\.1\.0 → 0\.2\.0"\]/);
  assert.match(result.summary, /^\| production \| 0\.1\.0 \| 0\.2\.0 \| `tiny-lm#production#5` \|$/m);

  // One tag pushed, after the highest number in the format, holding only what the action knows.
  assert.deepEqual(
    tagsOf(fixture.remote).filter((tag) => !before.includes(tag)),
    [`${MODEL}#production#5`],
  );
  assert.deepEqual(
    { ...fixture.record(`${MODEL}#production#5`), deployed_at: '' },
    { ...record('production', v020, { url: 'https://models.example.com' }), deployed_at: '' },
  );
  assert.equal(fixture.commitOf(`${MODEL}#production#5`), v020.commit);
  assert.notEqual(v010.commit, v020.commit);
});

void test('a failed deploy rolls back to the version of the newest record of ours, never a forged one', async () => {
  const { fixture, service, v010 } = await forgedRegistry();
  service.broken.add('0.2.0');
  const before = tagsOf(fixture.remote);

  const result = await deployTo(fixture, service, {
    environment: 'production',
    version: '0.2.0',
    'health-url': service.healthUrl,
    'health-timeout': '1',
  });

  assert.equal(result.exitCode, 1);
  assert.equal(result.outputs['status'], 'rolled-back', result.stdout);
  assert.equal(result.outputs['previous-version'], '0.1.0');
  assert.equal(await service.running(), '0.1.0');
  assert.deepEqual(
    (await service.calls()).map((call) => [
      call['MODEL_VERSION'],
      call['DEPLOY_PREVIOUS_VERSION'],
      call['MODEL_DIGEST'],
    ]),
    [
      ['0.2.0', '0.1.0', fixture.versions.get('0.2.0')!.digest],
      ['0.1.0', '0.2.0', v010.digest],
    ],
  );
  assertWarnings(result.warnings, [
    ...forgeryWarnings('rollback'),
    'Health check failed: HTTP 500: rolling production back to 0.1.0.',
  ]);
  assertInert(result.stdout);
  assert.deepEqual(placesHolding(CANARY, result, { 'the command environment': await service.lastEnvironment() }), [
    'stdout',
  ]);
  assert.doesNotMatch(result.summary, /evil|<img|add-mask/);
  assert.match(result.summary, /e0\["production<br\/>0\.1\.0 → 0\.2\.0 ✗ → 0\.1\.0"\]/);

  // The rollback's record is the honest 0.1.0, with the digest its own record held.
  assert.deepEqual(
    tagsOf(fixture.remote).filter((tag) => !before.includes(tag)),
    [`${MODEL}#production#5`],
  );
  assert.deepEqual(
    { ...fixture.record(`${MODEL}#production#5`), deployed_at: '' },
    { ...record('production', v010, { rollback: true }), deployed_at: '' },
  );
});
