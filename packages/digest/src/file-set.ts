import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { realPathInside } from '@mlops-actions/paths';
import { DigestError } from './errors.js';

/** A regular file to hash: where it is, and what its digest line will call it. */
export interface ListedFile {
  /** Relative to the root, `/` separated: the path in the digest line. */
  path: string;
  /** The path to open. */
  absolute: string;
  /** Size when listed; a different size after hashing means the file changed. */
  size: number;
  /** Shown to the user in errors: the root as they gave it, joined with `path`. */
  shown: string;
}

export interface FileSet {
  /** Absolute root directory the paths are relative to. */
  root: string;
  /** Sorted by path in byte order of UTF-8 (the order of `LC_ALL=C sort`). */
  files: ListedFile[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Every regular file below a directory, or a single file (its parent is then
 * the root). Skips `.git` at the root, as the coreutils recipe of DESIGN.md
 * (`! -path './.git/*'`) does; a `.git` deeper down is ordinary content there,
 * so it is here too. With `workspace`, the root must resolve inside it.
 */
export async function listRoot(root: string, workspace?: string): Promise<FileSet> {
  const absolute = resolve(root);
  // The root itself may be a link (a checkout's `model -> ../shared/model`): the
  // user named it, so it is followed, as far as the workspace. Links inside it are refused.
  const stats = await statOrThrow(absolute, root);
  if (workspace !== undefined) await checkInside(absolute, root, workspace);
  if (stats.isFile()) {
    const name = basename(absolute);
    checkName(name, root);
    return { root: dirname(absolute), files: [{ path: name, absolute, size: stats.size, shown: root }] };
  }
  if (!stats.isDirectory()) {
    throw new DigestError(
      'not-a-regular-file',
      `'${root}' is neither a regular file nor a directory; give the model file or its folder.`,
    );
  }
  const files: ListedFile[] = [];
  await walk(absolute, '', root, files);
  return { root: absolute, files: sortedByPath(files) };
}

/**
 * The named files (relative to `root`, e.g. glob matches); a directory among
 * them stands for every file below it. Duplicates count once; paths in the
 * root's `.git` are left out, as they are from a whole-root digest. With
 * `workspace`, the root must resolve inside it.
 */
export async function listNamed(root: string, relativePaths: readonly string[], workspace?: string): Promise<FileSet> {
  const absoluteRoot = resolve(root);
  const rootStats = await statOrThrow(absoluteRoot, root);
  if (workspace !== undefined) await checkInside(absoluteRoot, root, workspace);
  if (!rootStats.isDirectory()) {
    throw new DigestError(
      'not-a-directory',
      `'${root}' is not a directory; the files to hash are named relative to a directory.`,
    );
  }
  const byPath = new Map<string, ListedFile>();
  const linkFree = new LinkFreeDirectories(absoluteRoot);
  for (const given of relativePaths) {
    const absolute = resolve(absoluteRoot, given);
    const path = relative(absoluteRoot, absolute).split(sep).join('/');
    if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) {
      throw new DigestError(
        'outside-root',
        `'${given}' is outside '${root}'; only files below it can be part of its digest.`,
      );
    }
    if (path.startsWith('.git/')) continue;
    const shown = path === '' ? root : join(root, path);
    const stats = lstatOrThrow(absolute, shown);
    linkFree.check(dirname(path), shown);
    const found: ListedFile[] = [];
    if (stats.isDirectory()) {
      if (isRootGit(path)) continue;
      await walk(absolute, path, root, found);
    } else {
      checkName(path, shown);
      found.push(regularFile(stats, path, absolute, shown));
    }
    for (const file of found) byPath.set(file.path, file);
  }
  return { root: absoluteRoot, files: sortedByPath([...byPath.values()]) };
}

/** Refuses a root that resolves (symbolic links followed) outside the workspace, before anything below it is read. */
async function checkInside(absolute: string, shown: string, workspace: string): Promise<void> {
  let real: string | undefined;
  try {
    real = await realPathInside(absolute, workspace);
  } catch (error) {
    throw fileSystemError(error, shown);
  }
  if (real === undefined) {
    throw new DigestError(
      'outside-workspace',
      `'${shown}' resolves outside the workspace (symbolic links are followed); only files of the checkout are ` +
        'hashed. Give a path inside the workspace, or copy the files there first.',
    );
  }
}

/**
 * Checks that no directory between the root and a named file is a symbolic
 * link, as a whole-root digest would refuse it (`lstat` only looks at the last
 * part of a path). Each directory is resolved once.
 */
class LinkFreeDirectories {
  private readonly real: string;
  private readonly checked = new Set<string>(['.']);

