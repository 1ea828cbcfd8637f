import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface ProcessSpec {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Kill the process (and its process group) after this long. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface ProcessOutcome {
  /** null when it ended by a signal. */
  exitCode: number | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Set when it could not be started. */
  error?: string;
}

/** After the process exits, how long to wait for output still in flight. */
const OUTPUT_GRACE_MS = 2000;

/**
 * Runs a step's process, handing each line of stdout and stderr to `onLine`.
 * The process gets its own process group, so a timeout or a cancel stops
 * everything it started; a background process that keeps the output open
 * (a server started with `&`) does not keep the step running.
 */
export function runProcess(spec: ProcessSpec, onLine: (line: string) => void): Promise<ProcessOutcome> {
  return new Promise((resolvePromise) => {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const outcome: ProcessOutcome = { exitCode: null, timedOut: false, cancelled: false };
    const readers = [child.stdout, child.stderr].map((stream) => lineReader(stream, onLine));
    const timer =
      spec.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            outcome.timedOut = true;
            stopGroup(child);
          }, spec.timeoutMs);
    const onAbort = (): void => {
      outcome.cancelled = true;
      stopGroup(child);
    };
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      if (timer) clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
      for (const reader of readers) {
        reader.flush();
        reader.stream.destroy();
      }
      resolvePromise(outcome);
    };
    child.on('error', (error) => {
      outcome.error = error.message;
      finish();
    });
    child.on('exit', (code) => {
      outcome.exitCode = code;
      setTimeout(finish, OUTPUT_GRACE_MS).unref();
    });
    child.on('close', finish);
  });
}

/** Hands each complete line of `stream` to `onLine`; `flush` hands over the last, unterminated one. */
function lineReader(stream: Readable, onLine: (line: string) => void): { stream: Readable; flush: () => void } {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    // The runner's line breaks; a CR at the end of a chunk waits for a possible LF.
    const lines = pending.split(/\r\n|\r(?!$)|\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  return {
    stream,
    flush: () => {
      pending = pending.replace(/\r$/, '');
      if (pending !== '') onLine(pending);
      pending = '';
    },
  };
}

/** SIGTERM to the child's process group, SIGKILL 3 s later to what is left. */
function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  setTimeout(() => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 3000).unref();
}
