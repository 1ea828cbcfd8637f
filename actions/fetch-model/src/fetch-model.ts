import { rmdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  UserError,
  byteProgress,
  formatBytes,
  formatDuration,
  pathExists,
  quote,
  type Logger,
} from '@mlops-actions/action-kit';
import {
  ModelStoreError,
  parseStoreUri,
  pullVersion,
  type OciTarget,
  type StoreLocation,
} from '@mlops-actions/model-store';
import { versionTagName, type ModelVersion, type Registry } from '@mlops-actions/registry';
import { leadsInside } from '@mlops-actions/paths';
import { defaultPath, type FetchModelSettings, type WantedVersion } from './inputs.js';

/** The reads a fetch makes: it never writes to the registry. */
export type FetchRegistry = Pick<
  Registry,
  'remote' | 'latestVersion' | 'findVersion' | 'readManifest' | 'currentDeployment'
>;

export interface FetchModelDependencies {
  registry: FetchRegistry;
  logger: Logger;
  /** Milliseconds since the epoch: for the time taken and progress lines. */
  now: () => number;
  /** The store a version's `uri` names (a layout folder relative to the workspace, or a registry). */
  openStore: (location: StoreLocation) => OciTarget;
}

/** What the step fetched: what the outputs and the summary are made from. */
export interface FetchModelReport {
  modelName: string;
  /** How the version was asked for (input `version`). */
  wanted: WantedVersion;
  version: string;
  tag: string;
  /** The registered file-set digest, which the written files have. */
  digest: string;
  /** The stored artifact by digest, as the version's manifest records it. */
  uri: string;
  /** The folder the verified files are in (absolute). */
  path: string;
  files: { path: string; size: number }[];
  size: number;
  elapsedMs: number;
  /** For `environment:<name>`: the environment tag that named the version. */
  environmentTag?: string;
}

/** Where a version's files are: the store, and the artifact's manifest digest in it. */
interface StoredVersion {
  location: StoreLocation;
  manifestDigest: string;
}

/**
 * Resolves the version asked for in the registry, then pulls its files from
 * the store its manifest records, verified against the registered digest.
 * Any failure leaves no folder behind.
 */
export async function fetchModel(
  settings: FetchModelSettings,
  { registry, logger, now, openStore }: FetchModelDependencies,
): Promise<FetchModelReport> {
  const started = now();
  const { found, environmentTag, manifest } = await logger.group(
    `Resolve ${settings.modelName} ${shownWanted(settings.version)} in '${registry.remote}'`,
    async () => {
      const resolved = await resolveVersion(settings, registry);
      const registered = await registry.readManifest(settings.modelName, resolved.found);
      if (resolved.recordedDigest !== undefined && resolved.recordedDigest !== registered.digest) {
        // deploy-env records the digest of the version's manifest; a record that differs was not written by it.
        throw new UserError(
          `The environment record ${resolved.environmentTag} says ${resolved.found.version} was deployed with the ` +
            `digest ${resolved.recordedDigest}, but ${resolved.found.tag} was registered with ${registered.digest}: ` +
            'the record was not written by deploy-env, so nothing was fetched. Fetch the version by number instead.',
        );
      }
      const count = registered.files.length;
      logger.info(
        `${resolved.found.tag}: ${registered.digest}, ${formatBytes(registered.size)} in ${count} ` +
          `${count === 1 ? 'file' : 'files'}.`,
      );
      return { ...resolved, manifest: registered };
    },
  );
  const stored = await storedVersion(settings, found, manifest.uri);

  const path = settings.path?.absolute ?? defaultPath(settings, found.version);
  const shownPath = settings.path?.input ?? path;
  if (settings.path) await checkDestination(settings, settings.path.absolute, settings.path.input);

  const pulled = await logger.group(`Download ${found.tag} from ${manifest.uri}`, async () => {
    const missing = await firstMissing(dirname(path));
    try {
      return await pullVersion(openStore(stored.location), stored.manifestDigest, path, manifest.digest, {
        onProgress: byteProgress(logger, 'Downloading the model', undefined, now),
      });
    } catch (error) {
      // The pull makes the parents of `path` it needs: a failed fetch leaves none of them behind either.
      if (missing !== undefined) await removeEmptyFolders(dirname(path), missing);
      if (error instanceof ModelStoreError) {
        throw storeFailure(error, found, manifest.uri, shownPath, settings.path !== undefined);
      }
      throw error;
    }
  });
  const elapsedMs = now() - started;
  logger.info(
    `Fetched ${found.tag} into ${pulled.directory}: ${formatBytes(pulled.size)}, ` +
      `verified as ${pulled.fileSetDigest}, in ${formatDuration(elapsedMs)}.`,
  );
  const report: FetchModelReport = {
    modelName: settings.modelName,
    wanted: settings.version,
    version: found.version,
    tag: found.tag,
    digest: pulled.fileSetDigest,
    uri: manifest.uri,
    path: pulled.directory,
    files: pulled.files.map(({ path: file, size }) => ({ path: file, size })),
    size: pulled.size,
    elapsedMs,
  };
  if (environmentTag !== undefined) report.environmentTag = environmentTag;
  return report;
}