  constructor(private readonly root: string) {
    this.real = realpathSync(root);
  }

  /** `directory` is relative to the root, `/` separated. */
  check(directory: string, shown: string): void {
    if (this.checked.has(directory)) return;
    if (realpathSync(join(this.root, directory)) !== join(this.real, directory)) {
      throw new DigestError(
        'symbolic-link',
        `'${shown}' is reached through a symbolic link to a directory; links are refused because a digest ` +
          'covers file contents only. Replace the link with the directory it points to, or name the files there.',
      );
    }
    this.checked.add(directory);
  }
}

async function walk(directory: string, prefix: string, root: string, into: ListedFile[]): Promise<void> {
  const shownDirectory = prefix === '' ? root : join(root, prefix);
  let names: Buffer[];
  try {
    names = await readdir(directory, { encoding: 'buffer' });
  } catch (error) {
    throw fileSystemError(error, shownDirectory);
  }
  const subdirectories: string[] = [];
  for (const raw of names) {
    const name = decodeName(raw, shownDirectory);
    const path = prefix === '' ? name : `${prefix}/${name}`;
    const shown = join(root, path);
    checkName(name, shown);
    const stats = lstatOrThrow(join(directory, name), shown);
    if (!stats.isDirectory()) into.push(regularFile(stats, path, join(directory, name), shown));
    else if (!isRootGit(path)) subdirectories.push(path);
  }
  for (const path of subdirectories) await walk(join(directory, basename(path)), path, root, into);
}

function regularFile(stats: Stats, path: string, absolute: string, shown: string): ListedFile {
  if (stats.isSymbolicLink()) {
    throw new DigestError(
      'symbolic-link',
      `'${shown}' is a symbolic link; links are refused because a digest covers file contents only. ` +
        'Replace the link with the file it points to, or remove it.',
    );
  }
  if (!stats.isFile()) {
    throw new DigestError(
      'not-a-regular-file',
      `'${shown}' is not a regular file (a device, socket or pipe); remove it from the model.`,
    );
  }
  return { path, absolute, size: stats.size, shown };
}

/** Whether a directory is the root's `.git` (the recipe skips only that one). */
function isRootGit(path: string): boolean {
  return path === '.git';
}

function decodeName(raw: Buffer, shownDirectory: string): string {
  try {
    return strictUtf8.decode(raw);
  } catch {
    throw new DigestError(
      'unwritable-name',
      `A file name in '${shownDirectory}' is not valid UTF-8 (${JSON.stringify(raw.toString('latin1'))}); ` +
        'rename it so its digest line can be written.',
    );
  }
}

/** A line break would split the file's digest line in two. */
function checkName(name: string, shown: string): void {
  if (/[\n\r]/.test(name)) {
    throw new DigestError(
      'unwritable-name',
      `The file name ${JSON.stringify(shown)} contains a line break; rename the file.`,
    );
  }
}

async function statOrThrow(absolute: string, shown: string): Promise<Stats> {
  try {
    return await stat(absolute);
  } catch (error) {
    throw fileSystemError(error, shown);
  }
}

/** Synchronous: a few microseconds a file, where a trip through libuv's thread pool costs tens. */
function lstatOrThrow(absolute: string, shown: string): Stats {
  try {
    return lstatSync(absolute);
  } catch (error) {
    throw fileSystemError(error, shown);
  }
}

/** Turns the file system errors a user can fix into a `DigestError`; anything else stays ours. */
export function fileSystemError(error: unknown, shown: string): unknown {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new DigestError(
        'not-found',
        `'${shown}' does not exist; check the path (relative paths start at the working directory).`,
      );
    case 'EACCES':
    case 'EPERM':
      return new DigestError(
        'unreadable',
        `'${shown}' cannot be read (permission denied); make it readable by the runner's user.`,
      );
    case 'ELOOP':
      return new DigestError(
        'symbolic-link',
        `'${shown}' goes through a loop of symbolic links; links are refused, replace them.`,
      );
    default:
      return error;
  }
}

/**
 * Sorted by path in byte order of UTF-8, the order of `LC_ALL=C sort`; not
 * JavaScript's string order (UTF-16 code units), which differs above U+FFFF.
 */
export function sortedByPath<T extends { path: string }>(items: readonly T[]): T[] {
  const keyed = items.map((item) => ({ item, key: Buffer.from(item.path, 'utf8') }));
  keyed.sort((a, b) => Buffer.compare(a.key, b.key));
  return keyed.map(({ item }) => item);
}
