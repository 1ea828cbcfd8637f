import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, messageOf, quote } from '@mlops-actions/action-kit';
import { realPathInside } from '@mlops-actions/paths';
import type { ToolchainId } from './toolchain.js';

const CACHE_PREFIX = 'mlops-build';

export interface CacheKey {
  /** `mlops-build-<os>-<arch>-<toolchain>-<hash of the lock files and cache-paths>[-<cache-key-suffix>]` */
  primary: string;
  /** The primary key up to the hash: restores the newest entry of the same toolchain. */
  restorePrefix: string;
}

/** What goes into the key besides the lock files. */
export interface CacheKeyParts {
  toolchain: ToolchainId;
  /**
   * The `cache-paths` folders. `@actions/cache` already keeps entries of
   * different paths apart (its entry version is a hash of the paths), but
   * a key that says so keeps two entries from looking the same in the
   * repository's cache list.
   */
  cachePaths: readonly string[];
  /** `cache-key-suffix`, appended after a `-`; empty for none. */
  suffix: string;
}

/**
 * The cache key. Lock files are read through symbolic links (a workspace
 * package may link to the root lock file), unlike artifacts, as far as the
 * workspace: one that resolves outside it is refused unread.
 */
export async function cacheKeyFor(
  root: string,
  lockFiles: string[],
  { toolchain, cachePaths, suffix }: CacheKeyParts,
  workspace: string,
): Promise<CacheKey> {
  const hash = createHash('sha256');
  for (const path of lockFiles) {
    const contents = await readLockFile(root, path, workspace);
    hash.update(`${path}\0${contents.length}\0`).update(contents);
  }
  // Without cache-paths the hash is the lock files' alone, as before they existed: existing entries still match.
  for (const folder of cachePaths) hash.update(`cache-path\0${folder}\0`);
  const os = (process.env['RUNNER_OS'] || process.platform).toLowerCase();
  const arch = (process.env['RUNNER_ARCH'] || process.arch).toLowerCase();
  const restorePrefix = `${CACHE_PREFIX}-${os}-${arch}-${toolchain}-`;
  return { primary: `${restorePrefix}${hash.digest('hex')}${suffix ? `-${suffix}` : ''}`, restorePrefix };
}

/** A lock file's bytes, read through links only as far as the workspace. */
async function readLockFile(root: string, path: string, workspace: string): Promise<Buffer> {
  try {
    const real = await realPathInside(join(root, path), workspace);
    if (real !== undefined) return await readFile(real);
  } catch (error) {
    throw new UserError(
      `The lock file ${quote(path)} cannot be read (${(error as NodeJS.ErrnoException).code ?? messageOf(error)}); ` +
        "fix it or point 'cache-dependency-path' at the right file.",
    );
  }
  throw new UserError(
    `The lock file ${quote(path)} resolves outside the workspace (symbolic links are followed); only files of the ` +
      "checkout are read. Point 'cache-dependency-path' at the lock file of the checkout.",
  );
}
