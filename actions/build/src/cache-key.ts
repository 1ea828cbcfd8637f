import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/action-kit';
import type { ToolchainId } from './toolchain.js';

const CACHE_PREFIX = 'mlops-build';

export interface CacheKey {
  /** `mlops-build-<os>-<arch>-<toolchain>-<hash of the lock files>` */
  primary: string;
  /** The primary key without the hash: restores the newest entry of the same toolchain. */
  restorePrefix: string;
}

/**
 * The dependency-cache key. Lock files are read through symbolic links (a
 * workspace package may link to the root lock file), unlike artifacts.
 */
export async function cacheKeyFor(root: string, lockFiles: string[], toolchain: ToolchainId): Promise<CacheKey> {
  const hash = createHash('sha256');
  for (const path of lockFiles) {
    let contents: Buffer;
    try {
      contents = await readFile(join(root, path));
    } catch (error) {
      throw new UserError(
        `The lock file '${path}' cannot be read (${(error as NodeJS.ErrnoException).code ?? messageOf(error)}); ` +
          "fix it or point 'cache-dependency-path' at the right file.",
      );
    }
    hash.update(`${path}\0${contents.length}\0`).update(contents);
  }
  const os = (process.env['RUNNER_OS'] || process.platform).toLowerCase();
  const arch = (process.env['RUNNER_ARCH'] || process.arch).toLowerCase();
  const restorePrefix = `${CACHE_PREFIX}-${os}-${arch}-${toolchain}-`;
  return { primary: `${restorePrefix}${hash.digest('hex')}`, restorePrefix };
}
