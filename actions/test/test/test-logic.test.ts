// test() called directly, with a fake command runner and a RecordingLogger:
// what the step tells the user through annotations, notices and warnings.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import type { CommandRunner, ScriptOptions } from '@mlops-actions/action-kit';
import { parseRules } from '@mlops-actions/gate';
import { RecordingLogger } from '@mlops-actions/action-testing';
import type { TestSettings } from '../src/inputs.js';
import { test as runTests } from '../src/test.js';
import { workspaceWith } from './support.js';

const REPORT = `<?xml version="1.0" encoding="utf-8"?>
<testsuite name="pytest" tests="3" failures="1" errors="1">
  <testcase classname="tests.test_model" name="test_accuracy" file="tests/test_model.py" line="12" time="0.5">
    <failure message="accuracy 0.8 is below 0.9">assert 0.8 &gt;= 0.9</failure>
  </testcase>
  <testcase classname="tests.test_model" name="test_load" time="0.1">
    <error message="::add-mask::hunter2">Traceback</error>
  </testcase>
  <testcase classname="tests.test_model" name="test_ok" time="0.1"/>
</testsuite>
`;

/** A command runner that records the scripts it was given and exits with `exitCode`. */
function fakeCommands(exitCode: number, scripts: [string, ScriptOptions][] = []): CommandRunner {
  return {
    script: (script, options) => {
      scripts.push([script, options]);
      return Promise.resolve({ exitCode, tail: '', durationMs: 5 });
    },
    tool: () => Promise.reject(new Error('no tools in this test')),
  };
}

