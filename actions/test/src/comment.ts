import { BoundedSummary, cell, code, inertMarkdown, type LiveCell } from '@mlops-actions/action-kit';
import type { GateRow } from '@mlops-actions/gate';
import type { TestCase } from '@mlops-actions/junit';
import type { PublishSettings } from './inputs.js';
import { formatNumber, gateOutput, locationOf, testsFailedSentence, type TestReport } from './outcome.js';
import { VERDICT_MARK, failureRow, ruleCell, totalsLine, verdictCell } from './summary.js';

/** Failing tests listed in the comment: a reviewer reads the first few; the job summary has the rest. */
export const COMMENTED_FAILURES = 20;

/** Room kept for the note that says what was cut. */
const NOTE_ROOM = 2 * 1024;
/** Room the failing tests need to show a few rows. */
const FAILURES_ROOM = 2 * 1024;

/** Where the comment's links point: files at the pull request's head commit, and the run. */
export type CommentLinks = Pick<PublishSettings, 'serverUrl' | 'repository' | 'headSha' | 'runUrl'>;

/**
 * The hidden first line that makes a comment this step's own: one per
 * workflow, job and model. The names are percent-encoded, so none can end
 * the HTML comment (`-->`) or look like another step's marker.
 */
export function commentMarker(identity: PublishSettings['identity']): string {
  const part = (text: string) => encodeURIComponent(text);
  return `<!-- mlops-actions/test workflow=${part(identity.workflow)} job=${part(identity.job)} model=${part(identity.model)} -->`;
}

/**
 * The results as a reviewer reads them on the pull request, in this order:
 * a one-line verdict, the gate table against the baseline, the failing tests
 * (the first 20, linked to their lines), the counts and the run. At most
 * `limit` characters: what does not fit is left out and named in a closing
 * note, and the counts and the link to the run are always there. Every text
 * from the reports, the metrics or the registry is inert.
 */
export function renderResults(report: TestReport, links: CommentLinks, model: string, limit: number): string {
  const footer = `${totalsLine(report)}${links.runUrl ? ` · [workflow run](${links.runUrl})` : ''}\n`;
  const body = new BoundedSummary(
    limit - Buffer.byteLength(footer) - NOTE_ROOM,
    `The comment was cut to stay under GitHub's ${limit.toLocaleString('en-US')}-character limit`,
  );
  body.heading(verdictLine(report, model), 3);
  if (report.command && report.command.exitCode !== 0) {
    body.add(`The test command exited with code ${report.command.exitCode}.\n\n`, 'the command');
  }
  if (report.gate || report.gateProblem) renderGate(report, body);
  if (report.run.failures.length > 0) renderFailures(report, links, body);
  // The note of what was cut ends the bounded part; the counts and the run link follow it.
  const text = body.toString();
  return `${text}${text.endsWith('\n\n') ? '' : '\n'}${footer}`;
}

/** `❌ tiny-lm: 2 of 30 tests failed · quality gate ❌ failed`. */
export function verdictLine(report: TestReport, model: string): string {
  const { counts } = report.run;
  const gate = report.gate || report.gateProblem ? gateOutput(report) : undefined;
  const mark = counts.failed > 0 || gate === 'failed' ? '❌' : counts.total === 0 ? '⚠️' : '✅';
  const tests =
    counts.total === 0
      ? 'no test cases'
      : counts.failed > 0
        ? testsFailedSentence(report.run)
        : `${counts.total} ${counts.total === 1 ? 'test' : 'tests'} passed`;
  const gateWords = gate === undefined ? '' : ` · quality gate ${VERDICT_MARK[gate]}`;
  // The model's name was checked against the registry's name rule; escaped all the same.
  return `${mark} ${model ? `${inertMarkdown(model)}: ` : ''}${tests}${gateWords}`;
}

