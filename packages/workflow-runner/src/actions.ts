import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { UnsupportedFeatureError, WorkflowError, messageOf } from './errors.js';
import type { Step, ValueTemplate } from './model.js';
import { parseCompositeAction } from './workflow-file.js';

/** An input of an action, from its action.yml. */
export interface ActionInput {
  default?: string;
  required: boolean;
}

/** What a step's `uses:` runs. */
export type ResolvedAction =
  | { kind: ToolchainKind; uses: string }
  | {
      kind: 'node';
      uses: string;
      /** The folder holding action.yml. */
      directory: string;
      /** The script `runs.main` points at, absolute. */
      main: string;
      inputs: Record<string, ActionInput>;
      /** `GITHUB_ACTION_REPOSITORY` and `GITHUB_ACTION_REF` for a remote reference. */
      repository: string;
      ref: string;
    }
  | {
      kind: 'composite';
      uses: string;
      /** The folder holding action.yml: `github.action_path`. */
      directory: string;
      inputs: Record<string, ActionInput>;
      /** `outputs.<id>.value`. */
      outputs: Record<string, ValueTemplate>;
      steps: Step[];
    };

/** The GitHub actions the local runner does itself: the toolchain of the machine, artifacts in the run's folder. */
export type ToolchainKind = 'checkout' | 'setup-node' | 'setup-python' | 'upload-artifact' | 'download-artifact';
const TOOLCHAIN_ACTIONS: Record<string, ToolchainKind> = {
  'actions/checkout': 'checkout',
  'actions/setup-node': 'setup-node',
  'actions/setup-python': 'setup-python',
  'actions/upload-artifact': 'upload-artifact',
  'actions/download-artifact': 'download-artifact',
};

/** `<owner>/mlops-actions/actions/<name>@<ref>`: this repository's actions under any owner. */
const OWN_ACTION = /^([A-Za-z0-9_.-]+)\/mlops-actions\/actions\/([a-z0-9-]+)@(.+)$/;

const SUPPORTED =
  "the local workflow runner runs this repository's actions (./actions/<name> or <owner>/mlops-actions/actions/<name>@<ref>), " +
  'local JavaScript and composite actions of the workspace, treats actions/checkout, actions/setup-node and actions/setup-python as no-ops, ' +
  "and keeps actions/upload-artifact's files in the run's folder for actions/download-artifact";

/**
 * Finds what `uses:` runs. `actionsRoot` is the repository that holds
 * `actions/<name>/action.yml` and the built `dist/<name>/index.js`.
 */
export async function resolveAction(uses: string, workspace: string, actionsRoot: string): Promise<ResolvedAction> {
  if (uses.startsWith('docker://')) {
    throw new UnsupportedFeatureError('docker actions', `uses: ${uses} is a Docker action; ${SUPPORTED}`);
  }
  if (uses.startsWith('./')) {
    const inWorkspace = resolve(workspace, uses);
    const own = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses);
    // A workspace that is not this repository has no actions/ folder; its
    // steps that say ./actions/<name> mean this repository's actions.
    const directory =
      !existsSync(join(inWorkspace, 'action.yml')) && own ? join(actionsRoot, 'actions', own[1]) : inWorkspace;
    return localAction(uses, directory, '', '');
  }
  const at = uses.lastIndexOf('@');
  const path = at > 0 ? uses.slice(0, at).toLowerCase() : uses.toLowerCase();
  const toolchain = TOOLCHAIN_ACTIONS[path];
  if (toolchain && at > 0) return { kind: toolchain, uses };
  const own = OWN_ACTION.exec(uses);
  if (own) {
    const [, owner, name, ref] = own;
    return localAction(uses, join(actionsRoot, 'actions', name), `${owner}/mlops-actions`, ref);
  }
  throw new UnsupportedFeatureError(`uses: ${uses}`, `uses: ${uses} is another action; ${SUPPORTED}`);
}

/** A JavaScript or composite action in a folder of this machine. */
async function localAction(uses: string, directory: string, repository: string, ref: string): Promise<ResolvedAction> {
  const file = [join(directory, 'action.yml'), join(directory, 'action.yaml')].find((candidate) =>
    existsSync(candidate),
  );
  if (file === undefined) throw new WorkflowError(`uses: ${uses}: there is no action.yml in ${directory}`);
  const content = await readFile(file, 'utf8');
  let metadata: ActionMetadata;
  try {
    metadata = parse(content) as ActionMetadata;
  } catch (error) {
    throw new WorkflowError(`uses: ${uses}: ${file} is not valid YAML: ${messageOf(error)}`);
  }
  const runs = metadata?.runs ?? {};
  const inputs = actionInputs(metadata);
  if (runs.using === 'composite') {
    return { kind: 'composite', uses, directory, inputs, ...parseCompositeAction(file, content, uses) };
  }
  if (typeof runs.using !== 'string' || !/^node\d+$/.test(runs.using) || typeof runs.main !== 'string') {
    throw new UnsupportedFeatureError(
      `runs.using: ${String(runs.using)}`,
      `uses: ${uses} is a ${String(runs.using)} action; the local workflow runner runs JavaScript (node) and composite actions only`,
    );
  }
  for (const hook of ['pre', 'post'] as const) {
    if (runs[hook] !== undefined) {
      throw new UnsupportedFeatureError(
        `runs.${hook}`,
        `uses: ${uses} has a runs.${hook} script, which the local workflow runner does not run`,
      );
    }
  }
  const main = resolve(dirname(file), runs.main);
  if (!existsSync(main)) {
    throw new WorkflowError(`uses: ${uses}: ${main} does not exist; build the actions first (npm run build)`);
  }
  return { kind: 'node', uses, directory, main, inputs, repository, ref };
}

function actionInputs(metadata: ActionMetadata): Record<string, ActionInput> {
  const inputs: Record<string, ActionInput> = {};
  for (const [name, input] of Object.entries(metadata?.inputs ?? {})) {
    const value = input?.default;
    inputs[name] = {
      default:
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : undefined,
      required: input?.required === true || input?.required === 'true',
    };
  }
  return inputs;
}

interface ActionMetadata {
  runs?: { using?: unknown; main?: unknown; pre?: unknown; post?: unknown };
  inputs?: Record<string, { default?: unknown; required?: unknown } | null>;
}
