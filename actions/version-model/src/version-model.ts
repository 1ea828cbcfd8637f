import { UserError, byteProgress, formatBytes, formatDuration, type Logger } from '@mlops-actions/action-kit';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DigestOptions, FileSetDigest } from '@mlops-actions/digest';
import type { OciTarget, PushedVersion } from '@mlops-actions/model-store';
// The error class only (a small module): the store's code loads when a run pushes.
import { ModelStoreError } from '@mlops-actions/model-store/errors';
import { registerVersion, type Registry, type VersionRegistration } from '@mlops-actions/registry';
import type { ReleasesApi } from '@mlops-actions/github';
import type { StoreSettings, VersionModelSettings } from './inputs.js';
import { manifestOf, readMetrics, sourceOf } from './manifest.js';
import { RELEASE_BUDGET_MS, releaseVersion, type ModelRelease } from './release.js';

export interface VersionModelDependencies {
  /** The git-tag registry in the settings' remote, over the checkout's git. */
  registry: Registry;
  logger: Logger;
  /** The file-set digest of a file or folder (DESIGN, "Digest of a set of files"). */
  digestOf: (root: string, options: DigestOptions) => Promise<FileSetDigest>;
  /** Milliseconds since the epoch: for durations, progress lines and the manifest's `created_at`. */
  now: () => number;
  /**
   * The model store of input `store` (a registry or an image-layout folder).
   * Async: the store's code loads only for a run that stores, so that a
   * bundle starts fast.
   */
  openStore: (store: StoreSettings) => Promise<OciTarget>;
  /** GitHub's Releases API, connected when first called (input `release`). */
  connectReleases?: () => Promise<ReleasesApi>;
  /** What the release's API calls may take in all; `RELEASE_BUDGET_MS` unless given. */
  releaseBudgetMs?: number;
}

/** What went to the model store (input `store`). */
export interface StoredArtifact {
  /** The artifact by digest, as the manifest's `uri` records it. */
  uri: string;
  /** Bytes of model files sent; 0 when the store had them all (or the version was reused). */
  uploadedBytes: number;
  /** The OCI tag `v<version>` added after the git tag, or undefined when it could not be added (a warning says why). */
  ociTag?: string;
}

/** What the step did: what the outputs and the model card are made from. */
export interface VersionModelReport {
  settings: VersionModelSettings;
  digest: FileSetDigest;
  /** The version registered, or the registered one reused for the same digest. */
  registration: VersionRegistration;
  /** Set when input `store` is given. */
  stored?: StoredArtifact;
  /** Set when input `release` is true. */
  release?: ModelRelease;
}

/**
 * Hashes the model and registers it: a new version tag with its manifest,
 * or the newest version again when it already has this digest (a re-run).
 */
export async function versionModel(
  settings: VersionModelSettings,
  { registry, logger, digestOf, now, openStore, connectReleases, releaseBudgetMs }: VersionModelDependencies,
): Promise<VersionModelReport> {
  const metrics = await readMetrics(settings);
  const commit = await registry.headCommit();

  const digest = await logger.group(`Hash ${settings.path}`, async () => {
    const started = now();
    const result = await digestOf(settings.path, {
      // A committed link to a folder outside (or a `../` path) is refused before anything there is read.
      workspace: settings.workspace,
      onProgress: byteProgress(logger, 'Hashing the model', undefined, now),
    });
    if (result.files.length === 0) {
      // An empty folder is a pipeline mistake (training wrote elsewhere, a download matched nothing), not a
      // model: its version tag would be permanent and deployable.
      throw new UserError(
        `'${settings.path}' holds no files (a .git folder does not count), so there is no model to version: ` +
          "check that the step that writes the model wrote it there, or fix input 'path'.",
      );
    }
    logger.info(
      `${result.digest}: ${result.files.length} ${result.files.length === 1 ? 'file' : 'files'}, ` +
        `${formatBytes(result.size)} in ${formatDuration(now() - started)}`,
    );
    return result;
  });

  const target = settings.store && (await openStore(settings.store));
  let pushed: PushedVersion | undefined;
  const registration = await logger.group(`Register ${settings.modelName} in '${settings.remote}'`, async () => {
    const result = await registerVersion(
      registry,
      {
        manifest: manifestOf(settings, digest, metrics, sourceOf(commit, settings.source), new Date(now())),
        commit,
        bump: settings.bump,
        version: settings.version,
        push: settings.push,
        ...(target && {
          // Before the tag: a version exists only with its files stored (DESIGN, "The model store").
          storeFiles: async (version: string) => {
            pushed = await storeFiles(target, settings.path, digest, settings, version, commit, { logger, now });
            return pushed.uri;
          },
        }),
      },
      {
        onConflict: (tag, attempt) =>
          logger.info(`Another run registered ${tag} first (attempt ${attempt}); reading the registry again.`),
      },
    );
    if (!result.created) logger.info(`${result.tag} already has this digest: nothing new to register.`);
    else if (settings.push) logger.info(`Pushed ${result.tag} (previous version: ${result.previous ?? 'none'}).`);
    else logger.info(`Created ${result.tag} in this checkout only (push: false).`);
    return result;
  });

  const report: VersionModelReport = { settings, digest, registration };
  if (target) report.stored = await tagStored(target, registration, pushed, settings, logger);
  if (settings.release) {
    if (!connectReleases) throw new Error('version-model was given release settings but no Releases API.');
    // After the tag is in the remote: the release is made on it, and a release that fails leaves it registered.
    report.release = await logger.group(`Publish the GitHub Release of ${registration.tag}`, () =>
      releaseVersion(registration, settings.serverUrl, {
        connectReleases,
        logger,
        now,
        budgetMs: releaseBudgetMs ?? RELEASE_BUDGET_MS,
      }),
    );
  }
  return report;
}

