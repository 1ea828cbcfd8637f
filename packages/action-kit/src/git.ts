import { getExecOutput } from '@actions/exec';
import { environmentWith } from './commands.js';

/** What one git call gave: a non-zero exit is returned, not thrown. */
export interface GitCallResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * The git CLI of one working copy. It has the shape of the registry's `Git`
 * interface (kept there, beside what uses it); the registry takes it as a
 * parameter, so it never loads `@actions/exec` itself.
 */
export interface GitCli {
  run(args: string[], options?: { input?: string; env?: Record<string, string> }): Promise<GitCallResult>;
}

/**
 * Git in `cwd` through `@actions/exec`, silent. Prompts are disabled (a
 * missing credential fails at once instead of hanging the job), and messages
 * are in English so that failures can be recognised. `env` is added to every
 * call (tests use it to hide the machine's global git config).
 */
export function createGit(cwd: string, options: { env?: Record<string, string> } = {}): GitCli {
  return {
    async run(args, runOptions = {}) {
      const env = environmentWith({ GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env, ...runOptions.env });
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
