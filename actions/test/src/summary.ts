import {
  code,
  formatDuration,
  inertMarkdown,
  mermaidText,
  type BoundedSummary,
  type LiveCell,
} from '@mlops-actions/action-kit';
import type { GateRow, Verdict } from '@mlops-actions/gate';
import { displayName, firstLine, type TestCase } from '@mlops-actions/junit';
import {
  errorsNote,
  formatNumber,
  gateOutput,
  listedNames,
  locationOf,
  testsFailedSentence,
  type TestReport,
} from './outcome.js';

/** Failing tests in the summary's table: more would bury the rest of the summary. */
const LISTED_FAILURES = 200;

export const VERDICT_MARK: Record<Verdict, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

/**
 * The job summary: the counts, the quality gate, the failing tests and the
 * slowest ones. The gate comes before the long tables so that a huge suite
 * cannot push it past the size limit.
 */
export function renderTestSummary(report: TestReport, summary: BoundedSummary): BoundedSummary {
  const { run } = report;
  const { counts } = run;
  const title =
    counts.total === 0 ? '⚠️ no test cases' : counts.failed > 0 ? `❌ ${testsFailedSentence(run)}` : '✅ all passed';
  summary.heading(`Tests: ${title}`);
  summary.add(`${totalsLine(report)}\n\n`, 'the totals');
  if (report.command && report.command.exitCode !== 0) summary.add(commandExit(report.command), 'the command');
  if (report.staleReports.length > 0) summary.add(staleNote(report), 'the ignored reports');

  if (report.gate || report.gateProblem) renderGate(report, summary);
  if (run.failures.length > 0) renderFailures(report, summary);
  if (run.slowest.length > 0) {
    summary.heading(`Slowest tests`, 3);
    summary.table(
      ['Test', 'Time', 'Result'],
      run.slowest.map((testCase) => [displayName(testCase), formatDuration(testCase.time * 1000), testCase.status]),
      'slowest tests',
    );
  }
  return summary;
}

/**
 * The command that failed. One of several lines goes in a code block: inline,
 * a line of it starting with `#` or `-` would become a heading or a list and
 * break the code span open.
 */
