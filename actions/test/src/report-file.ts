import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCase, TestCounts } from '@mlops-actions/junit';
import { displayName } from '@mlops-actions/junit';
import { gateOutput, locationOf, type TestReport } from './outcome.js';

export const REPORT_SCHEMA = 'mlops-actions/test-report@1';

/**
 * Writes the whole result as JSON under `RUNNER_TEMP` (a fresh name, so two
 * steps of one job do not overwrite each other) and returns its path.
 */
export async function writeReportFile(report: TestReport): Promise<string> {
  const folder = join(process.env['RUNNER_TEMP'] || tmpdir(), 'mlops-actions-test');
  await mkdir(folder, { recursive: true });
  const path = join(folder, `report-${randomUUID()}.json`);
  await writeFile(path, `${JSON.stringify(reportDocument(report), null, 2)}\n`);
  return path;
}

export function reportDocument(report: TestReport): Record<string, unknown> {
  const { run, settings } = report;
  const testCase = (entry: TestCase) => {
    const location = locationOf(entry, settings);
    return {
      name: entry.name,
      classname: entry.classname,
      suite: entry.suite,
      display_name: displayName(entry),
      report: entry.report,
      status: entry.status,
      time: entry.time,
      message: entry.message,
      details: entry.details,
      file: location?.file ?? null,
      line: location?.line ?? null,
    };
  };
  return {
    schema: REPORT_SCHEMA,
    counts: run.counts,
    duration_seconds: roundSeconds(run.durationSeconds),
    command: report.command ? { command: report.command.command, exit_code: report.command.exitCode } : null,
    reports: run.reports.map((file) => ({ path: file.path, ...countsOf(file.counts, file.durationSeconds) })),
    suites: run.suites.map((suite) => ({
      name: suite.name,
      report: suite.report,
      ...countsOf(suite.counts, suite.durationSeconds),
    })),
    failures: run.failures.map(testCase),
    omitted_failures: run.omittedFailures,
    slowest: run.slowest.map(testCase),
    gate: {
      verdict: gateOutput(report),
      problem: report.gateProblem ?? null,
      baseline: report.baseline
        ? { source: report.baseline.source, found: report.baseline.metrics !== undefined }
        : null,
      rows: (report.gate?.rows ?? []).map((row) => ({
        metric: row.metric,
        rule: row.rule,
        value: row.value ?? null,
        baseline: row.baseline ?? null,
        threshold: row.threshold ?? null,
        verdict: row.verdict,
        reason: row.reason ?? null,
      })),
    },
  };
}

function countsOf(counts: TestCounts, seconds: number) {
  return { ...counts, duration_seconds: roundSeconds(seconds) };
}

/** Seconds to the millisecond: sums of float times otherwise show binary noise. */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
