import { UserError, isUserError, quote, type CommandRunner, type Logger } from '@mlops-actions/action-kit';
import { evaluateGate } from '@mlops-actions/gate';
import { TestRunBuilder, addCounts, emptyCounts, readReport, type TestRun } from '@mlops-actions/junit';
import { loadBaseline, readMetricsInput } from './baseline.js';
import { annotateFailures, logFailures } from './failures.js';
import type { TestSettings } from './inputs.js';
import { failureMessage, formatNumber, listedNames, testsFailedSentence, type TestReport } from './outcome.js';
import { findReports, splitByAge, type FoundReport } from './reports.js';

export interface TestDependencies {
  commands: CommandRunner;
  logger: Logger;
}

/**
 * Runs the command, reads the reports, annotates failures and checks the
 * gate. The report says why the step fails under `fail-on`, when it does;
 * failures that `fail-on` lets pass get a notice that says so.
 */
export async function test(settings: TestSettings, { commands, logger }: TestDependencies): Promise<TestReport> {
  let command: TestReport['command'];
  let started: number | undefined;
  if (settings.command !== '') {
    started = Date.now();
    const result = await logger.group(`Run the tests: ${settings.command}`, () =>
      commands.script(settings.command, { cwd: settings.workingDirectory }),
    );
    command = { command: settings.command, exitCode: result.exitCode, durationMs: result.durationMs };
    logger.info(`The test command exited with code ${result.exitCode}.`);
  }

  const found = await findReports(settings.workingDirectory, settings.reports, settings.workspace);
  // After a command, only the reports it wrote are this run's results.
  const { written: reports, stale } =
    started === undefined ? { written: found, stale: [] } : await splitByAge(found, started);
  if (stale.length > 0) logger.warning(staleWarning(stale));
  let run: TestRun;
  if (reports.length === 0) {
    noReports(settings, command, stale, logger);
    run = new TestRunBuilder().build();
  } else {
    const title = `Read ${reports.length} JUnit ${reports.length === 1 ? 'report' : 'reports'}`;
    run = await logger.group(title, () => readReports(reports, logger));
  }
  if (command && command.exitCode !== 0 && reports.length > 0 && run.counts.failed === 0) {
    logger.warning(
      `The test command exited with code ${command.exitCode}, but the reports show no failing test. ` +
        'A test file that could not load may be missing from them (for jest-junit, set reportTestSuiteErrors).',
    );
  }

  const report: TestReport = { settings, reports, staleReports: stale, run, annotations: 0 };
  if (command) report.command = command;
  if (run.failures.length > 0) {
    await logger.group(`Failing tests (${run.counts.failed})`, () =>
      Promise.resolve(logFailures(run, settings, logger)),
    );
    report.annotations = annotateFailures(run, settings, logger);
  }
  if (settings.rules.length > 0) await logger.group('Quality gate', () => checkGate(settings, report, logger));
  const failure = failureMessage(report, settings.failOn);
  if (failure) report.failure = failure;
  else if (run.counts.failed > 0 || report.gate?.verdict === 'failed') {
    logger.notice(`Failures are reported but do not fail the step: 'fail-on' is '${failOnWords(settings)}'.`);
  }
  return report;
}

/**
 * The one warning that names the reports left from an earlier run. File names
 * come from the checkout: quoted, so a line break or a long name stays one
 * readable item.
 */
function staleWarning(stale: FoundReport[]): string {
  const what = stale.length === 1 ? '1 JUnit report' : `${stale.length} JUnit reports`;
  return (
    `Ignored ${what} that the test command did not write (modified before it started, so left from an ` +
    `earlier run): ${listedNames(stale.map((report) => quote(report.name, 160)))}.`
  );
}

/**
 * No report the command wrote, or none matched: an error when failing tests
 * fail the step (with the command's exit code when it failed), else a
 * warning (the gate may still decide).
 */
function noReports(settings: TestSettings, command: TestReport['command'], stale: FoundReport[], logger: Logger): void {
  const after = command
    ? `after the test command, which exited with code ${command.exitCode}`
    : "(no test command was run: 'command' is empty)";
  const found =
    stale.length === 0
      ? `No JUnit report matched 'reports' (${settings.reports.join(', ')}) in ${settings.workingDirectory} ${after}. `
      : `The test command wrote no JUnit report: it exited with code ${command?.exitCode}, and the ` +
        `${stale.length === 1 ? 'report' : `${stale.length} reports`} matching 'reports' ` +
        `(${settings.reports.join(', ')}) in ${settings.workingDirectory} ` +
        `${stale.length === 1 ? 'is' : 'are'} older than the command, left from an earlier run (see the warning). `;
  const message =
    found +
    'Check that the tests write JUnit XML (pytest --junitxml=junit.xml, jest-junit, node --test-reporter=junit) ' +
    "and that 'reports' matches the file, relative to 'working-directory'" +
    (stale.length === 0 ? '.' : '; a report committed to the repository is not a result of this run.');
  const failed = command !== undefined && command.exitCode !== 0;
  if (settings.failOn.tests) throw new UserError(message, failed ? { exitCode: command.exitCode } : {});
  logger.warning(message);
}