function commandExit({ command, exitCode }: NonNullable<TestReport['command']>): string {
  if (!command.includes('\n')) return `The test command ${code(command)} exited with code ${exitCode}.\n\n`;
  const fence = '`'.repeat(Math.max(2, ...(command.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return `The test command exited with code ${exitCode}:\n\n${fence}sh\n${command}\n${fence}\n\n`;
}

/** The reports left from an earlier run; their names come from the checkout. */
function staleNote({ staleReports: stale }: TestReport): string {
  const names = listedNames(stale.map((report) => inertMarkdown(report.name)));
  const what = stale.length === 1 ? '1 report' : `${stale.length} reports`;
  return `⚠️ Ignored ${what} older than the test command, left from an earlier run: ${names}.\n\n`;
}

/** `**30** tests · **28** passed · **2** failed · **0** skipped · 1.2 s · 1 report`: the job summary's and the comment's. */
export function totalsLine({ run, reports }: Pick<TestReport, 'run' | 'reports'>): string {
  const { counts } = run;
  const parts = [
    `**${counts.total}** ${counts.total === 1 ? 'test' : 'tests'}`,
    `**${counts.passed}** passed`,
    `**${counts.failed}** failed${errorsNote(counts.errors)}`,
    `**${counts.skipped}** skipped`,
    formatDuration(run.durationSeconds * 1000),
    `${reports.length} ${reports.length === 1 ? 'report' : 'reports'}`,
  ];
  return parts.join(' · ');
}

function renderGate(report: TestReport, summary: BoundedSummary): void {
  summary.heading(`Quality gate: ${VERDICT_MARK[gateOutput(report)]}`, 3);
  if (report.gateProblem) {
    // The problem may quote the metrics file or a registry record: text from outside the workflow.
    summary.add(`> [!CAUTION]\n> ${inertMarkdown(report.gateProblem)}\n\n`, 'the gate problem');
  }
  const baseline = report.baseline;
  if (baseline) {
    summary.add(
      baseline.metrics
        ? `Baseline: ${inertMarkdown(baseline.source)}.\n\n`
        : `Baseline: none, since ${inertMarkdown(baseline.missing ?? 'it could not be read')}; rules against it are skipped.\n\n`,
      'the baseline line',
    );
  }
  const rows = report.gate?.rows ?? [];
  if (rows.length === 0) return;
  summary.table(
    ['Metric', 'Value', 'Rule', 'Baseline', 'Verdict'],
    rows.map((row) => [
      code(row.metric),
      row.value === undefined ? '—' : formatNumber(row.value),
      ruleCell(row),
      row.baseline === undefined ? '—' : formatNumber(row.baseline),
      verdictCell(row),
    ]),
    'gate rules',
  );
  const charts = gateCharts(rows);
  if (charts !== '') summary.add(charts, 'the gate charts');
}

/** Charts drawn at most: one a rule, so metrics on different scales never share an axis. */
const CHARTED_RULES = 6;

/**
 * A Mermaid bar chart per checked rule: the value beside the threshold it was
 * held to and the baseline, on an axis from zero when all are positive (so a
 * near miss looks like one), folded away under the table.
 */
export function gateCharts(rows: GateRow[]): string {
  const charted = rows.filter((row) => row.value !== undefined && row.threshold !== undefined).slice(0, CHARTED_RULES);
  if (charted.length === 0) return '';
  const charts = charted.map((row) => {
    // The labels are the action's own words: only the metric's name needs mermaidText.
    const labels = ['value', `threshold (${row.comparison})`];
    const values = [row.value!, row.threshold!];
    if (row.baseline !== undefined) {
      labels.push('baseline');
      values.push(row.baseline);
    }
    const top = Math.max(...values);
    const axis = Math.min(...values) >= 0 && top > 0 ? ` 0 --> ${formatNumber(top * 1.1)}` : '';
    return [
      '```mermaid',
      'xychart-beta',
      `  title "${mermaidText(row.metric, 60)} ${row.verdict === 'passed' ? '✅' : row.verdict === 'failed' ? '❌' : '⏭️'}"`,
      `  x-axis [${labels.map((label) => `"${label}"`).join(', ')}]`,
      `  y-axis "${mermaidText(row.metric, 60)}"${axis}`,
      `  bar [${values.map((value) => formatNumber(value)).join(', ')}]`,
      '```',
    ].join('\n');
  });
  return `<details><summary>Charts: each metric against its threshold and baseline</summary>\n\n${charts.join('\n\n')}\n\n</details>\n\n`;
}

/** The verdict, with why when the rule failed or was skipped. */
export function verdictCell(row: GateRow): string {
  return row.reason && row.verdict !== 'passed'
    ? `${VERDICT_MARK[row.verdict]}: ${row.reason}`
    : VERDICT_MARK[row.verdict];
}

/** The rule as code, with the threshold it came to when that was computed from the baseline. */
export function ruleCell(row: GateRow): string {
  const computed = row.threshold !== undefined && row.target !== String(row.threshold);
  return computed ? `${code(row.rule)} (${code(`${row.comparison} ${formatNumber(row.threshold!)}`)})` : code(row.rule);
}

function renderFailures(report: TestReport, summary: BoundedSummary): void {
  const { run, settings } = report;
  const listed = run.failures.slice(0, LISTED_FAILURES);
  summary.heading('Failing tests', 3);
  summary.table(
    ['Test', 'Location', 'Message'],
    listed.map((testCase) => failureRow(testCase, locationCell(testCase, report))),
    'failing tests',
  );
  const notes: string[] = [];
  const unlisted = run.counts.failed - listed.length;
  if (unlisted > 0) {
    const inReport =
      run.omittedFailures === 0 ? 'all of them' : `the first ${run.failures.length}, with their messages`;
    notes.push(`${unlisted} more failing tests are not listed here; the \`report\` file has ${inReport}.`);
  }
  if (report.annotations < run.counts.failed) {
    notes.push(
      `${report.annotations} of ${run.counts.failed} failing tests are annotated ('max-annotations' is ${settings.maxAnnotations}).`,
    );
  }
  if (notes.length > 0) summary.add(`${notes.join(' ')}\n\n`, 'the failure notes');
}

/** A failing test's row: its name, where it failed, and the first line of its message. */
export function failureRow(testCase: TestCase, location: string | LiveCell): (string | LiveCell)[] {
  return [
    `${displayName(testCase)}${testCase.status === 'error' ? ' (error)' : ''}`,
    location,
    firstLine(testCase.message, 200),
  ];
}

function locationCell(testCase: TestCase, report: TestReport): string {
  const location = locationOf(testCase, report.settings);
  if (!location) return '—';
  return code(location.line === undefined ? location.file : `${location.file}:${location.line}`);
}
