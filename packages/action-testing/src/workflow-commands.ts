/**
 * The workflow commands a step prints (`::error::`, `::group::`,
 * `::add-mask::`…), read line by line the way GitHub's runner reads them. One
 * reader for the local workflow runner and for every test that checks a
 * step's stdout. It imports nothing, so the runner's bundle takes only it.
 */

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** How the runner takes one line of a step's output. */
export type CommandLine =
  | { type: 'command'; command: WorkflowCommand }
  /** Not a command, or commands are stopped. */
  | { type: 'text' }
  /** `::stop-commands::TOKEN` and its closing `::TOKEN::`: acted on, never shown. */
  | { type: 'stop' }
  | { type: 'resume' };

/**
 * The commands the runner acts on in the older `##[command]message` form.
 * That form is found anywhere in a line, not only at its start.
 */
const LEGACY_COMMANDS = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

/** The line breaks the runner reads a step's output by: LF, CR LF, and a lone CR. */
export const RUNNER_LINE_BREAK = /\r\n|\r|\n/;

/**
 * `::command key=value,key=value::message` (leading blanks ignored, as the
 * runner ignores them) or `##[command key=value;]message` anywhere in the
 * line; undefined when the line is not a command.
 */
export function parseCommand(line: string): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return parseLegacyCommand(line);
  // Property values have their colons escaped, so the first `::` after the name ends them.
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const head = text.slice(2, end);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  if (!/^[A-Za-z0-9_-]+$/.test(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = decodeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: decodeMessage(text.slice(end + 2)) };
}

/** `##[command key=value;key=value]message`, the runner's first command form. */
function parseLegacyCommand(line: string): WorkflowCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const head = line.slice(start + 3, end);
  const space = head.indexOf(' ');
  const command = space < 0 ? head : head.slice(0, space);
  if (!LEGACY_COMMANDS.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of head.slice(space + 1).split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = decodeLegacy(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: decodeLegacy(line.slice(end + 1)) };
}

/**
 * Reads a step's output line after line: `::stop-commands::TOKEN` makes
 * every line text until `::TOKEN::`.
 */
export class CommandScanner {
  private stopToken: string | undefined;

  scan(line: string): CommandLine {
    const command = parseCommand(line);
    if (this.stopToken !== undefined) {
      if (command?.command !== this.stopToken) return { type: 'text' };
      this.stopToken = undefined;
      return { type: 'resume' };
    }
    if (command === undefined) return { type: 'text' };
    if (command.command === 'stop-commands') {
      if (command.message === '') return { type: 'text' };
      this.stopToken = command.message;
      return { type: 'stop' };
    }
    return { type: 'command', command };
  }
}

/**
 * The lines of `stdout` the runner would take as workflow commands, trimmed
 * (so an indented command counts too): the lines between
 * `::stop-commands::TOKEN` and `::TOKEN::` are text.
 */
export function activeCommands(stdout: string): string[] {
  return activeCommandsOf(stdout).map(({ line }) => line);
}

/** The decoded messages of the active `::<command> …::` lines. */
export function commandMessages(stdout: string, command: string): string[] {
  return activeCommandsOf(stdout)
    .filter((found) => found.command.command === command)
    .map((found) => found.command.message);
}

export interface Annotation {
  title?: string;
  file?: string;
  line?: number;
  message: string;
}

/** The `::error …::` annotations the runner would show, with their properties decoded. */
export function errorAnnotations(stdout: string): Annotation[] {
  return activeCommandsOf(stdout)
    .filter((found) => found.command.command === 'error')
    .map(({ command: { properties, message } }) => {
      const annotation: Annotation = { message };
      if (properties['title'] !== undefined) annotation.title = properties['title'];
      if (properties['file'] !== undefined) annotation.file = properties['file'];
      if (properties['line'] !== undefined) annotation.line = Number(properties['line']);
      return annotation;
    });
}

/** The lines of `stdout` the runner would act on, each with its command. */
export function activeCommandsOf(stdout: string): { line: string; command: WorkflowCommand }[] {
  const scanner = new CommandScanner();
  const found: { line: string; command: WorkflowCommand }[] = [];
  for (const raw of stdout.split(RUNNER_LINE_BREAK)) {
    const line = raw.trim();
    const scanned = scanner.scan(line);
    if (scanned.type === 'command') found.push({ line, command: scanned.command });
  }
  return found;
}

/**
 * Undoes one of the runner's escapings: each `%XX` of `escaped` becomes its
 * character, and `%25` (the escaped `%`) last, as the runner undoes them.
 */
function unescapeWith(escaped: string): (value: string) => string {
  return (value) => {
    let text = value;
    for (const character of escaped) {
      const code = character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
      text = text.replace(new RegExp(`%${code}`, 'gi'), character);
    }
    return text.replace(/%25/g, '%');
  };
}

/** A message, as core.error and core.setOutput escape it. */
const decodeMessage = unescapeWith('\r\n');
/** A property value: a message's escapes, and `:` and `,`. */
const decodeProperty = unescapeWith('\r\n:,');
/** The `##[…]` form's message and property values. */
const decodeLegacy = unescapeWith(';\r\n]');
