import { stat } from 'node:fs/promises';
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

/** The found reports, split by whether the test command wrote them. */
export interface ReportsByAge {
  /** Modified since the command started: its own. */
  written: FoundReport[];
  /** Modified before: left from an earlier run (committed, cached, restored), not this one's results. */
  stale: FoundReport[];
}

/**
 * Splits `reports` by their modification time against `started`, when the
 * command started (milliseconds since the epoch). Some file systems keep
 * modification times in whole seconds (ext3, HFS+, some network mounts), so
 * a report written in the same second as the start can carry a time before
 * it: the start is rounded down to its second, and only a report modified in
 * an earlier second is stale. A report that cannot be read now counts as
 * written: reading it says what is wrong with it.
 */
export async function splitByAge(reports: FoundReport[], started: number): Promise<ReportsByAge> {
  const since = Math.floor(started / 1000) * 1000;
  const split: ReportsByAge = { written: [], stale: [] };
  for (const report of reports) {
    const modified = await stat(report.path).then(
      (stats) => stats.mtimeMs,
      () => undefined,
    );
    (modified !== undefined && modified < since ? split.stale : split.written).push(report);
  }
  return split;
}
