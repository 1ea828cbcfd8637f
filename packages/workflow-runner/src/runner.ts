import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveAction, type ResolvedAction } from './actions.js';
import { WorkflowError } from './errors.js';
import {
  evaluateCondition,
  evaluateString,
  evaluateStringMap,
  evaluateTemplate,
  evaluateTemplateString,
  type ContextValue,
  type Contexts,
  type Status,
} from './expressions.js';
import { machineEnvironment, parseKeyValueFile, parsePathFile } from '@mlops-actions/action-testing/runner-protocol';
import { jobOrder, jobStatus, jobsToRun } from './job-order.js';
import type { Job, Step, ValueTemplate, Workflow } from './model.js';
import { runProcess, type ProcessOutcome } from './processes.js';
import { TerminalReporter, type Reporter } from './reporter.js';
import { findExecutable, runToolchainAction } from './toolchain-actions.js';
import type { JobConclusion, JobResult, StepResult, WorkflowResult } from './results.js';
import { assertShell, loadWorkflow } from './workflow-file.js';
import { Masks, WorkflowCommandReader, type Annotation } from './workflow-commands.js';
import { eventPayload, repositoryName, workspaceFacts } from './workspace.js';

export interface RunWorkflowOptions {
  /** Path of the workflow file. */
  workflow: string;
  /** The checkout the steps run in (`GITHUB_WORKSPACE`): a git clone, e.g. of a local bare remote. Default: the current folder. */
  workspace?: string;
  /** The event that triggers the run (`push`, `pull_request`…). Default: the workflow's first event. */
  event?: string;
  /** `github.event`; default: a minimal payload for the event. */
  eventPayload?: Record<string, ContextValue>;
  /** Run only these jobs and the jobs they need. Default: every job. */
  jobs?: string[];
  /** Extra environment for every step, as a runner machine's own environment. */
  env?: Record<string, string>;
  /** `secrets.*`; every value is masked in the output. */
  secrets?: Record<string, string>;
  /** `vars.*`. */
  vars?: Record<string, string>;
  /** `inputs.*` (workflow_dispatch). */
  inputs?: Record<string, string>;
  /** `github.token` and `secrets.GITHUB_TOKEN`. Default: none, so nothing can reach GitHub's API. */
  token?: string;
  /** `owner/name`. Default: from the workspace's `origin` (`local/<name>` for a local remote). */
  repository?: string;
  /** Default: the workspace's `HEAD`. */
  sha?: string;
  /** Default: `refs/heads/<branch>` of the workspace (`refs/pull/1/merge` for pull_request). */
  ref?: string;
  runId?: string;
  runNumber?: number;
  actor?: string;
  serverUrl?: string;
  /** The repository holding `actions/<name>` and `dist/<name>`. Default: this repository. */
  actionsRoot?: string;
  /** Receives the run's progress. Default: a TerminalReporter writing to `log`. */
  reporter?: Reporter;
  /** Where the default reporter writes lines. Default: stdout. */
  log?: (line: string) => void;
  color?: boolean;
  /** Show `::debug::` lines (and set RUNNER_DEBUG=1). */
  verbose?: boolean;
  /** Cancels the run: the running step's processes are stopped. */
  signal?: AbortSignal;
  /** Keep each job's RUNNER_TEMP (removed after the job by default, as on GitHub). */
  keepTemp?: boolean;
}

/**
 * This repository: the folder above this module that holds actions/ and
 * packages/workflow-runner (found by walking up, which the bundler leaves alone).
 */
function thisRepository(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'actions')) && existsSync(join(dir, 'packages', 'workflow-runner')))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new WorkflowError('cannot find the mlops-actions repository above the runner; pass actionsRoot');
    dir = parent;
  }
  return dir;
}

const DEFAULT_JOB_TIMEOUT_MINUTES = 360;

