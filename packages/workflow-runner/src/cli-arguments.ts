import { parseArgs, type ParseArgsConfig } from 'node:util';
import { WorkflowError } from './errors.js';
import type { PullRequestEvent } from './events.js';

export interface CliArguments {
  help: boolean;
  workflow?: string;
  workspace?: string;
  event?: string;
  jobs: string[];
  env: Record<string, string>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  inputs: Record<string, string>;
  repository?: string;
  sha?: string;
  ref?: string;
  tokenFrom?: string;
  /** `--pr` and the options that describe it. */
  pullRequest?: PullRequestEvent;
  githubStandIn: boolean;
  verbose: boolean;
  keepTemp: boolean;
  color?: boolean;
}

export const USAGE = `Usage: workflow-runner <workflow.yml> [options]

Runs a workflow file of this repository on this machine, job after job.

  --workspace DIR      the git clone the steps run in (default: the current folder)
  --event NAME         the triggering event (default: the workflow's first event;
                       pull_request with --pr)
  --pr N               a pull_request event for pull request N (GITHUB_REF refs/pull/N/merge)
  --action ACTION      what happened to it: opened, synchronize (default), reopened, closed…
  --merged             a closed pull request was merged
  --head-ref BRANCH    its branch (default: the workspace's branch)
  --head-repository O/N  the repository its branch is in: another one makes it a fork
  --base-ref BRANCH    the branch it merges into (default: main)
  --job ID             run only this job and the jobs it needs (repeatable)
  --env NAME=VALUE     extra environment for every step (repeatable)
  --secret NAME[=VALUE] a secret; without a value, read from the environment (repeatable)
  --var NAME=VALUE     a configuration variable, vars.NAME (repeatable)
  --input NAME=VALUE   a workflow_dispatch input (repeatable)
  --token-from NAME    use the environment variable NAME as github.token (default: no token)
  --github-stand-in    answer the steps' GitHub API calls with a local stand-in (deployments…):
                       GITHUB_API_URL points at it and github.token is one it accepts
  --repository O/N     owner/name (default: from the workspace's origin)
  --sha SHA, --ref REF the commit and ref (default: the workspace's HEAD and branch)
  --verbose            show ::debug:: lines
  --keep-temp          keep each job's RUNNER_TEMP
  --color, --no-color  force colours on or off
  -h, --help           this text

actions/checkout, actions/setup-node and actions/setup-python are no-ops over
the workspace and the local toolchain; actions/upload-artifact and
actions/download-artifact keep the files in the run's temporary folder; this
repository's actions run from dist/. There is no cache service, and no GitHub token
unless you pass one or ask for the stand-in.`;

/** The options, for parseArgs: which take a value, and the short names. */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  workspace: { type: 'string' },
  event: { type: 'string' },
  job: { type: 'string' },
  env: { type: 'string' },
  secret: { type: 'string' },
  var: { type: 'string' },
  input: { type: 'string' },
  'token-from': { type: 'string' },
  'github-stand-in': { type: 'boolean' },
  pr: { type: 'string' },
  action: { type: 'string' },
  merged: { type: 'boolean' },
  'head-ref': { type: 'string' },
  'head-repository': { type: 'string' },
  'base-ref': { type: 'string' },
  repository: { type: 'string' },
  sha: { type: 'string' },
  ref: { type: 'string' },
  verbose: { type: 'boolean' },
  'keep-temp': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type OptionName = keyof typeof OPTIONS;

/**
 * Parses the command line; `environment` answers `--secret NAME` without a
 * value. parseArgs splits the arguments (`--name=value`, `--`, `-h`); its
 * tokens are checked here rather than in its strict mode so that the errors
 * keep their words, and options apply in order (`--color --no-color`).
 */
export function parseArguments(argv: readonly string[], environment: NodeJS.ProcessEnv = process.env): CliArguments {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const parsed: CliArguments = {
    help: false,
    jobs: [],
    env: {},
    secrets: {},
    vars: {},
    inputs: {},
    githubStandIn: false,
    verbose: false,
    keepTemp: false,
  };
  const positional: string[] = [];
  const pullRequest: Partial<Record<PullRequestOption, GivenOption>> = {};
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    else if (token.kind === 'option') {
      const option = checkedOption(token);
      if (isPullRequestOption(option.name)) pullRequest[option.name] = option;
      else applyOption(parsed, option, environment);
    }
  }
  parsed.pullRequest = pullRequestOf(pullRequest);
  if (positional.length > 1) throw new WorkflowError(`one workflow file at a time; got ${positional.join(', ')}`);
  parsed.workflow = positional[0];
  if (!parsed.help && parsed.workflow === undefined)
    throw new WorkflowError(`name the workflow file to run\n\n${USAGE}`);
  return parsed;
}

