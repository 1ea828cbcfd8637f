import type { Logger } from '@mlops-actions/action-kit';
import type { DeploySettings } from './inputs.js';
import { planDeploy, type PlanDependencies, type PlanRegistry } from './plan.js';
import { Recording, type RecordDependencies } from './record.js';
import type { DeployReport } from './report.js';
import { rollOut, type RolloutDependencies } from './rollout.js';
import { Steps } from './steps.js';

export type { DeployReport, DeployStatus, RequiredEnvironment } from './report.js';
export type { StepName, StepReport, StepResult } from './steps.js';

export interface DeployDependencies extends PlanDependencies, RolloutDependencies, RecordDependencies {
  registry: PlanRegistry & RolloutDependencies['registry'] & RecordDependencies['registry'];
  logger: Logger;
}

/**
 * Deploys one model version to one environment: the checks that may refuse
 * it (nothing happens then), then the rollout: the GitHub deployment, the
 * command, the health check, the record, and on failure the rollback to the
 * version before.
 */
export async function deploy(settings: DeploySettings, dependencies: DeployDependencies): Promise<DeployReport> {
  const steps = new Steps(dependencies.logger);
  const plan = await planDeploy(settings, dependencies, steps);
  const shared = {
    model: settings.modelName,
    environment: settings.environment,
    url: settings.url,
    requires: plan.requires,
    steps: steps.reports,
  };
  if (plan.refused) {
    // Nothing was run, recorded or created: the environment keeps what it runs.
    return {
      ...shared,
      status: 'failed',
      version: plan.version,
      previousVersion: plan.current ?? plan.previousVersion,
      recordedVersion: plan.current ?? '',
      recordedTag: '',
      deploymentId: '',
      modelDir: '',
      failure: plan.reason,
      refused: true,
      live: false,
      recorded: false,
      rolledBack: false,
      mayBeDown: false,
      cancelled: false,
    };
  }
  const recording = new Recording(settings, dependencies, steps);
  const outcome = await rollOut(settings, plan, dependencies, recording, steps);
  return {
    ...shared,
    version: plan.candidate.version,
    previousVersion: plan.previousVersion,
    modelDir: plan.modelDir,
    refused: false,
    ...outcome,
  };
}
