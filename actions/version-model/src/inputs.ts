import { resolve } from 'node:path';
import { Inputs, UserError, quote, workflowRunUrl, workspaceDirectory } from '@mlops-actions/action-kit';
import { parseRepository, type Repository } from '@mlops-actions/github';
// The store's forms only (a small module): the rest of the store loads when a run pushes (main.ts).
import { ModelStoreError } from '@mlops-actions/model-store/errors';
import { modelLocation, parseStoreUri, type StoreLocation } from '@mlops-actions/model-store/store-uri';
import {
  BUMPS,
  VERSION_RULE,
  assertRegistryName,
  isOneLine,
  isRegistryVersion,
  type Bump,
  type ManifestSource,
} from '@mlops-actions/registry';

/** Where this run is: the manifest's `source` without the commit, which the registry reads. */
export type RunSource = Omit<ManifestSource, 'commit'>;

/** Every input of version-model, read and checked once, and the run it is part of. */
export interface VersionModelSettings {
  /** The checkout (`GITHUB_WORKSPACE`): the registry's git repository; paths are relative to it. */
  workspace: string;
  /** Registry name (checked against the registry pattern). */
  modelName: string;
  /** Absolute path of the model file or directory. */
  path: string;
  bump: Bump;
  /** Explicit version (semver syntax checked; "greater than" is checked against the registry). */
  version?: string;
  /** The metrics JSON file (absolute path, and as the user wrote it). */
  metrics?: { path: string; input: string };
  metadata: Record<string, string>;
  uri: string;
  /** Where the files go (input `store`): the model's own place in it. */
  store?: StoreSettings;
  push: boolean;
  remote: string;
  /** Set when input `release` is true: where the GitHub Release of the version goes. */
  release?: ReleaseSettings;
  /** The run, for the manifest's `source` (empty fields outside GitHub). */
  source: RunSource;
  /** `https://github.com` or the GitHub Enterprise server, for links in the summary. */
  serverUrl: string;
}

/** The model store of a run: where, and who pushes. */
export interface StoreSettings {
  /** The model's place in the store (`<repository>/<model>`, `<path>/<model>`). */
  location: StoreLocation;
  /** The input as written, for messages. */
  input: string;
  username: string;
  /** Handed to `secret` (masking) before anything else reads it. */
  token: string;
}

/** The GitHub Release of a version (input `release`): the repository and how to reach its API. */
export interface ReleaseSettings {
  /** Input `token`, handed to `secret` (masking) before anything else reads it. */
  token: string;
  /** `GITHUB_REPOSITORY`: the repository whose releases page shows the version. */
  repository: Repository;
  /** `GITHUB_API_URL`. */
  apiUrl: string;
}

/** What a job needs for `release: true`, said once for every message that needs it. */
export const RELEASE_PERMISSION = "'permissions: contents: write'";

/**
 * Reads the inputs. Paths are relative to `workspace` (the checkout). Throws
 * a `UserError` naming the input for anything invalid, before the action
 * touches anything. `token` and `store-token` are handed to `secret`
 * (masking) first.
 */
export function readSettings(
  inputs = new Inputs(),
  workspace = workspaceDirectory(),
  env: NodeJS.ProcessEnv = process.env,
  secret: (value: string) => void = () => undefined,
): VersionModelSettings {
  const token = inputs.string('token');
  if (token !== '') secret(token);
  const storeToken = inputs.string('store-token');
  if (storeToken !== '') secret(storeToken);
  const modelName = inputs.required('model-name');
  assertRegistryName('model', modelName);
  const path = resolve(workspace, inputs.required('path'));
  const bump = inputs.choice('bump', BUMPS, 'patch');
  const version = inputs.string('version') || undefined;
  if (version !== undefined && !isRegistryVersion(version)) {
    throw new UserError(`Input 'version' must be ${VERSION_RULE}, not ${quote(version)}.`);
  }
  const uri = inputs.string('uri');
  // Recorded in the manifest as it is written; the registry ignores a manifest whose `uri` breaks the line.
  if (!isOneLine(uri)) {
    throw new UserError(`Input 'uri' must be one line, without control characters, not ${quote(uri)}.`);
  }
  const metrics = inputs.string('metrics');
  const remote = inputs.gitRemote('remote');
  const settings: VersionModelSettings = {
    workspace,
    modelName,
    path,
    bump,
    metadata: parseMetadata(inputs.list('metadata')),
    uri,
    push: inputs.boolean('push', true),
    remote,
    source: runSourceOf(env),
    serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
  };
  if (version !== undefined) settings.version = version;
  const store = inputs.string('store');
  if (store !== '') {
    if (settings.uri !== '') {
      throw new UserError(
        "Give either input 'uri' (where you stored the files yourself) or input 'store' (where this action stores " +
          'them), not both.',
      );
    }
    settings.store = {
      location: storeLocationOf(store, modelName),
      input: store,
      username: inputs.string('store-username'),
      token: storeToken,
    };
  }
  if (metrics !== '') settings.metrics = { path: resolve(workspace, metrics), input: metrics };
  if (inputs.boolean('release', false)) settings.release = releaseSettingsOf(token, settings.push, env);
  return settings;
}

/**
 * Where the release of `release: true` goes. A release names a tag in the
 * GitHub repository, so it needs a pushed tag, a token, and the repository.
 */
function releaseSettingsOf(token: string, push: boolean, env: NodeJS.ProcessEnv): ReleaseSettings {
  if (!push) {
    throw new UserError(
      "Input 'release' is 'true' but 'push' is 'false': a GitHub Release is made on the version tag in the " +
        "repository, and a dry run does not push it. Set 'release' to 'false' for a dry run, or 'push' to 'true'.",
    );
  }
  if (token === '') {
    throw new UserError(
      "Input 'release' is 'true' but 'token' is empty: pass a token that may create releases (the default " +
        `'\${{ github.token }}' may, given ${RELEASE_PERMISSION}).`,
    );
  }
  const repository = parseRepository(env['GITHUB_REPOSITORY'] ?? '');
  if (!repository) {
    throw new UserError(
      "Input 'release' is 'true', which needs GITHUB_REPOSITORY ('owner/repo'), set by the runner: outside " +
        "GitHub Actions set 'release' to 'false'.",
    );
  }
  return { token, repository, apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com' };
}

/** The model's place in the store the input names; a malformed store is a `UserError` naming the input. */
function storeLocationOf(store: string, modelName: string): StoreLocation {
  try {
    return modelLocation(parseStoreUri(store), modelName);
  } catch (error) {
    if (error instanceof ModelStoreError) throw new UserError(`Input 'store': ${error.message}`);
    throw error;
  }
}

/** Where this run is, from the runner's environment (empty fields outside GitHub). */
export function runSourceOf(env: NodeJS.ProcessEnv): RunSource {
  return {
    repository: env['GITHUB_REPOSITORY'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    run_id: env['GITHUB_RUN_ID'] ?? '',
    run_url: workflowRunUrl(env),
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