/**
 * Runs a workflow file locally, job after job in `needs` order. Throws a
 * WorkflowError (nothing has run) when the file is invalid or asks for
 * something the runner does not support; otherwise resolves with every
 * job's result, failed ones included.
 */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowResult> {
  const workflow = await loadWorkflow(options.workflow);
  const workspace = resolve(options.workspace ?? process.cwd());
  if (!isDirectory(workspace)) throw new WorkflowError(`the workspace ${workspace} is not a folder`);
  const event = chooseEvent(workflow, options.event);
  const order = jobOrder(workflow.jobs);
  const selected = jobsToRun(workflow.jobs, options.jobs);
  const actionsRoot = resolve(options.actionsRoot ?? thisRepository());

  // Every uses: is resolved first, so an unsupported action stops the run before anything ran.
  const actions = new Map<string, ResolvedAction>();
  for (const job of workflow.jobs.filter((candidate) => selected.has(candidate.id))) {
    for (const [index, step] of job.steps.entries()) {
      if (step.uses === undefined || actions.has(step.uses)) continue;
      try {
        actions.set(step.uses, await resolveAction(step.uses, workspace, actionsRoot));
      } catch (error) {
        if (error instanceof WorkflowError) error.message = `job '${job.id}' step ${index + 1}: ${error.message}`;
        throw error;
      }
    }
  }

  const facts = await workspaceFacts(workspace);
  const branch = facts.branch ?? 'main';
  const sha = options.sha ?? facts.sha ?? '0'.repeat(40);
  const ref = options.ref ?? (event === 'pull_request' ? 'refs/pull/1/merge' : `refs/heads/${branch}`);
  const repository = options.repository ?? repositoryName(facts.originUrl, workspace);
  const actor = options.actor ?? 'local-runner';
  const reporter =
    options.reporter ??
    new TerminalReporter(options.log ?? ((line) => process.stdout.write(`${line}\n`)), {
      color: options.color,
      verbose: options.verbose,
    });
  const masks = new Masks();
  for (const secret of Object.values(options.secrets ?? {})) masks.add(secret);
  if (options.token) masks.add(options.token);

  const runRoot = await mkdtemp(join(tmpdir(), 'workflow-run-'));
  const eventPath = join(runRoot, 'event.json');
  const payload = options.eventPayload ?? eventPayload(event, { sha, ref, branch, repository, actor });
  await writeFile(eventPath, JSON.stringify(payload, null, 2));

  const run: RunState = {
    workflow,
    options,
    workspace,
    event,
    actions,
    masks,
    reporter,
    runRoot,
    github: {
      event_name: event,
      event_path: eventPath,
      sha,
      ref,
      ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
      ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      head_ref: event === 'pull_request' ? branch : '',
      base_ref: event === 'pull_request' ? 'main' : '',
      repository,
      repository_owner: repository.split('/')[0],
      run_id: options.runId ?? String(Date.now()),
      run_number: String(options.runNumber ?? 1),
      run_attempt: '1',
      actor,
      triggering_actor: actor,
      workflow: workflow.name,
      workspace,
      server_url: options.serverUrl ?? 'https://github.com',
      api_url: 'https://api.github.com',
      graphql_url: 'https://api.github.com/graphql',
      token: options.token ?? '',
      retention_days: '90',
    },
    payload,
    workflowEnv: {},
  };

  reporter.workflowStarted({ name: workflow.name, file: options.workflow, event, workspace, repository, sha });
  for (const note of workflow.notes) reporter.note(note);
  const results = new Map<string, JobConclusion>();
  const jobs: Record<string, JobResult> = {};
  try {
    run.workflowEnv = evaluateStringMap(workflow.env, baseContexts(run, {}));
    for (const id of order) {
      if (!selected.has(id)) continue;
      const job = workflow.jobs.find((candidate) => candidate.id === id) as Job;
      const result = await runJob(run, job, jobs, results);
      jobs[id] = result;
      results.set(id, result.result);
    }
  } finally {
    if (!options.keepTemp) await rm(runRoot, { recursive: true, force: true });
  }
  const conclusions = Object.values(jobs).map((job) => job.result);
  const result: WorkflowResult = {
    file: options.workflow,
    name: workflow.name,
    event,
    conclusion: conclusions.includes('cancelled')
      ? 'cancelled'
      : conclusions.includes('failure')
        ? 'failure'
        : 'success',
    jobs,
  };
  reporter.workflowFinished(result);
  return result;
}

interface RunState {
  workflow: Workflow;
  options: RunWorkflowOptions;
  workspace: string;
  event: string;
  actions: Map<string, ResolvedAction>;
  masks: Masks;
  reporter: Reporter;
  runRoot: string;
  /** The `github` context, but `event`. */
  github: GithubFacts;
  /** `github.event`. */
  payload: Record<string, ContextValue>;
  workflowEnv: Record<string, string>;
}

interface GithubFacts {
  event_name: string;
  event_path: string;
  sha: string;
  ref: string;
  ref_name: string;
  ref_type: string;
  head_ref: string;
  base_ref: string;
  repository: string;
  repository_owner: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  actor: string;
  triggering_actor: string;
  workflow: string;
  workspace: string;
  server_url: string;
  api_url: string;
  graphql_url: string;
  token: string;
  retention_days: string;
}

