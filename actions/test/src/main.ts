import {
  BoundedSummary,
  UserError,
  actionsCommandRunner,
  actionsLogger,
  runAction,
  setOutputs,
  timeLimitMs,
  writeSummary,
} from '@mlops-actions/action-kit';
import {
  DEFAULT_API_LIMITS,
  connectCheckRuns,
  connectIssueComments,
  type GitHubConnection,
} from '@mlops-actions/github';
import { readSettings, type PublishSettings } from './inputs.js';
import { gateOutput } from './outcome.js';
import { roundSeconds, writeReportFile } from './report-file.js';
import { publish, type Publication, type PublishDependencies } from './publish.js';
import { renderTestSummary } from './summary.js';
import { test, type TestDependencies } from './test.js';

const dependencies: TestDependencies = { commands: actionsCommandRunner, logger: actionsLogger };

/** Reads the inputs, runs and reads the tests, and writes the outputs, the report file and the job summary. */
export async function run(): Promise<void> {
  await runAction('test', async () => {
    const settings = readSettings();
    const report = await test(settings, dependencies);
    const reportFile = await writeReportFile(report);
    const publication = settings.publish
      ? await actionsLogger.group('Pull request comment and check run', () =>
          publish(report, settings.publish!, publishDependencies(settings.publish!)),
        )
      : ({ commentUrl: '', checkRunUrl: '' } satisfies Publication);
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
      'comment-url': publication.commentUrl,
      'check-run-url': publication.checkRunUrl,
    });
    await writeSummary(renderTestSummary(report, new BoundedSummary()));
    if (report.failure) throw new UserError(report.failure);
  });
}

/** The GitHub APIs, connected on first use: Octokit loads only when a comment or check run is written. */
function publishDependencies(settings: PublishSettings): PublishDependencies {
  const connection: GitHubConnection = {
    token: settings.token,
    repository: settings.repository,
    apiUrl: settings.apiUrl,
    logger: actionsLogger,
    // DESIGN's bound; the variable lets tests of a hung API take seconds.
    limits: {
      requestTimeoutMs: timeLimitMs('MLOPS_ACTIONS_GITHUB_REQUEST_TIMEOUT_MS', DEFAULT_API_LIMITS.requestTimeoutMs),
    },
  };
  return {
    comments: () => connectIssueComments(connection),
    checkRuns: () => connectCheckRuns(connection),
    logger: actionsLogger,
  };
}
