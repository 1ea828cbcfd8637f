import { Inputs, UserError, parseCommaList, quote } from '@mlops-actions/action-kit';
import { isProductionEnvironment } from '@mlops-actions/github';
import { assertRegistryName, isOneLine, isRegistryVersion } from '@mlops-actions/registry';
import { parseAllowedRefs } from './allowed-refs.js';
import type { HealthCheck } from './health-check.js';

/** What one run of deploy-env does (DESIGN: "Composing a deployment with other actions"). */
export const DEPLOY_STEPS = ['deploy', 'start', 'finish', 'deactivate'] as const;
export type DeployStep = (typeof DEPLOY_STEPS)[number];

/** How the user's own deploy steps ended, as `steps.<id>.outcome` or `job.status` says it. */
export const DEPLOY_OUTCOMES = ['success', 'failure', 'cancelled'] as const;
export type DeployOutcome = (typeof DEPLOY_OUTCOMES)[number];

/** Every input of deploy-env, read and checked once (action.yml is the contract). */
export interface DeploySettings {
  /** `deploy` (everything in one step), `start`, `finish` or `deactivate`. */
  step: DeployStep;
  environment: string;
  modelName: string;
  /** A registry version (`0.3.0`), or `latest` (not for `finish`); empty for `deactivate`, which does not use it. */
  version: string;
  /** The deploy command (`deploy`) or the teardown command (`deactivate`, may be empty), run with bash in the workspace. */
  command: string;
  /** For `finish`: the GitHub deployment its `start` opened (digits); empty when none was given. */
  deploymentId: string;
  /** For `finish`: how the user's deploy steps ended; undefined for the other steps. */
  deployOutcome: DeployOutcome | undefined;
  /** For `finish`: it closes a rollback the workflow ran, recorded with `"rollback": true`. */
  isRollback: boolean;
  /** A preview environment: GitHub's `transient_environment`; `deactivate` needs it said. */
  transient: boolean;
  /** How long the command may run before it is stopped and the deploy counts as failed. */
  commandTimeoutMs: number;
  /** The model files to check against the registered digest; empty: no check. */
  path: string;
  /** Environments where this version must already have been deployed. */
  requires: string[];
  /** Globs (`*` matches anything, `/` included) that the version's registered `source.ref` must match. */
  allowedRefs: string[];
  /** The environment URL recorded and shown on GitHub; may be empty. */
  url: string;
  /** Undefined when `health-url` is empty. */
  health: HealthCheck | undefined;
  rollback: boolean;
  /** `github-deployment` resolved: whether to mirror the deployment to GitHub. */
  githubDeployment: boolean;
  token: string;
  /** For the model store that holds the version's files. */
  storeUsername: string;
  storeToken: string;
  remote: string;
}

/** The part of the runner's environment the inputs depend on. */
export interface RunnerContext {
  /** `GITHUB_ACTIONS === 'true'`: running on a GitHub runner. */
  onGitHub: boolean;
}

export const GITHUB_DEPLOYMENT_CHOICES = ['auto', 'true', 'false'] as const;

/**
 * Reads the inputs. `token` is read first and handed to `secret` (masking)
 * before anything else can fail and print a message.
 */
