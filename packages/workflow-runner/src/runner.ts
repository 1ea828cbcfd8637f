import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveAction, type ResolvedAction } from './actions.js';
import type { FakeGitHubApi } from '@mlops-actions/github/testing';
import { baseContexts, githubFacts, type GitHubApiAccess, type RunState } from './context.js';
import { WorkflowError } from './errors.js';
import {
  DEFAULT_PULL_REQUEST_TYPES,
  checkPullRequest,
  eventPayload,
  pullRequestRefs,
  type PullRequestEvent,
} from './events.js';
import { GITHUB_API_URL, openGitHubStandIn, standInRepository, type GitHubStandIn } from './github-stand-in.js';
import { evaluateStringMap, type ContextValue } from './expressions.js';
import { runJob } from './job.js';
import { jobOrder, jobsToRun } from './job-order.js';
import type { Job, Workflow } from './model.js';
import { TerminalReporter, type Reporter } from './reporter.js';
import type { JobConclusion, JobResult, WorkflowResult } from './results.js';
import { loadWorkflow } from './workflow-file.js';
import { Masks } from './workflow-commands.js';
import { isDirectory, repositoryName, workspaceFacts } from './workspace.js';

export interface RunWorkflowOptions {
  /** Path of the workflow file. */
  workflow: string;
  /** The checkout the steps run in (`GITHUB_WORKSPACE`): a git clone, e.g. of a local bare remote. Default: the current folder. */
  workspace?: string;
  /** The event that triggers the run (`push`, `pull_request`…). Default: the workflow's first event (`pull_request` with `pullRequest`). */
  event?: string;
  /** The pull request of a `pull_request` event: its number, action, branches, fork, merged. */
  pullRequest?: PullRequestEvent;
  /** `github.event`, as given; default: GitHub's payload for the event (and `pullRequest`). */
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
  /**
   * `github.token` and `secrets.GITHUB_TOKEN`. Default: none, so nothing can reach GitHub's API; with
   * `githubStandIn`, a token the stand-in accepts.
   */
  token?: string;
  /**
   * A GitHub REST stand-in (`FakeGitHubApi` of `@mlops-actions/github/testing`) in place of GitHub's API:
   * steps get `GITHUB_API_URL` pointing at it and a `github.token`. `true` starts one for the run's
   * repository (stopped when the run ends); pass your own to inject faults and read what it recorded (it
   * then names the repository; if it was started with a `token`, pass that token too).
   */
  githubStandIn?: boolean | FakeGitHubApi;
  /** `owner/name`. Default: from the workspace's `origin` (`local/<name>` for a local remote). */
  repository?: string;
  /** Default: the workspace's `HEAD`. */
  sha?: string;
  /** Default: `refs/heads/<branch>` of the workspace (`refs/pull/<number>/merge` for pull_request). */
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
  const event = chooseEvent(workflow, options.event ?? (options.pullRequest ? 'pull_request' : undefined));
  if (options.pullRequest) {
    if (event !== 'pull_request')
      throw new WorkflowError(`a pull request is given but the event is ${event}: pass the event pull_request`);
    checkPullRequest(options.pullRequest);
  }
  const order = jobOrder(workflow.jobs);
  const selected = jobsToRun(workflow.jobs, options.jobs);
  const actionsRoot = resolve(options.actionsRoot ?? thisRepository());
  const actions = await resolveActions(workflow, selected, workspace, actionsRoot);

  const run = await startRun(options, workflow, workspace, event, actions);
  run.reporter.workflowStarted({
    name: workflow.name,
    file: options.workflow,
    event,
    workspace,
    repository: run.github.repository,
    sha: run.github.sha,
  });
  for (const note of workflow.notes) run.reporter.note(note);
  const jobs: Record<string, JobResult> = {};
  try {
    run.workflowEnv = evaluateStringMap(workflow.env, baseContexts(run, {}));
    const results = new Map<string, JobConclusion>();
    for (const id of order.filter((candidate) => selected.has(candidate))) {
      const job = workflow.jobs.find((candidate) => candidate.id === id) as Job;
      jobs[id] = await runJob(run, job, jobs, results);
      results.set(id, jobs[id].result);
    }
  } finally {
    if (run.githubStandIn?.ownedByRun) await run.githubStandIn.api.close();
    if (!options.keepTemp) await rm(run.runRoot, { recursive: true, force: true });
  }
  const result: WorkflowResult = {
    file: options.workflow,
    name: workflow.name,
    event,
    conclusion: conclusionOf(jobs),
    jobs,
  };
  run.reporter.workflowFinished(result);
  return result;
}

