import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { promisify } from 'node:util';

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

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
