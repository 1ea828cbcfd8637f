// .github/workflows/e2e.yml, the dogfooding job GitHub runs on every push,
// run here through the local runner on a clone holding the Node example.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createGitFixture, git, repoRoot, tagsOf, temporaryDirectory } from '@mlops-actions/action-testing';
import { copyExample, runIn } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

const runner = await loadRunner();
const { workspace } = await createGitFixture();
const project = await copyExample('tiny-lm-node', join(workspace, 'examples', 'tiny-lm-node'));
const deployRoot = await temporaryDirectory('tiny-lm-e2e-deployments-');
git(workspace, 'add', '-A');
git(workspace, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'Add the example');
git(workspace, 'push', '-q', 'origin', 'HEAD:main');

after(() => {
  runIn(project, 'bash', ['undeploy.sh'], { TINY_LM_DEPLOY_ROOT: deployRoot });
});

test('e2e.yml: the pipeline with ./actions/* reaches production and records it in the throwaway registry', async () => {
  const lines: string[] = [];
  const result = await runner.runWorkflow({
    workflow: join(repoRoot, '.github', 'workflows', 'e2e.yml'),
    workspace,
    event: 'push',
    env: { TINY_LM_DEPLOY_ROOT: deployRoot },
    log: (line) => lines.push(line),
  });
  assert.equal(result.conclusion, 'success', lines.join('\n'));
  const steps = Object.fromEntries(result.jobs['pipeline'].steps.map((step) => [step.id, step]));
  assert.equal(steps['version']?.outputs['tag'], 'tiny-lm@v0.0.1');
  assert.equal(steps['production']?.outputs['version'], '0.0.1');
  assert.equal(steps['production']?.outputs['deployment-id'], '');
  // The tags went to the throwaway remote, not to origin.
  assert.deepEqual(tagsOf(join(workspace, '..', 'remote.git')), []);
  assert.ok(lines.some((line) => line.includes('refs/tags/tiny-lm#production#1')));
});
