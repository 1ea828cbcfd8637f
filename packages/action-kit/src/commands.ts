import * as exec from '@actions/exec';

export interface ScriptOptions {
  /** Directory to run in. */
  cwd: string;
  /** Extra environment variables; the only way the action passes values to a script. */
  env?: Record<string, string>;
}

export interface ScriptResult {
  exitCode: number;
  /** The last lines of stdout and stderr together, for the error message. */
  tail: string;
  durationMs: number;
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
