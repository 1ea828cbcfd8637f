// test() called directly, with a fake command runner and a RecordingLogger:
// what the step tells the user through annotations, notices and warnings.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { rm, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, type CommandRunner, type ScriptOptions } from '@mlops-actions/action-kit';
import { parseRules } from '@mlops-actions/gate';
import { RecordingLogger, writeTree } from '@mlops-actions/action-testing';
import type { TestSettings } from '../src/inputs.js';
import { findReports, splitByAge } from '../src/reports.js';
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

/**
 * A command runner that records the scripts it was given, writes `writes`
 * (relative to the script's folder) as a test run writes its reports, and
 * exits with `exitCode`.
 */
function fakeCommands(
  exitCode: number,
  scripts: [string, ScriptOptions][] = [],
  writes: Record<string, string> = {},
): CommandRunner {
  return {
    script: async (script, options) => {
      scripts.push([script, options]);
      await writeTree(options.cwd, writes);
      return { exitCode, tail: '', durationMs: 5 };
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
      modelName: '',
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
    const dir = await workspaceWith({});
    try {
      const report = await runTests(
        settings({ workspace: dir, workingDirectory: dir, command: 'pytest --junitxml=junit.xml' }),
        { commands: fakeCommands(2, scripts, { 'junit.xml': passing }), logger },
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

describe('reports the test command did not write', () => {
  /** A workspace whose `stale` reports were modified an hour ago (a committed or cached file, not rewritten). */
  async function workspaceWithStale(stale: Record<string, string>): Promise<string> {
    const dir = await workspaceWith(stale);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const name of Object.keys(stale)) await utimes(join(dir, name), anHourAgo, anHourAgo);
    return dir;
  }

  function settingsFor(dir: string, overrides: Partial<TestSettings> = {}): TestSettings {
    return {
      workspace: dir,
      workingDirectory: dir,
      command: 'pytest --junitxml=reports/junit-unit.xml',
      reports: ['**/junit*.xml'],
      rules: [],
      baseline: { kind: 'none' },
      failOn: { tests: true, gate: true },
      maxAnnotations: 10,
      modelName: '',
      ...overrides,
    };
  }

  const PASSING = REPORT.replace(/<failure[\s\S]*?<\/failure>|<error[\s\S]*?<\/error>/g, '');

  test("are ignored with one warning; with none left after a failed command, the step fails with the command's exit code", async () => {
    const dir = await workspaceWithStale({ 'reports/junit-smoke.xml': PASSING });
    const logger = new RecordingLogger();
    try {
      await assert.rejects(runTests(settingsFor(dir), { commands: fakeCommands(2), logger }), (error: unknown) => {
        assert.ok(error instanceof UserError);
        assert.equal(error.exitCode, 2);
        assert.equal(
          error.message,
          "The test command wrote no JUnit report: it exited with code 2, and the report matching 'reports' " +
            `(**/junit*.xml) in ${dir} is older than the command, left from an earlier run (see the warning). ` +
            'Check that the tests write JUnit XML (pytest --junitxml=junit.xml, jest-junit, node --test-reporter=junit) ' +
            "and that 'reports' matches the file, relative to 'working-directory'; a report committed to the " +
            'repository is not a result of this run.',
        );
        return true;
      });
      assert.deepEqual(logger.lines('warning'), [
        'Ignored 1 JUnit report that the test command did not write (modified before it started, so left from an ' +
          'earlier run): "reports/junit-smoke.xml".',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('only the reports the command wrote are read; the stale ones are kept on the report for the summary', async () => {
    const dir = await workspaceWithStale({ 'reports/junit-smoke.xml': PASSING });
    const logger = new RecordingLogger();
    try {
      const report = await runTests(settingsFor(dir), {
        commands: fakeCommands(1, [], { 'reports/junit-unit.xml': REPORT }),
        logger,
      });
      assert.deepEqual(
        report.reports.map((found) => found.name),
        ['reports/junit-unit.xml'],
      );
      assert.deepEqual(
        report.staleReports.map((found) => found.name),
        ['reports/junit-smoke.xml'],
      );
      assert.deepEqual(report.run.counts, { total: 3, passed: 1, failed: 2, errors: 1, skipped: 0 });
      assert.equal(logger.lines('warning').length, 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('with none left after a passing command, the step fails as when no report matches; fail-on none warns', async () => {
    const dir = await workspaceWithStale({ 'junit.xml': PASSING });
    try {
      await assert.rejects(
        runTests(settingsFor(dir), { commands: fakeCommands(0), logger: new RecordingLogger() }),
        (error: unknown) =>
          error instanceof UserError && error.exitCode === 1 && /exited with code 0/.test(error.message),
      );
      const logger = new RecordingLogger();
      const report = await runTests(settingsFor(dir, { failOn: { tests: false, gate: false } }), {
        commands: fakeCommands(2),
        logger,
      });
      assert.equal(report.run.counts.total, 0);
      assert.equal(logger.lines('warning').length, 2);
      assert.match(logger.lines('warning')[1], /^The test command wrote no JUnit report: it exited with code 2/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('the warning names ten reports, then counts the rest', async () => {
    const stale = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`junit-${String(i).padStart(2, '0')}.xml`, PASSING]),
    );
    const dir = await workspaceWithStale(stale);
    const logger = new RecordingLogger();
    try {
      await runTests(settingsFor(dir), { commands: fakeCommands(0, [], { 'junit-new.xml': PASSING }), logger });
      assert.deepEqual(logger.lines('warning'), [
        'Ignored 12 JUnit reports that the test command did not write (modified before it started, so left from an ' +
          'earlier run): "junit-00.xml", "junit-01.xml", "junit-02.xml", "junit-03.xml", "junit-04.xml", ' +
          '"junit-05.xml", "junit-06.xml", "junit-07.xml", "junit-08.xml", "junit-09.xml", and 2 more.',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('without a command every report is read, however old', async () => {
    const dir = await workspaceWithStale({ 'junit.xml': PASSING });
    const logger = new RecordingLogger();
    try {
      const report = await runTests(settingsFor(dir, { command: '' }), { commands: fakeCommands(0), logger });
      assert.equal(report.run.counts.total, 3);
      assert.deepEqual(report.staleReports, []);
      assert.deepEqual(logger.lines('warning'), []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a report written in the second the command started counts, whatever the file system keeps of the time', async () => {
    const dir = await workspaceWith({ 'same-second.xml': PASSING, 'second-before.xml': PASSING });
    try {
      const second = Math.floor(Date.now() / 1000) - 60;
      // The command started at .700 of that second, and a file system that keeps whole seconds shows a report it
      // wrote then as written at .000; one written a second earlier is stale.
      await utimes(join(dir, 'same-second.xml'), second, second);
      await utimes(join(dir, 'second-before.xml'), second - 1, second - 1);
      const found = await findReports(dir, ['*.xml'], dir);
      const { written, stale } = await splitByAge(found, second * 1000 + 700);
      assert.deepEqual(
        [written.map((report) => report.name), stale.map((report) => report.name)],
        [['same-second.xml'], ['second-before.xml']],
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
