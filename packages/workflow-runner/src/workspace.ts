import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import type { ContextValue } from './expressions.js';

const run = promisify(execFile);

/** What the workspace clone says about itself. */
export interface WorkspaceFacts {
  /** `HEAD`, or undefined when the workspace is not a git clone. */
  sha?: string;
  /** The checked-out branch, if any. */
  branch?: string;
  /** URL of `origin`, if any. */
  originUrl?: string;
}

export async function workspaceFacts(workspace: string): Promise<WorkspaceFacts> {
  const git = async (...args: string[]): Promise<string | undefined> => {
    try {
      const { stdout } = await run('git', args, { cwd: workspace, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
      return stdout.trim() || undefined;
    } catch {
      return undefined;
    }
  };
  return {
    sha: await git('rev-parse', '--verify', '-q', 'HEAD'),
    branch: await git('symbolic-ref', '-q', '--short', 'HEAD'),
    originUrl: await git('remote', 'get-url', 'origin'),
  };
}

/**
 * `owner/name` of the repository: from a GitHub `origin` URL, otherwise
 * `local/<name of the remote>` (a local bare remote has no owner).
 */
export function repositoryName(originUrl: string | undefined, workspace: string): string {
  if (originUrl) {
    const github = /github\.com[:/]([^/]+)\/([^/]+?)(\.git)?\/?$/.exec(originUrl);
    if (github) return `${github[1]}/${github[2]}`;
    const name = basename(originUrl.replace(/\/+$/, '')).replace(/\.git$/, '');
    if (name) return `local/${name}`;
  }
  return `local/${basename(workspace)}`;
}

/** A minimal event payload (what `github.event` holds) for the events the runner starts. */
export function eventPayload(
  event: string,
  facts: { sha: string; ref: string; branch: string; repository: string; actor: string },
): Record<string, ContextValue> {
  const [owner, name] = facts.repository.split('/');
  const repository = { full_name: facts.repository, name, owner: { login: owner }, default_branch: 'main' };
  switch (event) {
    case 'push':
      return {
        ref: facts.ref,
        before: '0'.repeat(40),
        after: facts.sha,
        repository,
        head_commit: { id: facts.sha },
        pusher: { name: facts.actor },
        sender: { login: facts.actor },
      };
    case 'pull_request':
      return {
        action: 'synchronize',
        number: 1,
        pull_request: {
          number: 1,
          head: { ref: facts.branch, sha: facts.sha },
          base: { ref: 'main', sha: facts.sha },
        },
        repository,
        sender: { login: facts.actor },
      };
    case 'workflow_dispatch':
      return { inputs: {}, ref: facts.ref, repository, sender: { login: facts.actor } };
    default:
      return { repository, sender: { login: facts.actor } };
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
