import { isAbsolute, relative, sep } from 'node:path';
import { findFiles } from '@mlops-actions/action-kit';

/**
 * Folders never searched for reports: installed packages, virtual
 * environments and git's own files (pruned from the walk).
 */
const SKIPPED_FOLDERS = ['node_modules', '.venv', '.git'];

export interface FoundReport {
  /** Absolute path. */
  path: string;
  /** Relative to the workspace with `/` when inside it (how the summary names it), else absolute. */
  name: string;
}

/**
 * The JUnit files matched by `patterns` (relative to `directory`, or
 * absolute; `!` excludes; a folder stands for every file below it), sorted by
 * name. Symbolic links below where a pattern starts are not followed; a
 * pattern that starts at, or names, a path that resolves outside the
 * workspace is refused by name.
 */
export async function findReports(directory: string, patterns: string[], workspace: string): Promise<FoundReport[]> {
  return (await findFiles(directory, patterns, { prune: SKIPPED_FOLDERS, within: workspace, input: 'reports' }))
    .map((path) => ({ path, name: workspaceName(path, workspace) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function workspaceName(path: string, workspace: string): string {
  const inside = relative(workspace, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return path;
  return inside.split(sep).join('/');
}