interface ResolvedVersion {
  found: ModelVersion;
  environmentTag?: string;
  /** The digest the environment record names, to hold the manifest to. */
  recordedDigest?: string;
}

async function resolveVersion(settings: FetchModelSettings, registry: FetchRegistry): Promise<ResolvedVersion> {
  const { modelName, version: wanted } = settings;
  if (wanted.kind === 'latest') {
    const found = await registry.latestVersion(modelName);
    if (!found) {
      throw new UserError(
        `No version of ${modelName} is registered in '${registry.remote}': register one with the version-model ` +
          "action (with 'store') first.",
      );
    }
    return { found };
  }
  if (wanted.kind === 'version') {
    const found = await registry.findVersion(modelName, wanted.version);
    if (!found) {
      throw new UserError(
        `${modelName} ${wanted.version} is not registered in '${registry.remote}' (there is no tag ` +
          `${versionTagName(modelName, wanted.version)}): fetch a registered version, or 'latest'.`,
      );
    }
    return { found };
  }
  const { environment } = wanted;
  const deployment = await registry.currentDeployment(modelName, environment);
  if (!deployment) {
    throw new UserError(
      `Nothing of ${modelName} was deployed to ${environment} yet (no tag ${modelName}#${environment}#<n> in ` +
        `'${registry.remote}'): ` +
        'deploy a version there with the deploy-env action first, or fetch a version by number.',
    );
  }
  const { record, tag } = deployment;
  const found = await registry.findVersion(modelName, record.version);
  if (!found) {
    throw new UserError(
      `${environment} runs ${modelName} ${record.version} (${tag.tag}), but its version tag ` +
        `${versionTagName(modelName, record.version)} is gone from '${registry.remote}': there is no manifest to ` +
        'fetch it by.',
    );
  }
  return { found, environmentTag: tag.tag, recordedDigest: record.digest };
}

/**
 * The store and artifact a manifest's `uri` records. The uri is untrusted
 * (anyone who can push a tag can write one): it must be a store form with a
 * manifest digest, and a layout folder must be inside the workspace.
 */
async function storedVersion(settings: FetchModelSettings, found: ModelVersion, uri: string): Promise<StoredVersion> {
  const registerWithStore =
    `Register the version with the version-model action's 'store' input (such as 'oci-layout:models' or ` +
    "'oci://ghcr.io/<owner>/<repository>/models'), which stores its files and records them by digest.";
  if (uri === '') {
    throw new UserError(
      `${found.tag} was registered without a store: its manifest records no stored files (empty 'uri'), so there ` +
        `is nothing to fetch. ${registerWithStore}`,
    );
  }
  const stored = artifactIn(uri);
  if (stored === undefined) {
    throw new UserError(
      `${found.tag} was registered without a store: its manifest's uri ${quote(uri, 200)} is not a model store's ` +
        `artifact (oci://<host>/<repository>@sha256:… or oci-layout:<path>@sha256:…), so fetch-model cannot ` +
        `download it. ${registerWithStore}`,
    );
  }
  const place = stored.location;
  if (place.kind === 'layout') {
    // Resolved as the layout target resolves it: an absolute path is not under the workspace.
    const folder = resolve(settings.workspace, place.path);
    if (!(await leadsInside(folder, settings.workspace))) {
      throw new UserError(
        `${found.tag} records its files in the layout ${quote(place.path)}, which is outside the workspace: ` +
          'fetch-model reads layout stores inside the workspace only (a forged or hand-written record?). ' +
          'Nothing was fetched.',
      );
    }
  }
  return stored;
}

