import {
  addCounts,
  countCase,
  emptyCounts,
  type ReportFile,
  type SuiteCounts,
  type TestCase,
  type TestRun,
  type TestSuite,
} from './model.js';
import { readReport } from './reader.js';

export interface TestRunLimits {
  /** Failing cases kept with their text (default 1000); the rest are counted. */
  failures?: number;
  /** How many of the slowest cases to keep (default 10). */
  slowest?: number;
}

/**
 * Gathers test cases into a `TestRun`: every count exact, the lists bounded,
 * so memory stays flat however many cases the reports hold.
 */
export class TestRunBuilder {
  private readonly reports = new Map<string, ReportFile>();
  private readonly suites = new Map<string, TestSuite>();
  private readonly counts = emptyCounts();
  private duration = 0;
  private readonly failures: TestCase[] = [];
  private omittedFailures = 0;
  private readonly slowest: TestCase[] = [];
  private readonly maxFailures: number;
  private readonly maxSlowest: number;
  private lastSuite: TestSuite | undefined;
  private readonly suitesCountedFromAttributes: SuiteCounts[] = [];

  constructor(limits: TestRunLimits = {}) {
    this.maxFailures = limits.failures ?? 1000;
    this.maxSlowest = limits.slowest ?? 10;
  }

  /** Records a report file, so one with no test cases still shows up. */
  addReport(path: string): void {
    if (!this.reports.has(path)) this.reports.set(path, { path, counts: emptyCounts(), durationSeconds: 0 });
  }

  add(testCase: TestCase): void {
    // Cases come suite by suite: the suite of the last case is nearly always this one's.
    let suite = this.lastSuite;
    if (suite === undefined || suite.name !== testCase.suite || suite.report !== testCase.report) {
      suite = this.suiteOf(testCase);
      this.lastSuite = suite;
    }
    const report = this.reports.get(testCase.report)!;
    countCase(this.counts, testCase.status);
    countCase(report.counts, testCase.status);
    countCase(suite.counts, testCase.status);
    this.duration += testCase.time;
    report.durationSeconds += testCase.time;
    suite.durationSeconds += testCase.time;

    if (testCase.status === 'failed' || testCase.status === 'error') {
      if (this.failures.length < this.maxFailures) this.failures.push(testCase);
      else this.omittedFailures++;
    }
    this.keepIfSlow(testCase);
  }

  /** Adds a suite that lists no cases, counted from its own attributes (see `readReport`). */
  addSuiteCounts(counted: SuiteCounts): void {
    const suite = this.suiteOf({ report: counted.report, suite: counted.name });
    addCounts(this.counts, counted.counts);
    addCounts(this.reports.get(counted.report)!.counts, counted.counts);
    addCounts(suite.counts, counted.counts);
    this.suitesCountedFromAttributes.push(counted);
  }

  /** The suite of a case, made on its first case (and its report with it). */
  private suiteOf(testCase: Pick<TestCase, 'report' | 'suite'>): TestSuite {
    this.addReport(testCase.report);
    const key = `${testCase.report}\n${testCase.suite}`;
    let suite = this.suites.get(key);
    if (!suite) {
      suite = { name: testCase.suite, report: testCase.report, counts: emptyCounts(), durationSeconds: 0 };
      this.suites.set(key, suite);
    }
    return suite;
  }

  private keepIfSlow(testCase: TestCase): void {
    const slowest = this.slowest;
    if (this.maxSlowest === 0 || testCase.time <= 0) return;
    if (slowest.length === this.maxSlowest && testCase.time <= slowest[slowest.length - 1].time) return;
    let at = slowest.length;
    while (at > 0 && slowest[at - 1].time < testCase.time) at--;
    slowest.splice(at, 0, testCase);
    if (slowest.length > this.maxSlowest) slowest.pop();
  }

  build(): TestRun {
    return {
      reports: [...this.reports.values()],
      suites: [...this.suites.values()],
      counts: { ...this.counts },
      durationSeconds: this.duration,
      failures: [...this.failures],
      omittedFailures: this.omittedFailures,
      slowest: [...this.slowest],
      suitesCountedFromAttributes: [...this.suitesCountedFromAttributes],
    };
  }
}

export interface ReportToRead {
  /** Where the file is. */
  path: string;
  /** How to name it in messages and results (a path relative to the workspace, say). */
  name?: string;
}

/** Reads reports one after another into one `TestRun`. */
export async function readTestRun(reports: (string | ReportToRead)[], limits: TestRunLimits = {}): Promise<TestRun> {
  const builder = new TestRunBuilder(limits);
  for (const report of reports) {
    const { path, name = path } = typeof report === 'string' ? { path: report } : report;
    builder.addReport(name);
    await readReport(
      path,
      (testCase) => builder.add(testCase),
      name,
      (suite) => builder.addSuiteCounts(suite),
    );
  }
  return builder.build();
}
