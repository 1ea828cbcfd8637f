export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when git ran past its time limit and was stopped (a remote that stopped answering): the limit, in ms. */
  timedOutAfterMs?: number;
}

export interface GitRunOptions {
  /** Written to git's standard input (a tag message for `git tag -F -`). */
  input?: string;
  /** Extra environment for this call only (a committer identity). */
  env?: Record<string, string>;
}

/**
 * The git CLI of one working copy. Arguments are passed as an array, never
 * through a shell; a non-zero exit is returned, not thrown, so the caller
 * decides what a failure means. The registry expects messages in English
 * (`LC_ALL=C`) and no prompts. A call to the remote should be bounded in time
 * and report a stop by `timedOutAfterMs`. The production implementation runs
 * in the actions (action-kit's `createGit`), so this package runs wherever
 * Node and git do.
 */
export interface Git {
  run(args: string[], options?: GitRunOptions): Promise<GitResult>;
}
