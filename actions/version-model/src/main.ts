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
  timeLimitMs,
  writeSummary,
} from '@mlops-actions/action-kit';
import { digestOf } from '@mlops-actions/digest';
import { DEFAULT_API_LIMITS, connectReleases, type ReleasesApi } from '@mlops-actions/github';
import { Registry, type ModelManifest } from '@mlops-actions/registry';
import { readSettings, type ReleaseSettings } from './inputs.js';
import { manifestJson } from './manifest.js';
import { RELEASE_BUDGET_MS } from './release.js';
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
      // Loaded only with input 'store': a run that stores nothing starts without the store's code.
      openStore: async (store) =>
        (await import('@mlops-actions/model-store')).openTarget(store.location, {
          base: settings.workspace,
          username: store.username,
          token: store.token,
          onRetry: (message) => actionsLogger.warning(message),
        }),
      ...(settings.release && { connectReleases: releasesConnector(settings.release) }),
      // DESIGN's bound on mirroring to GitHub; the variable lets tests of a failing API take seconds.
      releaseBudgetMs: timeLimitMs('MLOPS_ACTIONS_GITHUB_MIRROR_BUDGET_MS', RELEASE_BUDGET_MS),
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
        'release-url': report.release?.published ? report.release.url : '',
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

/** Connects when first called, so Octokit loads only when a release is made. */
function releasesConnector({ token, repository, apiUrl }: ReleaseSettings): () => Promise<ReleasesApi> {
  return () =>
    connectReleases({
      token,
      repository,
      apiUrl,
      logger: actionsLogger,
      limits: {
        requestTimeoutMs: timeLimitMs('MLOPS_ACTIONS_GITHUB_REQUEST_TIMEOUT_MS', DEFAULT_API_LIMITS.requestTimeoutMs),
      },
    });
}

/** The manifest as a file under `RUNNER_TEMP`, for later steps of the job (output `manifest`). */
async function writeManifestFile(tag: string, manifest: ModelManifest): Promise<string> {
  const file = join(process.env['RUNNER_TEMP'] || tmpdir(), 'version-model', `${tag}.json`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, manifestJson(manifest));
  return file;
}
