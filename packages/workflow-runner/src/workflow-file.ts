// The only module that imports GitHub's workflow parser. It imports its JSON
// schemas without import attributes, which plain Node ESM refuses: this code
// runs from the ncc bundle (lib/bundle/index.js), never from lib/src.
import { readFile } from 'node:fs/promises';
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { UnsupportedFeatureError, WorkflowError, messageOf } from './errors.js';
import type { Job, RunDefaults, Step, ValueTemplate, Workflow } from './model.js';

/** A job and a step as GitHub's parser converts them. */
type ConvertedJob = Awaited<ReturnType<typeof convertWorkflowTemplate>>['jobs'][number];
type ConvertedStep = Extract<ConvertedJob, { steps: unknown }>['steps'][number];

/** Shells a `run:` step may ask for. */
export const SHELLS = ['bash', 'sh', 'python'] as const;

/**
 * Reads, validates (GitHub's schema) and converts a workflow file. Anything the
 * local runner cannot run faithfully is refused here, before any step runs.
 */
export async function loadWorkflow(file: string): Promise<Workflow> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new WorkflowError(`cannot read the workflow file ${file}: ${messageOf(error)}`);
  }
  return parseWorkflowText(file, content);
}

export async function parseWorkflowText(file: string, content: string): Promise<Workflow> {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || parsed.value === undefined || !isMapping(parsed.value)) {
    throw new WorkflowError(`${file} is not a valid workflow:\n  ${errors.join('\n  ') || 'empty document'}`);
  }
  const root = parsed.value;
  const template = await convertWorkflowTemplate(parsed.context, root);
  const conversionErrors = (template.errors ?? []).map((error) => error.Message);
  if (conversionErrors.length > 0) {
    throw new WorkflowError(`${file} is not a valid workflow:\n  ${conversionErrors.join('\n  ')}`);
  }

  const notes = new Set<string>();
  const rawJobs = mappingAt(root, 'jobs');
  const jobs = template.jobs.map((converted) => jobOf(converted, rawJobs, notes));
  if (root.find('concurrency')) notes.add('concurrency is not applied locally: jobs run one at a time');
  if (root.find('permissions')) notes.add('permissions are not enforced locally (no token unless one is given)');

  const defaults = runDefaults(root);
  if (defaults.shell?.kind === 'literal') assertShell(String(defaults.shell.value), 'defaults.run');

  const name = root.find('name');
  return {
    file,
    name: name && isString(name) ? name.value : file,
    events: Object.keys(template.events ?? {}),
    eventTypes: eventTypesOf(template.events ?? {}),
    env: templateAt(root, 'env'),
    defaults,
    jobs,
    notes: [...notes],
  };
}

/** The `types:` of each event that lists them. */
function eventTypesOf(events: Record<string, unknown>): Record<string, string[]> {
  const types: Record<string, string[]> = {};
  for (const [event, config] of Object.entries(events)) {
    const listed = (config as { types?: unknown } | null)?.types;
    if (Array.isArray(listed)) types[event] = listed.filter((type): type is string => typeof type === 'string');
  }
  return types;
}

/** One job, converted; refuses what the local runner does not run, and notes what it does not apply. */
function jobOf(converted: ConvertedJob, rawJobs: MappingToken | undefined, notes: Set<string>): Job {
  const id = converted.id.value;
  const raw = rawJobs ? mappingAt(rawJobs, id) : undefined;
  if (converted.type === 'reusableWorkflowJob' || raw === undefined) {
    throw new UnsupportedFeatureError(
      'reusable workflows',
      `job '${id}' calls a reusable workflow (jobs.${id}.uses), which the local workflow runner does not run`,
    );
  }
  refuse(raw, id, 'strategy', 'matrix', 'a strategy/matrix');
  refuse(raw, id, 'container', 'container', 'a container');
  refuse(raw, id, 'services', 'services', 'service containers');
  refuse(raw, id, 'snapshot', 'snapshot', 'a snapshot');
  refuse(raw, id, 'continue-on-error', 'job continue-on-error', 'continue-on-error on a job');
  refuseForeignRunner(raw, id);
  if (raw.find('concurrency')) notes.add('concurrency is not applied locally: jobs run one at a time');
  if (raw.find('permissions')) notes.add('permissions are not enforced locally (no token unless one is given)');

  const steps = stepsOf(converted.steps, raw, id);
  const defaults = runDefaults(raw);
  if (defaults.shell?.kind === 'literal') assertShell(String(defaults.shell.value), `job '${id}' defaults.run`);
  return {
    id,
    name: templateAt(raw, 'name'),
    needs: (converted.needs ?? []).map((need) => need.value),
    if: converted.if.expression,
    env: templateAt(raw, 'env'),
    environment: templateAt(raw, 'environment'),
    outputs: templateAt(raw, 'outputs'),
    defaults,
    timeoutMinutes: templateAt(raw, 'timeout-minutes'),
    steps,
  };
}

