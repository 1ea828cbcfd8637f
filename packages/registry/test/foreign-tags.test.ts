// Tags in a model's namespace that mlops-actions did not write: each is
// checked where it is read, ignored by the readers, and told to the log once.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createGit } from '@mlops-actions/action-kit';
import { RecordingLogger, createGitFixture, git } from '@mlops-actions/action-testing';
import {
  DEPLOYMENT_SCHEMA,
  ForeignTagError,
  MANIFEST_SCHEMA,
  Registry,
  type DeploymentRecord,
  type Git,
  type ModelManifest,
} from '@mlops-actions/registry';

const CANARY = 'PWNED';

function runnerGit(cwd: string) {
  return createGit(cwd, { env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
}

function manifestOf(version: string): ModelManifest {
  return {
    schema: MANIFEST_SCHEMA,
    name: 'tiny-lm',
    version,
    digest: `sha256:${'a'.repeat(64)}`,
    size: 0,
    files: [],
    source: { repository: '', commit: '', ref: '', run_id: '', run_url: '' },
    metrics: {},
    metadata: {},
    uri: '',
    created_at: '2026-01-01T00:00:00.000Z',
  };
}

function deploymentOf(version: string, environment = 'production'): DeploymentRecord {
  return {
    schema: DEPLOYMENT_SCHEMA,
    name: 'tiny-lm',
    version,
    environment,
    digest: `sha256:${'a'.repeat(64)}`,
    url: '',
    deployed_at: '2026-01-01T00:00:00.000Z',
    run_url: '',
    rollback: false,
  };
}

/** Pushes `tag` as anyone with push access could: `git mktag` with any message, or a lightweight tag. */
function forge(workspace: string, tag: string, document?: unknown): void {
  const commit = git(workspace, 'rev-parse', 'HEAD');
  let object = commit;
  if (document !== undefined) {
    const text =
      `object ${commit}\ntype commit\ntag ${tag}\ntagger Mallory <m@example.com> 0 +0000\n\n` +
      `Title\n\n${JSON.stringify(document, null, 2)}\n`;
    object = execFileSync('git', ['mktag'], { cwd: workspace, input: text, encoding: 'utf8' }).trim();
  }
  git(workspace, 'push', '--quiet', 'origin', `${object}:refs/tags/${tag}`);
}

/** A registry with 0.1.0 and 0.2.0 registered, and 0.1.0 recorded in production as #1, telling `log`. */
async function honestRegistry() {
  const { workspace } = await createGitFixture();
  const log = new RecordingLogger();
  const registry = new Registry(runnerGit(workspace), 'origin', { log });
  const head = await registry.headCommit();
  await registry.pushVersion(manifestOf('0.1.0'), head);
  await registry.pushVersion(manifestOf('0.2.0'), head);
  await registry.recordDeployment(deploymentOf('0.1.0'));
  return { workspace, registry, log };
}

void test('what runs in an environment is its newest record of ours: forged records on top are ignored, each told once', async () => {
  const { workspace, registry, log } = await honestRegistry();
  forge(workspace, 'tiny-lm#production#2', { ...deploymentOf('0.2.0'), version: `0.2.0\n::error::${CANARY}` });
  forge(workspace, 'tiny-lm#production#3', { ...deploymentOf('0.2.0'), digest: `sha256:${'A'.repeat(64)}` });
  forge(workspace, 'tiny-lm#production#4', { ...deploymentOf('0.2.0', 'staging') });
  forge(workspace, 'tiny-lm#production#5', { ...deploymentOf('0.2.0'), schema: 'someone-else@1' });
  forge(workspace, 'tiny-lm#production#6');
  forge(workspace, 'tiny-lm#production#07', deploymentOf('0.2.0'));

  const current = await registry.currentDeployment('tiny-lm', 'production');
  assert.equal(current?.tag.tag, 'tiny-lm#production#1');
  assert.deepEqual(current?.record, deploymentOf('0.1.0'));
  assert.deepEqual(log.lines('warning'), [
    `The tag "tiny-lm#production#07" in 'origin' is not an environment tag of tiny-lm (tiny-lm#<environment>#<n>): ` +
      'it is ignored.',
    'The tag tiny-lm#production#6 is a lightweight tag and holds no record; registry tags are annotated tags made by ' +
      'mlops-actions. It is ignored.',
    "The tag tiny-lm#production#5 does not hold a 'mlops-actions/deployment@1' document; it was not written by " +
      'mlops-actions. It is ignored.',
    'The deployment record in tag tiny-lm#production#4 names another model or environment; the tag was not written ' +
      'by mlops-actions. It is ignored.',
    "The deployment record in tag tiny-lm#production#3 has a 'digest' that is not 'sha256:' and 64 lower-case hex " +
      `digits ("sha256:${'A'.repeat(64)}"): it was not written by mlops-actions. It is ignored.`,
    'The deployment record in tag tiny-lm#production#2 names no registered version ("0.2.0\\n::error::PWNED"): it ' +
      'was not written by mlops-actions. It is ignored.',
  ]);
  for (const warning of log.lines('warning')) assert.doesNotMatch(warning, /[\r\n]/);

  // Read again, and read tag by tag: the same answer, nothing told twice.
  const tags = await registry.listAssignments('tiny-lm', 'production');
  assert.deepEqual(
    tags.map((tag) => tag.n),
    [1, 2, 3, 4, 5, 6],
  );
  assert.equal((await registry.newestDeployment(tags))?.tag.n, 1);
  assert.equal(await registry.findDeployment(tags[1]), undefined);
  await assert.rejects(registry.readDeployment(tags[1]), ForeignTagError);
  assert.equal(log.lines('warning').length, 6);

  // A new record takes the number after the highest in the format: the forged ones keep theirs.
  const recorded = await registry.recordDeployment(deploymentOf('0.2.0'));
  assert.equal(recorded.tag, 'tiny-lm#production#7');
  assert.equal((await registry.currentDeployment('tiny-lm', 'production'))?.record.version, '0.2.0');
  assert.equal(log.lines('warning').length, 6);
});

void test('an environment whose every record is forged has nothing deployed', async () => {
  const { workspace, registry, log } = await honestRegistry();
  forge(workspace, 'tiny-lm#staging#1', { ...deploymentOf('0.1.0', 'staging'), run_url: `x\r::add-mask::${CANARY}` });
  assert.equal(await registry.currentDeployment('tiny-lm', 'staging'), undefined);
  assert.deepEqual(log.lines('warning'), [
    "The deployment record in tag tiny-lm#staging#1 has a 'run_url' that holds a line break or another control " +
      `character ("x\\r::add-mask::${CANARY}"): it was not written by mlops-actions. It is ignored.`,
  ]);
});

void test('version tags: names outside the format are told in one warning, a forged manifest is found to be none', async () => {
  const { workspace, registry, log } = await honestRegistry();
  for (const name of ['tiny-lm@vlatest', 'tiny-lm@v1.0', 'tiny-lm@v1.0.0+build', `tiny-lm@v1.0.0-x"><img/src=x>`]) {
    forge(workspace, name);
  }
  forge(workspace, 'tiny-lm@v0.3.0', {
    ...manifestOf('0.3.0'),
    source: { ...manifestOf('0.3.0').source, commit: 'HEAD' },
  });
  forge(workspace, 'tiny-lm@v0.4.0');

  const versions = await registry.listVersions('tiny-lm');
  assert.deepEqual(
    versions.map((v) => v.version),
    ['0.1.0', '0.2.0', '0.3.0', '0.4.0'],
  );
  assert.deepEqual(log.lines('warning'), [
    `The tags "tiny-lm@v1.0", "tiny-lm@v1.0.0+build", "tiny-lm@v1.0.0-x\\"><img/src=x>", "tiny-lm@vlatest" in 'origin' ` +
      'are not version tags of tiny-lm (tiny-lm@v<semantic version>): they are ignored.',
  ]);
  await registry.listVersions('tiny-lm');
  assert.equal(log.lines('warning').length, 1, 'each name is told once');

  const [v010, , v030, v040] = versions;
  assert.deepEqual(await registry.findManifest(v010), manifestOf('0.1.0'));
  assert.equal(await registry.findManifest(v040), undefined);
  assert.equal(await registry.findManifest(v030), undefined);
  assert.deepEqual(log.lines('warning').slice(1), [
    'The tag tiny-lm@v0.4.0 is a lightweight tag and holds no record; registry tags are annotated tags made by ' +
      'mlops-actions. It is ignored.',
    "The manifest in tag tiny-lm@v0.3.0 has a 'source.commit' that is not a commit id (40 or 64 lower-case hex " +
      'digits) ("HEAD"): it was not written by mlops-actions. It is ignored.',
  ]);
  // A version asked for by name is refused when its tag is not ours: there is nothing else to give.
  await assert.rejects(registry.readManifest('tiny-lm', '0.3.0'), ForeignTagError);
  assert.equal(log.lines('warning').length, 3);
});

void test('the registry never writes a record it would ignore when reading it back', async () => {
  const { workspace, registry } = await honestRegistry();
  const head = await registry.headCommit();
  await assert.rejects(
    registry.pushVersion({ ...manifestOf('0.3.0'), uri: 's3://m/\n::error::x' }, head),
    /^Error: refusing to write tiny-lm@v0\.3\.0, which the registry would ignore: The manifest in tag tiny-lm@v0\.3\.0 has a 'uri' that holds a line break/,
  );
  await assert.rejects(
    registry.recordDeployment({ ...deploymentOf('0.2.0'), url: 'https://x/\ty' }),
    /^Error: refusing to write tiny-lm#production#1, which the registry would ignore: .* 'url' that holds a line break/,
  );
  assert.deepEqual(
    git(workspace, 'ls-remote', '--tags', '--refs', 'origin')
      .split('\n')
      .map((line) => line.split('\t')[1]),
    ['refs/tags/tiny-lm#production#1', 'refs/tags/tiny-lm@v0.1.0', 'refs/tags/tiny-lm@v0.2.0'],
  );
});

void test('a flood of forged tags gives a bounded number of warnings', async () => {
  const { workspace, registry, log } = await honestRegistry();
  for (let n = 2; n <= 40; n++) git(workspace, 'tag', `tiny-lm#production#${n}`);
  git(workspace, 'push', '--quiet', 'origin', '--tags');
  assert.equal((await registry.currentDeployment('tiny-lm', 'production'))?.tag.n, 1);
  const warnings = log.lines('warning');
  assert.equal(warnings.length, 21);
  assert.equal(
    warnings.at(-1),
    "More tags in 'origin' that mlops-actions did not write are ignored, without a warning each after the first 20.",
  );
});

void test('lines of git ls-remote whose object id is not one are not read as tags', async () => {
  const oid = 'c'.repeat(40);
  const lines = [
    `${oid}\trefs/tags/tiny-lm@v1.0.0`,
    `not-an-id\trefs/tags/tiny-lm@v2.0.0`,
    `${'C'.repeat(40)}\trefs/tags/tiny-lm@v3.0.0`,
    `${oid}\n::error::${CANARY}\trefs/tags/tiny-lm@v4.0.0`,
  ];
  const fake: Git = {
    run: (args) =>
      Promise.resolve(
        args[0] === 'ls-remote'
          ? { exitCode: 0, stdout: `${lines.join('\n')}\n`, stderr: '' }
          : { exitCode: 1, stdout: '', stderr: 'not here' },
      ),
  };
  const versions = await new Registry(fake).listVersions('tiny-lm');
  assert.deepEqual(
    versions.map((v) => [v.version, v.object]),
    [['1.0.0', oid]],
  );
});
