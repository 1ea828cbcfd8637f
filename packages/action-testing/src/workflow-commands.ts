/**
 * Reading a step's stdout the way the runner does: which lines are workflow
 * commands, and what they say once decoded. One reader for every test.
 */

/**
 * The lines of `stdout` the runner would take as workflow commands: it
 * ignores everything between `::stop-commands::<token>` and `::<token>::`.
 * Lines are trimmed, so an indented command counts too (the stricter view).
 */
export function activeCommands(stdout: string): string[] {
  const commands: string[] = [];
  let resumeWith: string | undefined;
  for (const raw of stdout.split('\n')) {
    const line = raw.trim();
    if (resumeWith !== undefined) {
      if (line === resumeWith) resumeWith = undefined;
      continue;
    }
    if (!line.startsWith('::')) continue;
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      resumeWith = `::${stop[1]}::`;
      continue;
    }
    commands.push(line);
  }
  return commands;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** One command line split into its name, decoded properties and decoded message. */
export function parseCommand(line: string): WorkflowCommand | undefined {
  // Property values have their colons and commas escaped, so the first `::` after the name ends them.
  const match = /^::(?<command>[\w-]+)(?: (?<properties>[^:]*))?::(?<message>.*)$/.exec(line);
  if (!match?.groups) return undefined;
  const properties: Record<string, string> = {};
  for (const pair of (match.groups['properties'] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = decode(pair.slice(eq + 1));
  }
  return { command: match.groups['command'], properties, message: decode(match.groups['message']) };
}

/** The decoded messages of the active `::<command> …::` lines. */
export function commandMessages(stdout: string, command: string): string[] {
  return activeCommands(stdout)
    .map(parseCommand)
    .filter((parsed) => parsed?.command === command)
    .map((parsed) => parsed!.message);
}

export interface Annotation {
  title?: string;
  file?: string;
  line?: number;
  message: string;
}

/** The `::error …::` annotations the runner would show, with their properties decoded. */
export function errorAnnotations(stdout: string): Annotation[] {
  return activeCommands(stdout)
    .map(parseCommand)
    .filter((parsed) => parsed?.command === 'error')
    .map((parsed) => {
      const { properties, message } = parsed!;
      const annotation: Annotation = { message };
      if (properties['title'] !== undefined) annotation.title = properties['title'];
      if (properties['file'] !== undefined) annotation.file = properties['file'];
      if (properties['line'] !== undefined) annotation.line = Number(properties['line']);
      return annotation;
    });
}

/** Undoes `@actions/core`'s escaping (the property escapes are a superset of the message's). */
function decode(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}