/** A job's steps: `run:` and `uses:` steps only. */
function stepsOf(converted: ConvertedStep[], rawJob: MappingToken, jobId: string): Step[] {
  const rawSteps = rawJob.find('steps');
  const stepTokens = rawSteps && isSequence(rawSteps) ? [...rawSteps] : [];
  return converted.map((step, index) => {
    const stepRaw = stepTokens[index];
    if (stepRaw === undefined || !isMapping(stepRaw) || !('run' in step || 'uses' in step)) {
      throw new UnsupportedFeatureError(
        'background steps',
        `job '${jobId}' step ${index + 1} is a background, wait, cancel or parallel step, which the local workflow runner does not run`,
      );
    }
    if ('background' in step && step.background) {
      throw new UnsupportedFeatureError(
        'background steps',
        `job '${jobId}' step ${index + 1} sets background: true, which the local workflow runner does not run`,
      );
    }
    return stepOf(stepRaw, step.id, step.if?.expression ?? 'success()', jobId, index);
  });
}

function stepOf(raw: MappingToken, id: string, condition: string, jobId: string, index: number): Step {
  const where = `job '${jobId}' step ${index + 1}`;
  const uses = raw.find('uses');
  if (uses && !isString(uses)) throw new WorkflowError(`${where}: uses: must be a plain string, not an expression`);
  const shell = templateAt(raw, 'shell');
  const run = raw.find('run');
  const script =
    run === undefined
      ? ''
      : isBasicExpression(run)
        ? (run.source ?? run.toDisplayString())
        : isString(run)
          ? run.value
          : '';
  const firstLine =
    script
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  if (shell?.kind === 'literal') assertShell(String(shell.value), where);
  return {
    id,
    hasExplicitId: raw.find('id') !== undefined,
    name: templateAt(raw, 'name'),
    defaultName: uses && isString(uses) ? `Run ${uses.value}` : `Run ${firstLine}`,
    if: condition,
    env: templateAt(raw, 'env'),
    continueOnError: templateAt(raw, 'continue-on-error'),
    timeoutMinutes: templateAt(raw, 'timeout-minutes'),
    run: templateAt(raw, 'run'),
    shell,
    workingDirectory: templateAt(raw, 'working-directory'),
    uses: uses && isString(uses) ? uses.value : undefined,
    with: templateAt(raw, 'with'),
  };
}

/** Refuses a shell the runner does not run; `where` names the step. */
export function assertShell(shell: string, where: string): void {
  if (!(SHELLS as readonly string[]).includes(shell)) {
    throw new UnsupportedFeatureError(
      `shell: ${shell}`,
      `${where} asks for shell: ${shell}; the local workflow runner runs ${SHELLS.join(', ')}`,
    );
  }
}

function refuse(job: MappingToken, jobId: string, key: string, feature: string, what: string): void {
  if (job.find(key) !== undefined) {
    throw new UnsupportedFeatureError(
      feature,
      `job '${jobId}' uses ${what} (jobs.${jobId}.${key}), which the local workflow runner does not support`,
    );
  }
}

/**
 * Refuses a job for Windows or macOS: its steps would run here, on Linux, with
 * other tools and paths, and pass or fail for reasons GitHub would not see.
 * Labels written as expressions are left alone.
 */
function refuseForeignRunner(job: MappingToken, jobId: string): void {
  const runsOn = job.find('runs-on');
  if (runsOn === undefined) return;
  const labels: string[] = [];
  const collect = (token: TemplateToken): void => {
    if (isString(token)) labels.push(token.value);
    else if (isSequence(token)) for (const item of token) collect(item);
    else if (isMapping(token)) {
      const listed = token.find('labels');
      if (listed) collect(listed);
    }
  };
  collect(runsOn);
  const foreign = labels.find((label) => /^(windows|macos)/i.test(label));
  if (foreign !== undefined) {
    throw new UnsupportedFeatureError(
      `runs-on: ${foreign}`,
      `job '${jobId}' runs on ${foreign} (jobs.${jobId}.runs-on); the local workflow runner runs jobs on this Linux machine only`,
    );
  }
}

function runDefaults(owner: MappingToken): RunDefaults {
  const defaults = mappingAt(owner, 'defaults');
  const run = defaults ? mappingAt(defaults, 'run') : undefined;
  if (!run) return {};
  return { shell: templateAt(run, 'shell'), workingDirectory: templateAt(run, 'working-directory') };
}

function mappingAt(owner: MappingToken, key: string): MappingToken | undefined {
  const token = owner.find(key);
  return token && isMapping(token) ? token : undefined;
}

function templateAt(owner: MappingToken, key: string): ValueTemplate | undefined {
  const token = owner.find(key);
  return token === undefined ? undefined : templateOf(token);
}

/** The parser's token tree as plain data, expressions kept for later. */
function templateOf(token: TemplateToken): ValueTemplate {
  if (isBasicExpression(token)) return { kind: 'expression', expression: token.expression };
  if (isString(token)) return { kind: 'literal', value: token.value };
  if (isNumber(token)) return { kind: 'literal', value: token.value };
  if (isBoolean(token)) return { kind: 'literal', value: token.value };
  if (isSequence(token)) return { kind: 'sequence', items: [...token].map(templateOf) };
  if (isMapping(token)) {
    return {
      kind: 'mapping',
      entries: [...token].map((pair) => {
        if (!isString(pair.key)) {
          throw new UnsupportedFeatureError(
            'expression keys',
            `a mapping key is an expression (line ${pair.key.line ?? '?'}), which the local workflow runner does not support`,
          );
        }
        return { key: pair.key.value, value: templateOf(pair.value) };
      }),
    };
  }
  if (token.isExpression) {
    throw new UnsupportedFeatureError(
      'insert expressions',
      `\${{ insert }} (line ${token.line ?? '?'}) is not supported by the local workflow runner`,
    );
  }
  return { kind: 'literal', value: null };
}
