import { WorkflowError } from './errors.js';
import type { Status } from './expressions.js';
import type { JobConclusion } from './results.js';

interface JobNode {
  id: string;
  needs: string[];
}

/**
 * The order to run jobs one at a time: every job after the jobs it needs,
 * otherwise in file order.
 */
export function jobOrder(jobs: readonly JobNode[]): string[] {
  const known = new Set(jobs.map((job) => job.id));
  for (const job of jobs) {
    for (const need of job.needs) {
      if (!known.has(need))
        throw new WorkflowError(`job '${job.id}' needs '${need}', which is not a job of this workflow`);
    }
  }
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < jobs.length) {
    const next = jobs.find((job) => !placed.has(job.id) && job.needs.every((need) => placed.has(need)));
    if (next === undefined) {
      const stuck = jobs.filter((job) => !placed.has(job.id)).map((job) => job.id);
      throw new WorkflowError(`the needs of jobs ${stuck.join(', ')} form a cycle`);
    }
    order.push(next.id);
    placed.add(next.id);
  }
  return order;
}

/** The jobs to run for `selected` (all when empty): those jobs and every job they need, directly or not. */
export function jobsToRun(jobs: readonly JobNode[], selected: readonly string[] = []): Set<string> {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  if (selected.length === 0) return new Set(byId.keys());
  const chosen = new Set<string>();
  const visit = (id: string): void => {
    const job = byId.get(id);
    if (job === undefined) {
      throw new WorkflowError(`there is no job '${id}' in this workflow; its jobs are: ${[...byId.keys()].join(', ')}`);
    }
    if (chosen.has(id)) return;
    chosen.add(id);
    job.needs.forEach(visit);
  };
  selected.forEach(visit);
  return chosen;
}

/**
 * What `success()` and `failure()` answer in a job's `if:`: success when
 * every job it needs succeeded, failure when any job upstream failed.
 */
export function jobStatus(job: JobNode, jobs: readonly JobNode[], results: ReadonlyMap<string, JobConclusion>): Status {
  const byId = new Map(jobs.map((node) => [node.id, node]));
  const upstream = new Set<string>();
  const visit = (id: string): void => {
    for (const need of byId.get(id)?.needs ?? []) {
      if (!upstream.has(need)) {
        upstream.add(need);
        visit(need);
      }
    }
  };
  visit(job.id);
  return {
    success: job.needs.every((need) => results.get(need) === 'success'),
    failure: [...upstream].some((id) => results.get(id) === 'failure' || results.get(id) === 'cancelled'),
  };
}
