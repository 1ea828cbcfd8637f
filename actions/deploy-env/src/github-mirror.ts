import { messageOf, type Logger } from '@mlops-actions/action-kit';
import {
  GitHubApiError,
  type DeploymentsApi,
  type ListedDeployment,
  type NewDeployment,
  type NewDeploymentStatus,
} from '@mlops-actions/github';

/** DESIGN.md: the GitHub mirror of one deploy takes at most 2 minutes in all. */
export const MIRROR_BUDGET_MS = 120_000;

/**
 * Mirrors deployments to GitHub's Deployments API. The registry is the record
 * of what runs where; GitHub's Environments page is a view of it, so a failed
 * API call is a warning and never stops or fails a deploy.
 *
 * The mirror of one deploy has a time budget in all (`budgetMs`): each call
 * gets what is left of it, and once it is spent later calls are skipped, so a
 * GitHub that stops answering delays a deploy by the budget at most.
 */
export class GitHubMirror {
  private api: Promise<DeploymentsApi> | undefined;
  private spentMs = 0;
  /** Statuses GitHub did not get because the budget ran out, not yet warned about. */
  private readonly unsent: string[] = [];

  constructor(
    private readonly connect: () => Promise<DeploymentsApi>,
    private readonly log: Logger,
    /** The workflow run's page, the deployment's log; empty outside GitHub. */
    private readonly logUrl: string,
    private readonly budgetMs = MIRROR_BUDGET_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates the deployment and sets it `in_progress`; its id, or undefined when GitHub refused. */
  async start(deployment: NewDeployment, description: string): Promise<number | undefined> {
    const notShown = `GitHub's Environments page will not show this deployment to ${deployment.environment}.`;
    if (this.budgetSpent) {
      this.log.warning(`${this.budgetNote()} The deploy goes on and the registry records it, but ${notShown}`);
      return undefined;
    }
    let id: number;
    try {
      ({ id } = await this.timed((api, deadline) => api.createDeployment(deployment, { deadline })));
    } catch (error) {
      const spent = this.budgetSpent ? ` ${this.budgetNote()}` : '';
      this.log.warning(`${describe(error)}${spent} The deploy goes on and the registry records it, but ${notShown}`);
      return undefined;
    }
    this.log.info(`GitHub deployment ${id} created for ${deployment.environment} at ${deployment.ref}.`);
    await this.status(id, { state: 'in_progress', description });
    return id;
  }

  /**
   * Sets a status; false (with a warning) when GitHub refused it or the
   * budget ran out. An `in_progress` lost to the budget is told with the
   * final status that follows it, in one warning.
   */
  async status(id: number | undefined, status: Omit<NewDeploymentStatus, 'logUrl'>): Promise<boolean> {
    if (id === undefined) return false;
    const final = status.state !== 'in_progress';
    if (this.budgetSpent) {
      this.unsent.push(status.state);
      if (final) this.warnUnsent(id, status.description);
      else this.log.info(`GitHub deployment ${id} not set to ${status.state}: ${this.budgetNote()}`);
      return false;
    }
    try {
      await this.timed((api, deadline) =>
        api.createStatus(id, { ...status, ...(this.logUrl ? { logUrl: this.logUrl } : {}) }, { deadline }),
      );
      this.log.info(`GitHub deployment ${id} is now ${status.state}.`);
      return true;
    } catch (error) {
      if (this.budgetSpent) {
        this.log.info(`${describe(error)} GitHub deployment ${id} was not set to ${status.state}.`);
        this.unsent.push(status.state);
        if (final) this.warnUnsent(id, status.description);
        return false;
      }
      this.log.warning(
        `${describe(error)} GitHub deployment ${id} was not set to ${status.state}; ` +
          "the registry is not affected, only GitHub's Environments page is behind.",
      );
      return false;
    }
  }

  /**
   * Every GitHub deployment of `environment`; undefined (with a warning that
   * says `then`) when GitHub could not list them or the budget ran out.
   */
  async deployments(environment: string, then: string): Promise<ListedDeployment[] | undefined> {
    if (this.budgetSpent) {
      this.log.warning(`${this.budgetNote()} ${then}`);
      return undefined;
    }
    try {
      return await this.timed((api, deadline) => api.listDeployments(environment, { deadline }));
    } catch (error) {
      this.log.warning(`${describe(error)} ${then}`);
      return undefined;
    }
  }

  private get budgetSpent(): boolean {
    return this.spentMs >= this.budgetMs;
  }

  private budgetNote(): string {
    return (
      `The ${spoken(this.budgetMs)} a deploy may spend on GitHub's Deployments API are used up ` +
      '(GitHub answered too slowly or not at all), so later updates are skipped.'
    );
  }

  /** One warning for the statuses the budget cost: what GitHub does not show. */
  private warnUnsent(id: number, description: string | undefined): void {
    const states = this.unsent.splice(0).join(' nor ');
    this.log.warning(
      `${this.budgetNote()} GitHub deployment ${id} was not set to ${states}` +
        (description ? `: GitHub's Environments page does not show "${description}"` : '') +
        '. The deploy and its registry record stand; only GitHub is behind.',
    );
  }

  /** Runs one API call with what is left of the budget; its time counts against the budget. */
  private async timed<T>(call: (api: DeploymentsApi, deadline: number) => Promise<T>): Promise<T> {
    const started = this.now();
    const deadline = started + this.budgetMs - this.spentMs;
    try {
      return await call(await this.connection(), deadline);
    } catch (error) {
      // A call cut by its deadline spent the budget, even when it stopped a moment early (a retry not made).
      if (error instanceof GitHubApiError && error.outOfTime) this.spentMs = this.budgetMs;
      throw error;
    } finally {
      this.spentMs = Math.min(this.budgetMs, Math.max(this.spentMs, this.spentMs + this.now() - started));
    }
  }

  private connection(): Promise<DeploymentsApi> {
    this.api ??= this.connect();
    return this.api;
  }
}

/** A budget as people say it: `2 minutes`, `1.5 s` ("are used up" follows). */
function spoken(ms: number): string {
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} minutes`;
  return `${ms / 1000} s`;
}

const PERMISSION_HINT = "Give the job 'permissions: deployments: write' (or a token that may create deployments).";

function describe(error: unknown): string {
  if (!(error instanceof GitHubApiError)) return `Could not use the GitHub API: ${messageOf(error)}.`;
  const message = error.message.endsWith('.') ? error.message : `${error.message}.`;
  return error.refusedAccess ? `${message} ${PERMISSION_HINT}` : message;
}
