import { messageOf, type Logger } from '@mlops-actions/action-kit';
import {
  CHECK_RUN_SUMMARY_LIMIT,
  COMMENT_BODY_LIMIT,
  GitHubApiError,
  type CheckRunAnnotation,
  type CheckRunConclusion,
  type CheckRunsApi,
  type IssueComment,
  type IssueCommentsApi,
} from '@mlops-actions/github';
import { displayName, shorten } from '@mlops-actions/junit';
import { commentMarker, renderResults, verdictLine } from './comment.js';
import { annotationText, verb } from './failures.js';
import type { PublishSettings } from './inputs.js';
import { locationOf, type TestReport } from './outcome.js';

/** All GitHub calls of one step (listing, writing, annotating), retries and rate-limit waits included. */
export const PUBLISH_BUDGET_MS = 120_000;

/** GitHub's bounds on an annotation's title and message. */
const ANNOTATION_TITLE_LIMIT = 255;
const ANNOTATION_MESSAGE_LIMIT = 4096;

export interface PublishDependencies {
  /** Connect on first use: Octokit loads only when something is published. */
  comments: () => Promise<IssueCommentsApi>;
  checkRuns: () => Promise<CheckRunsApi>;
  logger: Logger;
  budgetMs?: number;
}

/** What was published: the `comment-url` and `check-run-url` outputs (empty when not). */
export interface Publication {
  commentUrl: string;
  checkRunUrl: string;
}

/**
 * Puts the results where reviewers look: the pull request's sticky comment
 * and the check run. Neither can fail the step: the test result stands
 * whatever GitHub answers, so a refusal is a notice (a fork's read-only
 * token) or a warning (anything else, after the retries).
 */
export async function publish(
  report: TestReport,
  settings: PublishSettings,
  { comments, checkRuns, logger, budgetMs = PUBLISH_BUDGET_MS }: PublishDependencies,
): Promise<Publication> {
  const deadline = Date.now() + budgetMs;
  const publication: Publication = { commentUrl: '', checkRunUrl: '' };
  if (settings.pullRequest !== undefined || settings.pullRequestHead) {
    publication.commentUrl = await publishComment(report, settings, comments, deadline, logger);
  }
  if (settings.checkRun && settings.headSha) {
    try {
      publication.checkRunUrl = await checkRun(await checkRuns(), report, settings, settings.headSha, deadline, logger);
    } catch (error) {
      refused(error, 'publish the check run', 'checks: write', logger);
    }
  }
  return publication;
}

/**
 * The comment on the run's pull request (found by its head for a fork's
 * `workflow_run`); its page, or empty when none was written.
 */
async function publishComment(
  report: TestReport,
  settings: PublishSettings,
  comments: PublishDependencies['comments'],
  deadline: number,
  logger: Logger,
): Promise<string> {
  const { pullRequestHead: head } = settings;
  let what = `comment on pull request #${settings.pullRequest}`;
  try {
    const api = await comments();
    let pullRequest = settings.pullRequest;
    if (pullRequest === undefined && head) {
      what = `find the pull request of ${head.owner}:${head.branch}`;
      pullRequest = await api.findPullRequest(head, { deadline });
      if (pullRequest === undefined) {
        const none =
          `No open pull request has ${head.owner}:${head.branch} at ${head.sha} as its head (closed, or pushed to ` +
          'since the run that tested it): no comment.';
        if (settings.commentRequired) logger.warning(none);
        else logger.untrusted(none);
        return '';
      }
      what = `comment on pull request #${pullRequest}`;
    }
    const body = `${commentMarker(settings.identity)}\n${renderResults(report, settings, settings.identity.model, COMMENT_BODY_LIMIT)}`;
    return (await stickyComment(api, pullRequest!, body, settings, deadline, logger)).htmlUrl;
  } catch (error) {
    refused(error, what, 'pull-requests: write', logger);
    return '';
  }
}

/**
 * Writes the step's one comment on the pull request: found by its marker
 * (every page read), created when there is none, else edited. Two runs that
 * started together may both create one: the run that then sees two keeps the
 * older and deletes the newer, so the pull request is left with one.
 */
