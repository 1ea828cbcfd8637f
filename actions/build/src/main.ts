import {
  BoundedSummary,
  UserError,
  actionsCommandRunner,
  actionsLogger,
  runAction,
  setOutputs,
  writeSummary,
} from '@mlops-actions/action-kit';
import { build, type BuildDependencies } from './build.js';
import { actionsCache } from './cache.js';
import { readSettings } from './inputs.js';
import { renderBuildSummary } from './summary.js';

const dependencies: BuildDependencies = { commands: actionsCommandRunner, cache: actionsCache, logger: actionsLogger };

/** Reads the inputs, builds, and writes the outputs and the job summary. */
export async function run(): Promise<void> {
  await runAction('build', async () => {
    const settings = readSettings();
    const report = await build(settings, dependencies);
    setOutputs({
      toolchain: report.toolchain,
      'cache-hit': report.cache.hit,
      'cache-key': report.cache.key,
      'artifacts-digest': report.artifacts?.digest ?? '',
      'artifacts-count': report.artifacts?.files.length ?? 0,
    });
    await writeSummary(renderBuildSummary(report, new BoundedSummary()));
    if (report.failure) throw new UserError(report.failure);
  });
}
