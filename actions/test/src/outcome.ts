import type { GateResult, GateRow } from '@mlops-actions/gate';
import { workspaceLocation, type SourceLocation, type TestCase, type TestRun } from '@mlops-actions/junit';
import type { Baseline } from './baseline.js';
import type { FailOn, TestSettings } from './inputs.js';
import type { FoundReport } from './reports.js';

/** Everything the step found out: what the outputs, summary, report file and verdict are made from. */
export interface TestReport {
  settings: TestSettings;
  command?: { command: string; exitCode: number; durationMs: number };
  /** The reports read: after a command, those it wrote. */
  reports: FoundReport[];
  /** Reports that matched but were older than the command: ignored (empty when no command ran). */
  staleReports: FoundReport[];
  run: TestRun;
  /** Absent when there are no rules. */
  gate?: GateResult;
  baseline?: Baseline;
  /** A problem with the gate's inputs (metrics file missing, baseline unreadable): fails the step whatever `fail-on` says. */
  gateProblem?: string;
  /** Failing tests annotated in the log. */
  annotations: number;
  /** Why the step fails under `fail-on`, when it does. */
  failure?: string;
}

export type GateOutput = 'passed' | 'failed' | 'skipped';

export function gateOutput(report: TestReport): GateOutput {
  if (report.gateProblem) return 'failed';
  return report.gate?.verdict ?? 'skipped';
}

/** Where a failing case is, relative to the workspace, for annotations and the summary. */
export function locationOf(testCase: TestCase, settings: TestSettings): SourceLocation | undefined {
  if (!testCase.location) return undefined;
  return workspaceLocation(testCase.location, {
    workspace: settings.workspace,
    baseDirectory: settings.workingDirectory,
  });
}

/** Why the step fails, or undefined when it passes under `fail-on`. */
export function failureMessage(report: TestReport, failOn: FailOn): string | undefined {
  const reasons: string[] = [];
  if (report.gateProblem) reasons.push(report.gateProblem);
  const { counts } = report.run;
  if (failOn.tests && counts.failed > 0) reasons.push(`${testsFailedSentence(report.run)}.`);
  if (failOn.gate && report.gate?.verdict === 'failed') {
    const failed = report.gate.rows.filter((row) => row.verdict === 'failed');
    reasons.push(`The quality gate failed: ${failed.map(describeFailedRow).join('; ')}.`);
  }
  if (reasons.length === 0) return undefined;
  return `${reasons.join(' ')} See the job summary for details.`;
}

/** `3 of 10 tests failed (1 with an error)`. */
export function testsFailedSentence(run: TestRun): string {
  const { failed, total, errors } = run.counts;
  const noun = total === 1 ? 'test' : 'tests';
  return `${failed} of ${total} ${noun} failed${errorsNote(errors)}`;
}

/** ` (1 with an error)`, or nothing when no test errored. */
export function errorsNote(errors: number): string {
  if (errors === 0) return '';
  return errors === 1 ? ' (1 with an error)' : ` (${errors} with errors)`;
}

/** `eval.accuracy is 0.9, not >= 0.91 (baseline - 0.01)`. */
export function describeFailedRow(row: GateRow): string {
  if (row.value === undefined || row.threshold === undefined) return row.reason ?? `${row.metric} failed`;
  const derived = row.target === String(row.threshold) ? '' : ` (${row.target})`;
  let [value, threshold] = [formatNumber(row.value), formatNumber(row.threshold)];
  // Numbers that differ past 6 digits would read "is 0.912346, not >= 0.912346": show the digits the gate compared.
  if (value === threshold) [value, threshold] = [formatNumber(row.value, 12), formatNumber(row.threshold, 12)];
  return `${row.metric} is ${value}, not ${row.comparison} ${threshold}${derived}`;
}

/** A metric value for people: at most 6 significant digits (or `digits`). */
export function formatNumber(value: number, digits = 6): string {
  return String(Number(value.toPrecision(digits)));
}

/** Names in a message: the first ten, then how many more (`a, b, and 3 more`). */
export function listedNames(names: string[], shown = 10): string {
  const listed = names.slice(0, shown);
  if (names.length > shown) listed.push(`and ${names.length - shown} more`);
  return listed.join(', ');
}