/** The runner's `GITHUB_*` variables and the `github` fields they carry. */
const GITHUB_VARIABLES: [string, keyof GithubFacts][] = [
  ['GITHUB_WORKSPACE', 'workspace'],
  ['GITHUB_REPOSITORY', 'repository'],
  ['GITHUB_REPOSITORY_OWNER', 'repository_owner'],
  ['GITHUB_SHA', 'sha'],
  ['GITHUB_REF', 'ref'],
  ['GITHUB_REF_NAME', 'ref_name'],
  ['GITHUB_REF_TYPE', 'ref_type'],
  ['GITHUB_HEAD_REF', 'head_ref'],
  ['GITHUB_BASE_REF', 'base_ref'],
  ['GITHUB_EVENT_NAME', 'event_name'],
  ['GITHUB_EVENT_PATH', 'event_path'],
  ['GITHUB_RUN_ID', 'run_id'],
  ['GITHUB_RUN_NUMBER', 'run_number'],
  ['GITHUB_RUN_ATTEMPT', 'run_attempt'],
  ['GITHUB_ACTOR', 'actor'],
  ['GITHUB_TRIGGERING_ACTOR', 'triggering_actor'],
  ['GITHUB_WORKFLOW', 'workflow'],
  ['GITHUB_SERVER_URL', 'server_url'],
  ['GITHUB_API_URL', 'api_url'],
  ['GITHUB_GRAPHQL_URL', 'graphql_url'],
];

/** What a job accumulates while its steps run. */
interface JobState {
  job: Job;
  runnerTemp: string;
  needs: Record<string, ContextValue>;
  /** Workflow `env:` and job `env:`. */
  env: Record<string, string>;
  /** Set by steps through GITHUB_ENV. */
  exported: Record<string, string>;
  /** Added by steps through GITHUB_PATH, newest first. */
  path: string[];
  steps: Record<string, ContextValue>;
  status: 'success' | 'failure';
  deadline: number;
  cancelled: boolean;
}

function chooseEvent(workflow: Workflow, requested: string | undefined): string {
  if (requested === undefined) {
    if (workflow.events.length === 0) throw new WorkflowError(`${workflow.file} has no events under on:`);
    return workflow.events[0];
  }
  if (!workflow.events.includes(requested)) {
    throw new WorkflowError(
      `${workflow.file} does not run on ${requested}; it runs on: ${workflow.events.join(', ')}. Pass one of those as the event.`,
    );
  }
  return requested;
}

function baseContexts(run: RunState, extra: Contexts): Contexts {
  return {
    github: { ...run.github, event: run.payload },
    inputs: { ...(run.options.inputs ?? {}) },
    vars: { ...(run.options.vars ?? {}) },
    secrets: { ...(run.options.secrets ?? {}), ...(run.options.token ? { GITHUB_TOKEN: run.options.token } : {}) },
    strategy: {},
    matrix: null,
    ...extra,
  };
}

