import type { AnnotationPlace, Logger } from '@mlops-actions/action-kit';

export type LogLevel = 'info' | 'untrusted' | 'debug' | 'notice' | 'warning' | 'error' | 'group';

export interface LogEntry {
  level: LogLevel;
  text: string;
  place?: AnnotationPlace;
}

/**
 * A `Logger` for unit tests: it keeps every line in order, so a test asserts
 * on what a user would read without spying on the Actions toolkit.
 */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = [];

  info(text: string): void {
    this.entries.push({ level: 'info', text });
  }
  untrusted(text: string): void {
    this.entries.push({ level: 'untrusted', text });
  }
  debug(text: string): void {
    this.entries.push({ level: 'debug', text });
  }
  notice(text: string, place?: AnnotationPlace): void {
    this.entries.push(place ? { level: 'notice', text, place } : { level: 'notice', text });
  }
  warning(text: string, place?: AnnotationPlace): void {
    this.entries.push(place ? { level: 'warning', text, place } : { level: 'warning', text });
  }
  error(text: string, place?: AnnotationPlace): void {
    this.entries.push(place ? { level: 'error', text, place } : { level: 'error', text });
  }
  async group<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.entries.push({ level: 'group', text: name });
    return work();
  }

  /** The texts logged at `level`, in order. */
  lines(level: LogLevel): string[] {
    return this.entries.filter((entry) => entry.level === level).map((entry) => entry.text);
  }

  /** Every text, one a line, as the log would read (groups shown by their name). */
  toString(): string {
    return this.entries.map((entry) => entry.text).join('\n');
  }
}