export function readSettings(inputs: Inputs, context: RunnerContext, secret: (value: string) => void): DeploySettings {
  const token = inputs.string('token');
  if (token !== '') secret(token);
  const storeToken = inputs.string('store-token');
  if (storeToken !== '') secret(storeToken);

  const step = inputs.choice('step', DEPLOY_STEPS, 'deploy');
  const environment = inputs.required('environment');
  assertRegistryName('environment', environment);
  const modelName = inputs.required('model-name');
  assertRegistryName('model', modelName);
  const version = readStepVersion(inputs, step);
  const command = readCommand(inputs, step);
  const { deploymentId, deployOutcome, isRollback } = readFinishInputs(inputs, step);
  const transient = readTransient(inputs, step, environment);
  const commandTimeoutMs = inputs.seconds('command-timeout', 1800) * 1000;
  const path = inputs.string('path');

  const requires = parseCommaList(inputs.string('requires'));
  for (const required of requires) {
    assertRegistryName('environment', required);
    if (required === environment) {
      throw new UserError(
        `Input 'requires' lists '${environment}', the environment being deployed to: ` +
          'list the environments a version must pass before it may come here (such as staging before production).',
      );
    }
  }

  const allowedRefs = parseAllowedRefs(inputs.string('allowed-refs'));

  const url = readUrl(inputs, 'url');
  if (url !== '' && hasCredentials(url)) {
    throw new UserError(
      "Input 'url' must not contain a user name or password: it is recorded in the registry and shown on GitHub.",
    );
  }
  const healthUrl = readUrl(inputs, 'health-url');
  if (healthUrl !== '' && hasCredentials(healthUrl)) {
    // Basic auth in the URL is how some health endpoints are protected: usable, never shown.
    const { username, password } = new URL(healthUrl);
    for (const part of [username, password]) {
      if (part !== '') {
        secret(part);
        secret(decodedOrSame(part));
      }
    }
  }
  const expect = inputs.string('health-expect');
  const timeoutSeconds = inputs.seconds('health-timeout', 120);
  const intervalSeconds = inputs.seconds('health-interval', 5);
  if (healthUrl === '' && expect !== '') {
    throw new UserError(
      "Input 'health-expect' is set but 'health-url' is empty: set the URL to check, or remove 'health-expect'.",
    );
  }
  const health =
    healthUrl === ''
      ? undefined
      : { url: healthUrl, expect, timeoutMs: timeoutSeconds * 1000, intervalMs: intervalSeconds * 1000 };

  const rollback = inputs.boolean('rollback', true);
  const mode = inputs.choice('github-deployment', GITHUB_DEPLOYMENT_CHOICES, 'auto');
  if (mode === 'true' && token === '') {
    throw new UserError(
      "Input 'github-deployment' is 'true' but 'token' is empty: pass a token with 'deployments: write' " +
        "(the default '${{ github.token }}' does, given 'permissions: deployments: write').",
    );
  }
  const githubDeployment = mode === 'true' || (mode === 'auto' && context.onGitHub && token !== '');
  const remote = inputs.string('remote', 'origin');

  return {
    step,
    environment,
    modelName,
    version,
    command,
    deploymentId,
    deployOutcome,
    isRollback,
    transient,
    commandTimeoutMs,
    path,
    requires,
    allowedRefs,
    url,
    health,
    rollback,
    githubDeployment,
    token,
    storeUsername: inputs.string('store-username'),
    storeToken,
    remote,
  };
}

/**
 * `version` for one step. `finish` must name the version its `start` resolved
 * (not `latest`, which may have moved since). `deactivate` removes every
 * record of the environment, whatever version it names: the version is not
 * used, and may be empty (a value given is still checked).
 */
function readStepVersion(inputs: Inputs, step: DeployStep): string {
  if (step === 'deactivate') {
    const given = inputs.string('version');
    if (given !== '') readVersion(given);
    return '';
  }
  const version = readVersion(inputs.required('version'));
  if (step === 'finish' && version === 'latest') {
    throw new UserError(
      "Input 'version' of step 'finish' must be the version its start resolved, not 'latest': " +
        "pass the 'version' output of the start step (`${{ steps.<start id>.outputs.version }}`).",
    );
  }
  return version;
}

/**
 * The command: required for `deploy`, an optional teardown for `deactivate`.
 * `start` and `finish` run none (the workflow's own steps deploy between
 * them), so a command given to them would silently not run: refused.
 */
function readCommand(inputs: Inputs, step: DeployStep): string {
  const command = inputs.string('command');
  if (step === 'deploy' && command === '') {
    throw new UserError(
      "Input 'command' is required for step 'deploy': set the deploy command in the step's 'with:', " +
        "or deploy with your own steps between a 'start' and a 'finish' step.",
    );
  }
  if ((step === 'start' || step === 'finish') && command !== '') {
    throw new UserError(
      `Input 'command' is not run by step '${step}': deploy with your own steps between 'start' and 'finish' ` +
        "(remove 'command'), or use step 'deploy' to run the command in one step.",
    );
  }
  return command;
}

