import { readFile, stat } from 'node:fs/promises';
import { UserError, formatBytes, messageOf } from '@mlops-actions/action-kit';
import type { FileSetDigest } from '@mlops-actions/digest';
import { MANIFEST_SCHEMA, type ManifestSource, type ModelManifest } from '@mlops-actions/registry';
import type { VersionModelInputs } from './inputs.js';

/** Metrics travel in the tag message; a file larger than this is almost certainly not a metrics summary. */
const METRICS_LIMIT = 256 * 1024;

/** The metrics object of the `metrics` file, or `{}` when none was given. */
export async function loadMetrics(file: string | undefined): Promise<Record<string, unknown>> {
  if (file === undefined) return {};
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new UserError(`The metrics file '${file}' does not exist: write it before this step or fix input 'metrics'.`);
  }
  if (size > METRICS_LIMIT) {
    throw new UserError(
      `The metrics file '${file}' is ${formatBytes(size)}; metrics are recorded in the tag message, so keep it under ${formatBytes(METRICS_LIMIT)}.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UserError(`The metrics file '${file}' is not valid JSON (${messageOf(error)}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UserError(`The metrics file '${file}' must hold a JSON object, such as {"accuracy": 0.91}.`);
  }
  return parsed as Record<string, unknown>;
}

/** Where this run is, from the runner's environment (empty fields outside GitHub). */
export function sourceOf(commit: string, env: NodeJS.ProcessEnv = process.env): ManifestSource {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
  return {
    repository,
    commit,
    ref: env['GITHUB_REF'] ?? '',
    run_id: runId,
    run_url: repository && runId ? `${server}/${repository}/actions/runs/${runId}` : '',
  };
}

/** The manifest of this run, without the version that registration decides. */
export function manifestOf(
  inputs: VersionModelInputs,
  digest: FileSetDigest,
  metrics: Record<string, unknown>,
  source: ManifestSource,
  now = new Date(),
): Omit<ModelManifest, 'version'> {
  return {
    schema: MANIFEST_SCHEMA,
    name: inputs.modelName,
    digest: digest.digest,
    size: digest.size,
    files: digest.files.map(({ path, size, sha256 }) => ({ path, size, sha256 })),
    source,
    metrics,
    metadata: inputs.metadata,
    uri: inputs.uri,
    created_at: now.toISOString(),
  };
}
