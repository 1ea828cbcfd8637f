import type { operations } from '@octokit/openapi-types';
import type { CallOptions } from './deployments.js';

/** GitHub's limit for a check run's output summary (and text), in characters. */
export const CHECK_RUN_SUMMARY_LIMIT = 65_535;

/** GitHub takes at most 50 annotations per request; more are sent by further updates of the same check run. */
export const ANNOTATIONS_PER_REQUEST = 50;

type CheckRunBody = operations['checks/create']['requestBody']['content']['application/json'];

/** An annotation on a line of a file at the check run's commit (the REST API's shape). */
export type CheckRunAnnotation = NonNullable<NonNullable<CheckRunBody['output']>['annotations']>[number];

export type CheckRunConclusion = NonNullable<CheckRunBody['conclusion']>;

/** A check run to start on a commit. */
export interface NewCheckRun {
  name: string;
  /** The commit it belongs to: a full SHA. */
  headSha: string;
  /** Where to read more: the workflow run. */
  detailsUrl?: string;
}

/** What a finished check run shows. */
export interface CheckRunResult {
  conclusion: CheckRunConclusion;
  /** One line, shown beside the check's name. */
  title: string;
  /** Markdown; cut to GitHub's 65 535 characters with a note when longer. */
  summary: string;
  /** Every annotation, however many: sent 50 per request. */
  annotations: CheckRunAnnotation[];
}

export interface CheckRun {
  id: number;
  /** The check run's page on GitHub. */
  htmlUrl: string;
}

/** The check runs API as the test action uses it: start a check run, then complete it with its output. */
export interface CheckRunsApi {
  create(checkRun: NewCheckRun, options?: CallOptions): Promise<CheckRun>;
  /**
   * Completes the check run: its output with the first 50 annotations, then
   * one update per further 50 (GitHub appends them). Returns the number of
   * requests that carried annotations.
   */
  complete(id: number, result: CheckRunResult, options?: CallOptions): Promise<{ batches: number }>;
}

/** Annotations in GitHub's batches of at most 50; one empty batch when there are none (the output still goes up). */
export function annotationBatches(annotations: readonly CheckRunAnnotation[]): CheckRunAnnotation[][] {
  const batches: CheckRunAnnotation[][] = [];
  for (let start = 0; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  }
  return batches.length === 0 ? [[]] : batches;
}

/**
 * A summary GitHub accepts: at most 65 535 characters. A longer one is cut at
 * a line break and ends with a note that says so (a cut table or code block
 * is closed by the blank line before the note).
 */
export function checkRunSummary(summary: string): string {
  if (summary.length <= CHECK_RUN_SUMMARY_LIMIT) return summary;
  const note = `\n\n> [!NOTE]\n> Cut to GitHub's ${CHECK_RUN_SUMMARY_LIMIT.toLocaleString('en-US')}-character limit for a check run summary: the workflow run's job summary has the rest.\n`;
  let cut = summary.slice(0, CHECK_RUN_SUMMARY_LIMIT - note.length);
  const lineEnd = cut.lastIndexOf('\n');
  if (lineEnd > 0) cut = cut.slice(0, lineEnd);
  // A fenced code block left open would swallow the note.
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut = cut.slice(0, Math.max(0, cut.lastIndexOf('\n```')));
  return `${cut}${note}`;
}
