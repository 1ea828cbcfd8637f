import { messageOf, type Logger } from '@mlops-actions/action-kit';
import {
  GitHubApiError,
  type DeploymentsApi,
  type NewDeployment,
  type NewDeploymentStatus,
} from '@mlops-actions/github';

/**
 * Mirrors deployments to GitHub's Deployments API. The registry is the record
 * of what runs where; GitHub's Environments page is a view of it, so a failed
 * API call is a warning and never stops or fails a deploy.
 */
export class GitHubMirror {
  private api: Promise<DeploymentsApi> | undefined;

  constructor(
    private readonly connect: () => Promise<DeploymentsApi>,
    private readonly log: Logger,
    /** The workflow run's page, the deployment's log; empty outside GitHub. */
    private readonly logUrl: string,
  ) {}

  /** Creates the deployment and sets it `in_progress`; its id, or undefined when GitHub refused. */
  async start(deployment: NewDeployment, description: string): Promise<number | undefined> {
    let id: number;
    try {
      const api = await this.connection();
      ({ id } = await api.createDeployment(deployment));
    } catch (error) {
      this.log.warning(
        `${describe(error)} The deploy goes on and the registry records it, ` +
          `but GitHub's Environments page will not show this deployment to ${deployment.environment}.`,
      );
      return undefined;
    }
    this.log.info(`GitHub deployment ${id} created for ${deployment.environment} at ${deployment.ref}.`);
    await this.status(id, { state: 'in_progress', description });
    return id;
  }

  /** Sets a status; false (with a warning) when GitHub refused it. */
  async status(id: number | undefined, status: Omit<NewDeploymentStatus, 'logUrl'>): Promise<boolean> {
    if (id === undefined) return false;
    try {
      const api = await this.connection();
      await api.createStatus(id, { ...status, ...(this.logUrl ? { logUrl: this.logUrl } : {}) });
      this.log.info(`GitHub deployment ${id} is now ${status.state}.`);
      return true;
    } catch (error) {
      this.log.warning(
        `${describe(error)} GitHub deployment ${id} was not set to ${status.state}; ` +
          "the registry is not affected, only GitHub's Environments page is behind.",
      );
      return false;
    }
  }

  private connection(): Promise<DeploymentsApi> {
    this.api ??= this.connect();
    return this.api;
  }
}

const PERMISSION_HINT = "Give the job 'permissions: deployments: write' (or a token that may create deployments).";

function describe(error: unknown): string {
  if (!(error instanceof GitHubApiError)) return `Could not use the GitHub API: ${messageOf(error)}.`;
  const message = error.message.endsWith('.') ? error.message : `${error.message}.`;
  // GitHub answers 403 (or 404 for a repository the token cannot see) when the token lacks the permission.
  const refused = (error.status === 403 && !/rate limit/i.test(error.message)) || error.status === 404;
  return refused ? `${message} ${PERMISSION_HINT}` : message;
}
