// Where a path really leads. Every file an action reads (a metrics file, a
// model, a lock file, a report) must lie inside the workspace once symbolic
// links are followed: a committed link to `~/.ssh/id_rsa` or to `/` is the
// repository's content, not the workflow's choice. One check for every
// package and action: gate's metrics files, digest's model root, action-kit's
// globs and the build's project files.
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * Whether `path` is `folder` or lies below it, by their names alone (both
 * absolute, neither holding links to resolve). `..` counts only as a whole
 * segment: `..weights` is a name inside.
 */
export function isInside(path: string, folder: string): boolean {
  const inside = relative(folder, path);
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
}

/**
 * The real path of `path` (every symbolic link followed, `..` resolved) when
 * it is `folder` or lies below it, `folder` resolved the same way; undefined
 * when it leads anywhere else. A path that does not exist, a broken link or a
 * loop of links throws `realpath`'s error (`ENOENT`, `ELOOP`), for the caller
 * to word. Nothing is read from the file itself.
 */
export async function realPathInside(path: string, folder: string): Promise<string | undefined> {
  const real = await realpath(path);
  const realFolder = await realpath(folder).catch(() => resolve(folder));
  return isInside(real, realFolder) ? real : undefined;
}

/**
 * Whether `path`, which may not exist yet, would be `folder` or below it once
 * the links of its existing part are followed (`folder` resolved the same
 * way): for a folder an action is about to write, or one a record names.
 */
export async function leadsInside(path: string, folder: string): Promise<boolean> {
  const realFolder = await realpath(folder).catch(() => resolve(folder));
  let existing = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return isInside(join(await realpath(existing), ...rest.reverse()), realFolder);
    } catch (error) {
      const parent = dirname(existing);
      // ENOTDIR: a file on the way; whoever writes there reports it.
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === existing) throw error;
      rest.push(basename(existing));
      existing = parent;
    }
  }
}
