import type { JobResult, StepResult, WorkflowResult } from './results.js';
import { summaryLines } from './summary-text.js';
import type { LogEvent } from './workflow-commands.js';

/** What the runner tells whoever watches it run. */
export interface Reporter {
  workflowStarted(workflow: {
    name: string;
    file: string;
    event: string;
    workspace: string;
    repository: string;
    sha: string;
  }): void;
  note(text: string): void;
  jobStarted(job: { id: string; name: string; environment?: string }): void;
  jobSkipped(job: JobResult): void;
  stepLog(stepName: string, event: LogEvent): void;
  stepFinished(step: StepResult): void;
  jobFinished(job: JobResult): void;
  /** With a GitHub stand-in, after the last job: what it holds (its transcript, masked), as lines. */
  githubReceived?(transcript: readonly string[]): void;
  workflowFinished(result: WorkflowResult): void;
}

export interface TerminalOptions {
  /** ANSI colours (the CLI turns them on for a terminal without NO_COLOR). */
  color?: boolean;
  /** Show `::debug::` lines. */
  verbose?: boolean;
}

const STYLES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;
type Style = keyof typeof STYLES;

/** Writes the run as readable lines: a progress line per step, step logs indented below their step. */
export class TerminalReporter implements Reporter {
  private openStep: string | undefined;
  private groupDepth = 0;

  constructor(
    private readonly write: (line: string) => void,
    private readonly options: TerminalOptions = {},
  ) {}

  workflowStarted(workflow: {
    name: string;
    file: string;
    event: string;
    workspace: string;
    repository: string;
    sha: string;
  }): void {
    const file = workflow.file === workflow.name ? '' : `  ${this.paint('dim', workflow.file)}`;
    this.write(`${this.paint('bold', `▶ ${workflow.name}`)}${file}`);
    this.write(
      this.paint(
        'dim',
        `  event ${workflow.event} · ${workflow.repository} @ ${workflow.sha.slice(0, 7)} · workspace ${workflow.workspace}`,
      ),
    );
  }

  note(text: string): void {
    this.write(this.paint('dim', `  note: ${text}`));
  }

  jobStarted(job: { id: string; name: string; environment?: string }): void {
    const title = job.name === job.id ? job.id : `${job.id} · ${job.name}`;
    const environment = job.environment
      ? this.paint('cyan', `  environment ${job.environment} (recorded; approvals are not asked locally)`)
      : '';
    this.write('');
    this.write(`${this.paint('bold', `● Job ${title}`)}${environment}`);
  }

  jobSkipped(job: JobResult): void {
    this.write('');
    this.write(this.paint('dim', `– Job ${job.id} skipped${job.reason ? `: ${job.reason}` : ''}`));
  }

  stepLog(stepName: string, event: LogEvent): void {
    if (event.type === 'debug' && !this.options.verbose) return;
    if (this.openStep !== stepName) {
      this.openStep = stepName;
      this.groupDepth = 0;
      this.write(`  ${this.paint('cyan', '▸')} ${stepName}`);
    }
    const bar = this.paint('dim', '  │ ') + '  '.repeat(this.groupDepth);
    switch (event.type) {
      case 'line':
        this.write(`${bar}${event.text}`);
        break;
      case 'group':
        this.write(`${bar}${this.paint('bold', `▾ ${event.title}`)}`);
        this.groupDepth++;
        break;
      case 'endgroup':
        this.groupDepth = Math.max(0, this.groupDepth - 1);
        break;
      case 'annotation': {
        const { level, message, title, location } = event.annotation;
        const mark =
          level === 'error'
            ? this.paint('red', '✗ Error')
            : level === 'warning'
              ? this.paint('yellow', '! Warning')
              : this.paint('cyan', 'ℹ Notice');
        const where = location ? this.paint('dim', ` (${location})`) : '';
        const [first, ...rest] = message.split('\n');
        this.write(`${bar}${mark}: ${title ? `${title}: ` : ''}${first}${where}`);
        for (const line of rest) this.write(`${bar}  ${line}`);
        break;
      }
      case 'debug':
        this.write(`${bar}${this.paint('dim', `debug: ${event.text}`)}`);
        break;
      case 'ignored':
        this.write(`${bar}${this.paint('yellow', `! ::${event.command}:: ignored: ${event.reason}`)}`);
        break;
    }
  }

