/**
 * The workflow commands a step prints (`::error::`, `::group::`,
 * `::add-mask::`…), read line by line the way the runner reads them.
 */

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
  private stopToken: string | undefined;

  constructor(private readonly masks: Masks) {}

  read(rawLine: string): LogEvent[] {
    const line = rawLine.replace(/\r$/, '');
    const command = parseCommand(line);
    if (this.stopToken !== undefined) {
      if (command?.name === this.stopToken) {
        this.stopToken = undefined;
        return [];
      }
      return [{ type: 'line', text: this.masks.apply(line) }];
    }
    if (command === undefined) return [{ type: 'line', text: this.masks.apply(line) }];
    const message = this.masks.apply(command.data);
    switch (command.name) {
      case 'add-mask':
        this.masks.add(command.data);
        return [];
      case 'stop-commands':
        if (command.data === '') return [{ type: 'line', text: this.masks.apply(line) }];
        this.stopToken = command.data;
        return [];
      case 'group':
        return [{ type: 'group', title: message }];
      case 'endgroup':
        return [{ type: 'endgroup' }];
      case 'error':
      case 'warning':
      case 'notice':
        return [
          { type: 'annotation', annotation: annotationOf(command.name, message, command.properties, this.masks) },
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
            command: command.name,
            reason:
              'this command is disabled on GitHub; write to the file in $GITHUB_OUTPUT, $GITHUB_STATE, $GITHUB_ENV or $GITHUB_PATH',
          },
        ];
      default:
        return [{ type: 'line', text: this.masks.apply(line) }];
    }
  }
}

interface Command {
  name: string;
  properties: Record<string, string>;
  data: string;
}

/** `::name key=value,key=value::data`, or undefined when the line is not a command. */
export function parseCommand(line: string): Command | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = text.slice(2, end);
  const space = head.indexOf(' ');
  const name = space < 0 ? head : head.slice(0, space);
  if (!/^[A-Za-z0-9_-]+$/.test(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = decodeProperty(pair.slice(eq + 1));
    }
  }
  return { name, properties, data: decodeData(text.slice(end + 2)) };
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

function decodeData(data: string): string {
  return data.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function decodeProperty(value: string): string {
  return value
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}