async function readReports(reports: FoundReport[], logger: Logger): Promise<TestRun> {
  const builder = new TestRunBuilder();
  for (const report of reports) {
    builder.addReport(report.name);
    await readReport(
      report.path,
      (testCase) => builder.add(testCase),
      report.name,
      (suite) => builder.addSuiteCounts(suite),
    );
  }
  const run = builder.build();
  if (run.suitesCountedFromAttributes.length > 0) countedSuitesNotice(run, logger);
  // Report names come from the file system of the checkout: printed as data.
  logger.untrusted(
    run.reports
      .map(({ path, counts }) => `${path}: ${counts.total} tests, ${counts.failed} failed, ${counts.skipped} skipped`)
      .join('\n'),
  );
  logger.info(`${run.counts.failed > 0 ? testsFailedSentence(run) : `${run.counts.total} tests, none failed`}.`);
  return run;
}

/** Suites that list no cases were counted from their attributes: say so, since their failures have no names. */
function countedSuitesNotice(run: TestRun, logger: Logger): void {
  const counted = run.suitesCountedFromAttributes;
  const total = emptyCounts();
  for (const suite of counted) addCounts(total, suite.counts);
  const suites = counted.length === 1 ? '1 test suite lists' : `${counted.length} test suites list`;
  logger.notice(
    `${suites} no test cases: counted from the suite's own tests, failures, errors and skipped attributes ` +
      `(${total.total} tests, ${total.failed} failed, ${total.skipped} skipped); their tests have no names or messages.`,
  );
  // Suite and report names come from the reports: printed as data.
  logger.untrusted(
    counted
      .map(
        ({ name, report, counts }) =>
          `${report}: suite '${name}' counted as ${counts.total} tests, ${counts.failed} failed`,
      )
      .join('\n'),
  );
}

/**
 * Reads the metrics and the baseline and evaluates the rules. A problem with
 * those inputs is kept on the outcome rather than thrown, so the test results
 * are still reported before the step fails.
 */
async function checkGate(settings: TestSettings, report: TestReport, logger: Logger): Promise<void> {
  try {
    const metrics = await readMetricsInput({ name: 'metrics', ...settings.metrics! }, settings.workspace);
    const baseline = await loadBaseline(settings.baseline, settings.workspace, logger);
    if (baseline) {
      report.baseline = baseline;
      logger.info(baseline.metrics ? `Baseline: ${baseline.source}.` : `No baseline: ${baseline.missing}.`);
    }
    report.gate = evaluateGate(settings.rules, metrics, baseline?.metrics);
  } catch (error) {
    if (!isUserError(error)) throw error;
    report.gateProblem = error.message;
    // The message may quote the metrics file or a registry tag: text from outside the workflow.
    logger.untrusted(`The quality gate could not be checked: ${error.message}`);
    return;
  }
  for (const row of report.gate.rows) {
    const value = row.value === undefined ? 'no value' : formatNumber(row.value);
    logger.info(`${row.verdict.padEnd(7)}  ${row.rule}  (${value}${row.reason ? `; ${row.reason}` : ''})`);
  }
  const total = report.gate.rows.length;
  const noBaseline = report.gate.rows.filter((row) => row.skip === 'no-baseline');
  if (noBaseline.length > 0) {
    logger.notice(
      `Skipped ${noBaseline.length} of ${total} gate rules: ` +
        `${noBaseline.map((row) => `${row.rule} (${row.reason ?? 'skipped'})`).join('; ')}.`,
    );
  }
  // A baseline that is there but lacks the metric is likely a renamed metric or a broken evaluation: a warning,
  // worded here so that the baseline's non-number value (text from outside the workflow) is not repeated.
  const lacking = report.gate.rows.filter(
    (row) => row.skip === 'not-in-baseline' || row.skip === 'baseline-not-a-number',
  );
  if (lacking.length > 0) {
    const what = lacking.map(
      (row) => `${row.skip === 'not-in-baseline' ? 'has no' : 'holds no number for'} ${row.metric} (${row.rule})`,
    );
    logger.warning(
      `Skipped ${lacking.length} of ${total} gate rules, not checked: ` +
        `the baseline ${report.baseline?.source ?? ''} ${what.join('; ')}.`,
    );
  }
  logger.info(`Quality gate: ${report.gate.verdict}.`);
}

function failOnWords(settings: TestSettings): string {
  const { tests, gate } = settings.failOn;
  if (tests && gate) return 'tests,gate';
  if (tests) return 'tests';
  if (gate) return 'gate';
  return 'none';
}
