// .github/workflows/e2e.yml, the dogfooding job GitHub runs on every push,
// run here through the local runner on a checkout shaped like the one
// actions/checkout gives it (shallow), of a remote holding the Node example.
// Its model store is an image-layout folder in the workspace.
import { afterAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createGitFixture, git, repoRoot, tagsOf, temporaryDirectory } from '@mlops-actions/action-testing';
import { copyExample, freePorts, runIn, runnerCheckout, withPorts } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

const runner = await loadRunner();
const { remote, workspace: development } = await createGitFixture();
await copyExample('tiny-lm-node', join(development, 'examples', 'tiny-lm-node'));
git(development, 'add', '-A');
git(development, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'Add the example');
git(development, 'push', '-q', 'origin', 'HEAD:main');
const workspace = await runnerCheckout(remote);
const project = join(workspace, 'examples', 'tiny-lm-node');
const deployRoot = await temporaryDirectory('tiny-lm-e2e-deployments-');

afterAll(() => {
  runIn(project, 'bash', ['undeploy.sh'], { TINY_LM_DEPLOY_ROOT: deployRoot });
});

test('e2e.yml: the pipeline with ./actions/* reaches production and records it in the throwaway registry', async () => {
  // The servers' ports, picked by the OS instead of e2e.yml's own.
  const [staging, production] = await freePorts(2);
  const lines: string[] = [];
  const result = await runner.runWorkflow({
    workflow: await withPorts(join(repoRoot, '.github', 'workflows', 'e2e.yml'), { 18091: staging, 18092: production }),
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
  assert.deepEqual(tagsOf(remote), []);
  assert.ok(lines.some((line) => line.includes('refs/tags/tiny-lm#production#1')));
  // Both deploys get the stored files: staging downloads them, production (a later step of the job) uses that folder.
  assert.match(steps['version']?.outputs['store-uri'] ?? '', /^oci-layout:\.e2e-model-store\/tiny-lm@sha256:/);
  const log = lines.join('\n');
  assert.equal((log.match(/Downloading tiny-lm@v0\.0\.1 from oci-layout:/g) ?? []).length, 1, log);
  assert.match(
    log,
    /tiny-lm@v0\.0\.1 is already in \S+mlops-models\/tiny-lm\/0\.0\.1 from an earlier step \(digest verified\)/,
  );
  assert.equal(steps['production']?.outputs['model-dir'], steps['staging']?.outputs['model-dir']);
  // Every input the workflow sets is one the actions declare (GitHub only warns).
  const unexpected = result.jobs['pipeline'].steps.flatMap((step) =>
    step.annotations.filter((annotation) => annotation.message.startsWith('Unexpected input')),
  );
  assert.deepEqual(unexpected, []);
});
