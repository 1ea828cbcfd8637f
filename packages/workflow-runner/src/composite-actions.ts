// A composite action's steps run as steps of the job, in a scope of their own.
// It imports step.ts, which imports it back: a step may be a composite of steps.
import type { ResolvedAction } from './actions.js';
import { stepContexts, type JobState, type RunState } from './context.js';
import { messageOf } from './errors.js';
import { evaluateString } from './expressions.js';
import type { Reporter } from './reporter.js';
import type { JobResult, StepResult, WorkflowResult } from './results.js';
import { runSteps, stepLog, type StepExecution } from './step.js';
import { actionInputs, type StepPlan } from './step-process.js';
import type { Annotation, LogEvent } from './workflow-commands.js';

/**
 * Runs the steps of a composite action for the step `plan` that uses it:
 * `inputs.*` from its `with:` and the action's defaults, its `env:` under
 * each inner step's, `github.action_path`, a `steps` context of their own.
 * What they export (GITHUB_ENV, GITHUB_PATH) stays for the job, as on GitHub.
 * The step fails when one of them fails (after its `continue-on-error`); its
 * outputs are the action's `outputs`, evaluated once they ran.
 */
export async function runCompositeAction(
  run: RunState,
  state: JobState,
  plan: StepPlan,
  action: Extract<ResolvedAction, { kind: 'composite' }>,
): Promise<StepExecution> {
  const annotations: Annotation[] = [];
  const inputs = actionInputs(action, plan.step, plan.contexts, stepLog(run, plan.name, annotations));
  const scope: JobState = {
    ...state,
    steps: {},
    // As on GitHub, success() inside asks whether the action's own steps failed, not the job's.
    status: 'success',
    action: {
      path: action.directory,
      inputs,
      env: { ...state.action?.env, ...plan.stepEnv },
      jobStatus: state.action?.jobStatus ?? state.status,
    },
  };
  const inner = await runSteps(
    { ...run, reporter: new CompositeStepReporter(run.reporter, plan.name) },
    scope,
    action.steps,
  );

  const outputs: Record<string, string> = {};
  let error: string | undefined;
  const failed = inner.find((step) => step.conclusion === 'failure');
  if (failed) error = `step '${failed.name}' of ${action.uses} failed${failed.error ? `: ${failed.error}` : ''}`;
  const after = stepContexts(run, scope, {});
  for (const [name, template] of Object.entries(action.outputs)) {
    try {
      outputs[name] = evaluateString(template, after);
    } catch (outputError) {
      error ??= `output ${name} of ${action.uses}: ${messageOf(outputError)}`;
    }
  }
  return {
    outcome: error === undefined ? 'success' : 'failure',
    outputs,
    summary: inner.map((step) => step.summary).join(''),
    annotations: [...annotations, ...inner.flatMap((step) => step.annotations)],
    error,
    cancelled: scope.cancelled,
  };
}

/**
 * Shows an action's inner steps under the step that uses it (`Deploy › Start
 * the server`); their summaries show once, with that step's.
 */
class CompositeStepReporter implements Reporter {
  constructor(
    private readonly parent: Reporter,
    private readonly outer: string,
  ) {}

  workflowStarted(workflow: Parameters<Reporter['workflowStarted']>[0]): void {
    this.parent.workflowStarted(workflow);
  }

  note(text: string): void {
    this.parent.note(text);
  }

  jobStarted(job: { id: string; name: string; environment?: string }): void {
    this.parent.jobStarted(job);
  }

  jobSkipped(job: JobResult): void {
    this.parent.jobSkipped(job);
  }

  stepLog(stepName: string, event: LogEvent): void {
    this.parent.stepLog(`${this.outer} › ${stepName}`, event);
  }

  stepFinished(step: StepResult): void {
    this.parent.stepFinished({ ...step, name: `${this.outer} › ${step.name}`, summary: '' });
  }

  jobFinished(job: JobResult): void {
    this.parent.jobFinished(job);
  }

  githubReceived(transcript: readonly string[]): void {
    this.parent.githubReceived?.(transcript);
  }

  workflowFinished(result: WorkflowResult): void {
    this.parent.workflowFinished(result);
  }
}
