import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { baseContexts, stepContexts, type JobState, type RunState } from './context.js';
import { messageOf } from './errors.js';
import {
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateTemplate,
  type ContextValue,
  type Contexts,
} from './expressions.js';
import { jobStatus } from './job-order.js';
import type { Job, ValueTemplate } from './model.js';
import type { JobConclusion, JobResult } from './results.js';
import { runSteps } from './step.js';

const DEFAULT_JOB_TIMEOUT_MINUTES = 360;

/** A job's `environment:`, its url evaluated once the steps ran. */
interface JobEnvironment {
  name: string;
  url: ValueTemplate | undefined;
}

/** What a job's own expressions set before its steps run. */
interface JobSettings {
  environment: JobEnvironment | undefined;
  env: Record<string, string>;
  timeoutMinutes: number;
}

/**
 * Runs one job: decides from its `needs` and `if:` whether it runs, then
 * runs its steps in order in a fresh RUNNER_TEMP and evaluates its outputs.
 * `finished` and `results` hold the jobs that ran before it.
 */
export async function runJob(
  run: RunState,
  job: Job,
  finished: Record<string, JobResult>,
  results: ReadonlyMap<string, JobConclusion>,
): Promise<JobResult> {
  const started = Date.now();
  const needs = needsContext(job, finished);
  const contexts = baseContexts(run, { needs });
  const base: JobResult = { id: job.id, name: job.id, result: 'skipped', outputs: {}, steps: [], durationMs: 0 };
  const fail = (reason: string): JobResult => {
    const result: JobResult = { ...base, result: 'failure', reason, durationMs: Date.now() - started };
    run.reporter.jobFinished(result);
    return result;
  };

  if (run.options.signal?.aborted) return skip(run, { ...base, result: 'cancelled', reason: 'the run was cancelled' });
  let shouldRun: boolean;
  try {
    shouldRun = evaluateCondition(job.if, contexts, jobStatus(job, run.workflow.jobs, results));
  } catch (error) {
    return fail(`if: ${job.if}: ${messageOf(error)}`);
  }
  if (!shouldRun) return skip(run, { ...base, reason: skipReason(job, results) });

  let name = job.id;
  let settings: JobSettings;
  try {
    if (job.name) name = evaluateString(job.name, contexts);
    settings = jobSettings(run, job, contexts);
  } catch (error) {
    run.reporter.jobStarted({ id: job.id, name });
    return fail(messageOf(error));
  }
  run.reporter.jobStarted({ id: job.id, name, environment: settings.environment?.name });

  const state = await startJob(run, job, needs, settings);
  const steps = await runSteps(run, state, job.steps);
  const after = stepContexts(run, state, {});
  const outputs = jobOutputs(run, job, after);
  const environment = settings.environment && environmentResult(run, job, settings.environment, after);
  if (!run.options.keepTemp) await rm(state.runnerTemp, { recursive: true, force: true });
  const result: JobResult = {
    ...base,
    name,
    result: state.cancelled ? 'cancelled' : state.status,
    outputs,
    steps,
    environment,
    durationMs: Date.now() - started,
  };
  run.reporter.jobFinished(result);
  return result;
}

function skip(run: RunState, result: JobResult): JobResult {
  run.reporter.jobSkipped(result);
  return result;
}

/** The `needs` context: each needed job's result and outputs. */
function needsContext(job: Job, finished: Record<string, JobResult>): Record<string, ContextValue> {
  const needs: Record<string, ContextValue> = {};
  for (const need of job.needs) {
    needs[need] = { result: finished[need]?.result ?? 'skipped', outputs: finished[need]?.outputs ?? {} };
  }
  return needs;
}

function skipReason(job: Job, results: ReadonlyMap<string, JobConclusion>): string {
  const blocking = job.needs.filter((need) => results.get(need) !== 'success');
  return blocking.length > 0
    ? `needs ${blocking.map((need) => `${need} (${results.get(need) ?? 'not run'})`).join(', ')}`
    : `if: ${job.if} is false`;
}

function jobSettings(run: RunState, job: Job, contexts: Contexts): JobSettings {
  return {
    environment: environmentOf(job.environment, contexts),
    env: { ...run.workflowEnv, ...evaluateStringMap(job.env, contexts) },
    timeoutMinutes: job.timeoutMinutes
      ? Number(evaluateTemplate(job.timeoutMinutes, contexts))
      : DEFAULT_JOB_TIMEOUT_MINUTES,
  };
}

function environmentOf(template: ValueTemplate | undefined, contexts: Contexts): JobEnvironment | undefined {
  if (template === undefined) return undefined;
  if (template.kind === 'mapping') {
    const name = template.entries.find((entry) => entry.key === 'name');
    const url = template.entries.find((entry) => entry.key === 'url');
    return { name: name ? evaluateString(name.value, contexts) : '', url: url?.value };
  }
  return { name: evaluateString(template, contexts), url: undefined };
}

/** The job's state before its first step, with its RUNNER_TEMP created. */
async function startJob(
  run: RunState,
  job: Job,
  needs: Record<string, ContextValue>,
  settings: JobSettings,
): Promise<JobState> {
  const runnerTemp = join(run.runRoot, `job-${job.id}-${randomUUID().slice(0, 8)}`);
  await mkdir(runnerTemp, { recursive: true });
  return {
    job,
    runnerTemp,
    needs,
    env: settings.env,
    exported: {},
    path: [],
    steps: {},
    status: 'success',
    deadline: Date.now() + settings.timeoutMinutes * 60_000,
    cancelled: false,
  };
}

/** The job's `outputs:`; one that cannot be evaluated or may hold a secret is left out with a note. */
function jobOutputs(run: RunState, job: Job, contexts: Contexts): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const entry of job.outputs?.kind === 'mapping' ? job.outputs.entries : []) {
    let value: string;
    try {
      value = evaluateString(entry.value, contexts);
    } catch (error) {
      run.reporter.note(`job ${job.id}: output ${entry.key} could not be evaluated: ${messageOf(error)}`);
      continue;
    }
    if (run.masks.reveals(value)) {
      run.reporter.note(`job ${job.id}: output ${entry.key} is not passed on because it may contain a secret`);
      continue;
    }
    outputs[entry.key] = value;
  }
  return outputs;
}

function environmentResult(
  run: RunState,
  job: Job,
  environment: JobEnvironment,
  contexts: Contexts,
): { name: string; url: string } {
  let url = '';
  try {
    url = environment.url ? evaluateString(environment.url, contexts) : '';
  } catch (error) {
    run.reporter.note(`job ${job.id}: environment url could not be evaluated: ${messageOf(error)}`);
  }
  return { name: environment.name, url };
}
