import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { createFileHasher, type BatchHasher, type FileToHash, type HashResult } from './file-hasher.js';
import { fileSystemError, type ListedFile } from './file-set.js';
import { HASH_WORKER_SOURCE } from './hash-worker.js';

export type { HashResult } from './file-hasher.js';

/** Large reads into reused buffers: few system calls, bounded memory. */
export const CHUNK_SIZE = 4 * 1024 * 1024;

/**
 * Bytes that make another thread worth it: starting a worker costs some 30 ms
 * of this thread's time, about what hashing 40 MB takes.
 */
const BYTES_PER_THREAD = 64 * 1024 * 1024;

/** Small files go to a thread in batches of about this many bytes, so messages cost little next to hashing. */
const BATCH_BYTES = CHUNK_SIZE;
const BATCH_FILES = 256;

/** Where files get hashed: this thread, or one worker thread. */
interface Hasher {
  /** Settles when it can take work: a worker thread needs some 30 ms to start. */
  readonly ready: Promise<void>;
  hash(batch: readonly FileToHash[]): Promise<HashResult[]>;
  close(): Promise<void>;
}

/** A failure of one file of a batch. */
class BatchFailure extends Error {
  constructor(
    readonly index: number,
    readonly failure: unknown,
  ) {
    super('A file of the batch could not be hashed.');
  }
}

/**
 * Hashes files, up to `parallelism` at once, calling `onBytes` as bytes are
 * hashed. Rejects with the error of the first file that fails (a `DigestError`
 * when the user can fix it, such as permissions).
 */
export async function hashFiles(
  files: readonly ListedFile[],
  parallelism: number,
  onBytes: (bytes: number) => void,
): Promise<HashResult[]> {
  const results = new Array<HashResult>(files.length);
  const batches = batchesOf(files);
  let next = 0;
  let failed = false;
  let noMoreWork!: () => void;
  const allTaken = new Promise<void>((resolve) => (noMoreWork = resolve));

  const total = files.reduce((sum, file) => sum + file.size, 0);
  // One batch needs no worker: sha256 cannot split a file across threads.
  const threads = Math.max(1, Math.min(parallelism, batches.length, Math.ceil(total / BYTES_PER_THREAD)));
  // This thread hashes too, starting at once; a worker takes its first batch
  // only once it has started, so no batch waits for a worker to start.
  const hashers: Hasher[] = [new InlineHasher(onBytes)];
  for (let count = 1; count < threads; count++) hashers.push(new WorkerHasher(onBytes));

  function take(): number[] | undefined {
    const batch = failed ? undefined : batches[next++];
    if (batch === undefined) noMoreWork();
    return batch;
  }

  async function feed(hasher: Hasher): Promise<void> {
    await Promise.race([hasher.ready, allTaken]);
    for (let batch = take(); batch !== undefined; batch = take()) {
      try {
        const hashed = await hasher.hash(
          batch.map((index) => ({ path: files[index].absolute, size: files[index].size })),
        );
        for (const [position, index] of batch.entries()) results[index] = hashed[position];
      } catch (error) {
        failed = true;
        noMoreWork();
        if (error instanceof BatchFailure) throw fileSystemError(error.failure, files[batch[error.index]].shown);
        throw error;
      }
    }
  }

  try {
    // One batch at a time per thread: handing a worker a second large file
    // early could leave it with two while another thread has none.
    await Promise.all(hashers.map(feed));
    return results;
  } finally {
    await Promise.all(hashers.map((hasher) => hasher.close()));
  }
}

/**
 * Indices of `files`, grouped: each large file alone, small files together.
 * Largest first, so that a big file is not left running alone at the end.
 */
function batchesOf(files: readonly ListedFile[]): number[][] {
  const order = files.map((_, index) => index).sort((a, b) => files[b].size - files[a].size);
  const batches: number[][] = [];
  let batch: number[] = [];
  let batchBytes = 0;
  for (const index of order) {
    batch.push(index);
    batchBytes += files[index].size;
    if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
      batches.push(batch);
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Hashes on the calling thread, with the same loop as the worker threads (file-hasher.ts). */
class InlineHasher implements Hasher {
  readonly ready = Promise.resolve();
  /** Set when another thread failed: a large file need not be finished for nothing. */
  private stopped = false;
  private readonly hashBatch: BatchHasher;

  constructor(onBytes: (bytes: number) => void) {
    this.hashBatch = createFileHasher(
      { createHash, openSync, readSync, closeSync, open },
      CHUNK_SIZE,
      onBytes,
      () => this.stopped,
    );
  }

  async hash(batch: readonly FileToHash[]): Promise<HashResult[]> {
    const outcome = await this.hashBatch(batch);
    if ('results' in outcome) return outcome.results;
    throw new BatchFailure(outcome.failedAt, outcome.error);
  }

  close(): Promise<void> {
    this.stopped = true;
    return Promise.resolve();
  }
}

type WorkerMessage =
  | { type: 'progress'; bytes: number }
  | { type: 'done'; id: number; results: HashResult[] }
  | { type: 'failed'; id: number; index: number; code: string | undefined; message: string };

interface Pending {
  resolve: (results: HashResult[]) => void;
  reject: (error: unknown) => void;
}

/** One worker thread, started when constructed and stopped by `close`. */
class WorkerHasher implements Hasher {
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private closing = false;

  constructor(onBytes: (bytes: number) => void) {
    this.worker = new Worker(HASH_WORKER_SOURCE, {
      eval: true,
      workerData: { chunkSize: CHUNK_SIZE },
      // Not the parent's flags: `--input-type=module` would make this CommonJS source an ES module.
      execArgv: [],
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('online', resolve);
      // A worker that cannot start is our bug: fail loudly rather than hash on one thread.
      this.worker.once('error', reject);
      this.worker.once('exit', () => reject(new Error('A hashing worker thread stopped before it started.')));
    });
    // Nobody waits for a worker that was not needed: its end is no error.
    this.ready.catch(() => undefined);
    this.worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        onBytes(message.bytes);
        return;
      }
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'done') waiting?.resolve(message.results);
      else {
        const failure = Object.assign(new Error(message.message), { code: message.code });
        waiting?.reject(new BatchFailure(message.index, failure));
      }
    });
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => {
      if (!this.closing) this.failAll(new Error(`A hashing worker thread stopped unexpectedly (exit code ${code}).`));
    });
  }

  hash(batch: readonly FileToHash[]): Promise<HashResult[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, files: batch });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.failAll(new Error('The hashing worker thread was stopped.'));
    await this.worker.terminate();
  }

  private failAll(error: unknown): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
