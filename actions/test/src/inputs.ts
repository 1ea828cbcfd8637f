import { resolve } from 'node:path';
import { Inputs, UserError, maskSecret, quote, workflowRunUrl, workspaceDirectory } from '@mlops-actions/action-kit';
import { parseRules, type GateRule } from '@mlops-actions/gate';
import { parseRepository, type PullRequestHead, type Repository } from '@mlops-actions/github';
import { assertRegistryName } from '@mlops-actions/registry';
import { isCommitSha, pullRequestOf } from './pull-request.js';

export const DEFAULT_REPORTS = '**/junit*.xml';

/** What fails the step. */
export interface FailOn {
  tests: boolean;
  gate: boolean;
}

/** Where the baseline metrics come from. */
export type BaselineSetting =
  | { kind: 'none' }
  /** A JSON file of metrics, absolute path. */
  | { kind: 'file'; path: string; input: string }
  /** The metrics of the version now deployed to `environment`. */
  | { kind: 'environment'; environment: string; model: string };

export interface TestSettings {
  /** The repository checkout (`GITHUB_WORKSPACE`): annotations are relative to it. */
  workspace: string;
  /** Absolute path where the command runs and globs start. */
  workingDirectory: string;
  /** The test command; empty runs nothing. */
  command: string;
  /** Report globs, relative to the working directory (or absolute). */
  reports: string[];
  /** The metrics JSON file (absolute path, and as the user wrote it), when rules are given. */
  metrics?: { path: string; input: string };
  rules: GateRule[];
  baseline: BaselineSetting;
  failOn: FailOn;
  maxAnnotations: number;
  /** `model-name`, or empty. */
  modelName: string;
  /** The pull-request comment and the check run; absent when neither is written. */
  publish?: PublishSettings;
}

/** `comment`: `auto` comments when the run is for a pull request, `true` must, `false` never does. */
export type CommentSetting = 'auto' | 'true' | 'false';

/** Where the results go on GitHub, besides the job summary. */
export interface PublishSettings {
  /** Masked before anything else is read. */
  token: string;
  repository: Repository;
  /** `GITHUB_API_URL`. */
  apiUrl: string;
  /** `GITHUB_SERVER_URL`: links to files and to the run. */
  serverUrl: string;
  /** The pull request to comment on; absent when no comment is written, or when it is found by `pullRequestHead`. */
  pullRequest?: number;
  /** For a `workflow_run` of a fork's pull request: the head it is found by. */
  pullRequestHead?: PullRequestHead;
  /** `comment: true`: a comment that cannot be written is an error, not a notice. */
  commentRequired: boolean;
  checkRun: boolean;
  /** The commit the check run and the links to failing lines are for: the pull request's head, else `GITHUB_SHA`. */
  headSha?: string;
  /** What makes the comment this step's own: one per workflow, job and model. */
  identity: { workflow: string; job: string; model: string };
  /** The workflow run's page, or empty. */
  runUrl: string;
}

const BASELINE_ENVIRONMENT = 'environment:';

/**
 * Reads and checks every input of the test action, once, before anything
 * runs. `token` is read first and handed to `secret` (masking) before any
 * other input could print it.
 */
export function readSettings(
  inputs = new Inputs(),
  env: NodeJS.ProcessEnv = process.env,
  secret: (value: string) => void = maskSecret,
): TestSettings {
  const token = inputs.string('token');
  if (token !== '') secret(token);
  const workspace = workspaceDirectory();
  const workingDirectory = inputs.directory('working-directory');

  const rules = parseRules(inputs.list('thresholds'));
  const metricsInput = inputs.string('metrics');
  if (rules.length > 0 && metricsInput === '') {
    throw new UserError(
      "Input 'thresholds' needs 'metrics': set 'metrics' to the JSON file of evaluation metrics the rules read.",
    );
  }
  const modelName = inputs.string('model-name');
  if (modelName !== '') assertRegistryName('model', modelName);

  const settings: TestSettings = {
    workspace,
    workingDirectory,
    command: inputs.string('command'),
    reports: inputs.list('reports'),
    rules,
    baseline: baselineSetting(inputs.string('baseline'), modelName, workingDirectory),
    failOn: failOnSetting(inputs.string('fail-on', 'tests,gate')),
    maxAnnotations: inputs.integer('max-annotations', 10, { min: 0 }),
    modelName,
  };
  const publish = publishSettings(inputs, token, modelName, env);
  if (publish) settings.publish = publish;
  if (settings.reports.length === 0) settings.reports = [DEFAULT_REPORTS];
  if (metricsInput !== '') settings.metrics = { path: resolve(workingDirectory, metricsInput), input: metricsInput };
  return settings;
}

