// The real CheckRunsApi, over the package's one Octokit (octokit.ts). It is
// only ever loaded through a dynamic import (see connectCheckRuns).
import {
  annotationBatches,
  checkRunSummary,
  type CheckRun,
  type CheckRunResult,
  type CheckRunsApi,
  type NewCheckRun,
} from './check-runs.js';
import type { CallOptions, GitHubConnection } from './deployments.js';
import { call, octokitFor } from './octokit.js';

export function octokitCheckRuns(connection: GitHubConnection): CheckRunsApi {
  const octokit = octokitFor(connection);
  const { owner, repo } = connection.repository;

  return {
    async create(checkRun: NewCheckRun, options: CallOptions = {}): Promise<CheckRun> {
      const response = await call(`create the check run ${checkRun.name}`, options, (request) =>
        octokit.rest.checks.create({
          request,
          owner,
          repo,
          name: checkRun.name,
          head_sha: checkRun.headSha,
          status: 'in_progress',
          started_at: new Date().toISOString(),
          ...(checkRun.detailsUrl ? { details_url: checkRun.detailsUrl } : {}),
        }),
      );
      return { id: Number(response.data.id), htmlUrl: response.data.html_url ?? '' };
    },

    async complete(id: number, result: CheckRunResult, options: CallOptions = {}): Promise<{ batches: number }> {
      const summary = checkRunSummary(result.summary);
      const batches = annotationBatches(result.annotations);
      for (const [index, annotations] of batches.entries()) {
        const last = index === batches.length - 1;
        const part = batches.length === 1 ? '' : ` (annotations ${index + 1} of ${batches.length})`;
        await call(`complete the check run ${id}${part}`, options, (request) =>
          octokit.rest.checks.update({
            request,
            owner,
            repo,
            check_run_id: id,
            output: { title: result.title, summary, annotations },
            // Completed with the last batch: a check run shown as done has all its annotations.
            ...(last
              ? { status: 'completed', conclusion: result.conclusion, completed_at: new Date().toISOString() }
              : {}),
          }),
        );
      }
      return { batches: result.annotations.length === 0 ? 0 : batches.length };
    },
  };
}
