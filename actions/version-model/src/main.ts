import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  UserError,
  core,
  createGit,
  formatBytes,
  formatDuration,
  runAction,
  setOutputs,
  writeSummary,
} from '@mlops-actions/action-kit';
import { digestOf } from '@mlops-actions/digest';
import { Registry, registerVersion } from '@mlops-actions/registry';
import { readInputs } from './inputs.js';
import { loadMetrics, manifestOf, sourceOf } from './manifest.js';
import { modelCard } from './model-card.js';

/** Progress lines while hashing: often enough to show life, rarely enough to keep the log short. */
const PROGRESS_EVERY_MS = 2000;

export async function run(): Promise<void> {
  await runAction('version-model', async () => {
    const inputs = readInputs();
    const metrics = await loadMetrics(inputs.metricsFile);
    const workspace = process.cwd();
    const registry = new Registry(createGit(workspace), inputs.remote);
    const commit = await registry.headCommit();

    const digest = await core.group(`Hash ${inputs.path}`, async () => {
      const started = Date.now();
      let lastLog = started;
      const result = await digestOf(inputs.path, {
        onProgress: (hashed, total) => {
          if (hashed < total && Date.now() - lastLog < PROGRESS_EVERY_MS) return;
          lastLog = Date.now();
          const percent = total === 0 ? 100 : Math.floor((hashed / total) * 100);
          core.info(`Hashed ${formatBytes(hashed)} of ${formatBytes(total)} (${percent}%)`);
        },
      });
      if (result.files.length === 0) {
        // An empty folder is a pipeline mistake (training wrote elsewhere, a download matched nothing), not a
        // model: its version tag would be permanent and deployable.
        throw new UserError(
          `'${inputs.path}' holds no files (a .git folder does not count), so there is no model to version: ` +
            "check that the step that writes the model wrote it there, or fix input 'path'.",
        );
      }
      core.info(
        `${result.digest}: ${result.files.length} ${result.files.length === 1 ? 'file' : 'files'}, ` +
          `${formatBytes(result.size)} in ${formatDuration(Date.now() - started)}`,
      );
      return result;
    });

    const registration = await core.group(`Register ${inputs.modelName} in '${inputs.remote}'`, async () => {
      const result = await registerVersion(
        registry,
        {
          manifest: manifestOf(inputs, digest, metrics, sourceOf(commit)),
          commit,
          bump: inputs.bump,
          version: inputs.version,
          push: inputs.push,
        },
        {
          onConflict: (tag, attempt) =>
            core.info(`Another run registered ${tag} first (attempt ${attempt}); reading the registry again.`),
        },
      );
      if (!result.created) core.info(`${result.tag} already has this digest: nothing new to register.`);
      else if (inputs.push) core.info(`Pushed ${result.tag} (previous version: ${result.previous ?? 'none'}).`);
      else core.info(`Created ${result.tag} in this checkout only (push: false).`);
      return result;
    });

    const manifestFile = join(process.env['RUNNER_TEMP'] || tmpdir(), 'version-model', `${registration.tag}.json`);
    await mkdir(join(manifestFile, '..'), { recursive: true });
    await writeFile(manifestFile, `${JSON.stringify(registration.manifest, null, 2)}\n`);

    setOutputs({
      version: registration.version,
      tag: registration.tag,
      digest: digest.digest,
      created: registration.created,
      'previous-version': registration.previous ?? '',
      manifest: manifestFile,
    });
    await writeSummary(
      modelCard({
        registration,
        remote: inputs.remote,
        pushed: inputs.push,
        server: process.env['GITHUB_SERVER_URL'] || 'https://github.com',
      }),
    );
  });
}
