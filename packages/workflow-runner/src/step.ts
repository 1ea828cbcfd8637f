import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseKeyValueFile, parsePathFile } from '@mlops-actions/action-testing/runner-protocol';
import { processEnvironment, stepContexts, type JobState, type RunState } from './context.js';
import { WorkflowError, messageOf } from './errors.js';
import {
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateTemplate,
  type ContextValue,
  type Status,
} from './expressions.js';
import type { Step } from './model.js';
import { runCompositeAction } from './composite-actions.js';
import type { StepResult } from './results.js';
import { runStepWork, type StepFiles, type StepPlan } from './step-process.js';
import { WorkflowCommandReader, type Annotation } from './workflow-commands.js';

/** What running a step's work gave. */
export interface StepExecution {
  outcome: 'success' | 'failure';
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  error?: string;
  cancelled?: boolean;
}

/**
 * Runs steps in order (a job's, or a composite action's in its scope): each
 * explicit id enters the `steps` context, and a failed step fails the state.
 */
export async function runSteps(run: RunState, state: JobState, steps: readonly Step[]): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const step of steps) {
    const result = await runStep(run, state, step);
    results.push(result);
    if (step.hasExplicitId) {
      state.steps[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion };
    }
    if (result.conclusion === 'failure') state.status = 'failure';
  }
  return results;
}

/**
 * Runs one step of a job: evaluates its name, `if:`, `env:`,
 * `continue-on-error` and `timeout-minutes`, runs its work, and reports it.
 * A cancelled run skips the step.
 */
export async function runStep(run: RunState, state: JobState, step: Step): Promise<StepResult> {
  const started = Date.now();
  const status: Status = { success: state.status === 'success', failure: state.status === 'failure' };
  let name = step.defaultName;
  const finish = (outcome: StepResult['outcome'], extra: Partial<StepResult> = {}): StepResult => {
    const result: StepResult = {
      id: step.id,
      name,
      outcome,
      conclusion: outcome,
      outputs: {},
      durationMs: Date.now() - started,
      summary: '',
      annotations: [],
      ...extra,
    };
    run.reporter.stepFinished(result);
    return result;
  };

  if (state.cancelled || run.options.signal?.aborted) {
    state.cancelled = true;
    return finish('skipped');
  }
  let contexts = stepContexts(run, state, {});
  try {
    if (step.name) name = evaluateString(step.name, contexts);
  } catch {
    // GitHub shows the unevaluated name too when it cannot evaluate it.
  }
  let shouldRun: boolean;
  try {
    shouldRun = evaluateCondition(step.if, contexts, status);
  } catch (error) {
    return finish('failure', { error: `if: ${messageOf(error)}` });
  }
  if (!shouldRun) return finish('skipped');

  let continueOnError = false;
  let execution: StepExecution;
  try {
    const stepEnv = evaluateStringMap(step.env, contexts);
    contexts = stepContexts(run, state, stepEnv);
    if (step.continueOnError) continueOnError = truthy(evaluateTemplate(step.continueOnError, contexts));
    const timeoutMinutes = step.timeoutMinutes ? Number(evaluateTemplate(step.timeoutMinutes, contexts)) : undefined;
    execution = await executeStep(run, state, { step, name, contexts, stepEnv, timeoutMinutes });
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    execution = { outcome: 'failure', outputs: {}, summary: '', annotations: [], error: error.message };
  }
  if (execution.cancelled) state.cancelled = true;
  const conclusion = execution.outcome === 'failure' && continueOnError ? 'success' : execution.outcome;
  return finish(execution.outcome, { ...execution, conclusion });
}

function truthy(value: ContextValue): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

/**
 * Runs one step's work (a `run:` script, a JavaScript action, or a toolchain
 * no-op) with its own file commands, then reads what it wrote to them.
 */
async function executeStep(run: RunState, state: JobState, plan: StepPlan): Promise<StepExecution> {
  const action = plan.step.uses === undefined ? undefined : run.actions.get(plan.step.uses);
  // A composite action's steps each run as a step of their own, with their own files.
  if (action?.kind === 'composite') return runCompositeAction(run, state, plan, action);
  const files = await createStepFiles(state.runnerTemp);
  const env = processEnvironment(run, state, plan.stepEnv);
  Object.assign(env, files.commands, { GITHUB_ACTION: plan.step.id.replace(/^__/, '') || 'run' });

  const annotations: Annotation[] = [];
  const log = stepLog(run, plan.name, annotations);

  const work = await runStepWork(run, state, plan, { env, files, log });
  if (work.refused !== undefined) {
    return { outcome: 'failure', outputs: {}, summary: '', annotations, error: work.refused };
  }
  let { error } = work;
  let outputs: Record<string, string> = {};
  try {
    outputs = parseKeyValueFile(await readFile(files.commands.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT');
    Object.assign(state.exported, parseKeyValueFile(await readFile(files.commands.GITHUB_ENV, 'utf8'), 'GITHUB_ENV'));
    state.path.unshift(...parsePathFile(await readFile(files.commands.GITHUB_PATH, 'utf8')).reverse());
  } catch (fileError) {
    error ??= messageOf(fileError);
  }
  const summary = run.masks.apply(await readFile(files.commands.GITHUB_STEP_SUMMARY, 'utf8'));
  return {
    outcome: error === undefined ? 'success' : 'failure',
    outputs,
    summary,
    annotations,
    error,
    cancelled: work.cancelled,
  };
}

/**
 * The log of a step: each line read for workflow commands (masks applied),
 * shown by the reporter, its annotations collected into `annotations`.
 */
export function stepLog(run: RunState, stepName: string, annotations: Annotation[]): (line: string) => void {
  const reader = new WorkflowCommandReader(run.masks);
  return (line) => {
    for (const event of reader.read(line)) {
      if (event.type === 'annotation') annotations.push(event.annotation);
      run.reporter.stepLog(stepName, event);
    }
  };
}

/** A fresh folder in the job's RUNNER_TEMP for the step's script and its empty file-command files. */
async function createStepFiles(runnerTemp: string): Promise<StepFiles> {
  const folder = join(runnerTemp, `_step_${randomUUID().slice(0, 8)}`);
  await mkdir(folder, { recursive: true });
  const commands = {
    GITHUB_OUTPUT: join(folder, 'output'),
    GITHUB_ENV: join(folder, 'env'),
    GITHUB_PATH: join(folder, 'path'),
    GITHUB_STEP_SUMMARY: join(folder, 'summary'),
    GITHUB_STATE: join(folder, 'state'),
  };
  for (const file of Object.values(commands)) await writeFile(file, '');
  return { folder, commands };
}
