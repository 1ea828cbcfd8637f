import type { Dirent } from 'node:fs';
import { access, opendir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
import { isInside, realPathInside } from '@mlops-actions/paths';
import { UserError } from './errors.js';
import { quote } from './inputs.js';

/** True when something is at `path` (a link counts when what it points at exists). */
export async function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

export interface FindFilesOptions {
  /**
   * Folder names never entered (`node_modules`, `.git`): pruned from the walk,
   * not filtered from its results, so a huge `.venv` costs nothing.
   */
  prune?: readonly string[];
  /** Also yield symbolic links (never followed), for a caller that refuses them by name. */
  includeLinks?: boolean;
  /**
   * The folder every pattern must stay in (the workspace): a pattern whose
   * walk starts at, or that names, a path that resolves outside it (a
   * committed link to `/`, a `../` or absolute path) is refused with a
   * `UserError` naming it, before anything there is listed.
   */
  within?: string;
  /** The input the patterns come from, named in that error. */
  input?: string;
}

/**
 * The files matched by globs relative to `directory` (or absolute): `!`
 * excludes, a folder stands for every file below it, hidden files match.
 * Absolute paths, sorted in byte order. Symbolic links below the folder a
 * pattern starts from are not followed, so a walk stays inside the folder it
 * starts at; `within` keeps that folder (or the named file) inside the workspace.
 */
export async function findFiles(
  directory: string,
  patterns: string[],
  options: FindFilesOptions = {},
): Promise<string[]> {
  // Loaded on first use: most steps never match a glob.
  const { minimatch, escape } = await import('minimatch');
  const prune = new Set(options.prune ?? []);
  const anchor = (pattern: string) => anchored(directory, pattern, (path) => escape(path, { magicalBraces: true }));
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => anchor(p.slice(1)).glob);
  const isExcluded = (path: string) => excluded.some((pattern) => minimatch(path, pattern, { dot: true }));

  const found = new Set<string>();
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const { glob, root, literal } = anchor(pattern);
    const rootStat = await stat(root).catch(() => undefined);
    if (!rootStat) continue;
    if (options.within !== undefined) {
      await checkInside(root, options.within, { directory, pattern, literal, input: options.input });
    }
    if (!rootStat.isDirectory()) {
      if (literal && !isExcluded(root)) found.add(root);
      continue;
    }
    const wanted = literal ? `${glob.replace(/\/$/, '')}/**` : glob;
    for await (const file of filesBelow(root, prune, options.includeLinks ?? false)) {
      if (minimatch(file, wanted, { dot: true }) && !isExcluded(file)) found.add(file);
    }
  }
  return [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

/** What a refusal of `checkInside` names. */
interface PatternOrigin {
  directory: string;
  pattern: string;
  literal: boolean;
  input: string | undefined;
}

/**
 * Refuses the folder a pattern's walk starts at (or the file a literal pattern
 * names) when it resolves outside `within`: the walk never follows a link, so
 * only where it starts can lead out.
 */
async function checkInside(root: string, within: string, origin: PatternOrigin): Promise<void> {
  try {
    if ((await realPathInside(root, within)) !== undefined) return;
  } catch {
    return; // Removed since it was found: the walk finds nothing there.
  }
  const { directory, pattern, literal, input } = origin;
  // Relative to the working directory below it; in full when it is that directory (itself a link out) or outside it.
  const shown = root !== directory && isInside(root, directory) ? relative(directory, root) : root;
  const subject = input === undefined ? `The pattern ${quote(pattern)}` : `Input '${input}' (${quote(pattern)})`;
  throw new UserError(
    `${subject} ${literal ? 'names' : 'starts at'} ${quote(shown)}, which resolves outside the workspace ` +
      '(symbolic links are followed); only files of the checkout are read. Match files inside the workspace.',
  );
}

interface AnchoredPattern {
  /** The pattern as an absolute glob. */
  glob: string;
  /** The folder (or file) its walk starts from. */
  root: string;
  /** True when the pattern holds no glob syntax: it names one file or folder. */
  literal: boolean;
}

/**
 * A pattern made absolute. A relative one is joined to `directory` with the
 * directory's own characters escaped: a working directory named `model [v2]`
 * or `exp-{a,b}` is a folder, not a glob.
 */
function anchored(directory: string, pattern: string, escape: (path: string) => string): AnchoredPattern {
  if (isAbsolute(pattern)) {
    const glob = normalize(pattern);
    const root = literalPrefix(glob);
    return { glob, root, literal: root === glob };
  }
  // `../x` climbs out of the directory before any glob syntax can start.
  let base = directory;
  let rest = normalize(pattern);
  while (rest === '..' || rest.startsWith('../')) {
    base = dirname(base);
    rest = rest.slice(3);
  }
  if (rest === '.' || rest === './') rest = '';
  const segments = rest.split('/').filter((segment) => segment !== '');
  const magic = segments.findIndex((segment) => MAGIC.test(segment));
  const root = join(base, ...(magic === -1 ? segments : segments.slice(0, magic)));
  const glob = rest === '' ? escape(base) : `${escape(base).replace(/\/$/, '')}/${rest}`;
  return { glob, root, literal: magic === -1 };
}

/** Characters that make a path segment a glob (minimatch's, with extglob's `!+@`). */
const MAGIC = /[*?[\]{}()!+@]/;

/** The leading folders of an absolute pattern that hold no glob syntax: where its walk starts. */
function literalPrefix(pattern: string): string {
  const segments = pattern.split('/');
  const magic = segments.findIndex((segment) => MAGIC.test(segment));
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
