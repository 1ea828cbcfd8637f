import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { leadsInside } from '@mlops-actions/paths';
import {
  UserError,
  byteProgress,
  formatBytes,
  formatDuration,
  pathExists,
  quote,
  type Logger,
} from '@mlops-actions/action-kit';
import type { OciTarget, StoreLocation } from '@mlops-actions/model-store';

/** What a deploy needs to fetch the stored files of a version. */
export interface ModelFilesDependencies {
  /** The checkout: a layout store a record names must lie inside it. */
  workspace: string;
  /** Where versions are downloaded: `$RUNNER_TEMP/mlops-models`, one folder per model and version. */
  modelsDirectory: string;
  /**
   * The store a manifest's `uri` names (a registry, or a layout folder
   * relative to the workspace). Async: the store's code loads only for a
   * deploy that downloads, so that a bundle starts fast.
   */
  openStore: (location: StoreLocation) => Promise<OciTarget>;
  /**
   * The file-set digest of a folder under `modelsDirectory` (outside the
   * workspace, so not the `digestOf` that checks input `path`): a folder
   * downloaded earlier in the job is used again only when it matches.
   */
  digestOfDownload: (root: string) => Promise<{ digest: string }>;
  logger: Logger;
}

/** A registered version whose files may be in the store. */
export interface StoredVersion {
  version: string;
  tag: string;
  /** The registered file-set digest. */
  digest: string;
  /** The manifest's `uri`: the artifact by digest when the version was registered with a store. */
  uri: string;
}

/** Where a version's files were put, and whether this step moved them. */
export interface ModelFiles {
  directory: string;
  /** Bytes downloaded; 0 when the folder was already there from an earlier step of the job. */
  downloadedBytes: number;
}

/** True when the version's manifest records a stored artifact (`oci://…@sha256:…`, `oci-layout:…@sha256:…`). */
export function isStored(version: StoredVersion): boolean {
  return /^(oci:\/\/|oci-layout:)/.test(version.uri);
}

/**
 * The version's files in `$RUNNER_TEMP/mlops-models/<model>/<version>/`,
 * downloaded and verified (each blob, then the file-set digest). A folder an
 * earlier step of the job downloaded is used again when its digest is still
 * the registered one. Any failure leaves no folder and is a `UserError` that
 * says what to change, so nothing is deployed.
 */
export async function downloadModel(
  model: string,
  version: StoredVersion,
  { modelsDirectory, openStore, digestOfDownload, logger, workspace }: ModelFilesDependencies,
  now = Date.now,
): Promise<ModelFiles> {
  const directory = join(modelsDirectory, model, version.version);
  if (await pathExists(directory)) {
    if ((await digestOfDownload(directory)).digest === version.digest) {
      logger.info(`${version.tag} is already in ${directory} from an earlier step (digest verified).`);
      return { directory, downloadedBytes: 0 };
    }
    // Ours, under RUNNER_TEMP: a folder that no longer matches is fetched again rather than trusted.
    logger.info(`${directory} no longer holds the files of ${version.tag}; downloading them again.`);
    await rm(directory, { recursive: true, force: true });
  }
  const started = now();
  const { ModelStoreError, parseStoreUri, pullVersion } = await import('@mlops-actions/model-store');
  try {
    const location = parseStoreUri(version.uri);
    if (location.digest === undefined) {
      throw new ModelStoreError(
        'invalid-store',
        `The manifest of ${version.tag} records the store ${quote(version.uri)} without an artifact digest.`,
      );
    }
    // A record is untrusted: a layout it names is read only inside the checkout, as every other file is.
    if (location.kind === 'layout' && !(await leadsInside(resolve(workspace, location.path), workspace))) {
      throw new UserError(
        `${version.tag} records its files in the layout ${quote(location.path)}, which is outside the workspace: ` +
          'layout stores named by a record are read inside the workspace only (a forged or hand-written record?). ' +
          'Nothing was deployed.',
      );
    }
    const target = await openStore(location);
    logger.info(`Downloading ${version.tag} from ${version.uri}.`);
    const pulled = await pullVersion(target, location.digest, directory, version.digest, {
      onProgress: byteProgress(logger, `Downloading ${version.tag}`, undefined, now),
    });
    logger.info(
      `${version.tag}: ${pulled.files.length} ${pulled.files.length === 1 ? 'file' : 'files'}, ` +
        `${formatBytes(pulled.size)} verified against ${version.digest} in ${formatDuration(now() - started)}.`,
    );
    return { directory, downloadedBytes: pulled.size };
  } catch (error) {
    if (!(error instanceof ModelStoreError)) throw error;
    const credentials =
      error.code === 'access-denied' ? " The credentials are inputs 'store-username' and 'store-token'." : '';
    throw new UserError(
      `The files of ${version.tag} could not be downloaded from its store: ${error.message} Nothing was deployed.` +
        credentials,
    );
  }
}
