/** How a test case ended. `failed` is a `<failure>`, `error` an `<error>`. */
export type TestStatus = 'passed' | 'failed' | 'error' | 'skipped';

/** Where a failure happened, as the report names it (not yet relative to the workspace). */
export interface SourceLocation {
  /** A path, absolute or relative, or a `file://` URL. */
  file: string;
  line?: number;
}

/** One `<testcase>`, with its text cut to a bounded size. */
export interface TestCase {
  name: string;
  classname: string;
  /** The name of the innermost `<testsuite>` around it ('' when none). */
  suite: string;
  /** The report file it was read from. */
  report: string;
  /** The `file` and `line` attributes, when the tool writes them (pytest's xunit1). */
  file?: string;
  line?: number;
  /** Seconds, from the `time` attribute (0 when absent). */
  time: number;
  status: TestStatus;
  /** The `message` attribute of the failure, error or skip, or the first line of its text. */
  message: string;
  /** The first lines of the failure or error text. */
  details: string;
  /** Where the failure happened: from the failure text, else the attributes. */
  location?: SourceLocation;
}

/** Counts over test cases; `failed` includes errors (the contract's outputs). */
export interface TestCounts {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
}

/** One report file that was read. */
export interface ReportFile {
  path: string;
  counts: TestCounts;
  /** Sum of its test case times, in seconds. */
  durationSeconds: number;
}

/** The innermost `<testsuite>` of some test cases, with their counts. */
export interface TestSuite {
  name: string;
  report: string;
  counts: TestCounts;
  durationSeconds: number;
}

/** A `<testsuite>` that lists no test cases, counted from its own attributes. */
export interface SuiteCounts {
  name: string;
  report: string;
  counts: TestCounts;
}

/**
 * The result of reading one or more reports: every count is exact, while
 * the lists are bounded (the first failures, the slowest cases), so a report
 * of any size fits in memory.
 */
export interface TestRun {
  reports: ReportFile[];
  suites: TestSuite[];
  counts: TestCounts;
  /** Sum of all test case times, in seconds. */
  durationSeconds: number;
  /** Failed and errored cases in report order, up to the builder's limit. */
  failures: TestCase[];
  /** Failed and errored cases beyond that limit: counted, not kept. */
  omittedFailures: number;
  /** The slowest cases, slowest first. */
  slowest: TestCase[];
  /**
   * Suites that list no test cases, counted from their `tests`/`failures`/`errors`/`skipped` attributes
   * (in `counts` and `suites` too): their failures have no names or text.
   */
  suitesCountedFromAttributes: SuiteCounts[];
}

export function emptyCounts(): TestCounts {
  return { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
}

/** Adds `more` to `counts`. */
export function addCounts(counts: TestCounts, more: TestCounts): void {
  counts.total += more.total;
  counts.passed += more.passed;
  counts.failed += more.failed;
  counts.errors += more.errors;
  counts.skipped += more.skipped;
}

/** Adds one case of `status` to `counts`. */
export function countCase(counts: TestCounts, status: TestStatus): void {
  counts.total++;
  if (status === 'passed') counts.passed++;
  else if (status === 'skipped') counts.skipped++;
  else {
    counts.failed++;
    if (status === 'error') counts.errors++;
  }
}

/**
 * How a person would name the test: `classname.name` (pytest, Surefire), the
 * name alone when it already holds the classname (jest-junit repeats it), or
 * `suite › name` when there is no useful classname.
 */
export function displayName(testCase: Pick<TestCase, 'name' | 'classname' | 'suite'>): string {
  const { name, suite } = testCase;
  // node's junit reporter writes classname="test" for every case; its suites say more.
  const classname = testCase.classname === 'test' ? '' : testCase.classname;
  if (classname === '') return suite === '' || suite === name ? name : `${suite} › ${name}`;
  // Only a whole phrase counts as repeated: pytest's `tests.test_model` holds `test_model` as a substring, yet the
  // test `test_model` in it must not be shown as the module alone.
  if (name === '' || containsPhrase(classname, name)) return classname;
  if (containsPhrase(name, classname)) return name;
  // A dotted classname (`tests.test_x`) joins with a dot; a sentence-like one reads better with an arrow.
  return /\s/.test(classname) ? `${classname} › ${name}` : `${classname}.${name}`;
}

/** True when `text` is `phrase`, or holds it as whole words (bounded by spaces or the ends). */
function containsPhrase(text: string, phrase: string): boolean {
  return (
    text === phrase || text.startsWith(`${phrase} `) || text.endsWith(` ${phrase}`) || text.includes(` ${phrase} `)
  );
}
