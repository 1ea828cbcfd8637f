import { UserError, createGit, quote, type Logger } from '@mlops-actions/action-kit';
import { MetricsFileError, readMetricsFile, type Metrics } from '@mlops-actions/gate';
import { Registry, isRegistryVersion } from '@mlops-actions/registry';
import type { BaselineSetting } from './inputs.js';

/** The baseline metrics, and where they came from in words. */
export interface Baseline {
  metrics?: Metrics;
  /** `eval/baseline.json`, `tiny-lm 0.3.0 in production`. */
  source: string;
  /** Why there are no baseline metrics, when there are none. */
  missing?: string;
  /** For `environment:<name>`: the environment, and the version running there when one is. */
  environment?: string;
  version?: string;
}

/**
 * Reads the baseline the settings name. A deployed environment's baseline is
 * the metrics of the manifest of the version running there now; when nothing
 * is deployed yet there is no baseline (rules against it are skipped).
 * Registry tags that mlops-actions did not write are ignored, with a warning to `log`.
 */
export async function loadBaseline(
  setting: BaselineSetting,
  workspace: string,
  log?: Logger,
): Promise<Baseline | undefined> {
  switch (setting.kind) {
    case 'none':
      return undefined;
    case 'file':
      return {
        metrics: await readMetricsInput({ name: 'baseline', path: setting.path, input: setting.input }, workspace),
        source: setting.input,
      };
    case 'environment': {
      const registry = new Registry(createGit(workspace), 'origin', log ? { log } : {});
      const deployment = await registry.currentDeployment(setting.model, setting.environment);
      if (!deployment) {
        return {
          source: `${setting.model} in ${setting.environment}`,
          missing: `no version of ${setting.model} has been deployed to ${setting.environment} yet`,
          environment: setting.environment,
        };
      }
      const version: unknown = deployment.record.version;
      // The record is a tag message anyone with push access can write: a version that is not one (text with a
      // newline, an object) must not reach the registry lookup or the log.
      if (typeof version !== 'string' || !isRegistryVersion(version)) {
        const shown = typeof version === 'string' ? quote(version) : (JSON.stringify(version) ?? 'none').slice(0, 80);
        throw new UserError(
          `The deployment record in tag ${deployment.tag.tag} names no registered version (${shown}): ` +
            'it was not written by mlops-actions.',
        );
      }
      const manifest = await registry.readManifest(setting.model, version);
      return {
        metrics: manifest.metrics,
        source: `${setting.model} ${version} in ${setting.environment}`,
        environment: setting.environment,
        version,
      };
    }
  }
}

/** A metrics file named by an input: `metrics`, or `baseline` when it names a file. */
export interface MetricsInput {
  /** The input's name. */
  name: 'metrics' | 'baseline';
  /** Absolute path. */
  path: string;
  /** The input's value, as the user wrote it. */
  input: string;
}

/**
 * Reads the metrics file an input names, with the rules of every metrics
 * file (gate's `readMetricsFile`); a file that breaks them is a `UserError`
 * that names the input and never quotes the file.
 */
export async function readMetricsInput(file: MetricsInput, workspace: string): Promise<Metrics> {
  try {
    return await readMetricsFile(file.path, { workspace });
  } catch (error) {
    if (!(error instanceof MetricsFileError)) throw error;
    const hint =
      error.problem === 'missing'
        ? " Paths are relative to 'working-directory'; check that the evaluation wrote it before this step reads it."
        : '';
    throw new UserError(`The ${file.name} file ${quote(file.input)} (input '${file.name}') ${error.reason}.${hint}`);
  }
}
