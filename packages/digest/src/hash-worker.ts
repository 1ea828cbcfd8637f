/**
 * The source of a hashing worker thread, as a self-contained CommonJS string.
 *
 * It is a string, run with `new Worker(source, { eval: true })`, because each
 * action ships as one ncc bundle whose import runs the action: a worker cannot
 * be loaded from a second module file or from `import.meta.url`.
 *
 * Protocol (plain objects):
 *   in:  { id, files: [{ path, size }] }       a batch, hashed in order; batches queue
 *   out: { type: 'progress', bytes }           bytes hashed since the last report
 *        { type: 'done', id, results: [{ sha256, size }] }
 *        { type: 'failed', id, index, code, message }   an fs error (code such as 'EACCES')
 *
 * It reads files exactly as `InlineHasher` in hashing.ts does; the tests run both.
 */
export const HASH_WORKER_SOURCE = String.raw`'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { open } = require('node:fs/promises');

const chunkSize = workerData.chunkSize;
const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
const queue = [];
let running = false;
let unreported = 0;

parentPort.on('message', (batch) => {
  queue.push(batch);
  if (!running) void drain();
});

function counted(bytes) {
  unreported += bytes;
  if (unreported >= chunkSize) flushProgress();
}

function flushProgress() {
  if (unreported > 0) parentPort.postMessage({ type: 'progress', bytes: unreported });
  unreported = 0;
}

async function drain() {
  running = true;
  while (queue.length > 0) {
    const batch = queue.shift();
    const results = [];
    let index = 0;
    try {
      for (; index < batch.files.length; index++) {
        const file = batch.files[index];
        results.push(file.size < chunkSize ? hashSmall(file.path) : await hashLarge(file.path));
      }
      flushProgress();
      parentPort.postMessage({ type: 'done', id: batch.id, results });
    } catch (error) {
      flushProgress();
      const code = error && error.code;
      parentPort.postMessage({ type: 'failed', id: batch.id, index, code, message: String(error && error.message) });
    }
  }
  running = false;
}

// Small files: synchronous reads, no trip through libuv's thread pool.
function hashSmall(path) {
  const hash = createHash('sha256');
  const fd = fs.openSync(path, 'r');
  let size = 0;
  try {
    for (;;) {
      const bytesRead = fs.readSync(fd, buffers[0], 0, chunkSize, size);
      if (bytesRead === 0) break;
      hash.update(bytesRead === chunkSize ? buffers[0] : buffers[0].subarray(0, bytesRead));
      size += bytesRead;
      counted(bytesRead);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { sha256: hash.digest('hex'), size };
}

// Large files: the next chunk is read (on libuv's pool) while this one is hashed.
async function hashLarge(path) {
  const hash = createHash('sha256');
  const file = await open(path, 'r');
  let size = 0;
  try {
    let current = 0;
    let pending = file.read(buffers[current], 0, chunkSize, 0);
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const chunk = buffers[current];
      size += bytesRead;
      current ^= 1;
      // A short read is not the end of the file: only a read of 0 bytes is.
      pending = file.read(buffers[current], 0, chunkSize, size);
      hash.update(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
      counted(bytesRead);
    }
  } finally {
    await file.close();
  }
  return { sha256: hash.digest('hex'), size };
}
`;
