import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Inputs, UserError, quote, workspaceDirectory } from '@mlops-actions/action-kit';
import { isInside } from '@mlops-actions/paths';
import { assertRegistryName, isRegistryVersion } from '@mlops-actions/registry';

/** Which version input `version` asks for. */
export type WantedVersion =
  | { kind: 'latest' }
  | { kind: 'version'; version: string }
  /** The version running in an environment now (its newest environment record). */
  | { kind: 'environment'; environment: string };

/** Every input of fetch-model, read and checked once (action.yml is the contract). */
export interface FetchModelSettings {
  /** The checkout (`GITHUB_WORKSPACE`): the registry's git repository; a layout store is relative to it. */
  workspace: string;
  /** `RUNNER_TEMP`: where the default `path` is. */
  runnerTemp: string;
  modelName: string;
  version: WantedVersion;
  /** Where the files go, absolute, with the input as written; undefined: the default under `RUNNER_TEMP`. */
  path?: { absolute: string; input: string };
  storeUsername: string;
  /** Handed to `secret` (masking) before anything else reads it. */
  storeToken: string;
  remote: string;
}

const ENVIRONMENT_PREFIX = 'environment:';

/**
 * Reads the inputs. Throws a `UserError` naming the input for anything
 * invalid, before the action touches anything. `store-token` is handed to
 * `secret` (masking) first.
 */
export function readSettings(
  inputs = new Inputs(),
  workspace = workspaceDirectory(),
  env: NodeJS.ProcessEnv = process.env,
  secret: (value: string) => void = () => undefined,
): FetchModelSettings {
  const storeToken = inputs.string('store-token');
  if (storeToken !== '') secret(storeToken);
  const modelName = inputs.required('model-name');
  assertRegistryName('model', modelName);
  const version = readVersion(inputs.string('version', 'latest'));
  const remote = inputs.gitRemote('remote');
  const runnerTemp = env['RUNNER_TEMP'] || tmpdir();
  const settings: FetchModelSettings = {
    workspace,
    runnerTemp,
    modelName,
    version,
    storeUsername: inputs.string('store-username'),
    storeToken,
    remote,
  };
  const path = inputs.string('path');
  if (path !== '') settings.path = { absolute: readPath(path, workspace, runnerTemp), input: path };
  return settings;
}

/** `latest`, a registry version (`0.3.0`, or `v0.3.0` as tags write it), or `environment:<name>`. */
export function readVersion(value: string): WantedVersion {
  if (value === 'latest') return { kind: 'latest' };
  if (value.startsWith(ENVIRONMENT_PREFIX)) {
    const environment = value.slice(ENVIRONMENT_PREFIX.length).trim();
    if (environment === '') {
      throw new UserError(`Input 'version' is ${quote(value)}: name the environment, as in 'environment:production'.`);
    }
    assertRegistryName('environment', environment);
    return { kind: 'environment', environment };
  }
  const version = /^v\d/.test(value) ? value.slice(1) : value;
  if (!isRegistryVersion(version)) {
    throw new UserError(
      `Input 'version' must be a registered version such as '0.3.0', 'latest', or 'environment:<name>' ` +
        `(the version running there), not ${quote(value)}.`,
    );
  }
  return { kind: 'version', version };
}

/**
 * The folder input `path` names, absolute. It is relative to the workspace
 * and must stay inside it or inside `RUNNER_TEMP`: the step writes there, and
 * a value built from an untrusted expression must not steer it elsewhere.
 */
function readPath(path: string, workspace: string, runnerTemp: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\0-\x1f\x7f]/.test(path)) {
    throw new UserError(`Input 'path' holds a control character (${quote(path)}); give a folder name.`);
  }
  const absolute = resolve(workspace, path);
  if (!isInside(absolute, resolve(workspace)) && !isInside(absolute, resolve(runnerTemp))) {
    throw new UserError(
      `Input 'path' is ${quote(path)}, which is outside the workspace and RUNNER_TEMP: give a folder inside ` +
        'the workspace (relative to it), or leave it empty for a folder under RUNNER_TEMP.',
    );
  }
  if (absolute === resolve(workspace) || absolute === resolve(runnerTemp)) {
    throw new UserError(
      `Input 'path' is ${quote(path)}, the whole ${absolute === resolve(workspace) ? 'workspace' : 'RUNNER_TEMP'}: ` +
        'give a folder of its own for the model, such as models/tiny-lm.',
    );
  }
  return absolute;
}

/** The default `path`: `$RUNNER_TEMP/mlops-models/<model>/<version>`. */
export function defaultPath(settings: Pick<FetchModelSettings, 'runnerTemp' | 'modelName'>, version: string): string {
  return join(settings.runnerTemp, 'mlops-models', settings.modelName, version);
}
