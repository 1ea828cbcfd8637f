import {
  BoundedSummary,
  UserError,
  actionsCommandRunner,
  core,
  infoUntrusted,
  isUserError,
  messageOf,
  runAction,
  setOutputs,
  writeSummary,
  type CommandRunner,
} from '@mlops-actions/action-kit';
import { evaluateGate } from '@mlops-actions/gate';
import { TestRunBuilder, readReport, type TestRun } from '@mlops-actions/junit';
import { loadBaseline, readMetricsFile } from './baseline.js';
import { annotateFailures, logFailures } from './failures.js';
import { readTestSettings, type TestSettings } from './inputs.js';
import { failureMessage, formatNumber, gateOutput, testsFailedSentence, type TestOutcome } from './outcome.js';
import { roundSeconds, writeReportFile } from './report-file.js';
import { findReports, type FoundReport } from './reports.js';
import { renderSummary } from './summary.js';

export interface TestDependencies {
  commands: CommandRunner;
}

export async function run(dependencies: TestDependencies = { commands: actionsCommandRunner }): Promise<void> {
  await runAction('test', async () => {
    const settings = readTestSettings();
    const outcome = await test(settings, dependencies);
    const report = await writeReportFile(outcome);
    const { counts } = outcome.run;
    setOutputs({
      total: counts.total,
      passed: counts.passed,
      failed: counts.failed,
      errors: counts.errors,
      skipped: counts.skipped,
      'duration-seconds': roundSeconds(outcome.run.durationSeconds),
      gate: gateOutput(outcome),
      report,
    });
    await writeSummary(renderSummary(outcome, new BoundedSummary()));
    const failure = failureMessage(outcome, settings.failOn);
    if (failure) throw new UserError(failure);
    if (counts.failed > 0 || outcome.gate?.verdict === 'failed') {
      core.notice(`Failures are reported but do not fail the step: 'fail-on' is '${failOnWords(settings)}'.`);
    }
  });
}

/** Runs the command, reads the reports, annotates failures and checks the gate. */
export async function test(settings: TestSettings, { commands }: TestDependencies): Promise<TestOutcome> {
  let command: TestOutcome['command'];
  if (settings.command !== '') {
    const result = await core.group(`Run the tests: ${settings.command}`, () =>
      commands.script(settings.command, { cwd: settings.workingDirectory }),
    );
    command = { command: settings.command, exitCode: result.exitCode, durationMs: result.durationMs };
    core.info(`The test command exited with code ${result.exitCode}.`);
  }

  const reports = await findReports(settings.workingDirectory, settings.reports, settings.workspace);
  let run: TestRun;
  if (reports.length === 0) {
    noReports(settings, command);
    run = new TestRunBuilder().build();
  } else {
    const title = `Read ${reports.length} JUnit ${reports.length === 1 ? 'report' : 'reports'}`;
    run = await core.group(title, () => readReports(reports));
  }
  if (command && command.exitCode !== 0 && reports.length > 0 && run.counts.failed === 0) {
    core.warning(
      `The test command exited with code ${command.exitCode}, but the reports show no failing test. ` +
        'A test file that could not load may be missing from them (for jest-junit, set reportTestSuiteErrors).',
    );
  }

  const outcome: TestOutcome = { settings, reports, run, annotations: 0 };
  if (command) outcome.command = command;
  if (run.failures.length > 0) {
    await core.group(`Failing tests (${run.counts.failed})`, () => Promise.resolve(logFailures(run, settings)));
    outcome.annotations = annotateFailures(run, settings);
  }
  if (settings.rules.length > 0) await core.group('Quality gate', () => checkGate(settings, outcome));
  return outcome;
}

/** No report matched: an error when failing tests fail the step, else a warning (the gate may still decide). */
function noReports(settings: TestSettings, command: TestOutcome['command']): void {
  const after = command
    ? `after the test command, which exited with code ${command.exitCode}`
    : "(no test command was run: 'command' is empty)";
  const message =
    `No JUnit report matched 'reports' (${settings.reports.join(', ')}) in ${settings.workingDirectory} ${after}. ` +
    'Check that the tests write JUnit XML (pytest --junitxml=junit.xml, jest-junit, node --test-reporter=junit) ' +
    "and that 'reports' matches the file, relative to 'working-directory'.";
  if (settings.failOn.tests) throw new UserError(message);
  core.warning(message);
}

async function readReports(reports: FoundReport[]): Promise<TestRun> {
  const builder = new TestRunBuilder();
  for (const report of reports) {
    builder.addReport(report.name);
    await readReport(report.path, (testCase) => builder.add(testCase), report.name);
  }
  const run = builder.build();
  // Report names come from the file system of the checkout: printed as data.
  infoUntrusted(
    run.reports
      .map(({ path, counts }) => `${path}: ${counts.total} tests, ${counts.failed} failed, ${counts.skipped} skipped`)
      .join('\n'),
  );
  core.info(`${run.counts.failed > 0 ? testsFailedSentence(run) : `${run.counts.total} tests, none failed`}.`);
  return run;
}

/**
 * Reads the metrics and the baseline and evaluates the rules. A problem with
 * those inputs is kept on the outcome rather than thrown, so the test results
 * are still reported before the step fails.
 */
async function checkGate(settings: TestSettings, outcome: TestOutcome): Promise<void> {
  try {
    const metrics = await readMetricsFile(settings.metrics!.path, `the metrics file ${settings.metrics!.input}`);
    const baseline = await loadBaseline(settings.baseline, settings.workspace);
    if (baseline) {
      outcome.baseline = baseline;
      core.info(baseline.metrics ? `Baseline: ${baseline.source}.` : `No baseline: ${baseline.missing}.`);
    }
    outcome.gate = evaluateGate(settings.rules, metrics, baseline?.metrics);
  } catch (error) {
    if (!isUserError(error)) throw error;
    outcome.gateProblem = messageOf(error);
    // The message may quote the metrics file or a registry tag: text from outside the workflow.
    infoUntrusted(`The quality gate could not be checked: ${outcome.gateProblem}`);
    return;
  }
  for (const row of outcome.gate.rows) {
    const value = row.value === undefined ? 'no value' : formatNumber(row.value);
    core.info(`${row.verdict.padEnd(7)}  ${row.rule}  (${value}${row.reason ? `; ${row.reason}` : ''})`);
  }
  const skipped = outcome.gate.rows.filter((row) => row.verdict === 'skipped');
  if (skipped.length > 0) {
    core.notice(
      `Skipped ${skipped.length} of ${outcome.gate.rows.length} gate rules: ` +
        `${skipped.map((row) => `${row.rule} (${row.reason ?? 'skipped'})`).join('; ')}.`,
    );
  }
  core.info(`Quality gate: ${outcome.gate.verdict}.`);
}

function failOnWords(settings: TestSettings): string {
  const { tests, gate } = settings.failOn;
  if (tests && gate) return 'tests,gate';
  if (tests) return 'tests';
  if (gate) return 'gate';
  return 'none';
}