/** `deployment-id`, `deploy-outcome` and `is-rollback`: inputs of `finish` only, refused elsewhere. */
function readFinishInputs(
  inputs: Inputs,
  step: DeployStep,
): Pick<DeploySettings, 'deploymentId' | 'deployOutcome' | 'isRollback'> {
  if (step !== 'finish') {
    // The runner passes every default (`is-rollback: 'false'`): only a value that would change something is refused.
    const given = ['deployment-id', 'deploy-outcome'].filter((name) => inputs.string(name) !== '');
    if (inputs.boolean('is-rollback', false)) given.push('is-rollback');
    if (given.length > 0) {
      throw new UserError(`Input '${given[0]}' is for step 'finish', not '${step}': remove it from this step.`);
    }
    return { deploymentId: '', deployOutcome: undefined, isRollback: false };
  }
  const deploymentId = inputs.string('deployment-id');
  if (deploymentId !== '' && !/^[1-9][0-9]{0,15}$/.test(deploymentId)) {
    throw new UserError(
      `Input 'deployment-id' must be the 'deployment-id' output of the start step (a number), not ${quote(deploymentId)}.`,
    );
  }
  if (inputs.string('deploy-outcome') === '') {
    throw new UserError(
      "Input 'deploy-outcome' is required for step 'finish': pass the outcome of your deploy step " +
        '(`${{ steps.<deploy id>.outcome }}`) or `${{ job.status }}`.',
    );
  }
  const deployOutcome = inputs.choice('deploy-outcome', DEPLOY_OUTCOMES, 'success');
  return { deploymentId, deployOutcome, isRollback: inputs.boolean('is-rollback', false) };
}

/**
 * `transient`: a preview environment, which `deactivate` may remove. Never a
 * production environment. `deactivate` removes records and ends deployments,
 * so it must be told the environment is a preview (`transient: true`), and it
 * refuses production names whatever it is told.
 */
function readTransient(inputs: Inputs, step: DeployStep, environment: string): boolean {
  const transient = inputs.boolean('transient', false);
  if (isProductionEnvironment(environment) && (transient || step === 'deactivate')) {
    throw new UserError(
      `'${environment}' is a production environment: it cannot be ${step === 'deactivate' ? 'deactivated' : 'transient'}. ` +
        'Preview environments have names of their own, such as `pr-42`.',
    );
  }
  if (step === 'deactivate' && !transient) {
    throw new UserError(
      `Step 'deactivate' removes every record of ${environment} and ends its GitHub deployments: ` +
        "set 'transient: true' to confirm that it is a preview environment.",
    );
  }
  return transient;
}

function readVersion(value: string): string {
  if (value === 'latest') return value;
  // `v0.3.0` is how people write it in tags; the registry version is `0.3.0`.
  const version = /^v\d/.test(value) ? value.slice(1) : value;
  if (!isRegistryVersion(version)) {
    throw new UserError(
      `Input 'version' must be a registered version such as '0.3.0' or 'latest', not ${quote(value)}.`,
    );
  }
  return version;
}

function decodedOrSame(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function hasCredentials(url: string): boolean {
  const parsed = new URL(url);
  return parsed.username !== '' || parsed.password !== '';
}

/** A URL as it may be shown: without a user name or password. */
export function shownUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.username === '' && parsed.password === '') return url;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

/** An http(s) URL, or empty. Other schemes (file:, javascript:…) are refused. */
function readUrl(inputs: Inputs, name: string): string {
  const value = inputs.string(name);
  if (value === '') return '';
  // The URL parser drops tabs and line breaks, but `url` is recorded as it is written: a record the registry reads back.
  if (!isOneLine(value)) {
    throw new UserError(
      `Input '${name}' must be one URL on one line, without control characters, not ${quote(value)}.`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new UserError(
      `Input '${name}' must be an http or https URL such as 'https://models.example.com/health', not ${quote(value)}.`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UserError(
      `Input '${name}' must be an http or https URL such as 'https://models.example.com/health', not a ${parsed.protocol} URL.`,
    );
  }
  return value;
}
