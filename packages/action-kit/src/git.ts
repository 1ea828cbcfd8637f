import { environmentWith } from './commands.js';
import { runProcessGroup } from './process-group.js';
import { timeLimitMs } from './runner-context.js';

/** What one git call gave: a non-zero exit is returned, not thrown. */
export interface GitCallResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Set when git ran longer than its timeout and was stopped: the timeout, in milliseconds. */
  timedOutAfterMs?: number;
}

/**
 * The git CLI of one working copy. It has the shape of the registry's `Git`
 * interface (kept there, beside what uses it); the registry takes it as a
 * parameter, so it never loads a process API itself.
 */
export interface GitCli {
  run(args: string[], options?: { input?: string; env?: Record<string, string> }): Promise<GitCallResult>;
}

export interface GitOptions {
  /** Added to every call's environment (tests use it to hide the machine's global git config). */
  env?: Record<string, string>;
  /**
   * How long one call may run before git is stopped: DESIGN's 60 s (tests
   * shorten it with `MLOPS_ACTIONS_GIT_TIMEOUT_MS`). A remote that accepts
   * the connection and never answers would otherwise hold the step until the
   * job's own timeout.
   */
  timeoutMs?: number;
}

/** DESIGN.md: each git network call has 60 seconds. */
export const GIT_TIMEOUT_MS = 60_000;

/** How long a git stopped with SIGTERM (which lets it remove its lock and temporary files) gets before SIGKILL. */
const KILL_GRACE_MS = 2_000;

/**
 * Git in `cwd`, silent. Prompts are disabled (a missing credential fails at
 * once instead of hanging the job), and messages are in English so that
 * failures can be recognised. Each call is bounded by `timeoutMs`.
 */
export function createGit(cwd: string, options: GitOptions = {}): GitCli {
  const timeoutMs = options.timeoutMs ?? timeLimitMs('MLOPS_ACTIONS_GIT_TIMEOUT_MS', GIT_TIMEOUT_MS);
  return {
    run(args, runOptions = {}) {
      const env = environmentWith({ GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env, ...runOptions.env });
      return runGit(args, { cwd, env, input: runOptions.input, timeoutMs });
    },
  };
}

/**
 * Runs git once, in a process group of its own, so that stopping it also
 * stops its transport helper (`git-remote-http`, `ssh`), which holds the
 * connection and the output pipes.
 */
async function runGit(
  args: string[],
  options: { cwd: string; env: Record<string, string>; input: string | undefined; timeoutMs: number },
): Promise<GitCallResult> {
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  const { exitCode, stopped } = await runProcessGroup('git', args, {
    cwd: options.cwd,
    env: options.env,
    // git reads stdin only when given input (a tag message); otherwise it gets none.
    ...(options.input === undefined ? {} : { input: options.input }),
    timeoutMs: options.timeoutMs,
    graceMs: KILL_GRACE_MS,
    onStdout: (chunk) => stdout.push(chunk),
    onStderr: (chunk) => stderr.push(chunk),
  });
  const result: GitCallResult = {
    exitCode,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
  };
  if (stopped) {
    result.stderr += `\ngit was stopped: it did not finish within ${options.timeoutMs / 1000} s\n`;
    result.timedOutAfterMs = options.timeoutMs;
  }
  return result;
}
