export {
  addCounts,
  countCase,
  displayName,
  emptyCounts,
  type ReportFile,
  type SourceLocation,
  type SuiteCounts,
  type TestCase,
  type TestCounts,
  type TestRun,
  type TestStatus,
  type TestSuite,
} from './model.js';
export { readReport, ReportError } from './reader.js';
export { readTestRun, TestRunBuilder, type ReportToRead, type TestRunLimits } from './test-run.js';
export { failureLocation, workspaceLocation, type WorkspacePaths } from './location.js';
export { excerpt, firstLine, shorten } from './excerpt.js';
