import { join } from 'node:path';
import { UserError, isUserError, messageOf, quote } from '@mlops-actions/action-kit';
import { leadsInside } from '@mlops-actions/paths';
import { planned, refusedReport, type DeployDependencies } from './deploy.js';
import type { DeploySettings } from './inputs.js';
import { candidateOf, type Candidate } from './plan.js';
import { Recording } from './record.js';
import type { DeployReport } from './report.js';
import { Attempts, goLive, nothingChanged, type Attempt } from './rollout.js';
import type { Handovers, StartedDeployment } from './started.js';
import { Steps, rolloutStep } from './steps.js';

export interface FinishDependencies extends DeployDependencies {
  /** Where the start steps of this job left what their finish checks. */
  handovers: Handovers;
}

/** A finish matched to its start: the version as the registry has it, and what start verified. */
interface Matched {
  candidate: Candidate;
  started: StartedDeployment;
  /** The version the environment's newest record names: what runs if this one fails. */
  previous: string;
}

/**
 * The second half of a composed deployment, after the workflow's own deploy
 * steps: matched to the start of this job (same environment and version, the
 * deployment it opened, the files it verified), then the health check, the
 * record and the GitHub status, as a deploy ends. On failure nothing is
 * recorded and `rollbackVersion` names the version to redeploy; the workflow
 * rolls back with its own steps.
 */
export async function finishDeploy(settings: DeploySettings, dependencies: FinishDependencies): Promise<DeployReport> {
  const steps = new Steps(dependencies.logger);
  let matched: Matched;
  try {
    matched = await matchStart(settings, dependencies, steps);
  } catch (error) {
    if (!isUserError(error)) throw error;
    // A finish that matches no start changes nothing: no status, no record.
    const refusal = { reason: messageOf(error), version: settings.version, current: undefined, previousVersion: '' };
    return refusedReport('finish', settings, { ...refusal, requires: [] }, steps);
  }
  try {
    return await close(settings, dependencies, steps, matched);
  } finally {
    // This start is finished: a second finish of it is refused.
    await dependencies.handovers.remove(settings.modelName, settings.environment, matched.candidate.version);
  }
}

async function close(
  settings: DeploySettings,
  deps: FinishDependencies,
  steps: Steps,
  { candidate, started, previous }: Matched,
): Promise<DeployReport> {
  const { modelName, environment, isRollback, deployOutcome } = settings;
  const recording = new Recording(settings, deps, steps);
  const deploymentId = started.deploymentId === '' ? undefined : Number(started.deploymentId);
  // What start planned, and nothing changed yet: the environment runs what its newest record names.
  const report: DeployReport = {
    ...planned(
      'finish',
      settings,
      { requires: [], candidate, previousVersion: previous, modelDir: started.modelDir },
      steps,
    ),
    ...nothingChanged(previous, started.deploymentId),
  };
  const deploying = `${isRollback ? 'Rolling back' : 'Deploying'} ${modelName} ${candidate.version} to ${environment}`;
  const succeeded = deployOutcome === 'success';
  await steps.run('Deploy outcome', () =>
    Promise.resolve({
      value: undefined,
      detail: `your deploy steps ended with '${deployOutcome ?? ''}'`,
      result: succeeded ? ('passed' as const) : ('failed' as const),
    }),
  );
  let attempt: Attempt;
  if (succeeded) {
    attempt = await new Attempts(settings, deps, steps).checkHealth(candidate.version, previous, isRollback);
  } else {
    steps.skip(rolloutStep('Health check', isRollback), 'the deploy steps did not succeed');
    attempt = {
      ok: false,
      reason: `your deploy steps ended with '${deployOutcome ?? ''}'`,
      short: `Deploy steps ended with ${deployOutcome ?? ''}`,
    };
  }

  if (attempt.ok) return { ...report, ...(await goLive(recording, candidate, isRollback, deploymentId, previous)) };
  if (attempt.cancelled) {
    if (deploymentId !== undefined && deps.closeCancelled) await deps.closeCancelled(deploymentId, attempt.short);
    return {
      ...report,
      cancelled: true,
      failure:
        `${deploying} was cancelled ${attempt.reason}; nothing was recorded and its newest record still names ` +
        `${previous || 'no version'}. Check what ${environment} runs, then deploy again.`,
    };
  }
  await recording.failed(isRollback, deploymentId, attempt.short);
  const rollback = previous
    ? `Nothing was recorded; ${environment}'s newest record still names ${previous}: redeploy it with your own ` +
      "steps (the 'rollback-version' output) and finish that with 'is-rollback: true'."
    : `Nothing was recorded, and ${environment} had no earlier version to roll back to.`;
  return { ...report, rollbackVersion: previous, failure: `${deploying} failed: ${attempt.reason}. ${rollback}` };
}

