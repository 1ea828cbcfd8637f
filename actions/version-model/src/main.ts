import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  BoundedSummary,
  OutputFileError,
  UserError,
  actionsLogger,
  createGit,
  maskSecret,
  runAction,
  setOutputs,
  writeSummary,
} from '@mlops-actions/action-kit';
import { digestOf } from '@mlops-actions/digest';
import { openTarget } from '@mlops-actions/model-store';
import { Registry, type ModelManifest } from '@mlops-actions/registry';
import { readSettings } from './inputs.js';
import { renderVersionSummary } from './summary.js';
import { versionModel } from './version-model.js';

/** Reads the inputs, versions the model, and writes the manifest file, the outputs and the model card. */
export async function run(): Promise<void> {
  await runAction('version-model', async () => {
    const settings = readSettings(undefined, undefined, undefined, maskSecret);
    const report = await versionModel(settings, {
      registry: new Registry(createGit(settings.workspace), settings.remote, { log: actionsLogger }),
      logger: actionsLogger,
      digestOf,
      now: Date.now,
      openStore: (store) =>
        openTarget(store.location, {
          base: settings.workspace,
          username: store.username,
          token: store.token,
          onRetry: (message) => actionsLogger.warning(message),
        }),
    });
    const { registration } = report;
    const manifest = await writeManifestFile(registration.tag, registration.manifest);
    try {
      setOutputs({
        version: registration.version,
        tag: registration.tag,
        digest: report.digest.digest,
        created: registration.created,
        'previous-version': registration.previous ?? '',
        manifest,
        'store-uri': report.stored?.uri ?? '',
        'uploaded-bytes': report.stored?.uploadedBytes ?? 0,
      });
    } catch (error) {
      if (!(error instanceof OutputFileError)) throw error;
      const done = registration.created ? 'is registered' : 'was registered before';
      throw new UserError(
        `${error.message} ${settings.modelName} ${registration.version} ${done} as ${registration.tag}; ` +
          "later steps cannot read this step's outputs.",
      );
    }
    await writeSummary(renderVersionSummary(report, new BoundedSummary()));
  });
}

/** The manifest as a file under `RUNNER_TEMP`, for later steps of the job (output `manifest`). */
async function writeManifestFile(tag: string, manifest: ModelManifest): Promise<string> {
  const file = join(process.env['RUNNER_TEMP'] || tmpdir(), 'version-model', `${tag}.json`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}
