import { resolve } from 'node:path';
import { Inputs, UserError, quote, workspaceDirectory } from '@mlops-actions/action-kit';
import { parseRules, type GateRule } from '@mlops-actions/gate';
import { assertRegistryName } from '@mlops-actions/registry';

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
}

const BASELINE_ENVIRONMENT = 'environment:';

/** Reads and checks every input of the test action, once, before anything runs. */
export function readSettings(inputs = new Inputs()): TestSettings {
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
  };
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