async function stickyComment(
  api: IssueCommentsApi,
  pullRequest: number,
  body: string,
  settings: PublishSettings,
  deadline: number,
  logger: Logger,
): Promise<IssueComment> {
  const marker = commentMarker(settings.identity);
  // Only a bot's comment (this token's kind: GITHUB_TOKEN or an app) counts: a person who copies the marker into a
  // comment of their own cannot have it edited or deleted.
  const ours = (comment: IssueComment) => comment.author.isBot && comment.body.startsWith(`${marker}\n`);
  const byAge = (a: IssueComment, b: IssueComment) => a.id - b.id;
  let found = (await api.list(pullRequest, { where: ours, deadline })).sort(byAge);
  let created: IssueComment | undefined;
  if (found.length === 0) {
    created = await api.create(pullRequest, body, { deadline });
    // A run that started at the same time may have created one too: list again to see.
    found = (await api.list(pullRequest, { where: ours, deadline })).sort(byAge);
  }
  const [oldest, ...newer] = found;
  for (const duplicate of newer) {
    await api.delete(duplicate.id, { deadline });
    logger.info(`Deleted comment ${duplicate.id}, a second one for this job that a concurrent run wrote.`);
  }
  if (created && (oldest === undefined || oldest.id === created.id)) {
    logger.info(`Commented on pull request #${pullRequest}: ${created.htmlUrl}`);
    return created;
  }
  const updated = await api.update(oldest.id, body, { deadline });
  logger.info(`Updated the comment on pull request #${pullRequest}: ${updated.htmlUrl}`);
  return updated;
}

async function checkRun(
  api: CheckRunsApi,
  report: TestReport,
  settings: PublishSettings,
  headSha: string,
  deadline: number,
  logger: Logger,
): Promise<string> {
  const { job, model } = settings.identity;
  const name = `Test results${job || model ? ` (${[job, model].filter((part) => part !== '').join(', ')})` : ''}`;
  const run = await api.create(
    { name, headSha, ...(settings.runUrl ? { detailsUrl: settings.runUrl } : {}) },
    { deadline },
  );
  const annotations = checkRunAnnotations(report);
  const { batches } = await api.complete(
    run.id,
    {
      conclusion: conclusionOf(report),
      // The title is plain text: the verdict without its Markdown escapes.
      title: shorten(verdictLine(report, model).replace(/\\(?=[!-/:-@[-`{-~])/g, ''), 200),
      summary: renderResults(report, settings, model, CHECK_RUN_SUMMARY_LIMIT),
      annotations,
    },
    { deadline },
  );
  const unplaced = report.run.failures.length - annotations.length;
  logger.info(
    `Check run "${name}" on ${headSha}: ${conclusionOf(report)}, ${annotations.length} failing ${annotations.length === 1 ? 'test' : 'tests'} annotated` +
      `${batches > 1 ? ` in ${batches} requests of at most 50` : ''}` +
      `${unplaced > 0 ? ` (${unplaced} without a file in the workspace, listed in its summary)` : ''}: ${run.htmlUrl}`,
  );
  return run.htmlUrl;
}

/** Every failing test the report places in a file of the workspace, at its line (the first when unknown). */
export function checkRunAnnotations(report: TestReport): CheckRunAnnotation[] {
  const annotations: CheckRunAnnotation[] = [];
  for (const testCase of report.run.failures) {
    const location = locationOf(testCase, report.settings);
    if (!location) continue;
    const line = location.line ?? 1;
    annotations.push({
      path: location.file,
      start_line: line,
      end_line: line,
      annotation_level: 'failure',
      title: shorten(`${displayName(testCase)} ${verb(testCase)}`, ANNOTATION_TITLE_LIMIT),
      message: shorten(annotationText(testCase), ANNOTATION_MESSAGE_LIMIT),
    });
  }
  return annotations;
}

/** `failure` when the step fails under `fail-on`; `neutral` for failures it lets pass; else `success`. */
export function conclusionOf(report: TestReport): CheckRunConclusion {
  if (report.failure) return 'failure';
  const failed = report.run.counts.failed > 0 || report.gate?.verdict === 'failed';
  return failed ? 'neutral' : 'success';
}

/**
 * GitHub's 403 (not a rate limit) is a token that may not write here, which
 * is what a pull request from a fork gets: a notice with the way round it.
 * Anything else is a warning. The step's result stands either way.
 */
function refused(error: unknown, what: string, permission: string, logger: Logger): void {
  const reason = error instanceof GitHubApiError ? error.message : `Could not ${what}: ${messageOf(error)}`;
  const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
  if (error instanceof GitHubApiError && error.status === 403 && !/rate limit/i.test(error.message)) {
    logger.notice(`${sentence} ${readOnlyHint(what, permission)}`);
    return;
  }
  logger.warning(`${sentence} The test results stand; they are in the job summary and the report file.`);
}

/** What to do when the token may not write: the permission, and for forks the `workflow_run` pattern. */
function readOnlyHint(what: string, permission: string): string {
  return (
    `The token may not ${what}: give the job 'permissions: ${permission}'. A pull request from a fork gets a ` +
    'read-only token whatever the workflow asks: upload the JUnit reports and metrics with actions/upload-artifact, ' +
    "and run this action in a workflow triggered by 'workflow_run' (which may write) on the downloaded files; see " +
    '"Pull request comment and check run" in the action\'s README. The test results stand and are in the job summary.'
  );
}
