import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, temporaryDirectory, writeTree } from '@mlops-actions/action-testing';

/** The reports the real tools wrote (packages/junit/test/fixtures/scripts/regenerate.sh). */
export const FIXTURES = join(repoRoot, 'packages', 'junit', 'test', 'fixtures');
/** The workspace path the fixtures' absolute paths were rewritten to when generated. */
const FIXTURE_WORKSPACE = '/home/runner/work/project/project';

/** A fixture report, its absolute paths pointing into `workspace` when given (as if the tool had run there). */
export function fixtureReport(name: string, workspace?: string): string {
  const text = readFileSync(join(FIXTURES, 'reports', name), 'utf8');
  return workspace === undefined ? text : text.split(FIXTURE_WORKSPACE).join(workspace);
}

/** A fresh workspace holding `files`. */
export async function workspaceWith(files: Record<string, string | Buffer>): Promise<string> {
  const workspace = await temporaryDirectory('test-action-');
  await writeTree(workspace, files);
  return workspace;
}

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

export interface Annotation {
  title?: string;
  file?: string;
  line?: number;
  message: string;
}

/** The `::error …::` annotations the runner would show, with their properties decoded. */
export function errorAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const command of activeCommands(stdout)) {
    // Property values have their colons and commas escaped, so the first `::` ends them.
    const match = /^::error(?: (?<properties>[^:]*))?::(?<message>.*)$/.exec(command);
    if (!match?.groups) continue;
    const annotation: Annotation = { message: decode(match.groups['message']) };
    for (const pair of (match.groups['properties'] ?? '').split(',').filter(Boolean)) {
      const [key, value] = [pair.slice(0, pair.indexOf('=')), decode(pair.slice(pair.indexOf('=') + 1))];
      if (key === 'title') annotation.title = value;
      if (key === 'file') annotation.file = value;
      if (key === 'line') annotation.line = Number(value);
    }
    annotations.push(annotation);
  }
  return annotations;
}

function decode(text: string): string {
  return text
    .replace(/%0D/gi, '\r')
    .replace(/%0A/gi, '\n')
    .replace(/%3A/gi, ':')
    .replace(/%2C/gi, ',')
    .replace(/%25/g, '%');
}
