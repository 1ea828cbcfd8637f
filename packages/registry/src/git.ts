export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
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
 * (`LC_ALL=C`) and no prompts. The production implementation runs in the
 * actions (action-kit's `createGit`, over `@actions/exec`), so this package
 * runs wherever Node and git do.
 */
export interface Git {
  run(args: string[], options?: GitRunOptions): Promise<GitResult>;
}
