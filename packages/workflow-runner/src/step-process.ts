import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ActionInput, ResolvedAction } from './actions.js';
import { processEnvironment, type JobState, type RunState } from './context.js';
import { evaluateString, evaluateStringMap, evaluateTemplateString, type Contexts } from './expressions.js';
import type { RunDefaults, Step } from './model.js';
import { runProcess } from './processes.js';
import { downloadArtifact, uploadArtifact } from './artifact-actions.js';
import { findExecutable, runToolchainAction } from './toolchain-actions.js';
import { assertShell } from './workflow-file.js';
import { isDirectory } from './workspace.js';

/** A step about to run, its expressions evaluated. */
export interface StepPlan {
  step: Step;
  name: string;
  contexts: Contexts;
  stepEnv: Record<string, string>;
  timeoutMinutes: number | undefined;
}

/** A step's folder and the files of its file commands, by their variable names. */
export interface StepFiles {
  folder: string;
  commands: {
    GITHUB_OUTPUT: string;
    GITHUB_ENV: string;
    GITHUB_PATH: string;
    GITHUB_STEP_SUMMARY: string;
    GITHUB_STATE: string;
  };
}

/** What the step's process gets: its environment (filled in here with inputs), its files, its log. */
export interface StepIo {
  env: Record<string, string>;
  files: StepFiles;
  log: (line: string) => void;
}

/** How a step's work ended. */
export interface StepWork {
  /** The step could not start (its file commands are not read). */
  refused?: string;
  /** Why it failed. */
  error?: string;
  cancelled?: boolean;
}

interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
}

/** Runs a step's work: a `run:` script, a JavaScript action's `dist/` bundle, or a toolchain no-op. */
export async function runStepWork(run: RunState, state: JobState, plan: StepPlan, io: StepIo): Promise<StepWork> {
  if (plan.step.run !== undefined) {
    const spec = await scriptProcess(run, state, plan, io);
    return 'refused' in spec ? spec : runStepProcess(run, state, plan, spec, io);
  }
  const action = run.actions.get(plan.step.uses ?? '') as ResolvedAction;
  if (action.kind === 'node') return runStepProcess(run, state, plan, actionProcess(run, action, plan, io), io);
  if (action.kind === 'composite') throw new Error(`${action.uses}: a composite action runs its steps, not a process`);
  if (action.kind === 'upload-artifact' || action.kind === 'download-artifact') {
    const step = {
      with: evaluateStringMap(plan.step.with, plan.contexts),
      workspace: run.workspace,
      artifactsRoot: join(run.runRoot, 'artifacts'),
      outputFile: io.files.commands.GITHUB_OUTPUT,
      log: io.log,
    };
    return { error: await (action.kind === 'upload-artifact' ? uploadArtifact(step) : downloadArtifact(step)) };
  }
  const error = await runToolchainAction(action.kind, {
    with: evaluateStringMap(plan.step.with, plan.contexts),
    workspace: run.workspace,
    env: processEnvironment(run, state, {}),
    runnerTemp: state.runnerTemp,
    outputFile: io.files.commands.GITHUB_OUTPUT,
    pathFile: io.files.commands.GITHUB_PATH,
    log: io.log,
  });
  return { error };
}

/** The shell process of a `run:` step, its script written to the step's folder. */
async function scriptProcess(
  run: RunState,
  state: JobState,
  { step, name, contexts }: StepPlan,
  io: StepIo,
): Promise<ProcessSpec | { refused: string }> {
  const script = evaluateString(step.run!, contexts);
  // `defaults.run` is the job's, then the workflow's: a composite action's steps do without, as on GitHub.
  const defaults: RunDefaults[] = state.action ? [] : [state.job.defaults, run.workflow.defaults];
  const shellTemplate = step.shell ?? defaults.find((level) => level.shell)?.shell;
  const shell = shellTemplate ? evaluateString(shellTemplate, contexts) : 'bash';
  assertShell(shell, `job '${state.job.id}' step '${name}'`);
  const directoryTemplate = step.workingDirectory ?? defaults.find((level) => level.workingDirectory)?.workingDirectory;
  const cwd = directoryTemplate ? resolve(run.workspace, evaluateString(directoryTemplate, contexts)) : run.workspace;
  if (!isDirectory(cwd)) return { refused: `working-directory ${cwd} does not exist` };
  const file = join(io.files.folder, shell === 'python' ? 'script.py' : 'script.sh');
  await writeFile(file, script);
  return { ...shellCommand(shell, file, io.env.PATH), cwd };
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

/** The process of a JavaScript action: its bundle, with its inputs as `INPUT_*` in `io.env`. */
function actionProcess(
  run: RunState,
  action: Extract<ResolvedAction, { kind: 'node' }>,
  { step, contexts }: StepPlan,
  io: StepIo,
): ProcessSpec {
  const inputs = actionInputs(action, step, contexts, io.log);
  for (const [input, value] of Object.entries(inputs))
    io.env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
  if (action.repository) {
    io.env.GITHUB_ACTION_REPOSITORY = action.repository;
    io.env.GITHUB_ACTION_REF = action.ref;
  }
  return { command: process.execPath, args: [action.main], cwd: run.workspace };
}

/**
 * An action's inputs: the `with:` values, then action.yml's defaults (which
 * may hold expressions) for the rest. An input action.yml does not declare is
 * warned of in `log`, as GitHub does, and passed on.
 */
export function actionInputs(
  action: { inputs: Record<string, ActionInput> },
  step: Step,
  contexts: Contexts,
  log: (line: string) => void,
): Record<string, string> {
  const given = evaluateStringMap(step.with, contexts);
  const inputs: Record<string, string> = {};
  for (const [input, definition] of Object.entries(action.inputs)) {
    if (definition.default !== undefined) inputs[input] = evaluateTemplateString(definition.default, contexts);
  }
  const unexpected = Object.keys(given).filter((input) => !(input in action.inputs));
  if (unexpected.length > 0) {
    // GitHub warns and goes on; so does the local runner.
    const valid = Object.keys(action.inputs)
      .map((input) => `'${input}'`)
      .join(', ');
    log(
      `::warning::Unexpected input(s) ${unexpected.map((input) => `'${input}'`).join(', ')}, valid inputs are [${valid}]`,
    );
  }
  return Object.assign(inputs, given);
}

/** Runs the step's process within the step's and the job's time limits. */
async function runStepProcess(
  run: RunState,
  state: JobState,
  plan: StepPlan,
  spec: ProcessSpec,
  io: StepIo,
): Promise<StepWork> {
  const remaining = state.deadline - Date.now();
  const stepLimit = plan.timeoutMinutes === undefined ? Infinity : plan.timeoutMinutes * 60_000;
  const timeoutMs = Math.max(0, Math.min(remaining, stepLimit));
  const outcome = await runProcess({ ...spec, env: io.env, timeoutMs, signal: run.options.signal }, io.log);
  let error: string | undefined;
  if (outcome.error) error = `could not start ${spec.command}: ${outcome.error}`;
  else if (outcome.cancelled) error = 'cancelled';
  else if (outcome.timedOut) error = `timed out after ${formatMinutes(timeoutMs)}`;
  else if (outcome.exitCode !== 0) error = `exited with code ${outcome.exitCode ?? 'null (killed by a signal)'}`;
  return { error, cancelled: outcome.cancelled };
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return minutes >= 1 ? `${+minutes.toFixed(1)} min` : `${Math.round(ms / 1000)} s`;
}