/** Every `uses:` of the jobs to run, resolved first, so an unsupported action stops the run before anything ran. */
async function resolveActions(
  workflow: Workflow,
  selected: ReadonlySet<string>,
  workspace: string,
  actionsRoot: string,
): Promise<Map<string, ResolvedAction>> {
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
  return actions;
}

/**
 * What the run's jobs share: the `github` facts, the event file in a fresh
 * run folder, the GitHub stand-in when asked for, the reporter, the masks.
 */
async function startRun(
  options: RunWorkflowOptions,
  workflow: Workflow,
  workspace: string,
  event: string,
  actions: Map<string, ResolvedAction>,
): Promise<RunState> {
  const facts = await workspaceFacts(workspace);
  const branch = facts.branch ?? 'main';
  const sha = options.sha ?? facts.sha ?? '0'.repeat(40);
  const standInOption = options.githubStandIn || undefined;
  const repository =
    standInOption !== undefined && standInOption !== true
      ? standInRepository(standInOption, options.repository)
      : (options.repository ?? repositoryName(facts.originUrl, workspace));
  const actor = options.actor ?? 'local-runner';
  const branchRef = options.ref ?? `refs/heads/${branch}`;
  const payload: Record<string, ContextValue> =
    options.eventPayload ??
    eventPayload(event, { sha, ref: branchRef, branch, repository, actor }, options.pullRequest);
  // A pull request's refs are the payload's, whoever wrote it.
  const pullRequest = event === 'pull_request' ? pullRequestRefs(payload) : undefined;
  assertEventType(workflow, event, payload);
  const ref = options.ref ?? pullRequest?.ref ?? branchRef;
  const reporter =
    options.reporter ??
    new TerminalReporter(options.log ?? ((line) => process.stdout.write(`${line}\n`)), {
      color: options.color,
      verbose: options.verbose,
    });
  const masks = new Masks();
  for (const secret of Object.values(options.secrets ?? {})) masks.add(secret);

  const runRoot = await mkdtemp(join(tmpdir(), 'workflow-run-'));
  const eventPath = join(runRoot, 'event.json');
  await writeFile(eventPath, JSON.stringify(payload, null, 2));
  let githubStandIn: GitHubStandIn | undefined;
  let access: GitHubApiAccess = { apiUrl: GITHUB_API_URL, token: options.token ?? '' };
  if (standInOption !== undefined) {
    ({ standIn: githubStandIn, access } = await openGitHubStandIn(standInOption, repository, options.token));
  }
  if (access.token) masks.add(access.token);
  const github = githubFacts(
    options,
    { event, eventPath, workflow: workflow.name, workspace },
    { sha, ref, headRef: pullRequest?.head ?? '', baseRef: pullRequest?.base ?? '', repository, actor },
    access,
  );
  return {
    workflow,
    options,
    workspace,
    event,
    actions,
    masks,
    reporter,
    runRoot,
    github,
    payload,
    workflowEnv: {},
    githubStandIn,
  };
}

/** Refuses an event GitHub would not start the workflow for: a pull_request action its `types:` leave out. */
function assertEventType(workflow: Workflow, event: string, payload: Record<string, ContextValue>): void {
  if (event !== 'pull_request') return;
  const types = workflow.eventTypes[event] ?? DEFAULT_PULL_REQUEST_TYPES;
  const action = payload.action;
  if (typeof action === 'string' && !types.includes(action)) {
    throw new WorkflowError(
      `${workflow.file} does not run on a ${action} pull request: it runs on pull_request ${types.join(', ')}` +
        (workflow.eventTypes[event] ? '' : " (GitHub's default without types:)") +
        '. Pass one of those as the action.',
    );
  }
}

function conclusionOf(jobs: Record<string, JobResult>): WorkflowResult['conclusion'] {
  const conclusions = Object.values(jobs).map((job) => job.result);
  if (conclusions.includes('cancelled')) return 'cancelled';
  return conclusions.includes('failure') ? 'failure' : 'success';
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
