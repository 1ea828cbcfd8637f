import { readFile } from 'node:fs/promises';
import { UserError, createGit, quote } from '@mlops-actions/action-kit';
import { parseMetrics, type Metrics } from '@mlops-actions/gate';
import { Registry, isRegistryVersion } from '@mlops-actions/registry';
import type { BaselineSetting } from './inputs.js';

/** The baseline metrics, and where they came from in words. */
export interface Baseline {
  metrics?: Metrics;
  /** `eval/baseline.json`, `tiny-lm 0.3.0 in production`. */
  source: string;
  /** Why there are no baseline metrics, when there are none. */
  missing?: string;
}

/**
 * Reads the baseline the settings name. A deployed environment's baseline is
 * the metrics of the manifest of the version running there now; when nothing
 * is deployed yet there is no baseline (rules against it are skipped).
 */
export async function loadBaseline(setting: BaselineSetting, workspace: string): Promise<Baseline | undefined> {
  switch (setting.kind) {
    case 'none':
      return undefined;
    case 'file':
      return {
        metrics: await readMetricsFile(setting.path, `the baseline file ${setting.input}`),
        source: setting.input,
      };
    case 'environment': {
      const registry = new Registry(createGit(workspace));
      const deployment = await registry.currentDeployment(setting.model, setting.environment);
      if (!deployment) {
        return {
          source: `${setting.model} in ${setting.environment}`,
          missing: `no version of ${setting.model} has been deployed to ${setting.environment} yet`,
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
      return { metrics: manifest.metrics, source: `${setting.model} ${version} in ${setting.environment}` };
    }
  }
}

/** Reads a JSON metrics file; `what` names it in errors (`the metrics file eval/metrics.json`). */
export async function readMetricsFile(path: string, what: string): Promise<Metrics> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`;
    throw new UserError(
      `${what.charAt(0).toUpperCase()}${what.slice(1)} ${why}. Paths are relative to 'working-directory'; ` +
        'check that the evaluation wrote it before this step reads it.',
    );
  }
  return parseMetrics(text, what);
}