/**
 * Matches this finish to the start of this job: the handover start left for
 * this environment and version, the deployment it opened, the version as the
 * registry has it now, and the files it verified, hashed again. Reads only;
 * a mismatch is a `UserError` that says what to change.
 */
async function matchStart(settings: DeploySettings, deps: FinishDependencies, steps: Steps): Promise<Matched> {
  const { modelName, environment, version } = settings;
  const { candidate, started } = await steps.run('Match start', async () => {
    const started = await deps.handovers.read(modelName, environment, version);
    if (!started) throw new UserError(await noStart(settings, deps.handovers));
    if (settings.deploymentId !== '' && settings.deploymentId !== started.deploymentId) {
      const opened = started.deploymentId ? `deployment ${started.deploymentId}` : 'no GitHub deployment';
      throw new UserError(
        `Input 'deployment-id' is ${quote(settings.deploymentId)}, but the start of ${modelName} ${version} in ` +
          `${environment} opened ${opened}: pass the 'deployment-id' output of that start step. Nothing was recorded.`,
      );
    }
    const candidate = await registered(settings, deps, started);
    const deployment = started.deploymentId ? `, GitHub deployment ${started.deploymentId}` : '';
    return { value: { candidate, started }, detail: `started in this job: ${candidate.tag}${deployment}` };
  });
  await checkFiles(settings, deps, steps, started);
  const previous = await steps.run('Read current version', async () => {
    const current = await deps.registry.currentDeployment(modelName, environment);
    if (!current) return { value: '', detail: `nothing was deployed to ${environment} yet` };
    return {
      value: current.record.version,
      detail: `${environment}'s newest record names ${current.record.version} (${current.tag.tag})`,
    };
  });
  return { candidate, started, previous };
}

/** The version as the registry has it now, which must still be the one start checked. */
async function registered(
  settings: DeploySettings,
  deps: FinishDependencies,
  started: StartedDeployment,
): Promise<Candidate> {
  const { registry } = deps;
  const found = await registry.findVersion(settings.modelName, settings.version);
  if (!found) {
    throw new UserError(
      `${settings.modelName} ${settings.version} is no longer registered in '${registry.remote}' (its tag is gone ` +
        'since the start step): nothing was recorded.',
    );
  }
  const manifest = await registry.readManifest(settings.modelName, found);
  if (manifest.digest !== started.digest) {
    throw new UserError(
      `${found.tag} now records the digest ${manifest.digest}, but the start step verified ${started.digest}: ` +
        'the version tag was replaced since. Nothing was recorded: start the deploy again.',
    );
  }
  return candidateOf(found, manifest);
}

/** The files start verified (`model-dir`), hashed again: what was deployed must be what was registered. */
async function checkFiles(
  settings: DeploySettings,
  deps: FinishDependencies,
  steps: Steps,
  started: StartedDeployment,
): Promise<void> {
  const { modelDir } = started;
  if (modelDir === '') {
    steps.skip('Check files', 'the start step had no files to verify');
    return;
  }
  await steps.run('Check files', async () => {
    const download = join(deps.modelsDirectory, settings.modelName, started.version);
    let digest: string;
    if (modelDir === download) {
      ({ digest } = await deps.digestOfDownload(modelDir));
    } else if (await leadsInside(modelDir, deps.workspace)) {
      ({ digest } = await deps.digestOf(modelDir));
    } else {
      throw new UserError(
        `The start step's record names files outside the workspace and the download folder (${quote(modelDir)}): ` +
          'it was changed or replaced. Nothing was recorded: run the start step again.',
      );
    }
    if (digest !== started.digest) {
      throw new UserError(
        `The files in ${quote(modelDir)} have changed since the start step verified them: their digest is ${digest}, ` +
          `${settings.modelName} ${started.version} was registered with ${started.digest}. Nothing was recorded: ` +
          'deploy the files that start verified (do not change model-dir between start and finish), then start again.',
      );
    }
    return { value: undefined, detail: `${quote(modelDir)} still matches ${digest}` };
  });
}

/** Why no start matches: another version was started in the environment, or none. */
async function noStart(settings: DeploySettings, handovers: Handovers): Promise<string> {
  const { modelName, environment, version } = settings;
  const others = await handovers.versions(modelName, environment);
  if (others.length > 0) {
    return (
      `The start step of this job deployed ${modelName} ${others.join(', ')} to ${environment}, not ${version}: ` +
      "pass the 'version' output of the start step to finish. Nothing was recorded."
    );
  }
  return (
    `No start step of this job deployed ${modelName} ${version} to ${environment} (or its finish already ran): ` +
    "run deploy-env with 'step: start' earlier in this job, with the same environment and version. Nothing was recorded."
  );
}
