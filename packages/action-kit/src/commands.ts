import * as exec from '@actions/exec';
import { runProcessGroup } from './process-group.js';

export interface ScriptOptions {
  /** Directory to run in. */
  cwd: string;
  /** Extra environment variables; the only way the action passes values to a script. */
  env?: Record<string, string>;
  /**
   * When set, the script runs in a process group of its own, and is stopped
   * with every process of that group (SIGTERM, then SIGKILL after the grace)
   * once it has run this long.
   */
  timeoutMs?: number;
  /**
   * Stops the script's process group when it aborts. An abort reason that
   * names a signal (`'SIGINT'`) is the signal sent; otherwise SIGTERM.
   */
  signal?: AbortSignal;
  /**
   * How long a stopped script has to exit before its group gets SIGKILL:
   * default 10 s, and at most 5 s after an abort (see ABORT_GRACE_MS).
   */
  killGraceMs?: number;
}

export interface ScriptResult {
  exitCode: number;
  /** The last lines of stdout and stderr together, for the error message. */
  tail: string;
  durationMs: number;
  /** Set when the script did not end by itself: it ran past `timeoutMs`, or `signal` aborted it. */
  stopped?: 'timeout' | 'aborted';
}

export interface ToolResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ToolOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Stream the tool's output to the log (default: only collect it). */
  stream?: boolean;
}

/**
 * Runs processes for an action. Author-written commands go through bash, the
 * way a `run:` step does; tools get argument arrays and never a shell.
 */
export interface CommandRunner {
  script(script: string, options: ScriptOptions): Promise<ScriptResult>;
  tool(tool: string, args: string[], options?: ToolOptions): Promise<ToolResult>;
}

const TAIL_LINES = 20;
const TAIL_BYTES = 16 * 1024;
/** CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles) that tools print to terminals. */
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** The runner used in production: `@actions/exec`, output streamed to the log. */
export const actionsCommandRunner: CommandRunner = {
  async script(script, options) {
    if (options.timeoutMs !== undefined || options.signal) return runStoppable(script, options);
    const tail = new OutputTail();
    const started = Date.now();
    const exitCode = await exec.exec('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], {
      cwd: options.cwd,
      env: environmentWith(options.env),
      ignoreReturnCode: true,
      listeners: { stdout: (data) => tail.push(data), stderr: (data) => tail.push(data) },
    });
    return { exitCode, tail: tail.text(), durationMs: Date.now() - started };
  },

  async tool(tool, args, options = {}) {
    const result = await exec.getExecOutput(tool, args, {
      cwd: options.cwd,
      env: environmentWith(options.env),
      ignoreReturnCode: true,
      silent: !options.stream,
    });
    return result;
  },
};

const BASH_ARGS = ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c'];
const KILL_GRACE_MS = 10_000;
/**
 * An abort is a cancelled job: the runner sends SIGTERM 7.5 s after SIGINT and
 * kills the step 2.5 s later, so an aborted script gets less time, which
 * leaves the action time to say what state it left.
 */
const ABORT_GRACE_MS = 5_000;

/**
 * Runs a script as the leader of a process group of its own, so that
 * stopping it reaches the processes it started too; output streams to the
 * log as `@actions/exec` streams it.
 */
async function runStoppable(script: string, options: ScriptOptions): Promise<ScriptResult> {
  const tail = new OutputTail();
  const started = Date.now();
  process.stdout.write(`[command]bash ${BASH_ARGS.join(' ')} ${script}\n`);
  const { exitCode, stopped } = await runProcessGroup('bash', [...BASH_ARGS, script], {
    cwd: options.cwd,
    env: environmentWith(options.env),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.signal ? { signal: options.signal } : {}),
    graceMs: options.killGraceMs ?? KILL_GRACE_MS,
    abortGraceMs: ABORT_GRACE_MS,
    onStdout: (data) => {
      tail.push(data);
      process.stdout.write(data);
    },
    onStderr: (data) => {
      tail.push(data);
      process.stderr.write(data);
    },
  });
  return { exitCode, tail: tail.text(), durationMs: Date.now() - started, ...(stopped ? { stopped } : {}) };
}

/** The process environment plus `extra`, with unset variables dropped. */
export function environmentWith(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  return Object.assign(env, extra);
}

/** Keeps the last bytes of a stream of output and gives its last lines. */
export class OutputTail {
  private chunks: Buffer[] = [];
  private size = 0;

  push(data: Buffer): void {
    this.chunks.push(data);
    this.size += data.length;
    while (this.size - this.chunks[0].length >= TAIL_BYTES) {
      this.size -= this.chunks.shift()!.length;
    }
  }

  /** The last lines, without terminal colour codes: they read as garbage in an annotation or a summary. */
  text(lines = TAIL_LINES): string {
    const all = Buffer.concat(this.chunks).toString('utf8').replace(ANSI_ESCAPE, '').replace(/\s+$/, '');
    return all.split(/\r?\n/).slice(-lines).join('\n');
  }
}
