import { createFileHasher } from './file-hasher.js';

/**
 * The source of a hashing worker thread, as a self-contained CommonJS string.
 *
 * It is a string, run with `new Worker(source, { eval: true })`, because each
 * action ships as one ncc bundle whose import runs the action: a worker cannot
 * be loaded from a second module file or from `import.meta.url`. The hashing
 * loop in it is `createFileHasher`'s own text, so this thread and the workers
 * run the same code.
 *
 * Protocol (plain objects):
 *   in:  { id, files: [{ path, size }] }       a batch, hashed in order; batches queue
 *   out: { type: 'progress', bytes }           bytes hashed since the last report
 *        { type: 'done', id, results: [{ sha256, size }] }
 *        { type: 'failed', id, index, code, message }   an fs error (code such as 'EACCES')
 */
export const HASH_WORKER_SOURCE = `'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { open } = require('node:fs/promises');

const createFileHasher = ${createFileHasher.toString()};

const chunkSize = workerData.chunkSize;
let unreported = 0;
const hashBatch = createFileHasher(
  { createHash, openSync, readSync, closeSync, open },
  chunkSize,
  (bytes) => {
    unreported += bytes;
    if (unreported >= chunkSize) flushProgress();
  },
  () => false,
);
const queue = [];
let running = false;

parentPort.on('message', (batch) => {
  queue.push(batch);
  if (!running) void drain();
});

function flushProgress() {
  if (unreported > 0) parentPort.postMessage({ type: 'progress', bytes: unreported });
  unreported = 0;
}

async function drain() {
  running = true;
  while (queue.length > 0) {
    const batch = queue.shift();
    const outcome = await hashBatch(batch.files);
    flushProgress();
    if (outcome.results) {
      parentPort.postMessage({ type: 'done', id: batch.id, results: outcome.results });
    } else {
      const error = outcome.error;
      const message = String(error && error.message);
      parentPort.postMessage({ type: 'failed', id: batch.id, index: outcome.failedAt, code: error && error.code, message });
    }
  }
  running = false;
}
`;
