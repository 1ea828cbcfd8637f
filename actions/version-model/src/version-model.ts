import { UserError, byteProgress, formatBytes, formatDuration, type Logger } from '@mlops-actions/action-kit';
import type { DigestOptions, FileSetDigest } from '@mlops-actions/digest';
import { registerVersion, type Registry, type VersionRegistration } from '@mlops-actions/registry';
import type { VersionModelSettings } from './inputs.js';
import { manifestOf, readMetrics, sourceOf } from './manifest.js';

export interface VersionModelDependencies {
  /** The git-tag registry in the settings' remote, over the checkout's git. */
  registry: Registry;
  logger: Logger;
  /** The file-set digest of a file or folder (DESIGN, "Digest of a set of files"). */
  digestOf: (root: string, options: DigestOptions) => Promise<FileSetDigest>;
  /** Milliseconds since the epoch: for durations, progress lines and the manifest's `created_at`. */
  now: () => number;
}

/** What the step did: what the outputs and the model card are made from. */
export interface VersionModelReport {
  settings: VersionModelSettings;
  digest: FileSetDigest;
  /** The version registered, or the registered one reused for the same digest. */
  registration: VersionRegistration;
}

/**
 * Hashes the model and registers it: a new version tag with its manifest,
 * or the newest version again when it already has this digest (a re-run).
 */
export async function versionModel(
  settings: VersionModelSettings,
  { registry, logger, digestOf, now }: VersionModelDependencies,
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

  const registration = await logger.group(`Register ${settings.modelName} in '${settings.remote}'`, async () => {
    const result = await registerVersion(
      registry,
      {
        manifest: manifestOf(settings, digest, metrics, sourceOf(commit, settings.source), new Date(now())),
        commit,
        bump: settings.bump,
        version: settings.version,
        push: settings.push,
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

  return { settings, digest, registration };
}
