import { delimiter, join } from 'node:path';
import { machineEnvironment } from '@mlops-actions/action-testing/runner-protocol';
import type { ResolvedAction } from './actions.js';
import type { GitHubStandIn } from './github-stand-in.js';
import type { ContextValue, Contexts } from './expressions.js';
import type { Job, Workflow } from './model.js';
import type { Reporter } from './reporter.js';
import type { RunWorkflowOptions } from './runner.js';
import type { Masks } from './workflow-commands.js';

/** What every job of a run shares. */
export interface RunState {
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
  /** The GitHub REST stand-in steps reach at GITHUB_API_URL, when the run has one. */
  githubStandIn?: GitHubStandIn;
}

/** What a job accumulates while its steps run. */
export interface JobState {
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

export interface GithubFacts {
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

/** Where the run's steps reach GitHub's API, and the token they get for it. */
export interface GitHubApiAccess {
  apiUrl: string;
  /** `github.token`, `secrets.GITHUB_TOKEN`; empty: none. */
  token: string;
}

/** The `github` context of a run (but `event`), from the options and what the workspace and the event say. */
export function githubFacts(
  options: RunWorkflowOptions,
  run: { event: string; eventPath: string; workflow: string; workspace: string },
  facts: { sha: string; ref: string; headRef: string; baseRef: string; repository: string; actor: string },
  api: GitHubApiAccess,
): GithubFacts {
  const { event } = run;
  const { ref, repository, actor } = facts;
  return {
    event_name: event,
    event_path: run.eventPath,
    sha: facts.sha,
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags|pull)\//, ''),
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    head_ref: facts.headRef,
    base_ref: facts.baseRef,
    repository,
    repository_owner: repository.split('/')[0],
    run_id: options.runId ?? String(Date.now()),
    run_number: String(options.runNumber ?? 1),
    run_attempt: '1',
    actor,
    triggering_actor: actor,
    workflow: run.workflow,
    workspace: run.workspace,
    server_url: options.serverUrl ?? 'https://github.com',
    api_url: api.apiUrl,
    graphql_url: `${api.apiUrl}/graphql`,
    token: api.token,
    retention_days: '90',
  };
}

/** The contexts every expression of the run sees; `extra` adds or replaces some. */
export function baseContexts(run: RunState, extra: Contexts): Contexts {
  return {
    github: { ...run.github, event: run.payload },
    inputs: { ...(run.options.inputs ?? {}) },
    vars: { ...(run.options.vars ?? {}) },
    secrets: { ...(run.options.secrets ?? {}), ...(run.github.token ? { GITHUB_TOKEN: run.github.token } : {}) },
    strategy: {},
    matrix: null,
    ...extra,
  };
}

/** The contexts of a step's expressions: the run's, and the job's so far. */
export function stepContexts(run: RunState, state: JobState, stepEnv: Record<string, string>): Contexts {
  const machine = runnerMachine(run, state);
  return baseContexts(run, {
    needs: state.needs,
    env: { ...state.env, ...state.exported, ...stepEnv },
    steps: state.steps,
    job: { status: state.status, container: {}, services: {} },
    runner: {
      os: machine.os,
      arch: machine.arch,
      name: machine.name,
      environment: machine.environment,
      temp: machine.temp,
      tool_cache: machine.toolCache,
      debug: machine.debug ? '1' : '',
    },
  });
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

/**
 * The environment of a step's process: the machine's own (minus what only
 * the calling process should see), then the runner's variables, then the
 * workflow's `env:` levels and what earlier steps exported.
 */
export function processEnvironment(
  run: RunState,
  state: JobState,
  stepEnv: Record<string, string>,
): Record<string, string> {
  const env = machineEnvironment();
  Object.assign(env, run.options.env ?? {}, state.env, state.exported, stepEnv);
  for (const [variable, field] of GITHUB_VARIABLES) env[variable] = run.github[field];
  const machine = runnerMachine(run, state);
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_JOB: state.job.id,
    RUNNER_TEMP: machine.temp,
    RUNNER_TOOL_CACHE: machine.toolCache,
    RUNNER_OS: machine.os,
    RUNNER_ARCH: machine.arch,
    RUNNER_NAME: machine.name,
    RUNNER_ENVIRONMENT: machine.environment,
  });
  if (machine.debug) env.RUNNER_DEBUG = '1';
  if (state.path.length > 0) env.PATH = [...state.path, env.PATH ?? ''].join(delimiter);
  return env;
}

/** The runner a job runs on, as the `runner` context and the `RUNNER_*` variables give it. */
function runnerMachine(run: RunState, state: JobState) {
  return {
    os: 'Linux',
    arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
    name: 'local',
    environment: 'self-hosted',
    temp: state.runnerTemp,
    toolCache: join(state.runnerTemp, '_tool'),
    debug: Boolean(run.options.verbose),
  };
}
