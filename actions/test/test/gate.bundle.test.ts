// The quality gate and the bad inputs of dist/test/index.js, run as the runner runs it.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { runBundle } from '@mlops-actions/action-testing';
import { activeCommands, fixtureReport, workspaceWith } from './support.js';

/** A project whose tests all passed, with evaluation metrics and a baseline written beside them. */
function passingProject(metrics: unknown, baseline?: unknown): Promise<string> {
  const files: Record<string, string> = {
    'ml/junit.xml': fixtureReport('node-test.xml').replace(/<failure[\s\S]*?<\/failure>/g, ''),
    'ml/eval/metrics.json': JSON.stringify(metrics),
  };
  if (baseline !== undefined) files['ml/eval/baseline.json'] = JSON.stringify(baseline);
  return workspaceWith(files);
}

const GATE = {
  'working-directory': 'ml',
  metrics: 'eval/metrics.json',
  baseline: 'eval/baseline.json',
};

describe('dist/test quality gate', () => {
  test('accuracy >= baseline - 0.01 against a baseline 0.02 better fails the step and names the metric', async () => {
    const workspace = await passingProject(
      { eval: { accuracy: 0.9, perplexity: 12.1 } },
      { eval: { accuracy: 0.92, perplexity: 12 } },
    );
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { ...GATE, thresholds: 'eval.accuracy >= baseline - 0.01\neval.perplexity <= baseline * 1.05' },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['gate'], 'failed');
    assert.equal(result.outputs['failed'], '0');
    assert.deepEqual(result.errors, [
      'The quality gate failed: eval.accuracy is 0.9, not >= 0.91 (baseline - 0.01). See the job summary for details.',
    ]);
    assert.match(result.summary, /^### Quality gate: ❌ failed$/m);
    assert.match(result.summary, /^Baseline: eval\/baseline\.json\.$/m);
    assert.match(result.summary, /^\| Metric \| Value \| Rule \| Baseline \| Verdict \|$/m);
    assert.match(
      result.summary,
      /^\| `eval\.accuracy` \| 0\.9 \| `eval\.accuracy >= baseline - 0\.01` \(`>= 0\.91`\) \| 0\.92 \| ❌ failed: 0\.9 is not \\>= 0\.91 \|$/m,
    );
    assert.match(
      result.summary,
      /^\| `eval\.perplexity` \| 12\.1 \| `eval\.perplexity <= baseline \* 1\.05` \(`<= 12\.6`\) \| 12 \| ✅ passed \|$/m,
    ); // A chart a rule, from zero: value, threshold, baseline.
    assert.ok(
      result.summary.includes(
        '```mermaid\nxychart-beta\n  title "eval.accuracy ❌"\n  x-axis ["value", "threshold (>=)", "baseline"]\n' +
          '  y-axis "eval.accuracy" 0 --> 1.012\n  bar [0.9, 0.91, 0.92]\n```',
      ),
      result.summary,
    );
    assert.match(result.summary, /title "eval\.perplexity ✅"[\s\S]*bar \[12\.1, 12\.6, 12\]/);
  });

  test('within the tolerance the gate passes', async () => {
    const workspace = await passingProject({ eval: { accuracy: 0.915 } }, { eval: { accuracy: 0.92 } });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { ...GATE, thresholds: 'eval.accuracy >= baseline - 0.01' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['gate'], 'passed');
    assert.deepEqual(result.errors, []);
  });

  test("a gate failure with fail-on 'tests' is reported but does not fail the step", async () => {
    const workspace = await passingProject({ eval: { accuracy: 0.5 } });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: {
        'working-directory': 'ml',
        metrics: 'eval/metrics.json',
        thresholds: 'eval.accuracy >= 0.85',
        'fail-on': 'tests',
      },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['gate'], 'failed');
    assert.deepEqual(result.notices, ["Failures are reported but do not fail the step: 'fail-on' is 'tests'."]);
  });

  test('a rule on a metric the evaluation did not write fails and names it', async () => {
    const workspace = await passingProject({ eval: { accuracy: 0.95 } });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: {
        'working-directory': 'ml',
        metrics: 'eval/metrics.json',
        thresholds: 'eval.accuracy >= 0.85\neval.f1 >= 0.8',
      },
    });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.errors, [
      'The quality gate failed: eval.f1 is not in the metrics. See the job summary for details.',
    ]);
  });

  test('rules on the baseline are skipped with a notice when there is no baseline', async () => {
    const workspace = await passingProject({ eval: { accuracy: 0.95 } });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: {
        'working-directory': 'ml',
        metrics: 'eval/metrics.json',
        thresholds: '# floor, and no worse than production\neval.accuracy >= 0.85\neval.accuracy >= baseline - 0.01',
      },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['gate'], 'passed');
    assert.deepEqual(result.notices, [
      'Skipped 1 of 2 gate rules: eval.accuracy >= baseline - 0.01 (there is no baseline).',
    ]);
    assert.match(result.summary, /\| ⏭️ skipped: there is no baseline \|$/m);
  });

  test('a baseline file without the metric skips its rule with a warning naming the metric and the baseline', async () => {
    const workspace = await passingProject({ eval: { accuracy: 0.95, f1: 0.7 } }, { eval: { accuracy: 0.9 } });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { ...GATE, thresholds: 'eval.accuracy >= baseline\neval.f1 >= baseline - 0.01' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['gate'], 'passed');
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, [
      'Skipped 1 of 2 gate rules, not checked: the baseline eval/baseline.json has no eval.f1 ' +
        '(eval.f1 >= baseline - 0.01).',
    ]);
    assert.deepEqual(result.notices, []);
    assert.match(result.summary, /\| ⏭️ skipped: the baseline has no eval\.f1 \|$/m);
  });

  test("a baseline's non-number is warned of by metric, without repeating the baseline's text as a command", async () => {
    const workspace = await passingProject(
      { eval: { accuracy: 0.95, loss: 0.3 } },
      { eval: { accuracy: 0.9, loss: '\n::warning::canary from the baseline' } },
    );
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { ...GATE, thresholds: 'eval.accuracy >= baseline\neval.loss <= baseline' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.warnings, [
      'Skipped 1 of 2 gate rules, not checked: the baseline eval/baseline.json holds no number for eval.loss ' +
        '(eval.loss <= baseline).',
    ]);
    assert.deepEqual(
      activeCommands(result.stdout).filter((line) => line.includes('canary')),
      [],
    );
  });

  test('a flat key "eval.accuracy" beside the nested eval.accuracy is refused as ambiguous, after the tests', async () => {
    const workspace = await passingProject({ 'eval.accuracy': 0.99, eval: { accuracy: 0.5 } });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { 'working-directory': 'ml', metrics: 'eval/metrics.json', thresholds: 'eval.accuracy >= 0.85' },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['gate'], 'failed');
    assert.equal(result.outputs['failed'], '0');
    assert.deepEqual(result.errors, [
      'The path eval.accuracy reads two values in the metrics: {"eval.accuracy": …} and {"eval": {"accuracy": …}}. ' +
        'Keep one of them, so that the rule reads one value. See the job summary for details.',
    ]);
    assert.match(result.summary, /> \[!CAUTION\]\n> The path eval\.accuracy reads two values in the metrics/);
  });

  test('== holds on the number the evaluation meant, and a failure shows the digits that decided it', async () => {
    // Python's 0.1 + 0.2 is written to JSON as 0.30000000000000004.
    const workspace = await passingProject({ eval: { score: 0.1 + 0.2, f1: 0.9123456 } });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { ...GATE, baseline: '', thresholds: 'eval.score == 0.3\neval.f1 >= 0.9123457' },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(result.errors, [
      'The quality gate failed: eval.f1 is 0.9123456, not >= 0.9123457. See the job summary for details.',
    ]);
    assert.match(result.summary, /^\| `eval\.score` \| 0\.3 \| `eval\.score == 0\.3` \| — \| ✅ passed \|$/m);
  });

  test('a missing metrics file fails the step, after the tests were reported', async () => {
    const workspace = await workspaceWith({ 'junit.xml': fixtureReport('pytest-xunit1.xml') });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { metrics: 'eval/metrics.json', thresholds: 'eval.accuracy >= 0.85', 'fail-on': 'none' },
    });
    assert.equal(result.exitCode, 1);
    assert.equal(result.outputs['total'], '10');
    assert.equal(result.outputs['gate'], 'failed');
    assert.deepEqual(result.errors.slice(3), [
      'The metrics file "eval/metrics.json" (input \'metrics\') does not exist. Paths are relative to ' +
        "'working-directory'; check that the evaluation wrote it before this step reads it. " +
        'See the job summary for details.',
    ]);
    assert.match(
      result.summary,
      /> \[!CAUTION\]\n> The metrics file "eval\/metrics\.json" \(input 'metrics'\) does not exist\./,
    );
  });

  test('a metrics or baseline file that is not JSON is one clear error', async () => {
    const workspace = await workspaceWith({
      'junit.xml': fixtureReport('node-test.xml').replace(/<failure[\s\S]*?<\/failure>/g, ''),
      'metrics.json': '{"eval": {"accuracy": 0.9,}}',
      'baseline.json': '[0.9]',
      'good.json': '{"eval": {"accuracy": 0.9}}',
    });
    const broken = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { metrics: 'metrics.json', thresholds: 'eval.accuracy >= 0.85' },
    });
    assert.equal(broken.exitCode, 1);
    assert.equal(broken.errors.length, 1);
    assert.equal(
      broken.errors[0],
      'The metrics file "metrics.json" (input \'metrics\') is not valid JSON (line 1, column 27: ' +
        'expected a property name in double quotes). See the job summary for details.',
    );

    const list = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { metrics: 'good.json', baseline: 'baseline.json', thresholds: 'eval.accuracy >= baseline' },
    });
    assert.deepEqual(list.errors, [
      'The baseline file "baseline.json" (input \'baseline\') holds an array, not a JSON object of metrics ' +
        'such as {"eval": {"accuracy": 0.91}}. See the job summary for details.',
    ]);
  });
});