async function runJob(
  run: RunState,
  job: Job,
  finished: Record<string, JobResult>,
  results: ReadonlyMap<string, JobConclusion>,
): Promise<JobResult> {
  const started = Date.now();
  const needs: Record<string, ContextValue> = {};
  for (const need of job.needs) {
    needs[need] = { result: finished[need]?.result ?? 'skipped', outputs: finished[need]?.outputs ?? {} };
  }
  const jobContexts = baseContexts(run, { needs });
  const base: JobResult = { id: job.id, name: job.id, result: 'skipped', outputs: {}, steps: [], durationMs: 0 };
  const fail = (reason: string): JobResult => {
    const result: JobResult = { ...base, result: 'failure', reason, durationMs: Date.now() - started };
    run.reporter.jobFinished(result);
    return result;
  };

  if (run.options.signal?.aborted) {
    const result: JobResult = { ...base, result: 'cancelled', reason: 'the run was cancelled' };
    run.reporter.jobSkipped(result);
    return result;
  }
  const status = jobStatus(job, run.workflow.jobs, results);
  let shouldRun: boolean;
  try {
    shouldRun = evaluateCondition(job.if, jobContexts, status);
  } catch (error) {
    return fail(`if: ${job.if}: ${(error as Error).message}`);
  }
  if (!shouldRun) {
    const blocking = job.needs.filter((need) => results.get(need) !== 'success');
    const reason =
      blocking.length > 0
        ? `needs ${blocking.map((need) => `${need} (${results.get(need) ?? 'not run'})`).join(', ')}`
        : `if: ${job.if} is false`;
    const result: JobResult = { ...base, reason };
    run.reporter.jobSkipped(result);
    return result;
  }

  let name = job.id;
  let environment: { name: string; url: ValueTemplate | undefined } | undefined;
  let env: Record<string, string>;
  let timeoutMinutes = DEFAULT_JOB_TIMEOUT_MINUTES;
  try {
    if (job.name) name = evaluateString(job.name, jobContexts);
    environment = environmentOf(job.environment, jobContexts);
    env = { ...run.workflowEnv, ...evaluateStringMap(job.env, jobContexts) };
    if (job.timeoutMinutes) timeoutMinutes = Number(evaluateTemplate(job.timeoutMinutes, jobContexts));
  } catch (error) {
    run.reporter.jobStarted({ id: job.id, name });
    return fail((error as Error).message);
  }
  base.name = name;
  run.reporter.jobStarted({ id: job.id, name, environment: environment?.name });

  const runnerTemp = join(run.runRoot, `job-${job.id}-${randomUUID().slice(0, 8)}`);
  await mkdir(runnerTemp, { recursive: true });
  const state: JobState = {
    job,
    runnerTemp,
    needs,
    env,
    exported: {},
    path: [],
    steps: {},
    status: 'success',
    deadline: Date.now() + timeoutMinutes * 60_000,
    cancelled: false,
  };
  const steps: StepResult[] = [];
  for (const step of job.steps) {
    const result = await runStep(run, state, step);
    steps.push(result);
    if (step.hasExplicitId) {
      state.steps[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion };
    }
    if (result.conclusion === 'failure') state.status = 'failure';
  }

  const contexts = stepContexts(run, state, {});
  const outputs: Record<string, string> = {};
  for (const entry of job.outputs?.kind === 'mapping' ? job.outputs.entries : []) {
    let value: string;
    try {
      value = evaluateString(entry.value, contexts);
    } catch (error) {
      run.reporter.note(`job ${job.id}: output ${entry.key} could not be evaluated: ${(error as Error).message}`);
      continue;
    }
    if (run.masks.reveals(value)) {
      run.reporter.note(`job ${job.id}: output ${entry.key} is not passed on because it may contain a secret`);
      continue;
    }
    outputs[entry.key] = value;
  }
  let environmentResult: { name: string; url: string } | undefined;
  if (environment) {
    let url = '';
    try {
      url = environment.url ? evaluateString(environment.url, contexts) : '';
    } catch (error) {
      run.reporter.note(`job ${job.id}: environment url could not be evaluated: ${(error as Error).message}`);
    }
    environmentResult = { name: environment.name, url };
  }
  if (!run.options.keepTemp) await rm(runnerTemp, { recursive: true, force: true });
  const result: JobResult = {
    ...base,
    result: state.cancelled ? 'cancelled' : state.status,
    outputs,
    steps,
    environment: environmentResult,
    durationMs: Date.now() - started,
  };
  run.reporter.jobFinished(result);
  return result;
}

function environmentOf(
  template: ValueTemplate | undefined,
  contexts: Contexts,
): { name: string; url: ValueTemplate | undefined } | undefined {
  if (template === undefined) return undefined;
  if (template.kind === 'mapping') {
    const name = template.entries.find((entry) => entry.key === 'name');
    const url = template.entries.find((entry) => entry.key === 'url');
    return { name: name ? evaluateString(name.value, contexts) : '', url: url?.value };
  }
  return { name: evaluateString(template, contexts), url: undefined };
}

function stepContexts(run: RunState, state: JobState, stepEnv: Record<string, string>): Contexts {
  return baseContexts(run, {
    needs: state.needs,
    env: { ...state.env, ...state.exported, ...stepEnv },
    steps: state.steps,
    job: { status: state.status, container: {}, services: {} },
    runner: {
      os: 'Linux',
      arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
      name: 'local',
      environment: 'self-hosted',
      temp: state.runnerTemp,
      tool_cache: join(state.runnerTemp, '_tool'),
      debug: run.options.verbose ? '1' : '',
    },
  });
}