  stepFinished(step: StepResult): void {
    this.openStep = undefined;
    const duration = this.paint('dim', `(${formatDuration(step.durationMs)})`);
    if (step.conclusion === 'skipped') {
      this.write(this.paint('dim', `  – ${step.name} (skipped)`));
    } else if (step.outcome === 'failure') {
      const tolerated = step.conclusion === 'success' ? this.paint('yellow', ' (continue-on-error)') : '';
      this.write(`  ${this.paint('red', '✗')} ${step.name} ${duration}${tolerated}`);
    } else {
      this.write(`  ${this.paint('green', '✓')} ${step.name} ${duration}`);
    }
    if (step.error) this.write(`    ${this.paint('red', step.error)}`);
    const summary = step.summary.trim() === '' ? [] : summaryLines(step.summary);
    if (summary.length > 0) {
      this.write(this.paint('dim', '    ┌ summary'));
      for (const line of summary) this.write(`${this.paint('dim', '    │ ')}${line}`.trimEnd());
      this.write(this.paint('dim', '    └'));
    }
  }

  jobFinished(job: JobResult): void {
    const duration = this.paint('dim', `(${formatDuration(job.durationMs)})`);
    const outputs = Object.entries(job.outputs).filter(([, value]) => value !== '');
    const shown =
      outputs.length > 0 ? this.paint('dim', `  outputs: ${outputs.map(([k, v]) => `${k}=${v}`).join(' ')}`) : '';
    if (job.result === 'success') this.write(`${this.paint('green', `✓ Job ${job.id} succeeded`)} ${duration}${shown}`);
    else
      this.write(
        `${this.paint('red', `✗ Job ${job.id} ${job.result === 'cancelled' ? 'was cancelled' : 'failed'}`)} ${duration}${job.reason ? `: ${job.reason}` : ''}`,
      );
    if (job.environment) {
      this.write(
        this.paint(
          'dim',
          `  environment ${job.environment.name}${job.environment.url ? ` · ${job.environment.url}` : ''}`,
        ),
      );
    }
  }

  /**
   * What a reviewer would see on GitHub: each line behind a bar, like a
   * step's log, so text the steps sent GitHub never starts a line of this
   * output (where it could read as a workflow command).
   */
  githubReceived(transcript: readonly string[]): void {
    this.write('');
    this.write(this.paint('bold', '● GitHub stand-in received'));
    if (transcript.length === 0) this.write(this.paint('dim', '  nothing: the steps created nothing on GitHub'));
    for (const line of transcript) this.write(`${this.paint('dim', '  │ ')}${line}`.trimEnd());
  }

  workflowFinished(result: WorkflowResult): void {
    const marks = Object.values(result.jobs).map((job) => `${job.id} ${MARKS[job.result]}`);
    const verdict =
      result.conclusion === 'success' ? this.paint('green', '✓ success') : this.paint('red', `✗ ${result.conclusion}`);
    this.write('');
    this.write(`${this.paint('bold', `${result.name}:`)} ${verdict}  ${this.paint('dim', marks.join(' · '))}`);
  }

  private paint(style: Style, text: string): string {
    if (!this.options.color) return text;
    const [open, close] = STYLES[style];
    return `\u001b[${open}m${text}\u001b[${close}m`;
  }
}

const MARKS = { success: '✓', failure: '✗', skipped: '–', cancelled: '⊘' } as const;

/** `850 ms`, `12.3 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
