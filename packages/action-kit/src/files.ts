import type { Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';

export interface FindFilesOptions {
  /**
   * Folder names never entered (`node_modules`, `.git`): pruned from the walk,
   * not filtered from its results, so a huge `.venv` costs nothing.
   */
  prune?: readonly string[];
  /** Also yield symbolic links (never followed), for a caller that refuses them by name. */
  includeLinks?: boolean;
}

/**
 * The files matched by globs relative to `directory` (or absolute): `!`
 * excludes, a folder stands for every file below it, hidden files match.
 * Absolute paths, sorted in byte order. Symbolic links below the folder a
 * pattern starts from are not followed.
 */
export async function findFiles(
  directory: string,
  patterns: string[],
  options: FindFilesOptions = {},
): Promise<string[]> {
  // Loaded on first use: most steps never match a glob.
  const { minimatch } = await import('minimatch');
  const prune = new Set(options.prune ?? []);
  const anchor = (pattern: string) => (isAbsolute(pattern) ? pattern : join(directory, pattern));
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p.slice(1)));
  const isExcluded = (path: string) => excluded.some((pattern) => minimatch(path, pattern, { dot: true }));

  const found = new Set<string>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!')).map(anchor)) {
    const root = literalPrefix(pattern);
    const rootStat = await stat(root).catch(() => undefined);
    if (!rootStat) continue;
    if (!rootStat.isDirectory()) {
      if (root === pattern && !isExcluded(root)) found.add(root);
      continue;
    }
    const wanted = root === pattern ? join(pattern, '**') : pattern;
    for await (const file of filesBelow(root, prune, options.includeLinks ?? false)) {
      if (minimatch(file, wanted, { dot: true }) && !isExcluded(file)) found.add(file);
    }
  }
  return [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** The leading folders of an absolute pattern that hold no glob syntax: where its walk starts. */
function literalPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const magic = segments.findIndex((segment) => /[*?[\]{}()!+@]/.test(segment));
  if (magic === -1) return pattern;
  return segments.slice(0, magic).join('/') || '/';
}

async function* filesBelow(folder: string, prune: Set<string>, includeLinks: boolean): AsyncGenerator<string> {
  let entries: AsyncIterable<Dirent>;
  try {
    entries = await opendir(folder);
  } catch {
    return; // A folder that cannot be listed has nothing we could read.
  }
  for await (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!prune.has(entry.name)) yield* filesBelow(path, prune, includeLinks);
    } else if (entry.isFile() || (includeLinks && entry.isSymbolicLink())) {
      yield path;
    }
  }
}