describe('dist/test bad inputs: one ::error::, exit 1, nothing run', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'a rule that does not parse, quoted',
      { metrics: 'm.json', thresholds: 'eval.accuracy >= 0.85\neval.loss =< 0.3' },
      /^The threshold rule "eval\.loss =< 0\.3" does not parse: write it as '<metric> <op> <number>' or/,
    ],
    ['thresholds without metrics', { thresholds: 'eval.accuracy >= 0.85' }, /^Input 'thresholds' needs 'metrics'/],
    [
      'an unknown fail-on',
      { 'fail-on': 'always' },
      /^Input 'fail-on' must be 'tests', 'gate', 'tests,gate' \(or 'both'\) or 'none', not "always"\.$/,
    ],
    [
      'a max-annotations that is not a whole number',
      { 'max-annotations': 'ten' },
      /^Input 'max-annotations' must be a whole number of at least 0, not "ten"\.$/,
    ],
    [
      'a baseline environment without a model name',
      { baseline: 'environment:production' },
      /^Input 'baseline' is "environment:production", which reads the version deployed there from the model registry: set 'model-name'/,
    ],
    [
      'a baseline environment with a bad name',
      { baseline: 'environment:Prod!', 'model-name': 'tiny-lm' },
      /environment name/i,
    ],
    [
      'a missing working directory',
      { 'working-directory': 'nowhere' },
      /^Input 'working-directory' is "nowhere", which is not a directory/,
    ],
  ];
  for (const [what, inputs, expected] of cases) {
    test(what, async () => {
      const workspace = await workspaceWith({ 'junit.xml': fixtureReport('pytest-xunit1.xml') });
      const result = await runBundle({
        action: 'test',
        cwd: workspace,
        inputs: { command: 'echo ran > ran.txt', ...inputs },
      });
      assert.equal(result.exitCode, 1);
      assert.equal(result.errors.length, 1, result.stdout);
      assert.match(result.errors[0], expected);
      assert.doesNotMatch(result.stdout, /Run the tests/, 'the command did not run');
      assert.deepEqual(result.outputs, {});
    });
  }
});
