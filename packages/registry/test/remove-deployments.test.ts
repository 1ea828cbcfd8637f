import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createGit } from '@mlops-actions/action-kit';
import { createGitFixture, tagsOf } from '@mlops-actions/action-testing';
import { DEPLOYMENT_SCHEMA, MANIFEST_SCHEMA, Registry, type Git, type ModelManifest } from '@mlops-actions/registry';

const ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

function manifestOf(version: string): ModelManifest {
  return {
    schema: MANIFEST_SCHEMA,
    name: 'tiny-lm',
    version,
    digest: `sha256:${'a'.repeat(64)}`,
    size: 3,
    files: [],
    source: { repository: 'owner/repo', commit: '', ref: 'refs/heads/main', run_id: '1', run_url: '' },
    metrics: {},
    metadata: {},
    uri: '',
    created_at: '2026-01-01T00:00:00.000Z',
  };
}

function deployed(version: string, environment: string) {
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
  } as const;
}

/** Git whose first deleting push is preceded by `meanwhile`: another run's deploy landing during the removal. */
function racing(git: Git, meanwhile: () => Promise<unknown>): Git {
  let raced = false;
  return {
    async run(args, options) {
      if (!raced && args[0] === 'push' && args.some((arg) => arg.startsWith(':refs/tags/'))) {
        raced = true;
        await meanwhile();
      }
      return git.run(args, options);
    },
  };
}

void test('removes every record of one environment, and a record pushed during the removal too, told as an overlap', async () => {
  const { remote, workspace } = await createGitFixture();
  const git = createGit(workspace, { env: ENV });
  const deployer = new Registry(git);
  await deployer.pushVersion(manifestOf('0.1.0'), await deployer.headCommit());
  await deployer.recordDeployment(deployed('0.1.0', 'pr-7'));
  await deployer.recordDeployment(deployed('0.1.0', 'pr-7'));
  await deployer.recordDeployment(deployed('0.1.0', 'pr-70'));
  await deployer.recordDeployment(deployed('0.1.0', 'staging'));
  const conflicts: string[] = [];
  const remover = new Registry(racing(git, () => deployer.recordDeployment(deployed('0.1.0', 'pr-7'))));

  const removed = await remover.removeDeployments('tiny-lm', 'pr-7', {
    onConflict: (tag) => conflicts.push(tag),
    wait: () => Promise.resolve(),
  });

  assert.deepEqual(
    removed.map((tag) => tag.tag),
    ['tiny-lm#pr-7#1', 'tiny-lm#pr-7#2', 'tiny-lm#pr-7#3'],
  );
  assert.deepEqual(conflicts, ['tiny-lm#pr-7#3']);
  assert.deepEqual(tagsOf(remote), ['tiny-lm#pr-70#1', 'tiny-lm#staging#1', 'tiny-lm@v0.1.0']);
  assert.deepEqual(await remover.removeDeployments('tiny-lm', 'pr-7'), []);
});