async function runStep(run: RunState, state: JobState, step: Step): Promise<StepResult> {
  const started = Date.now();
  const status: Status = { success: state.status === 'success', failure: state.status === 'failure' };
  let name = step.defaultName;
  const result = (outcome: StepResult['outcome'], extra: Partial<StepResult> = {}): StepResult => ({
    id: step.id,
    name,
    outcome,
    conclusion: outcome,
    outputs: {},
    durationMs: Date.now() - started,
    summary: '',
    annotations: [],
    ...extra,
  });
  const finish = (stepResult: StepResult): StepResult => {
    run.reporter.stepFinished(stepResult);
    return stepResult;
  };

  if (state.cancelled || run.options.signal?.aborted) {
    state.cancelled = true;
    return finish(result('skipped'));
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
    return finish(result('failure', { error: `if: ${(error as Error).message}` }));
  }
  if (!shouldRun) return finish(result('skipped'));

  let continueOnError = false;
  let execution: StepExecution;
  try {
    const stepEnv = evaluateStringMap(step.env, contexts);
    contexts = stepContexts(run, state, stepEnv);
    if (step.continueOnError) continueOnError = truthy(evaluateTemplate(step.continueOnError, contexts));
    const timeoutMinutes = step.timeoutMinutes ? Number(evaluateTemplate(step.timeoutMinutes, contexts)) : undefined;
    execution = await executeStep(run, state, step, name, contexts, stepEnv, timeoutMinutes);
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    execution = { outcome: 'failure', outputs: {}, summary: '', annotations: [], error: error.message };
  }
  if (execution.cancelled) state.cancelled = true;
  const conclusion = execution.outcome === 'failure' && continueOnError ? 'success' : execution.outcome;
  return finish(result(execution.outcome, { ...execution, conclusion }));
}

function truthy(value: ContextValue): boolean {
  return value !== null && value !== false && value !== 0 && value !== '';
}

interface StepExecution {
  outcome: 'success' | 'failure';
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  error?: string;
  cancelled?: boolean;
}

