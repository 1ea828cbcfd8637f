import { UserError, quote } from '@mlops-actions/action-kit';
import type { FileSetDigest } from '@mlops-actions/digest';
import { MetricsFileError, readMetricsFile, type Metrics } from '@mlops-actions/gate';
import { MANIFEST_SCHEMA, type ManifestSource, type ModelManifest } from '@mlops-actions/registry';
import type { RunSource, VersionModelSettings } from './inputs.js';

/**
 * The metrics object of the `metrics` file, or `{}` when none was given.
 * The file follows the rules of every metrics file (gate's
 * `readMetricsFile`); one that breaks them is a `UserError` that names the
 * input and never quotes the file.
 */
export async function readMetrics(settings: VersionModelSettings): Promise<Metrics> {
  if (settings.metrics === undefined) return {};
  try {
    return await readMetricsFile(settings.metrics.path, { workspace: settings.workspace });
  } catch (error) {
    if (!(error instanceof MetricsFileError)) throw error;
    const hint = error.problem === 'missing' ? ": write it before this step or fix input 'metrics'" : '';
    throw new UserError(`The metrics file ${quote(settings.metrics.input)} (input 'metrics') ${error.reason}${hint}.`);
  }
}

/** The manifest as a file: the manifest output's file and the release's `manifest.json` hold these bytes. */
export function manifestJson(manifest: ModelManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest's `source`: the run, and the commit the version tag points at. */
export function sourceOf(commit: string, run: RunSource): ManifestSource {
  return { repository: run.repository, commit, ref: run.ref, run_id: run.run_id, run_url: run.run_url };
}

/** The manifest of this run, without the version that registration decides. */
export function manifestOf(
  settings: VersionModelSettings,
  digest: FileSetDigest,
  metrics: Metrics,
  source: ManifestSource,
  now: Date,
): Omit<ModelManifest, 'version'> {
  return {
    schema: MANIFEST_SCHEMA,
    name: settings.modelName,
    digest: digest.digest,
    size: digest.size,
    files: digest.files.map(({ path, size, sha256 }) => ({ path, size, sha256 })),
    source,
    metrics,
    metadata: settings.metadata,
    uri: settings.uri,
    created_at: now.toISOString(),
  };
}
