import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { DigestError } from './errors.js';
import { listNamed, listRoot, sortedByPath, type FileSet } from './file-set.js';
import { hashFiles } from './hashing.js';

/** One file of a digest. */
export interface FileDigest {
  /** Relative to the root, `/` separated. */
  path: string;
  size: number;
  /** Hex sha256 of the file's bytes. */
  sha256: string;
}

/** The digest of a set of files (DESIGN.md, "Digest of a set of files"). */
export interface FileSetDigest {
  /** `sha256:<64 hex>` */
  digest: string;
  /** Total bytes. */
  size: number;
  /** Sorted by path in byte order of UTF-8. */
  files: FileDigest[];
}

export interface DigestOptions {
  /**
   * Bytes hashed so far of the total: called at most every 250 ms while
   * hashing, and once at the end.
   */
  onProgress?: (hashedBytes: number, totalBytes: number) => void;
  /**
   * Files hashed at once, each on its own thread (this one, plus worker
   * threads). Default: min(2, available CPUs). Fewer for a small set, where a
   * worker would cost more to start than it saves.
   */
  workers?: number;
  /**
   * The folder the root must resolve inside, symbolic links followed (the
   * checkout): a root that leads out of it (a committed link to `/`, a `../`
   * path) is refused before anything below it is listed or read.
   */
  workspace?: string;
}

const PROGRESS_EVERY_MS = 250;

/**
 * The digest of a model: every regular file below `root` (skipping `.git`), or,
 * when `root` is a file, just that file with its parent as the root.
 * Symbolic links inside are refused.
 */
export async function digestOf(root: string, options: DigestOptions = {}): Promise<FileSetDigest> {
  return hashFileSet(await listRoot(root, options.workspace), options);
}

/**
 * The digest of named files relative to `root` (glob matches, for example).
 * A directory among them stands for every file below it; duplicates count once.
 */
export async function digestOfFiles(
  root: string,
  relativePaths: readonly string[],
  options: DigestOptions = {},
): Promise<FileSetDigest> {
  return hashFileSet(await listNamed(root, relativePaths, options.workspace), options);
}

/**
 * The digest over already-hashed files, in any order: one line
 * `<sha256>  <size>  <path>\n` a file, sorted by path in byte order, hashed.
 */
export function digestOfEntries(files: readonly FileDigest[]): string {
  const hash = createHash('sha256');
  for (const file of sortedByPath(files)) hash.update(`${file.sha256}  ${file.size}  ${file.path}\n`, 'utf8');
  return `sha256:${hash.digest('hex')}`;
}

async function hashFileSet(set: FileSet, options: DigestOptions): Promise<FileSetDigest> {
  const total = set.files.reduce((sum, file) => sum + file.size, 0);
  const report = throttledProgress(total, options.onProgress);
  const results = await hashFiles(set.files, workerCount(options.workers), report.add);
  const files = set.files.map((file, index): FileDigest => {
    const { sha256, size } = results[index];
    if (size !== file.size) {
      throw new DigestError(
        'changed-while-hashing',
        `'${file.shown}' changed while it was being hashed (${file.size} bytes when listed, ${size} read); ` +
          'compute the digest after whatever writes the model has finished.',
      );
    }
    return { path: file.path, size, sha256 };
  });
  report.finish();
  return { digest: digestOfEntries(files), size: total, files };
}

function workerCount(requested: number | undefined): number {
  if (requested === undefined) return Math.min(2, availableParallelism());
  return Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : 1;
}

function throttledProgress(total: number, onProgress: DigestOptions['onProgress']) {
  let hashed = 0;
  let last = Date.now();
  return {
    add: (bytes: number): void => {
      hashed += bytes;
      if (onProgress && Date.now() - last >= PROGRESS_EVERY_MS) {
        last = Date.now();
        onProgress(hashed, total);
      }
    },
    finish: (): void => onProgress?.(total, total),
  };
}