describe('test() with a recording logger', () => {
  let workspace: string;
  beforeAll(async () => {
    workspace = await workspaceWith({
      'junit.xml': REPORT,
      'eval/metrics.json': '{"eval": {"accuracy": 0.8}}',
      'junit-summary.xml': '<testsuites><testsuite name="smoke" tests="6" failures="1" skipped="1"/></testsuites>',
    });
  });
  afterAll(() => rm(workspace, { recursive: true, force: true }));

  function settings(overrides: Partial<TestSettings> = {}): TestSettings {
    return {
      workspace,
      workingDirectory: workspace,
      command: '',
      reports: ['junit.xml'],
      rules: [],
      baseline: { kind: 'none' },
      failOn: { tests: true, gate: true },
      maxAnnotations: 10,
      ...overrides,
    };
  }

  test('failing tests become error annotations at their file and line, up to max-annotations', async () => {
    const logger = new RecordingLogger();
    const report = await runTests(settings({ maxAnnotations: 1 }), { commands: fakeCommands(0), logger });
    assert.equal(report.annotations, 1);
    assert.deepEqual(
      logger.entries.filter((entry) => entry.level === 'error'),
      [
        {
          level: 'error',
          text: 'accuracy 0.8 is below 0.9\n\nassert 0.8 >= 0.9',
          place: { title: 'tests.test_model.test_accuracy failed', file: 'tests/test_model.py', startLine: 12 },
        },
      ],
    );
    assert.equal(report.failure, '2 of 3 tests failed (1 with an error). See the job summary for details.');
    assert.deepEqual(logger.lines('notice'), []);
    // The failing tests' own text is logged as untrusted text, never as the action's words.
    const failing = logger.lines('untrusted').find((text) => text.includes('::add-mask::hunter2'));
    assert.ok(failing, logger.toString());
    assert.ok(!logger.lines('info').some((text) => text.includes('hunter2')));
  });

  test("failures that 'fail-on' lets pass get a notice that says so, and the report no failure", async () => {
    const logger = new RecordingLogger();
    const report = await runTests(settings({ failOn: { tests: false, gate: true } }), {
      commands: fakeCommands(0),
      logger,
    });
    assert.equal(report.failure, undefined);
    assert.equal(report.annotations, 2);
    assert.deepEqual(logger.lines('notice'), ["Failures are reported but do not fail the step: 'fail-on' is 'gate'."]);
  });

  test('a gate that fails under fail-on none is a notice too; rules against a missing baseline are skipped', async () => {
    const logger = new RecordingLogger();
    const report = await runTests(
      settings({
        reports: ['no-such-report.xml'],
        failOn: { tests: false, gate: false },
        metrics: { path: `${workspace}/eval/metrics.json`, input: 'eval/metrics.json' },
        rules: parseRules(['eval.accuracy >= 0.85', 'eval.accuracy >= baseline']),
        baseline: { kind: 'file', path: `${workspace}/eval/missing.json`, input: 'eval/missing.json' },
      }),
      { commands: fakeCommands(0), logger },
    );
    // The baseline file is missing: a problem of the gate's inputs, which fails the step whatever fail-on says.
    assert.match(
      report.failure ?? '',
      /^The baseline file "eval\/missing\.json" \(input 'baseline'\) does not exist\./,
    );
    assert.deepEqual(logger.lines('notice'), []);
    assert.match(logger.lines('warning')[0], /^No JUnit report matched 'reports' \(no-such-report\.xml\)/);

    const gated = new RecordingLogger();
    const failed = await runTests(
      settings({
        failOn: { tests: false, gate: false },
        metrics: { path: `${workspace}/eval/metrics.json`, input: 'eval/metrics.json' },
        rules: parseRules(['eval.accuracy >= 0.85', 'eval.accuracy >= baseline']),
      }),
      { commands: fakeCommands(0), logger: gated },
    );
    assert.equal(failed.failure, undefined);
    assert.equal(failed.gate?.verdict, 'failed');
    assert.deepEqual(gated.lines('notice'), [
      'Skipped 1 of 2 gate rules: eval.accuracy >= baseline (there is no baseline).',
      "Failures are reported but do not fail the step: 'fail-on' is 'none'.",
    ]);
    assert.ok(gated.lines('group').includes('Quality gate'));
  });

  test('a command that fails while the reports show no failure is a warning', async () => {
    const logger = new RecordingLogger();
    const scripts: [string, ScriptOptions][] = [];
    const passing = REPORT.replace(/<failure[\s\S]*?<\/failure>|<error[\s\S]*?<\/error>/g, '');
    const dir = await workspaceWith({ 'junit.xml': passing });
    try {
      const report = await runTests(
        settings({ workspace: dir, workingDirectory: dir, command: 'pytest --junitxml=junit.xml' }),
        { commands: fakeCommands(2, scripts), logger },
      );
      assert.deepEqual(scripts, [['pytest --junitxml=junit.xml', { cwd: dir }]]);
      assert.equal(report.failure, undefined);
      assert.deepEqual(report.command, { command: 'pytest --junitxml=junit.xml', exitCode: 2, durationMs: 5 });
      assert.match(
        logger.lines('warning')[0],
        /^The test command exited with code 2, but the reports show no failing test/,
      );
      assert.deepEqual(logger.lines('group').slice(0, 2), [
        'Run the tests: pytest --junitxml=junit.xml',
        'Read 1 JUnit report',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a suite that lists no test cases is counted from its attributes, with a notice that says so', async () => {
    const logger = new RecordingLogger();
    const report = await runTests(settings({ reports: ['junit-summary.xml'] }), { commands: fakeCommands(0), logger });
    assert.deepEqual(report.run.counts, { total: 6, passed: 4, failed: 1, errors: 0, skipped: 1 });
    assert.equal(report.failure, '1 of 6 tests failed. See the job summary for details.');
    assert.deepEqual(logger.lines('notice'), [
      "1 test suite lists no test cases: counted from the suite's own tests, failures, errors and skipped attributes " +
        '(6 tests, 1 failed, 1 skipped); their tests have no names or messages.',
    ]);
    assert.ok(logger.lines('untrusted').includes("junit-summary.xml: suite 'smoke' counted as 6 tests, 1 failed"));
  });
});
