import type { closeSync, openSync, readSync } from 'node:fs';
import type { open } from 'node:fs/promises';
import type { createHash } from 'node:crypto';

export interface HashResult {
  sha256: string;
  /** Bytes actually hashed. */
  size: number;
}

/** A file to hash, by absolute path. */
export interface FileToHash {
  path: string;
  /** The size when listed: picks how the file is read. */
  size: number;
}

/** What the hashing loop takes from Node; passed in because the loop's source also runs as a worker (hash-worker.ts). */
export interface HashingRuntime {
  createHash: typeof createHash;
  openSync: typeof openSync;
  readSync: typeof readSync;
  closeSync: typeof closeSync;
  open: typeof open;
}

/** A batch hashed, or the position of the file that failed and why. */
export type BatchOutcome = { results: HashResult[] } | { failedAt: number; error: unknown };

/** Hashes a batch of files in order, stopping at the first that fails. */
export type BatchHasher = (batch: readonly FileToHash[]) => Promise<BatchOutcome>;

/**
 * The read-and-hash loop, written once for this thread (hashing.ts) and for
 * the worker threads, whose source is this function's text
 * (`Function.prototype.toString`, see hash-worker.ts). So it must stay
 * self-contained: it uses only its parameters and JavaScript's and Node's
 * globals (`Buffer`), never an imported binding or a helper of this module,
 * which a bundler would rename.
 *
 * Files are read in large chunks into two reused buffers: few system calls,
 * bounded memory. A small file is read synchronously (no trip through libuv's
 * thread pool); a large one has its next chunk read on the pool while this
 * thread hashes the last one. `isStopped` lets a caller abandon a large file
 * when another thread has failed.
 */
export function createFileHasher(
  node: HashingRuntime,
  chunkSize: number,
  onBytes: (bytes: number) => void,
  isStopped: () => boolean,
): BatchHasher {
  const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];

  function hashSmall(path: string): HashResult {
    const hash = node.createHash('sha256');
    const buffer = buffers[0];
    const fd = node.openSync(path, 'r');
    let size = 0;
    try {
      for (;;) {
        const bytesRead = node.readSync(fd, buffer, 0, chunkSize, size);
        if (bytesRead === 0) break;
        hash.update(bytesRead === chunkSize ? buffer : buffer.subarray(0, bytesRead));
        size += bytesRead;
        onBytes(bytesRead);
      }
    } finally {
      node.closeSync(fd);
    }
    return { sha256: hash.digest('hex'), size };
  }

  async function hashLarge(path: string): Promise<HashResult> {
    const hash = node.createHash('sha256');
    const file = await node.open(path, 'r');
    let size = 0;
    try {
      let current = 0;
      let pending = file.read(buffers[current], 0, chunkSize, 0);
      for (;;) {
        const { bytesRead } = await pending;
        if (bytesRead === 0) break;
        if (isStopped()) throw new Error('Hashing was stopped.');
        const chunk = buffers[current];
        size += bytesRead;
        current ^= 1;
        // A short read is not the end of the file: only a read of 0 bytes is.
        pending = file.read(buffers[current], 0, chunkSize, size);
        hash.update(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
        onBytes(bytesRead);
      }
    } finally {
      await file.close();
    }
    return { sha256: hash.digest('hex'), size };
  }

  return async (batch) => {
    const results: HashResult[] = [];
    for (let index = 0; index < batch.length; index++) {
      const file = batch[index];
      try {
        results.push(file.size < chunkSize ? hashSmall(file.path) : await hashLarge(file.path));
      } catch (error) {
        return { failedAt: index, error };
      }
    }
    return { results };
  };
}