/** The artifact a uri names by digest; undefined when it is not in a store form or names no manifest. */
function artifactIn(uri: string): StoredVersion | undefined {
  let location: StoreLocation;
  try {
    location = parseStoreUri(uri);
  } catch (error) {
    if (error instanceof ModelStoreError) return undefined;
    throw error;
  }
  const { digest, ...place } = location;
  return digest === undefined ? undefined : { location: place, manifestDigest: digest };
}

/** Input `path`, followed through links, must still be inside the workspace or RUNNER_TEMP. */
async function checkDestination(settings: FetchModelSettings, absolute: string, input: string): Promise<void> {
  if ((await leadsInside(absolute, settings.workspace)) || (await leadsInside(absolute, settings.runnerTemp))) {
    return;
  }
  throw new UserError(
    `Input 'path' is ${quote(input)}, which leads outside the workspace and RUNNER_TEMP through a symbolic link: ` +
      'give a folder inside the workspace.',
  );
}

/** The outermost folder of `path` (or `path` itself) that does not exist yet; undefined when it all exists. */
async function firstMissing(path: string): Promise<string | undefined> {
  let missing: string | undefined;
  for (let folder = path; !(await pathExists(folder)); folder = dirname(folder)) {
    missing = folder;
    if (dirname(folder) === folder) break;
  }
  return missing;
}

/** Removes `folder` and its parents up to `outermost` while they are empty (rmdir refuses one that is not). */
async function removeEmptyFolders(folder: string, outermost: string): Promise<void> {
  for (let current = folder; ; current = dirname(current)) {
    if (
      !(await rmdir(current).then(
        () => true,
        () => false,
      )) ||
      current === outermost
    )
      return;
  }
}

/** A store's failure as the user's: what happened (the package's message), then what to do. */
function storeFailure(
  error: ModelStoreError,
  found: ModelVersion,
  uri: string,
  path: string,
  pathGiven: boolean,
): UserError {
  const what = `Could not fetch ${found.tag} from ${quote(uri, 200)}: ${error.message}`;
  switch (error.code) {
    case 'destination-not-empty':
      return new UserError(
        pathGiven
          ? `${what} Give input 'path' an empty or absent folder.`
          : `${what} This job fetched ${found.tag} there before: use that step's 'path' output, or give input ` +
              "'path' a folder of its own.",
      );
    case 'not-found':
      return new UserError(
        `${what} The store no longer holds the registered artifact (removed, or the record names another store); ` +
          'register the version again with the version-model action.',
      );
    case 'digest-mismatch':
    case 'file-set-mismatch':
      return new UserError(
        `${what} The stored bytes are not the registered ones (damaged or altered in the store); nothing was ` +
          `written to ${quote(path, 200)}. Restore the store's copy of this version, or register the files again ` +
          'as a new version once the damaged blob is removed from the store.',
      );
    case 'access-denied':
      return new UserError(
        `${what} Nothing was written to ${quote(path, 200)}. The credentials are inputs 'store-username' and ` +
          "'store-token'.",
      );
    default:
      return new UserError(`${what} Nothing was written to ${quote(path, 200)}.`);
  }
}

function shownWanted(wanted: WantedVersion): string {
  if (wanted.kind === 'latest') return 'latest';
  if (wanted.kind === 'version') return wanted.version;
  return `(the version running in ${wanted.environment})`;
}
