import type { Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/**
 * Folders never searched for reports: installed packages, virtual
 * environments and git's own files. They are pruned from the walk, not just
 * filtered from its results: a Python `.venv` or a `node_modules` holds tens
 * of thousands of files that a default `**\/junit*.xml` would otherwise visit.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.venv']);

export interface FoundReport {
  /** Absolute path. */
  path: string;
  /** Relative to the workspace with `/` when inside it (how the summary names it), else absolute. */
  name: string;
}

/**
 * The JUnit files matched by `patterns` (relative to `directory`, or
 * absolute; `!` excludes; a folder stands for every file below it), sorted by
 * name. Symbolic links are not followed.
 */
export async function findReports(directory: string, patterns: string[], workspace: string): Promise<FoundReport[]> {
  // Loaded here, not at start-up: only this phase matches globs.
  const { minimatch } = await import('minimatch');
  const anchor = (pattern: string) => (isAbsolute(pattern) ? pattern : join(directory, pattern));
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p.slice(1)));
  const isExcluded = (path: string) => excluded.some((pattern) => minimatch(path, pattern, { dot: true }));

  const found = new Set<string>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!')).map(anchor)) {
    const root = literalPrefix(pattern);
    const rootStat = await stat(root).catch(() => undefined);
    if (!rootStat) continue;
    if (rootStat.isFile()) {
      if (root === pattern && !isExcluded(root)) found.add(root);
      continue;
    }
    // A pattern naming a folder means everything below it.
    const wanted = root === pattern ? join(pattern, '**') : pattern;
    for await (const file of filesBelow(root)) {
      if (minimatch(file, wanted, { dot: true }) && !isExcluded(file)) found.add(file);
    }
  }
  return [...found]
    .map((path) => ({ path, name: workspaceName(path, workspace) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The leading folders of an absolute pattern that hold no glob syntax: where its walk starts. */
function literalPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const magic = segments.findIndex((segment) => /[*?[\]{}()!+@]/.test(segment));
  if (magic === -1) return pattern;
  return segments.slice(0, magic).join('/') || '/';
}

/** Every regular file below `folder`, skipping the pruned folders; links are not followed. */
async function* filesBelow(folder: string): AsyncGenerator<string> {
  let entries: AsyncIterable<Dirent>;
  try {
    entries = await opendir(folder);
  } catch {
    return; // A folder that cannot be listed holds no report we could read.
  }
  for await (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* filesBelow(path);
    } else if (entry.isFile()) {
      yield path;
    }
  }
}

function workspaceName(path: string, workspace: string): string {
  const inside = relative(workspace, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return path;
  return inside.split(sep).join('/');
}
