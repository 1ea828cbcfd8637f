import { isAbsolute, join, relative, sep } from 'node:path';

/** Folders never searched for reports: installed packages and git's own files. */
const SKIPPED_FOLDERS = ['node_modules', '.git'];

export interface FoundReport {
  /** Absolute path. */
  path: string;
  /** Relative to the workspace with `/` when inside it (how the summary names it), else absolute. */
  name: string;
}

/**
 * The JUnit files matched by `patterns` (relative to `directory`, or
 * absolute; `!` excludes), sorted by name.
 */
export async function findReports(directory: string, patterns: string[], workspace: string): Promise<FoundReport[]> {
  // Loaded here, not at start-up: only this phase globs.
  const glob = await import('@actions/glob');
  const anchored = patterns.map((pattern) => {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    return `${negated ? '!' : ''}${isAbsolute(body) ? body : join(directory, body)}`;
  });
  // Last, so that no pattern of the user's brings them back. (@actions/glob still walks these
  // folders: an exclusion filters what it yields, it does not prune the walk.)
  for (const folder of SKIPPED_FOLDERS) anchored.push(`!${join(directory, '**', folder, '**')}`);
  const globber = await glob.create(anchored.join('\n'), { matchDirectories: false, followSymbolicLinks: false });
  return (await globber.glob())
    .map((path) => ({ path, name: workspaceName(path, workspace) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function workspaceName(path: string, workspace: string): string {
  const inside = relative(workspace, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return path;
  return inside.split(sep).join('/');
}
