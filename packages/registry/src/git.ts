import { getExecOutput } from '@actions/exec';

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
 * decides what a failure means.
 */
export interface Git {
  run(args: string[], options?: GitRunOptions): Promise<GitResult>;
}

/**
 * Git in `cwd` through `@actions/exec`, silent. Prompts are disabled (a
 * missing credential fails at once instead of hanging the job), and messages
 * are in English so that failures can be recognised. `env` is added to every
 * call (tests use it to hide the machine's global git config).
 */
export function createGit(cwd: string, options: { env?: Record<string, string> } = {}): Git {
  return {
    async run(args, runOptions = {}) {
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined) env[key] = value;
      }
      Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' }, options.env, runOptions.env);
      return getExecOutput('git', args, {
        cwd,
        env,
        silent: true,
        ignoreReturnCode: true,
        input: runOptions.input === undefined ? undefined : Buffer.from(runOptions.input, 'utf8'),
      });
    },
  };
}