/** Runs one step's work: a `run:` script, a JavaScript action, or a toolchain no-op. */
async function executeStep(
  run: RunState,
  state: JobState,
  step: Step,
  name: string,
  contexts: Contexts,
  stepEnv: Record<string, string>,
  timeoutMinutes: number | undefined,
): Promise<StepExecution> {
  const files = join(state.runnerTemp, `_step_${randomUUID().slice(0, 8)}`);
  await mkdir(files, { recursive: true });
  const fileCommands = {
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_ENV: join(files, 'env'),
    GITHUB_PATH: join(files, 'path'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    GITHUB_STATE: join(files, 'state'),
  };
  for (const file of Object.values(fileCommands)) await writeFile(file, '');

  const env = processEnvironment(run, state, stepEnv);
  Object.assign(env, fileCommands, { GITHUB_ACTION: step.id.replace(/^__/, '') || 'run' });

  const annotations: Annotation[] = [];
  const reader = new WorkflowCommandReader(run.masks);
  const log = (line: string): void => {
    for (const event of reader.read(line)) {
      if (event.type === 'annotation') annotations.push(event.annotation);
      run.reporter.stepLog(name, event);
    }
  };

  let spec: { command: string; args: string[]; cwd: string } | undefined;
  let outcome: ProcessOutcome | undefined;
  let error: string | undefined;
  if (step.run !== undefined) {
    const script = evaluateString(step.run, contexts);
    const shellTemplate = step.shell ?? state.job.defaults.shell ?? run.workflow.defaults.shell;
    const shell = shellTemplate ? evaluateString(shellTemplate, contexts) : 'bash';
    assertShell(shell, `job '${state.job.id}' step '${name}'`);
    const directoryTemplate =
      step.workingDirectory ?? state.job.defaults.workingDirectory ?? run.workflow.defaults.workingDirectory;
    const cwd = directoryTemplate ? resolve(run.workspace, evaluateString(directoryTemplate, contexts)) : run.workspace;
    if (!isDirectory(cwd)) {
      return {
        outcome: 'failure',
        outputs: {},
        summary: '',
        annotations,
        error: `working-directory ${cwd} does not exist`,
      };
    }
    const file = join(files, shell === 'python' ? 'script.py' : 'script.sh');
    await writeFile(file, script);
    spec = { ...shellCommand(shell, file, env.PATH), cwd };
  } else {
    const action = run.actions.get(step.uses ?? '') as ResolvedAction;
    if (action.kind === 'node') {
      const { inputs, unexpected } = actionInputs(action, step, contexts);
      if (unexpected.length > 0) {
        // GitHub warns and goes on; so does the local runner.
        const valid = Object.keys(action.inputs)
          .map((input) => `'${input}'`)
          .join(', ');
        log(
          `::warning::Unexpected input(s) ${unexpected.map((input) => `'${input}'`).join(', ')}, valid inputs are [${valid}]`,
        );
      }
      for (const [input, value] of Object.entries(inputs))
        env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
      if (action.repository) {
        env.GITHUB_ACTION_REPOSITORY = action.repository;
        env.GITHUB_ACTION_REF = action.ref;
      }
      spec = { command: process.execPath, args: [action.main], cwd: run.workspace };
    } else {
      const withValues = evaluateStringMap(step.with, contexts);
      error = await runToolchainAction(action.kind, {
        with: withValues,
        workspace: run.workspace,
        env: processEnvironment(run, state, {}),
        runnerTemp: state.runnerTemp,
        outputFile: fileCommands.GITHUB_OUTPUT,
        pathFile: fileCommands.GITHUB_PATH,
        log,
      });
    }
  }
  if (spec) {
    const remaining = state.deadline - Date.now();
    const stepLimit = timeoutMinutes === undefined ? Infinity : timeoutMinutes * 60_000;
    const timeoutMs = Math.max(0, Math.min(remaining, stepLimit));
    outcome = await runProcess({ ...spec, env, timeoutMs, signal: run.options.signal }, log);
    if (outcome.error) error = `could not start ${spec.command}: ${outcome.error}`;
    else if (outcome.cancelled) error = 'cancelled';
    else if (outcome.timedOut) error = `timed out after ${formatMinutes(timeoutMs)}`;
    else if (outcome.exitCode !== 0) error = `exited with code ${outcome.exitCode ?? 'null (killed by a signal)'}`;
  }

  let outputs: Record<string, string> = {};
  try {
    outputs = parseKeyValueFile(await readFile(fileCommands.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT');
    Object.assign(state.exported, parseKeyValueFile(await readFile(fileCommands.GITHUB_ENV, 'utf8'), 'GITHUB_ENV'));
    state.path.unshift(...parsePathFile(await readFile(fileCommands.GITHUB_PATH, 'utf8')).reverse());
  } catch (fileError) {
    error ??= (fileError as Error).message;
  }
  const summary = run.masks.apply(await readFile(fileCommands.GITHUB_STEP_SUMMARY, 'utf8'));
  return {
    outcome: error === undefined ? 'success' : 'failure',
    outputs,
    summary,
    annotations,
    error,
    cancelled: outcome?.cancelled,
  };
}

/**
 * The environment of a step's process: the machine's own (minus what only
 * the calling process should see), then the runner's variables, then the
 * workflow's `env:` levels and what earlier steps exported.
 */
function processEnvironment(run: RunState, state: JobState, stepEnv: Record<string, string>): Record<string, string> {
  const env = machineEnvironment();
  Object.assign(env, run.options.env ?? {}, state.env, state.exported, stepEnv);
  for (const [variable, field] of GITHUB_VARIABLES) env[variable] = run.github[field];
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_JOB: state.job.id,
    RUNNER_TEMP: state.runnerTemp,
    RUNNER_TOOL_CACHE: join(state.runnerTemp, '_tool'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_NAME: 'local',
    RUNNER_ENVIRONMENT: 'self-hosted',
  });
  if (run.options.verbose) env.RUNNER_DEBUG = '1';
  if (state.path.length > 0) env.PATH = [...state.path, env.PATH ?? ''].join(delimiter);
  return env;
}

/** The `with:` values, then action.yml's defaults (which may hold expressions) for the rest. */
function actionInputs(
  action: Extract<ResolvedAction, { kind: 'node' }>,
  step: Step,
  contexts: Contexts,
): { inputs: Record<string, string>; unexpected: string[] } {
  const given = evaluateStringMap(step.with, contexts);
  const inputs: Record<string, string> = {};
  for (const [input, definition] of Object.entries(action.inputs)) {
    if (definition.default !== undefined) inputs[input] = evaluateTemplateString(definition.default, contexts);
  }
  const unexpected = Object.keys(given).filter((input) => !(input in action.inputs));
  return { inputs: Object.assign(inputs, given), unexpected };
}

function shellCommand(shell: string, file: string, path: string | undefined): { command: string; args: string[] } {
  switch (shell) {
    case 'sh':
      return { command: 'sh', args: ['-e', file] };
    case 'python':
      return { command: findExecutable('python', path) ?? 'python3', args: [file] };
    default:
      return { command: 'bash', args: ['--noprofile', '--norc', '-eo', 'pipefail', file] };
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${+minutes.toFixed(1)} min` : `${Math.round(ms / 1000)} s`;
}
