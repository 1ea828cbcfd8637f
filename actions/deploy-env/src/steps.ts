import { isUserError, messageOf, type Logger } from '@mlops-actions/action-kit';

/** The checks that may refuse a deploy, in the order they run. */
export type PlanStepName =
  | 'Resolve version'
  | 'Check source ref'
  | 'Check digest'
  | 'Check promotion'
  | 'Read current version'
  | 'Download model';

/** The phases of putting one version into the environment. */
export type RolloutStepName =
  'GitHub deployment' | 'Download model' | 'Deploy command' | 'Health check' | 'Record' | 'GitHub status';

/** The phases of `start` and `finish` beyond the plan and the rollout. */
export type TwoPhaseStepName = 'Hand over to finish' | 'Match start' | 'Check files' | 'Deploy outcome';

/** The phases of `deactivate`. */
export type DeactivateStepName = 'Read environment' | 'Teardown command' | 'Remove records' | 'GitHub deployments';

/** Every step a deploy can show; a rollback runs the rollout phases again under its own names. */
export type StepName =
  PlanStepName | RolloutStepName | `Rollback: ${RolloutStepName}` | TwoPhaseStepName | DeactivateStepName;

export type StepResult = 'passed' | 'failed' | 'skipped' | 'warning';

/** One phase of the sequence, as the log group and the summary show it. */
export interface StepReport {
  name: StepName;
  result: StepResult;
  detail: string;
  durationMs: number;
}

/** What a step's work hands back: its value and the line the log and summary show. */
export interface StepDone<T> {
  value: T;
  detail: string;
  /** Defaults to passed. */
  result?: StepResult;
}

/** The name of a rollout phase, for the candidate or for the rollback. */
export function rolloutStep(name: RolloutStepName, rollback: boolean): StepName {
  return rollback ? (`Rollback: ${name}` as const) : name;
}

/**
 * The steps of one deploy: each runs in a log group and is kept, in order,
 * for the summary.
 */
export class Steps {
  readonly reports: StepReport[] = [];

  constructor(private readonly log: Logger) {}

  /** Runs one step. A thrown error marks it failed and propagates. */
  async run<T>(name: StepName, work: () => Promise<StepDone<T>>): Promise<T> {
    const started = Date.now();
    const entry: StepReport = { name, result: 'failed', detail: '', durationMs: 0 };
    this.reports.push(entry);
    try {
      const { value, detail, result } = await this.log.group(name, async () => {
        const done = await work();
        this.log.info(`${name}: ${done.detail}.`);
        return done;
      });
      entry.result = result ?? 'passed';
      entry.detail = detail;
      return value;
    } catch (error) {
      entry.detail = isUserError(error) ? messageOf(error) : `internal error: ${messageOf(error)}`;
      throw error;
    } finally {
      entry.durationMs = Date.now() - started;
    }
  }

  skip(name: StepName, why: string): void {
    this.log.info(`${name}: skipped (${why}).`);
    this.reports.push({ name, result: 'skipped', detail: why, durationMs: 0 });
  }
}
