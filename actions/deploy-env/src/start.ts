import { planned, refusedReport, type DeployDependencies } from './deploy.js';
import type { DeploySettings } from './inputs.js';
import { planDeploy } from './plan.js';
import { Recording } from './record.js';
import type { DeployReport } from './report.js';
import { fetchVersionTag, nothingChanged } from './rollout.js';
import { STARTED_SCHEMA, type Handovers } from './started.js';
import { Steps } from './steps.js';

export interface StartDependencies extends DeployDependencies {
  /** Where start leaves what its finish checks: `$RUNNER_TEMP/mlops-deploys`. */
  handovers: Handovers;
}

/**
 * The first half of a composed deployment: every check and download of a
 * deploy (the same plan), and the GitHub deployment opened in progress. Runs
 * no command: the workflow's own steps deploy, then `finish` checks health
 * and records. What finish needs to match this start is left in `handovers`.
 */
export async function startDeploy(settings: DeploySettings, dependencies: StartDependencies): Promise<DeployReport> {
  const steps = new Steps(dependencies.logger);
  const plan = await planDeploy(settings, dependencies, steps);
  if (plan.refused) return refusedReport('start', settings, plan, steps);
  const { candidate } = plan;
  await fetchVersionTag(candidate, dependencies, 'your deploy steps cannot read its tag with git');
  const recording = new Recording(settings, dependencies, steps);
  const id = await recording.startGitHubDeployment(candidate, false);
  const deploymentId = id === undefined ? '' : String(id);
  await steps.run('Hand over to finish', async () => {
    await dependencies.handovers.save({
      schema: STARTED_SCHEMA,
      model: settings.modelName,
      environment: settings.environment,
      version: candidate.version,
      digest: candidate.digest,
      modelDir: plan.modelDir,
      deploymentId,
      started_at: new Date().toISOString(),
    });
    return {
      value: undefined,
      detail: `a finish step of this job with version ${candidate.version} closes this deployment`,
    };
  });
  // Nothing changed in the environment yet, and the start itself succeeded.
  return {
    ...planned('start', settings, plan, steps),
    ...nothingChanged(plan.previousVersion, deploymentId),
    status: 'success',
  };
}