function renderGate(report: TestReport, body: BoundedSummary): void {
  body.heading('Quality gate', 4);
  if (report.gateProblem) {
    // The problem may quote the metrics file or a registry record: text from outside the workflow.
    body.add(`> [!CAUTION]\n> ${inertMarkdown(report.gateProblem)}\n\n`, 'the gate problem');
  }
  const { baseline } = report;
  if (baseline) {
    body.add(
      baseline.metrics
        ? `Against ${inertMarkdown(baseline.source)}.\n\n`
        : `No baseline: ${inertMarkdown(baseline.missing ?? 'it could not be read')}; rules against it are skipped.\n\n`,
      'the baseline line',
    );
  }
  const rows = report.gate?.rows ?? [];
  if (rows.length === 0) return;
  body.table(
    ['Metric', 'This branch', 'Baseline', 'Delta', 'Rule', 'Verdict'],
    rows.map((row) => [
      code(row.metric),
      row.value === undefined ? '—' : formatNumber(row.value),
      baselineCell(row, report),
      deltaCell(row),
      ruleCell(row),
      verdictCell(row),
    ]),
    'gate rules',
  );
}

/** The baseline's value and where it came from: `0.92 (0.3.0 in production)`, or the file. */
function baselineCell(row: GateRow, report: TestReport): string {
  if (row.baseline === undefined) return '—';
  const { baseline } = report;
  const from = baseline?.version
    ? `${baseline.version} in ${baseline.environment ?? ''}`.trim()
    : (baseline?.source ?? '');
  return from ? `${formatNumber(row.baseline)} (${from})` : formatNumber(row.baseline);
}

/** How far this branch is from the baseline: `▲ +0.012 (+1.3%)`, `▼ −0.02 (−2.17%)`, `= 0`. */
export function deltaCell(row: Pick<GateRow, 'value' | 'baseline'>): string {
  if (row.value === undefined || row.baseline === undefined) return '—';
  const delta = row.value - row.baseline;
  const shown = Number(delta.toPrecision(6));
  if (shown === 0) return '= 0';
  const sign = (n: number) => (n > 0 ? `+${formatNumber(n)}` : `−${formatNumber(-n)}`);
  const percent =
    row.baseline === 0 ? '' : ` (${sign(Number(((delta / Math.abs(row.baseline)) * 100).toPrecision(3)))}%)`;
  return `${delta > 0 ? '▲' : '▼'} ${sign(shown)}${percent}`;
}

function renderFailures(report: TestReport, links: CommentLinks, body: BoundedSummary): void {
  const { run } = report;
  const listed = run.failures.slice(0, COMMENTED_FAILURES);
  // A heading over no rows would only puzzle: without room for a few rows the section is left out whole.
  if (body.room < FAILURES_ROOM) {
    body.omit(`the ${run.counts.failed} failing tests`);
    return;
  }
  body.heading('Failing tests', 4);
  body.table(
    ['Test', 'Location', 'Message'],
    listed.map((testCase) => failureRow(testCase, locationLink(testCase, report, links))),
    'failing tests',
  );
  const unlisted = run.counts.failed - listed.length;
  if (unlisted > 0) {
    body.add(`…and ${unlisted} more failing tests: the job summary lists them.\n\n`, 'the count of unlisted failures');
  }
}

/**
 * Where the test failed, linked to the file and line at the pull request's
 * head commit. The path comes from a report: each segment is percent-encoded
 * in the link (a `)` cannot end it), and shown as code.
 */
function locationLink(testCase: TestCase, report: TestReport, links: CommentLinks): string | LiveCell {
  const location = locationOf(testCase, report.settings);
  if (!location) return '—';
  const text = code(location.line === undefined ? location.file : `${location.file}:${location.line}`);
  if (!links.headSha) return text;
  const path = location.file
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
  const { owner, repo } = links.repository;
  const url = `${links.serverUrl}/${owner}/${repo}/blob/${links.headSha}/${path}${location.line === undefined ? '' : `#L${location.line}`}`;
  return { markdown: `[${cell(text)}](${url})` };
}
