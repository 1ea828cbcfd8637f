import { resolve } from 'node:path';
import { Inputs, UserError, quote } from '@mlops-actions/action-kit';
import { BUMPS, VERSION_RULE, assertRegistryName, isRegistryVersion, type Bump } from '@mlops-actions/registry';

/** Every input of version-model, read and checked once. */
export interface VersionModelInputs {
  /** Registry name (checked against the registry pattern). */
  modelName: string;
  /** Absolute path of the model file or directory. */
  path: string;
  bump: Bump;
  /** Explicit version (semver syntax checked; "greater than" is checked against the registry). */
  version?: string;
  /** Absolute path of the metrics JSON file. */
  metricsFile?: string;
  metadata: Record<string, string>;
  uri: string;
  push: boolean;
  remote: string;
}

/**
 * Reads the inputs. Paths are relative to `workspace` (the step's working
 * directory). Throws a `UserError` naming the input for anything invalid,
 * before the action touches anything.
 */
export function readInputs(inputs = new Inputs(), workspace = process.cwd()): VersionModelInputs {
  const modelName = inputs.required('model-name');
  assertRegistryName('model', modelName);
  const path = resolve(workspace, inputs.required('path'));
  const bump = inputs.choice('bump', BUMPS, 'patch');
  const version = inputs.string('version') || undefined;
  if (version !== undefined && !isRegistryVersion(version)) {
    throw new UserError(`Input 'version' must be ${VERSION_RULE}, not ${quote(version)}.`);
  }
  const metrics = inputs.string('metrics');
  const remote = inputs.string('remote', 'origin');
  if (remote.startsWith('-')) {
    throw new UserError(
      `Input 'remote' must be a remote name such as 'origin' or a repository URL, not ${quote(remote)}.`,
    );
  }
  return {
    modelName,
    path,
    bump,
    version,
    metricsFile: metrics === '' ? undefined : resolve(workspace, metrics),
    metadata: parseMetadata(inputs.list('metadata')),
    uri: inputs.string('uri'),
    push: inputs.boolean('push', true),
    remote,
  };
}

/** `key=value` lines into an object; the value may itself contain `=`. */
export function parseMetadata(lines: string[]): Record<string, string> {
  // A Map, so that a key such as `__proto__` is data, not the object's prototype.
  const metadata = new Map<string, string>();
  for (const line of lines) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    if (key === '') {
      throw new UserError(
        `Each line of input 'metadata' must be key=value (such as 'framework=pytorch'), not ${quote(line)}.`,
      );
    }
    if (metadata.has(key)) {
      throw new UserError(`Input 'metadata' gives the key ${quote(key)} twice; give each key once.`);
    }
    metadata.set(key, line.slice(eq + 1).trim());
  }
  return Object.fromEntries(metadata);
}
