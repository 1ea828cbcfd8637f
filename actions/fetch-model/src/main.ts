import {
  BoundedSummary,
  actionsLogger,
  createGit,
  maskSecret,
  runAction,
  setOutputs,
  writeSummary,
} from '@mlops-actions/action-kit';
import { openTarget } from '@mlops-actions/model-store';
import { Registry } from '@mlops-actions/registry';
import { fetchModel } from './fetch-model.js';
import { readSettings } from './inputs.js';
import { renderFetchSummary } from './summary.js';

/** Reads the inputs, fetches the version's files, and writes the outputs and the summary. */
export async function run(): Promise<void> {
  await runAction('fetch-model', async () => {
    const settings = readSettings(undefined, undefined, undefined, maskSecret);
    const report = await fetchModel(settings, {
      registry: new Registry(createGit(settings.workspace), settings.remote),
      logger: actionsLogger,
      now: Date.now,
      openStore: (location) =>
        openTarget(location, {
          base: settings.workspace,
          username: settings.storeUsername,
          token: settings.storeToken,
          onRetry: (message) => actionsLogger.warning(message),
        }),
    });
    setOutputs({
      version: report.version,
      tag: report.tag,
      digest: report.digest,
      uri: report.uri,
      // Last: a later step that reads `path` reads it with the others.
      path: report.path,
    });
    await writeSummary(renderFetchSummary(report, new BoundedSummary()));
  });
}
