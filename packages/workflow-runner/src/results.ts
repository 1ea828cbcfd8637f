import type { Annotation } from './workflow-commands.js';

export type StepConclusion = 'success' | 'failure' | 'skipped';
export type JobConclusion = 'success' | 'failure' | 'skipped' | 'cancelled';

export interface StepResult {
  /** The step's `id:` (or the id GitHub would generate). */
  id: string;
  name: string;
  /** Before `continue-on-error`. */
  outcome: StepConclusion;
  /** After `continue-on-error`: what the job sees. */
  conclusion: StepConclusion;
  outputs: Record<string, string>;
  durationMs: number;
  /** The Markdown the step wrote to GITHUB_STEP_SUMMARY (masked). */
  summary: string;
  annotations: Annotation[];
  /** Why the runner failed the step, when it was not the step's own exit code. */
  error?: string;
}

export interface JobResult {
  id: string;
  name: string;
  result: JobConclusion;
  /** The job's `outputs:`, as `needs.<id>.outputs` gives them to later jobs. */
  outputs: Record<string, string>;
  steps: StepResult[];
  /** `environment:` of the job; recorded, no approvals locally. */
  environment?: { name: string; url: string };
  durationMs: number;
  /** Why the job was skipped or failed before its steps. */
  reason?: string;
}

export interface WorkflowResult {
  file: string;
  name: string;
  event: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  /** By job id, in the order they ran (skipped jobs included). */
  jobs: Record<string, JobResult>;
  /**
   * With a GitHub stand-in: what it holds at the end of the run, as its
   * `transcript()` gives it (deployments and their statuses…), masked.
   */
  githubTranscript?: string[];
}
