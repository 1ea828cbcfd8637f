import { WorkflowError } from './errors.js';

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
  verbose: boolean;
  keepTemp: boolean;
  color?: boolean;
}

export const USAGE = `Usage: workflow-runner <workflow.yml> [options]

Runs a workflow file of this repository on this machine, job after job.

  --workspace DIR      the git clone the steps run in (default: the current folder)
  --event NAME         the triggering event (default: the workflow's first event)
  --job ID             run only this job and the jobs it needs (repeatable)
  --env NAME=VALUE     extra environment for every step (repeatable)
  --secret NAME[=VALUE] a secret; without a value, read from the environment (repeatable)
  --var NAME=VALUE     a configuration variable, vars.NAME (repeatable)
  --input NAME=VALUE   a workflow_dispatch input (repeatable)
  --token-from NAME    use the environment variable NAME as github.token (default: no token)
  --repository O/N     owner/name (default: from the workspace's origin)
  --sha SHA, --ref REF the commit and ref (default: the workspace's HEAD and branch)
  --verbose            show ::debug:: lines
  --keep-temp          keep each job's RUNNER_TEMP
  --color, --no-color  force colours on or off
  -h, --help           this text

actions/checkout, actions/setup-node and actions/setup-python are no-ops over
the workspace and the local toolchain; this repository's actions run from
dist/. There is no cache service and no GitHub token unless you pass one.`;

/** Parses the command line; `environment` answers `--secret NAME` without a value. */
export function parseArguments(argv: readonly string[], environment: NodeJS.ProcessEnv = process.env): CliArguments {
  const parsed: CliArguments = {
    help: false,
    jobs: [],
    env: {},
    secrets: {},
    vars: {},
    inputs: {},
    verbose: false,
    keepTemp: false,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new WorkflowError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '-h':
      case '--help':
        parsed.help = true;
        break;
      case '--workspace':
        parsed.workspace = value();
        break;
      case '--event':
        parsed.event = value();
        break;
      case '--job':
        parsed.jobs.push(value());
        break;
      case '--env':
        assign(parsed.env, value(), flag);
        break;
      case '--var':
        assign(parsed.vars, value(), flag);
        break;
      case '--input':
        assign(parsed.inputs, value(), flag);
        break;
      case '--secret': {
        const secret = value();
        if (secret.includes('=')) assign(parsed.secrets, secret, flag);
        else {
          const fromEnvironment = environment[secret];
          if (fromEnvironment === undefined)
            throw new WorkflowError(`--secret ${secret}: the environment has no ${secret}`);
          parsed.secrets[secret] = fromEnvironment;
        }
        break;
      }
      case '--token-from':
        parsed.tokenFrom = value();
        break;
      case '--repository':
        parsed.repository = value();
        break;
      case '--sha':
        parsed.sha = value();
        break;
      case '--ref':
        parsed.ref = value();
        break;
      case '--verbose':
        parsed.verbose = true;
        break;
      case '--keep-temp':
        parsed.keepTemp = true;
        break;
      case '--color':
        parsed.color = true;
        break;
      case '--no-color':
        parsed.color = false;
        break;
      default:
        if (arg.startsWith('-')) throw new WorkflowError(`unknown option ${arg}\n\n${USAGE}`);
        positional.push(arg);
    }
  }
  if (positional.length > 1) throw new WorkflowError(`one workflow file at a time; got ${positional.join(', ')}`);
  parsed.workflow = positional[0];
  if (!parsed.help && parsed.workflow === undefined)
    throw new WorkflowError(`name the workflow file to run\n\n${USAGE}`);
  return parsed;
}

function assign(target: Record<string, string>, pair: string, flag: string): void {
  const eq = pair.indexOf('=');
  if (eq <= 0) throw new WorkflowError(`${flag} ${pair}: expected NAME=VALUE`);
  target[pair.slice(0, eq)] = pair.slice(eq + 1);
}
