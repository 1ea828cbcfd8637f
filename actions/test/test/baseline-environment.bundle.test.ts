// `baseline: environment:<name>` reads the metrics of the version deployed
// there from the git-tag registry: a real bare remote, versions and
// deployments recorded through the registry's own API.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createGit } from '@mlops-actions/action-kit';
import { cloneOf, createGitFixture, git, runBundle, writeTree } from '@mlops-actions/action-testing';
import {
  DEPLOYMENT_SCHEMA,
  MANIFEST_SCHEMA,
  Registry,
  type DeploymentRecord,
  type ModelManifest,
} from '@mlops-actions/registry';
import { activeCommands, fixtureReport } from './support.js';

function manifestOf(version: string, accuracy: number): ModelManifest {
  return {
    schema: MANIFEST_SCHEMA,
    name: 'tiny-lm',
    version,
    digest: `sha256:${version.replace(/\./g, '').padStart(64, '0')}`,
    size: 3,
    files: [{ path: 'model.bin', size: 3, sha256: 'b'.repeat(64) }],
    source: { repository: 'owner/repo', commit: '', ref: 'refs/heads/main', run_id: '1', run_url: '' },
    metrics: { eval: { accuracy } },
    metadata: {},
    uri: '',
    created_at: '2026-01-01T00:00:00.000Z',
  };
}

function deploymentOf(version: string, environment: string): DeploymentRecord {
  return {
    schema: DEPLOYMENT_SCHEMA,
    name: 'tiny-lm',
    version,
    environment,
    digest: `sha256:${version.replace(/\./g, '').padStart(64, '0')}`,
    url: '',
    deployed_at: '2026-01-01T00:00:00.000Z',
    run_url: '',
    rollback: false,
  };
}

/**
 * A remote where 0.3.0 (accuracy 0.92) runs in production and the newer
 * 0.4.0 (accuracy 0.99) only in staging, and a fresh checkout of it holding
 * passing test results and this run's metrics.
 */
async function registryWithProduction(accuracyNow: number): Promise<string> {
  const { remote, workspace: publisher } = await createGitFixture();
  const registry = new Registry(
    createGit(publisher, { env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } }),
  );
  const head = await registry.headCommit();
  assert.equal(await registry.pushVersion(manifestOf('0.3.0', 0.92), head), 'pushed');
  assert.equal(await registry.pushVersion(manifestOf('0.4.0', 0.99), head), 'pushed');
  await registry.recordDeployment(deploymentOf('0.3.0', 'production'));
  await registry.recordDeployment(deploymentOf('0.4.0', 'staging'));

  const workspace = await cloneOf(remote);
  await writeTree(workspace, {
    'junit.xml': fixtureReport('node-test.xml').replace(/<failure[\s\S]*?<\/failure>/g, ''),
    'eval/metrics.json': JSON.stringify({ eval: { accuracy: accuracyNow } }),
  });
  return workspace;
}

const GATE_ON_PRODUCTION = {
  metrics: 'eval/metrics.json',
  thresholds: 'eval.accuracy >= baseline - 0.01',
  baseline: 'environment:production',
  'model-name': 'tiny-lm',
};

describe('dist/test gating against the version deployed to an environment', () => {
  test('a model 0.02 worse than the one in production fails the gate', async () => {
    const workspace = await registryWithProduction(0.9);
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: GATE_ON_PRODUCTION });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['gate'], 'failed');
    assert.deepEqual(result.errors, [
      'The quality gate failed: eval.accuracy is 0.9, not >= 0.91 (baseline - 0.01). See the job summary for details.',
    ]);
    assert.match(result.summary, /^Baseline: tiny-lm 0\.3\.0 in production\.$/m);
    assert.match(result.summary, /\| `eval\.accuracy` \| 0\.9 \| .* \| 0\.92 \| ❌ failed/);
  });

  test('within the tolerance of production the gate passes', async () => {
    const workspace = await registryWithProduction(0.915);
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: GATE_ON_PRODUCTION });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['gate'], 'passed');
    assert.match(result.stdout, /Baseline: tiny-lm 0\.3\.0 in production\./);
  });

  test('a rule on a metric the deployed version never recorded is skipped with a warning naming it and the version', async () => {
    const workspace = await registryWithProduction(0.95);
    await writeTree(workspace, { 'eval/metrics.json': JSON.stringify({ eval: { accuracy: 0.95, f1: 0.8 } }) });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { ...GATE_ON_PRODUCTION, thresholds: 'eval.accuracy >= baseline - 0.01\neval.f1 >= baseline' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['gate'], 'passed');
    assert.deepEqual(result.warnings, [
      'Skipped 1 of 2 gate rules, not checked: the baseline tiny-lm 0.3.0 in production has no eval.f1 ' +
        '(eval.f1 >= baseline).',
    ]);
    assert.deepEqual(result.notices, []);
  });

  test('an environment nothing was deployed to gives no baseline: its rules are skipped with a notice', async () => {
    const workspace = await registryWithProduction(0.5);
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { ...GATE_ON_PRODUCTION, baseline: 'environment:canary' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['gate'], 'skipped');
    assert.deepEqual(result.notices, [
      'Skipped 1 of 1 gate rules: eval.accuracy >= baseline - 0.01 (there is no baseline).',
    ]);
    assert.match(
      result.summary,
      /^Baseline: none, since no version of tiny-lm has been deployed to canary yet; rules against it are skipped\.$/m,
    );
  });

  test('a forged deployment record on top of production is ignored with a warning: the baseline is the version of ours', async () => {
    // Anyone who can push a tag can write this record: its text is untrusted, like a test report.
    const workspace = await registryWithProduction(0.9);
    const record = { ...deploymentOf('0.4.0', 'production'), version: '0.4.0\n::warning::injected by a tag' };
    git(
      workspace,
      '-c',
      'user.name=Someone',
      '-c',
      'user.email=someone@example.com',
      'tag',
      '-a',
      'tiny-lm#production#2',
      '-m',
      `Deploy tiny-lm to production\n\n${JSON.stringify(record, null, 2)}`,
    );
    git(workspace, 'push', '--quiet', 'origin', 'refs/tags/tiny-lm#production#2');

    const result = await runBundle({ action: 'test', cwd: workspace, inputs: GATE_ON_PRODUCTION });
    // As without the forged record: 0.9 is measured against 0.3.0's 0.92, not 0.4.0's 0.99.
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['gate'], 'failed');
    assert.deepEqual(result.errors, [
      'The quality gate failed: eval.accuracy is 0.9, not >= 0.91 (baseline - 0.01). See the job summary for details.',
    ]);
    assert.deepEqual(result.warnings, [
      'The deployment record in tag tiny-lm#production#2 names no registered version ' +
        '("0.4.0\\n::warning::injected by a tag"): it was not written by mlops-actions. It is ignored.',
    ]);
    assert.match(result.summary, /^Baseline: tiny-lm 0\.3\.0 in production\.$/m);
    assert.doesNotMatch(result.summary, /injected/);
    // The record's text reaches the log only inside that warning, escaped as JSON: one line, no command of its own.
    const injected = activeCommands(result.stdout).filter((line) => line.includes('injected'));
    assert.deepEqual(injected, [`::warning::${result.warnings[0]}`]);
  });
});
