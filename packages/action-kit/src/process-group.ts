import { spawn } from 'node:child_process';
import { constants } from 'node:os';

export interface ProcessGroupOptions {
  cwd: string;
  env: Record<string, string>;
  /** Written to the process's standard input, which is closed after it; without it, there is no input. */
  input?: string;
  /** Once the process has run this long, its group is stopped (SIGTERM, then SIGKILL after `graceMs`). */
  timeoutMs?: number;
  /** Stops the group when it aborts: with the signal the abort reason names (`'SIGINT'`), else SIGTERM. */
  signal?: AbortSignal;
  /** How long a stopped group has to exit before SIGKILL. */
  graceMs: number;
  /** The grace after an abort, when it must be shorter (a cancelled job is killed soon after). */
  abortGraceMs?: number;
  onStdout: (data: Buffer) => void;
  onStderr: (data: Buffer) => void;
}

export interface ProcessGroupResult {
  /** The exit code; for a process killed by a signal, 128 + its number, as a shell reports it. */
  exitCode: number;
  /** Set when the process did not end by itself: it ran past `timeoutMs`, or `signal` aborted it. */
  stopped?: 'timeout' | 'aborted';
}

/** Output that processes which escaped a stopped group may still hold open is not waited for longer than this. */
const STREAM_WAIT_MS = 1_000;
const GROUP_POLL_MS = 100;
/** How long a group that got SIGKILL is watched until its processes are gone. */
const KILLED_WAIT_MS = 1_000;

/**
 * Runs a process as the leader of a new process group (`@actions/exec`
 * cannot), so that stopping it reaches the processes it started too: a
 * script's children, git's transport helper that holds the connection. A
 * stopped leader's leftovers in its group get the same grace, then SIGKILL.
 * The one place that starts a group: the deploy command and git share it.
 */
export function runProcessGroup(
  file: string,
  args: string[],
  options: ProcessGroupOptions,
): Promise<ProcessGroupResult> {
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const { stdout, stderr } = child as {
    stdout: NodeJS.ReadableStream & { readableEnded: boolean };
    stderr: NodeJS.ReadableStream & { readableEnded: boolean };
  };
  stdout.on('data', options.onStdout);
  stderr.on('data', options.onStderr);
  if (child.stdin) {
    // A process may exit without reading its input: that is its answer, not an error here.
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(options.input ?? '', 'utf8'));
  }
  const group = child.pid;
  let stopped: ProcessGroupResult['stopped'];
  let killTimer: NodeJS.Timeout | undefined;
  let killAt = 0;
  const signalGroup = (signal: NodeJS.Signals): void => {
    if (group === undefined) return;
    try {
      process.kill(-group, signal);
    } catch {
      // The group is gone already.
    }
  };
  const stop = (why: NonNullable<ProcessGroupResult['stopped']>, signal: NodeJS.Signals): void => {
    if (stopped) return;
    stopped = why;
    signalGroup(signal);
    const grace =
      why === 'aborted' ? Math.min(options.graceMs, options.abortGraceMs ?? options.graceMs) : options.graceMs;
    killAt = Date.now() + grace;
    killTimer = setTimeout(() => signalGroup('SIGKILL'), grace);
  };
  const timer =
    options.timeoutMs === undefined ? undefined : setTimeout(() => stop('timeout', 'SIGTERM'), options.timeoutMs);
  const onAbort = (): void => stop('aborted', signalNamed(options.signal?.reason) ?? 'SIGTERM');
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  return new Promise<ProcessGroupResult>((resolve, reject) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      const finish = (): void => resolve(stopped ? { exitCode, stopped } : { exitCode });
      const drain = (): void => {
        if (stdout.readableEnded && stderr.readableEnded) return finish();
        // The rest of the output, unless a process that left the group holds the pipes open.
        const wait = setTimeout(finish, stopped ? STREAM_WAIT_MS : STREAM_WAIT_MS * 10);
        child.on('close', () => {
          clearTimeout(wait);
          finish();
        });
      };
      if (!stopped || group === undefined) {
        clearTimeout(killTimer);
        return drain();
      }
      // The rest of a stopped group has the same grace (a child may be cleaning up), then SIGKILL.
      let over = false;
      const done = (): void => {
        if (over) return;
        over = true;
        clearInterval(poll);
        clearTimeout(killTimer);
        drain();
      };
      const poll = setInterval(() => {
        if (!groupRuns(group)) done();
      }, GROUP_POLL_MS);
      clearTimeout(killTimer);
      killTimer = setTimeout(
        () => {
          signalGroup('SIGKILL');
          // SIGKILL is not instant on a busy machine: the poll sees the group go, within a bound (a zombie no one
          // reaps would otherwise hold the step).
          killTimer = setTimeout(done, KILLED_WAIT_MS);
        },
        Math.max(0, killAt - Date.now()),
      );
      if (!groupRuns(group)) done();
    });
  });
}

/** Whether any process of the group is left (a zombie not yet reaped counts; the SIGKILL bounds the wait). */
function groupRuns(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

function signalNamed(reason: unknown): NodeJS.Signals | undefined {
  return reason === 'SIGINT' || reason === 'SIGTERM' || reason === 'SIGHUP' ? reason : undefined;
}
