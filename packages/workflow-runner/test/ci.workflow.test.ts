// examples/workflows/ci.yml, the file users copy, run end to end through the
// local runner on a shallow checkout (as actions/checkout makes) of a local
// bare remote that holds the Node example: the real build and test bundles
// train, test and gate the model.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coreutilsDigest, createGitFixture, git, repoRoot, temporaryDirectory } from '@mlops-actions/action-testing';
import type { WorkflowResult } from '../src/index.js';
import { copyExample, runnerCheckout } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

const runner = await loadRunner();
const workflow = join(repoRoot, 'examples', 'workflows', 'ci.yml');

let remote: string;
/** The developer's clone, where changes are committed and pushed. */
let development: string;
/** The checkout of the last run. */
let project: string;
beforeAll(async () => {
  ({ remote, workspace: development } = await createGitFixture());
  await copyExample('tiny-lm-node', join(development, 'examples', 'tiny-lm-node'));
  commitAndPush('Add the tiny-lm example');
});

function commitAndPush(message: string): void {
  git(development, 'add', '-A');
  git(development, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', message);
  git(development, 'push', '-q', 'origin', 'HEAD:main');
}

async function runCi(): Promise<{ result: WorkflowResult; log: string }> {
  const workspace = await runnerCheckout(remote);
  project = join(workspace, 'examples', 'tiny-lm-node');
  const lines: string[] = [];
  const result = await runner.runWorkflow({
    workflow,
    workspace,
    event: 'pull_request',
    log: (line) => lines.push(line),
  });
  return { result, log: lines.join('\n') };
}

describe('examples/workflows/ci.yml', () => {
  test('trains, tests and passes the metric gate; the outputs are what the contract says', async () => {
    const { result, log } = await runCi();
    assert.equal(result.conclusion, 'success', log);
    const steps = Object.fromEntries(result.jobs.test.steps.map((step) => [step.id, step]));

    assert.equal(steps.build.outputs.toolchain, 'node-npm');
    assert.equal(steps.build.outputs['artifacts-count'], '3');
    // The artifacts' root is the working directory: the digest covers model/<file> paths.
    const onlyModel = await temporaryDirectory('model-only-');
    await cp(join(project, 'model'), join(onlyModel, 'model'), { recursive: true });
    assert.equal(steps.build.outputs['artifacts-digest'], coreutilsDigest(onlyModel));

    assert.equal(steps.test.outputs.total, '12');
    assert.equal(steps.test.outputs.passed, '12');
    assert.equal(steps.test.outputs.failed, '0');
    assert.equal(steps.test.outputs.gate, 'passed');

    // Every input the workflow sets is one the actions declare.
    const warnings = result.jobs.test.steps.flatMap((step) => step.annotations.filter((a) => a.level === 'warning'));
    assert.deepEqual(
      warnings.filter((warning) => warning.message.startsWith('Unexpected input')),
      [],
    );
    assert.match(log, /✓ Test and gate the metrics \(/);
    assert.match(log, /Model sha256:[0-9a-f]{64}: 12 of 12 tests passed, metric gate passed\./);
  });

  test('a change that makes the model worse fails the gate, and the job with it', async () => {
    const settingsFile = join(development, 'examples', 'tiny-lm-node', 'tiny-lm.json');
    const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as { smoothing: number };
    // Heavy smoothing flattens every prediction towards uniform: perplexity rises far above the rule.
    settings.smoothing = 50;
    await writeFile(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
    commitAndPush('Smooth much more');

    const { result, log } = await runCi();
    assert.equal(result.conclusion, 'failure', log);
    const test = result.jobs.test.steps.find((step) => step.id === 'test');
    assert.equal(test?.outcome, 'failure');
    assert.equal(test?.outputs.gate, 'failed');
    assert.equal(test?.outputs.failed, '0', 'the unit tests still pass: the gate alone failed');
    assert.ok(
      test?.annotations.some(
        (annotation) => annotation.level === 'error' && annotation.message.includes('eval.perplexity'),
      ),
      log,
    );
    assert.equal(result.jobs.test.steps.at(-1)?.conclusion, 'skipped');
  });
});
