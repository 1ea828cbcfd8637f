import {
  BoundedSummary,
  UserError,
  actionsCommandRunner,
  actionsLogger,
  runAction,
  setOutputs,
  writeSummary,
} from '@mlops-actions/action-kit';
import { readSettings } from './inputs.js';
import { gateOutput } from './outcome.js';
import { roundSeconds, writeReportFile } from './report-file.js';
import { renderTestSummary } from './summary.js';
import { test, type TestDependencies } from './test.js';

const dependencies: TestDependencies = { commands: actionsCommandRunner, logger: actionsLogger };

/** Reads the inputs, runs and reads the tests, and writes the outputs, the report file and the job summary. */
export async function run(): Promise<void> {
  await runAction('test', async () => {
    const settings = readSettings();
    const report = await test(settings, dependencies);
    const reportFile = await writeReportFile(report);
    const { counts } = report.run;
    setOutputs({
      total: counts.total,
      passed: counts.passed,
      failed: counts.failed,
      errors: counts.errors,
      skipped: counts.skipped,
      'duration-seconds': roundSeconds(report.run.durationSeconds),
      gate: gateOutput(report),
      report: reportFile,
    });
    await writeSummary(renderTestSummary(report, new BoundedSummary()));
    if (report.failure) throw new UserError(report.failure);
  });
}