type OptionToken = Extract<NonNullable<ReturnType<typeof parseArgs>['tokens']>[number], { kind: 'option' }>;

interface GivenOption {
  name: OptionName;
  /** As written: `--job`, `-h`. */
  flag: string;
  /** The value of an option that takes one. */
  value: string;
}

function checkedOption(token: OptionToken): GivenOption {
  if (!Object.hasOwn(OPTIONS, token.name)) throw new WorkflowError(`unknown option ${token.rawName}\n\n${USAGE}`);
  const name = token.name as OptionName;
  if (OPTIONS[name].type === 'string') {
    if (token.value === undefined) throw new WorkflowError(`${token.rawName} needs a value`);
  } else if (token.value !== undefined) {
    throw new WorkflowError(`${token.rawName} takes no value; got ${token.rawName}=${token.value}`);
  }
  return { name, flag: token.rawName, value: token.value ?? '' };
}

function applyOption(parsed: CliArguments, { name, flag, value }: GivenOption, environment: NodeJS.ProcessEnv): void {
  switch (name) {
    case 'help':
      parsed.help = true;
      break;
    case 'job':
      parsed.jobs.push(value);
      break;
    case 'env':
      assign(parsed.env, value, flag);
      break;
    case 'var':
      assign(parsed.vars, value, flag);
      break;
    case 'input':
      assign(parsed.inputs, value, flag);
      break;
    case 'secret':
      if (value.includes('=')) assign(parsed.secrets, value, flag);
      else {
        const fromEnvironment = environment[value];
        if (fromEnvironment === undefined)
          throw new WorkflowError(`--secret ${value}: the environment has no ${value}`);
        parsed.secrets[value] = fromEnvironment;
      }
      break;
    case 'token-from':
      parsed.tokenFrom = value;
      break;
    case 'workspace':
    case 'event':
    case 'repository':
    case 'sha':
    case 'ref':
      parsed[name] = value;
      break;
    case 'github-stand-in':
      parsed.githubStandIn = true;
      break;
    case 'verbose':
      parsed.verbose = true;
      break;
    case 'keep-temp':
      parsed.keepTemp = true;
      break;
    case 'color':
    case 'no-color':
      parsed.color = name === 'color';
      break;
  }
}

const PULL_REQUEST_OPTIONS = ['pr', 'action', 'merged', 'head-ref', 'head-repository', 'base-ref'] as const;
type PullRequestOption = (typeof PULL_REQUEST_OPTIONS)[number];

function isPullRequestOption(name: OptionName): name is PullRequestOption {
  return (PULL_REQUEST_OPTIONS as readonly string[]).includes(name);
}

/** The pull request `--pr` and its companions describe; the runner checks the values. */
function pullRequestOf(given: Partial<Record<PullRequestOption, GivenOption>>): PullRequestEvent | undefined {
  if (given.pr === undefined) {
    const stray = Object.values(given)[0];
    if (stray) throw new WorkflowError(`${stray.flag} describes a pull request: add --pr <number>`);
    return undefined;
  }
  if (!/^[1-9]\d*$/.test(given.pr.value))
    throw new WorkflowError(`--pr ${given.pr.value}: expected the pull request's number`);
  return {
    number: Number(given.pr.value),
    ...(given.action && { action: given.action.value }),
    ...(given.merged && { merged: true }),
    ...(given['head-ref'] && { headRef: given['head-ref'].value }),
    ...(given['head-repository'] && { headRepository: given['head-repository'].value }),
    ...(given['base-ref'] && { baseRef: given['base-ref'].value }),
  };
}

function assign(target: Record<string, string>, pair: string, flag: string): void {
  const eq = pair.indexOf('=');
  if (eq <= 0) throw new WorkflowError(`${flag} ${pair}: expected NAME=VALUE`);
  target[pair.slice(0, eq)] = pair.slice(eq + 1);
}