/** Pushes the files of `version` to the store: only the blobs it lacks, with progress lines. */
async function storeFiles(
  target: OciTarget,
  path: string,
  fileSet: FileSetDigest,
  settings: VersionModelSettings,
  version: string,
  commit: string,
  { logger, now }: Pick<VersionModelDependencies, 'logger' | 'now'>,
): Promise<PushedVersion> {
  const started = now();
  logger.info(`Storing the files of ${settings.modelName} ${version} in ${target.location}.`);
  const root = (await stat(path)).isDirectory() ? path : dirname(path);
  const { repository } = settings.source;
  const { pushVersion } = await import('@mlops-actions/model-store');
  let pushed: PushedVersion;
  try {
    pushed = await pushVersion(
      target,
      { root, fileSet },
      {
        name: settings.modelName,
        version,
        revision: commit,
        ...(repository && { sourceUrl: `${settings.serverUrl}/${repository}` }),
        created: new Date(now()).toISOString(),
        metadata: settings.metadata,
      },
      { onProgress: byteProgress(logger, 'Uploading the model', undefined, now) },
    );
  } catch (error) {
    if (error instanceof ModelStoreError) throw storeFailure(error, settings, version, target);
    throw error;
  }
  const skipped = fileSet.size - pushed.uploadedBytes;
  logger.info(
    `Stored ${pushed.uri}: uploaded ${formatBytes(pushed.uploadedBytes)}` +
      (skipped > 0 ? `, ${formatBytes(skipped)} already in the store` : '') +
      ` in ${formatDuration(now() - started)}.`,
  );
  return pushed;
}

/**
 * Adds the OCI tag `v<version>` once the git tag won, for other tools
 * (`skopeo copy …:v0.3.0`). The git tag is the registry: a tag that cannot be
 * added is a warning, not a failed registration.
 */
async function tagStored(
  target: OciTarget,
  registration: VersionRegistration,
  pushed: PushedVersion | undefined,
  settings: VersionModelSettings,
  logger: Logger,
): Promise<StoredArtifact> {
  const uri = pushed?.uri ?? registration.manifest.uri;
  const stored: StoredArtifact = { uri, uploadedBytes: pushed?.uploadedBytes ?? 0 };
  if (!pushed || !registration.created || !settings.push) return stored;
  const { tagVersion, versionTag } = await import('@mlops-actions/model-store');
  const tag = versionTag(registration.version);
  try {
    await tagVersion(target, pushed.manifestDigest, tag);
    stored.ociTag = tag;
  } catch (error) {
    logger.warning(
      `${registration.tag} is registered and its files are stored as ${uri}, but the store did not take the tag ` +
        `${tag}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return stored;
}

/**
 * A store's failure as the user's: what happened (the package's message),
 * that no version exists, then what to change. Nothing was tagged: the files
 * go up before the tag.
 */
function storeFailure(
  error: ModelStoreError,
  settings: VersionModelSettings,
  version: string,
  target: OciTarget,
): UserError {
  const what =
    `Could not store the files of ${settings.modelName} ${version} in ${target.location}: ${error.message} ` +
    'No version was registered (the version tag is pushed only once its files are stored).';
  switch (error.code) {
    case 'access-denied':
      // The registry's message already says what GitHub's registry needs (packages: write).
      return new UserError(
        `${what} Give inputs 'store-username' and 'store-token' a user and a password or token that may push to ` +
          `${target.location}.`,
      );
    case 'unavailable':
      return new UserError(`${what} Run the job again: files the store already holds are not sent again.`);
    default:
      return new UserError(what);
  }
}
