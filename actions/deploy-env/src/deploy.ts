import type { Logger } from '@mlops-actions/action-kit';
import type { DeploySettings } from './inputs.js';
import { planDeploy, type DeployPlan, type PlanDependencies, type PlanRegistry, type RefusedPlan } from './plan.js';
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
  if (plan.refused) return refusedReport('deploy', settings, plan, steps);
  const recording = new Recording(settings, dependencies, steps);
  const outcome = await rollOut(settings, plan, dependencies, recording, steps);
  return {
    ...planned('deploy', settings, plan, steps),
    ...outcome,
  };
}

/** What a report says of a plan that passed its checks, before anything is deployed. */
export function planned(
  step: DeployReport['step'],
  settings: DeploySettings,
  plan: Pick<DeployPlan, 'requires' | 'candidate' | 'previousVersion' | 'modelDir'>,
  steps: Steps,
): Pick<
  DeployReport,
  | 'step'
  | 'model'
  | 'environment'
  | 'url'
  | 'requires'
  | 'steps'
  | 'version'
  | 'previousVersion'
  | 'modelDir'
  | 'digest'
  | 'tag'
  | 'rollbackVersion'
  | 'refused'
> {
  return {
    step,
    model: settings.modelName,
    environment: settings.environment,
    url: settings.url,
    requires: plan.requires,
    steps: steps.reports,
    version: plan.candidate.version,
    previousVersion: plan.previousVersion,
    modelDir: plan.modelDir,
    digest: plan.candidate.digest,
    tag: plan.candidate.tag,
    rollbackVersion: '',
    refused: false,
  };
}

/** A step that a check refused: nothing was run, recorded or created; the environment keeps what it runs. */
export function refusedReport(
  step: DeployReport['step'],
  settings: DeploySettings,
  plan: Pick<RefusedPlan, 'reason' | 'version' | 'current' | 'previousVersion' | 'requires'>,
  steps: Steps,
): DeployReport {
  return {
    step,
    model: settings.modelName,
    environment: settings.environment,
    url: settings.url,
    requires: plan.requires,
    steps: steps.reports,
    status: 'failed',
    version: plan.version,
    previousVersion: plan.current ?? plan.previousVersion,
    recordedVersion: plan.current ?? '',
    recordedTag: '',
    deploymentId: '',
    digest: '',
    tag: '',
    rollbackVersion: '',
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