function baselineSetting(value: string, model: string, workingDirectory: string): BaselineSetting {
  if (value === '') return { kind: 'none' };
  if (!value.startsWith(BASELINE_ENVIRONMENT)) {
    return { kind: 'file', path: resolve(workingDirectory, value), input: value };
  }
  const environment = value.slice(BASELINE_ENVIRONMENT.length).trim();
  if (environment === '') {
    throw new UserError(`Input 'baseline' is ${quote(value)}: name the environment, as in 'environment:production'.`);
  }
  assertRegistryName('environment', environment);
  if (model === '') {
    throw new UserError(
      `Input 'baseline' is ${quote(value)}, which reads the version deployed there from the model registry: ` +
        "set 'model-name' to the registered model's name.",
    );
  }
  return { kind: 'environment', environment, model };
}

/** `tests`, `gate`, both (`tests,gate` or `both`), or `none`. */
export function failOnSetting(value: string): FailOn {
  const items = value.split(/[\s,]+/).filter((item) => item !== '');
  const wrong = () =>
    new UserError(`Input 'fail-on' must be 'tests', 'gate', 'tests,gate' (or 'both') or 'none', not ${quote(value)}.`);
  if (items.length === 1 && items[0] === 'none') return { tests: false, gate: false };
  if (items.length === 1 && items[0] === 'both') return { tests: true, gate: true };
  if (items.length === 0 || items.some((item) => item !== 'tests' && item !== 'gate')) throw wrong();
  return { tests: items.includes('tests'), gate: items.includes('gate') };
}

/**
 * The comment and check-run settings, from `comment`, `check-run`, `token`
 * and the run's context; undefined when nothing goes to GitHub. `auto`
 * without a token or outside a pull request writes nothing; `true` there is
 * a mistake to fix.
 */
function publishSettings(
  inputs: Inputs,
  token: string,
  model: string,
  env: NodeJS.ProcessEnv,
): PublishSettings | undefined {
  const comment = inputs.choice<CommentSetting>('comment', ['auto', 'true', 'false'], 'auto');
  const checkRun = inputs.boolean('check-run', false);
  const pullRequest = comment === 'false' ? undefined : pullRequestOf(env);
  if (comment === 'true' && !pullRequest) {
    throw new UserError(
      `Input 'comment' is 'true', but this run (event ${quote(env['GITHUB_EVENT_NAME'] ?? 'unknown')}) is for no pull ` +
        "request: run the step on 'pull_request' (or a 'workflow_run' of one), or set 'comment' to 'auto'.",
    );
  }
  const commenting = pullRequest !== undefined && (comment === 'true' || token !== '');
  if (!commenting && !checkRun) return undefined;
  const needs = checkRun ? "'check-run'" : "'comment'";
  if (token === '') {
    throw new UserError(
      `${needs} needs 'token': leave it at its default '\${{ github.token }}' (with 'permissions: ` +
        `${checkRun ? 'checks' : 'pull-requests'}: write') or pass a token that may write there.`,
    );
  }
  const repository = parseRepository(env['GITHUB_REPOSITORY'] ?? '');
  if (!repository) {
    throw new UserError(
      `${needs} needs GITHUB_REPOSITORY ('owner/repo'), which the runner sets: outside GitHub Actions set ` +
        `${checkRun ? "'check-run' to 'false'" : "'comment' to 'false'"}.`,
    );
  }
  const sha = env['GITHUB_SHA'];
  const headSha = pullRequest?.headSha ?? (isCommitSha(sha) ? sha : undefined);
  if (checkRun && headSha === undefined) {
    throw new UserError(
      "'check-run' needs the commit to attach the check run to: GITHUB_SHA, which the runner sets, is missing. " +
        "Outside GitHub Actions set 'check-run' to 'false'.",
    );
  }
  const settings: PublishSettings = {
    token,
    repository,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, ''),
    commentRequired: comment === 'true',
    checkRun,
    identity: { workflow: env['GITHUB_WORKFLOW'] ?? '', job: env['GITHUB_JOB'] ?? '', model },
    runUrl: workflowRunUrl(env),
  };
  if (commenting) {
    if ('number' in pullRequest) settings.pullRequest = pullRequest.number;
    else settings.pullRequestHead = pullRequest.head;
  }
  if (headSha !== undefined) settings.headSha = headSha;
  return settings;
}
