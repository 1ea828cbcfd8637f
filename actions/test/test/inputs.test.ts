import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Inputs } from '@mlops-actions/action-kit';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { failOnSetting, readSettings } from '../src/inputs.js';

void test('fail-on takes tests, gate, both, or none', () => {
  assert.deepEqual(failOnSetting('tests,gate'), { tests: true, gate: true });
  assert.deepEqual(failOnSetting('gate, tests'), { tests: true, gate: true });
  assert.deepEqual(failOnSetting('both'), { tests: true, gate: true });
  assert.deepEqual(failOnSetting('tests'), { tests: true, gate: false });
  assert.deepEqual(failOnSetting('gate'), { tests: false, gate: true });
  assert.deepEqual(failOnSetting('none'), { tests: false, gate: false });
  for (const wrong of ['', 'all', 'none,tests', 'tests,both', 'Tests']) {
    assert.throws(() => failOnSetting(wrong), /^UserError: Input 'fail-on' must be/, wrong);
  }
});

void test('settings: paths resolve against the working directory, defaults apply, rules parse up front', async () => {
  const workspace = await temporaryDirectory('test-inputs-');
  const previous = process.env['GITHUB_WORKSPACE'];
  process.env['GITHUB_WORKSPACE'] = workspace;
  try {
    const values: Record<string, string> = {
      metrics: 'eval/metrics.json',
      thresholds: 'eval.accuracy >= 0.85\n\n# a comment\neval.loss <= baseline * 1.1',
      baseline: 'environment:production',
      'model-name': 'tiny-lm',
    };
    const settings = readSettings(new Inputs((name) => values[name]));
    assert.equal(settings.workingDirectory, workspace);
    assert.deepEqual(settings.reports, ['**/junit*.xml']);
    assert.deepEqual(settings.metrics, { path: join(workspace, 'eval', 'metrics.json'), input: 'eval/metrics.json' });
    assert.equal(settings.rules.length, 2);
    assert.deepEqual(settings.baseline, { kind: 'environment', environment: 'production', model: 'tiny-lm' });
    assert.deepEqual(settings.failOn, { tests: true, gate: true });
    assert.equal(settings.maxAnnotations, 10);

    const file = readSettings(new Inputs((name) => ({ baseline: 'eval/base.json' })[name]));
    assert.deepEqual(file.baseline, {
      kind: 'file',
      path: join(workspace, 'eval', 'base.json'),
      input: 'eval/base.json',
    });
  } finally {
    if (previous === undefined) delete process.env['GITHUB_WORKSPACE'];
    else process.env['GITHUB_WORKSPACE'] = previous;
  }
});
