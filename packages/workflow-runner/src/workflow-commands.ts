/**
 * What the runner shows of a step's output: its workflow commands
 * (`::error::`, `::group::`, `::add-mask::`…) as log events, with masks
 * applied. The commands are parsed by the test tooling's reader, so the tests
 * and the runner read a step's output the same way.
 */
import { CommandScanner } from '@mlops-actions/action-testing/runner-protocol';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  /** `file:line:col` when the command named a place. */
  location?: string;
}

/** One thing to show from a step's output. */
export type LogEvent =
  | { type: 'line'; text: string }
  | { type: 'group'; title: string }
  | { type: 'endgroup' }
  | { type: 'annotation'; annotation: Annotation }
  | { type: 'debug'; text: string }
  | { type: 'ignored'; command: string; reason: string };

/** The values to hide from everything the runner prints: secrets and `::add-mask::` values. */
export class Masks {
  private readonly values = new Set<string>();

  add(value: string): void {
    for (const part of [value, ...value.split(/\r?\n/)]) {
      const trimmed = part.trim();
      if (trimmed !== '') this.values.add(trimmed);
    }
  }

  /** `text` with every masked value replaced by `***`, longest first. */
  apply(text: string): string {
    if (this.values.size === 0) return text;
    let result = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) {
      result = result.split(value).join('***');
    }
    return result;
  }

  /** Whether `text` holds a masked value (such a job output is not passed on). */
  reveals(text: string): boolean {
    for (const value of this.values) if (text.includes(value)) return true;
    return false;
  }
}

/**
 * Turns the lines of a step's output into log events. `::add-mask::` adds to
 * `masks`; `::stop-commands::TOKEN` makes every line plain text until `::TOKEN::`.
 */
export class WorkflowCommandReader {
  private readonly scanner = new CommandScanner();

  constructor(private readonly masks: Masks) {}

  read(rawLine: string): LogEvent[] {
    const line = rawLine.replace(/\r$/, '');
    const scanned = this.scanner.scan(line);
    if (scanned.type === 'stop' || scanned.type === 'resume') return [];
    if (scanned.type === 'text') return [{ type: 'line', text: this.masks.apply(line) }];
    const { command } = scanned;
    const message = this.masks.apply(command.message);
    switch (command.command) {
      case 'add-mask':
        this.masks.add(command.message);
        return [];
      case 'group':
        return [{ type: 'group', title: message }];
      case 'endgroup':
        return [{ type: 'endgroup' }];
      case 'error':
      case 'warning':
      case 'notice':
        return [
          { type: 'annotation', annotation: annotationOf(command.command, message, command.properties, this.masks) },
        ];
      case 'debug':
        return [{ type: 'debug', text: message }];
      case 'echo':
        return [];
      case 'set-output':
      case 'save-state':
      case 'set-env':
      case 'add-path':
        return [
          {
            type: 'ignored',
            command: command.command,
            reason:
              'this command is disabled on GitHub; write to the file in $GITHUB_OUTPUT, $GITHUB_STATE, $GITHUB_ENV or $GITHUB_PATH',
          },
        ];
      default:
        return [{ type: 'line', text: this.masks.apply(line) }];
    }
  }
}

function annotationOf(
  level: AnnotationLevel,
  message: string,
  properties: Record<string, string>,
  masks: Masks,
): Annotation {
  const annotation: Annotation = { level, message };
  if (properties.title) annotation.title = masks.apply(properties.title);
  if (properties.file) {
    const place = [properties.file, properties.line, properties.col].filter(
      (part) => part !== undefined && part !== '',
    );
    annotation.location = masks.apply(place.join(':'));
  }
  return annotation;
}
