export const id = 417;
export const ids = [417];
export const modules = {

/***/ 417:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DigestError: () => (/* reexport */ DigestError),
  digestOf: () => (/* reexport */ digestOf),
  digestOfEntries: () => (/* reexport */ digestOfEntries),
  digestOfFiles: () => (/* reexport */ digestOfFiles),
  listRoot: () => (/* reexport */ listRoot)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/digest/lib/src/errors.js
/**
 * A problem with the files the user asked to digest, which they can fix. The
 * message names the file and says what to change; anything else the package
 * throws is a plain `Error`, a bug.
 */
class DigestError extends Error {
    code;
    name = 'DigestError';
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/paths/lib/src/index.js + 1 modules
var src = __webpack_require__(9225);
;// CONCATENATED MODULE: ./packages/digest/lib/src/file-set.js





const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Every regular file below a directory, or a single file (its parent is then
 * the root). Skips `.git` at the root, as the coreutils recipe of DESIGN.md
 * (`! -path './.git/*'`) does; a `.git` deeper down is ordinary content there,
 * so it is here too. With `workspace`, the root must resolve inside it.
 */
async function listRoot(root, workspace) {
    const absolute = (0,external_node_path_.resolve)(root);
    // The root itself may be a link (a checkout's `model -> ../shared/model`): the
    // user named it, so it is followed, as far as the workspace. Links inside it are refused.
    const stats = await statOrThrow(absolute, root);
    if (workspace !== undefined)
        await checkInside(absolute, root, workspace);
    if (stats.isFile()) {
        const name = (0,external_node_path_.basename)(absolute);
        checkName(name, root);
        return { root: (0,external_node_path_.dirname)(absolute), files: [{ path: name, absolute, size: stats.size, shown: root }] };
    }
    if (!stats.isDirectory()) {
        throw new DigestError('not-a-regular-file', `'${root}' is neither a regular file nor a directory; give the model file or its folder.`);
    }
    const files = [];
    await walk(absolute, '', root, files);
    return { root: absolute, files: sortedByPath(files) };
}
/**
 * The named files (relative to `root`, e.g. glob matches); a directory among
 * them stands for every file below it. Duplicates count once; paths in the
 * root's `.git` are left out, as they are from a whole-root digest. With
 * `workspace`, the root must resolve inside it.
 */
async function listNamed(root, relativePaths, workspace) {
    const absoluteRoot = (0,external_node_path_.resolve)(root);
    const rootStats = await statOrThrow(absoluteRoot, root);
    if (workspace !== undefined)
        await checkInside(absoluteRoot, root, workspace);
    if (!rootStats.isDirectory()) {
        throw new DigestError('not-a-directory', `'${root}' is not a directory; the files to hash are named relative to a directory.`);
    }
    const byPath = new Map();
    const linkFree = new LinkFreeDirectories(absoluteRoot);
    for (const given of relativePaths) {
        const absolute = (0,external_node_path_.resolve)(absoluteRoot, given);
        const path = (0,external_node_path_.relative)(absoluteRoot, absolute).split(external_node_path_.sep).join('/');
        if (path === '..' || path.startsWith('../') || external_node_path_.posix.isAbsolute(path)) {
            throw new DigestError('outside-root', `'${given}' is outside '${root}'; only files below it can be part of its digest.`);
        }
        if (path.startsWith('.git/'))
            continue;
        const shown = path === '' ? root : (0,external_node_path_.join)(root, path);
        const stats = lstatOrThrow(absolute, shown);
        linkFree.check((0,external_node_path_.dirname)(path), shown);
        const found = [];
        if (stats.isDirectory()) {
            if (isRootGit(path))
                continue;
            await walk(absolute, path, root, found);
        }
        else {
            checkName(path, shown);
            found.push(regularFile(stats, path, absolute, shown));
        }
        for (const file of found)
            byPath.set(file.path, file);
    }
    return { root: absoluteRoot, files: sortedByPath([...byPath.values()]) };
}
/** Refuses a root that resolves (symbolic links followed) outside the workspace, before anything below it is read. */
async function checkInside(absolute, shown, workspace) {
    let real;
    try {
        real = await (0,src/* realPathInside */.oG)(absolute, workspace);
    }
    catch (error) {
        throw fileSystemError(error, shown);
    }
    if (real === undefined) {
        throw new DigestError('outside-workspace', `'${shown}' resolves outside the workspace (symbolic links are followed); only files of the checkout are ` +
            'hashed. Give a path inside the workspace, or copy the files there first.');
    }
}
/**
 * Checks that no directory between the root and a named file is a symbolic
 * link, as a whole-root digest would refuse it (`lstat` only looks at the last
 * part of a path). Each directory is resolved once.
 */
class LinkFreeDirectories {
    root;
    real;
    checked = new Set(['.']);
    constructor(root) {
        this.root = root;
        this.real = (0,external_node_fs_.realpathSync)(root);
    }
    /** `directory` is relative to the root, `/` separated. */
    check(directory, shown) {
        if (this.checked.has(directory))
            return;
        if ((0,external_node_fs_.realpathSync)((0,external_node_path_.join)(this.root, directory)) !== (0,external_node_path_.join)(this.real, directory)) {
            throw new DigestError('symbolic-link', `'${shown}' is reached through a symbolic link to a directory; links are refused because a digest ` +
                'covers file contents only. Replace the link with the directory it points to, or name the files there.');
        }
        this.checked.add(directory);
    }
}
async function walk(directory, prefix, root, into) {
    const shownDirectory = prefix === '' ? root : (0,external_node_path_.join)(root, prefix);
    let names;
    try {
        names = await (0,promises_.readdir)(directory, { encoding: 'buffer' });
    }
    catch (error) {
        throw fileSystemError(error, shownDirectory);
    }
    const subdirectories = [];
    for (const raw of names) {
        const name = decodeName(raw, shownDirectory);
        const path = prefix === '' ? name : `${prefix}/${name}`;
        const shown = (0,external_node_path_.join)(root, path);
        checkName(name, shown);
        const stats = lstatOrThrow((0,external_node_path_.join)(directory, name), shown);
        if (!stats.isDirectory())
            into.push(regularFile(stats, path, (0,external_node_path_.join)(directory, name), shown));
        else if (!isRootGit(path))
            subdirectories.push(path);
    }
    for (const path of subdirectories)
        await walk((0,external_node_path_.join)(directory, (0,external_node_path_.basename)(path)), path, root, into);
}
function regularFile(stats, path, absolute, shown) {
    if (stats.isSymbolicLink()) {
        throw new DigestError('symbolic-link', `'${shown}' is a symbolic link; links are refused because a digest covers file contents only. ` +
            'Replace the link with the file it points to, or remove it.');
    }
    if (!stats.isFile()) {
        throw new DigestError('not-a-regular-file', `'${shown}' is not a regular file (a device, socket or pipe); remove it from the model.`);
    }
    return { path, absolute, size: stats.size, shown };
}
/** Whether a directory is the root's `.git` (the recipe skips only that one). */
function isRootGit(path) {
    return path === '.git';
}
function decodeName(raw, shownDirectory) {
    try {
        return strictUtf8.decode(raw);
    }
    catch {
        throw new DigestError('unwritable-name', `A file name in '${shownDirectory}' is not valid UTF-8 (${JSON.stringify(raw.toString('latin1'))}); ` +
            'rename it so its digest line can be written.');
    }
}
/** A line break would split the file's digest line in two. */
function checkName(name, shown) {
    if (/[\n\r]/.test(name)) {
        throw new DigestError('unwritable-name', `The file name ${JSON.stringify(shown)} contains a line break; rename the file.`);
    }
}
async function statOrThrow(absolute, shown) {
    try {
        return await (0,promises_.stat)(absolute);
    }
    catch (error) {
        throw fileSystemError(error, shown);
    }
}
/** Synchronous: a few microseconds a file, where a trip through libuv's thread pool costs tens. */
function lstatOrThrow(absolute, shown) {
    try {
        return (0,external_node_fs_.lstatSync)(absolute);
    }
    catch (error) {
        throw fileSystemError(error, shown);
    }
}
/** Turns the file system errors a user can fix into a `DigestError`; anything else stays ours. */
function fileSystemError(error, shown) {
    switch (error?.code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return new DigestError('not-found', `'${shown}' does not exist; check the path (relative paths start at the working directory).`);
        case 'EACCES':
        case 'EPERM':
            return new DigestError('unreadable', `'${shown}' cannot be read (permission denied); make it readable by the runner's user.`);
        case 'ELOOP':
            return new DigestError('symbolic-link', `'${shown}' goes through a loop of symbolic links; links are refused, replace them.`);
        default:
            return error;
    }
}
/**
 * Sorted by path in byte order of UTF-8, the order of `LC_ALL=C sort`; not
 * JavaScript's string order (UTF-16 code units), which differs above U+FFFF.
 */
function sortedByPath(items) {
    const keyed = items.map((item) => ({ item, key: Buffer.from(item.path, 'utf8') }));
    keyed.sort((a, b) => Buffer.compare(a.key, b.key));
    return keyed.map(({ item }) => item);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./packages/digest/lib/src/file-hasher.js
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
function createFileHasher(node, chunkSize, onBytes, isStopped) {
    const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
    function hashSmall(path) {
        const hash = node.createHash('sha256');
        const buffer = buffers[0];
        const fd = node.openSync(path, 'r');
        let size = 0;
        try {
            for (;;) {
                const bytesRead = node.readSync(fd, buffer, 0, chunkSize, size);
                if (bytesRead === 0)
                    break;
                hash.update(bytesRead === chunkSize ? buffer : buffer.subarray(0, bytesRead));
                size += bytesRead;
                onBytes(bytesRead);
            }
        }
        finally {
            node.closeSync(fd);
        }
        return { sha256: hash.digest('hex'), size };
    }
    async function hashLarge(path) {
        const hash = node.createHash('sha256');
        const file = await node.open(path, 'r');
        let size = 0;
        try {
            let current = 0;
            let pending = file.read(buffers[current], 0, chunkSize, 0);
            for (;;) {
                const { bytesRead } = await pending;
                if (bytesRead === 0)
                    break;
                if (isStopped())
                    throw new Error('Hashing was stopped.');
                const chunk = buffers[current];
                size += bytesRead;
                current ^= 1;
                // A short read is not the end of the file: only a read of 0 bytes is.
                pending = file.read(buffers[current], 0, chunkSize, size);
                hash.update(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
                onBytes(bytesRead);
            }
        }
        finally {
            await file.close();
        }
        return { sha256: hash.digest('hex'), size };
    }
    return async (batch) => {
        const results = [];
        for (let index = 0; index < batch.length; index++) {
            const file = batch[index];
            try {
                results.push(file.size < chunkSize ? hashSmall(file.path) : await hashLarge(file.path));
            }
            catch (error) {
                return { failedAt: index, error };
            }
        }
        return { results };
    };
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/hash-worker.js

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
const HASH_WORKER_SOURCE = `'use strict';
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

;// CONCATENATED MODULE: ./packages/digest/lib/src/hashing.js







/** Large reads into reused buffers: few system calls, bounded memory. */
const CHUNK_SIZE = 4 * 1024 * 1024;
/**
 * Bytes that make another thread worth it: starting a worker costs some 30 ms
 * of this thread's time, about what hashing 40 MB takes.
 */
const BYTES_PER_THREAD = 64 * 1024 * 1024;
/** Small files go to a thread in batches of about this many bytes, so messages cost little next to hashing. */
const BATCH_BYTES = CHUNK_SIZE;
const BATCH_FILES = 256;
/** A failure of one file of a batch. */
class BatchFailure extends Error {
    index;
    failure;
    constructor(index, failure) {
        super('A file of the batch could not be hashed.');
        this.index = index;
        this.failure = failure;
    }
}
/**
 * Hashes files, up to `parallelism` at once, calling `onBytes` as bytes are
 * hashed. Rejects with the error of the first file that fails (a `DigestError`
 * when the user can fix it, such as permissions).
 */
async function hashFiles(files, parallelism, onBytes) {
    const results = new Array(files.length);
    const batches = batchesOf(files);
    let next = 0;
    let failed = false;
    let noMoreWork;
    const allTaken = new Promise((resolve) => (noMoreWork = resolve));
    const total = files.reduce((sum, file) => sum + file.size, 0);
    // One batch needs no worker: sha256 cannot split a file across threads.
    const threads = Math.max(1, Math.min(parallelism, batches.length, Math.ceil(total / BYTES_PER_THREAD)));
    // This thread hashes too, starting at once; a worker takes its first batch
    // only once it has started, so no batch waits for a worker to start.
    const hashers = [new InlineHasher(onBytes)];
    for (let count = 1; count < threads; count++)
        hashers.push(new WorkerHasher(onBytes));
    function take() {
        const batch = failed ? undefined : batches[next++];
        if (batch === undefined)
            noMoreWork();
        return batch;
    }
    async function feed(hasher) {
        await Promise.race([hasher.ready, allTaken]);
        for (let batch = take(); batch !== undefined; batch = take()) {
            try {
                const hashed = await hasher.hash(batch.map((index) => ({ path: files[index].absolute, size: files[index].size })));
                for (const [position, index] of batch.entries())
                    results[index] = hashed[position];
            }
            catch (error) {
                failed = true;
                noMoreWork();
                if (error instanceof BatchFailure)
                    throw fileSystemError(error.failure, files[batch[error.index]].shown);
                throw error;
            }
        }
    }
    try {
        // One batch at a time per thread: handing a worker a second large file
        // early could leave it with two while another thread has none.
        await Promise.all(hashers.map(feed));
        return results;
    }
    finally {
        await Promise.all(hashers.map((hasher) => hasher.close()));
    }
}
/**
 * Indices of `files`, grouped: each large file alone, small files together.
 * Largest first, so that a big file is not left running alone at the end.
 */
function batchesOf(files) {
    const order = files.map((_, index) => index).sort((a, b) => files[b].size - files[a].size);
    const batches = [];
    let batch = [];
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
    if (batch.length > 0)
        batches.push(batch);
    return batches;
}
/** Hashes on the calling thread, with the same loop as the worker threads (file-hasher.ts). */
class InlineHasher {
    ready = Promise.resolve();
    /** Set when another thread failed: a large file need not be finished for nothing. */
    stopped = false;
    hashBatch;
    constructor(onBytes) {
        this.hashBatch = createFileHasher({ createHash: external_node_crypto_.createHash, openSync: external_node_fs_.openSync, readSync: external_node_fs_.readSync, closeSync: external_node_fs_.closeSync, open: promises_.open }, CHUNK_SIZE, onBytes, () => this.stopped);
    }
    async hash(batch) {
        const outcome = await this.hashBatch(batch);
        if ('results' in outcome)
            return outcome.results;
        throw new BatchFailure(outcome.failedAt, outcome.error);
    }
    close() {
        this.stopped = true;
        return Promise.resolve();
    }
}
/** One worker thread, started when constructed and stopped by `close`. */
class WorkerHasher {
    ready;
    worker;
    pending = new Map();
    nextId = 0;
    closing = false;
    constructor(onBytes) {
        this.worker = new external_node_worker_threads_.Worker(HASH_WORKER_SOURCE, {
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
        this.worker.on('message', (message) => {
            if (message.type === 'progress') {
                onBytes(message.bytes);
                return;
            }
            const waiting = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.type === 'done')
                waiting?.resolve(message.results);
            else {
                const failure = Object.assign(new Error(message.message), { code: message.code });
                waiting?.reject(new BatchFailure(message.index, failure));
            }
        });
        this.worker.on('error', (error) => this.failAll(error));
        this.worker.on('exit', (code) => {
            if (!this.closing)
                this.failAll(new Error(`A hashing worker thread stopped unexpectedly (exit code ${code}).`));
        });
    }
    hash(batch) {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker.postMessage({ id, files: batch });
        });
    }
    async close() {
        this.closing = true;
        this.failAll(new Error('The hashing worker thread was stopped.'));
        await this.worker.terminate();
    }
    failAll(error) {
        for (const waiting of this.pending.values())
            waiting.reject(error);
        this.pending.clear();
    }
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/digest.js





const PROGRESS_EVERY_MS = 250;
/**
 * The digest of a model: every regular file below `root` (skipping `.git`), or,
 * when `root` is a file, just that file with its parent as the root.
 * Symbolic links inside are refused.
 */
async function digestOf(root, options = {}) {
    return hashFileSet(await listRoot(root, options.workspace), options);
}
/**
 * The digest of named files relative to `root` (glob matches, for example).
 * A directory among them stands for every file below it; duplicates count once.
 */
async function digestOfFiles(root, relativePaths, options = {}) {
    return hashFileSet(await listNamed(root, relativePaths, options.workspace), options);
}
/**
 * The digest over already-hashed files, in any order: one line
 * `<sha256>  <size>  <path>\n` a file, sorted by path in byte order, hashed.
 */
function digestOfEntries(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of sortedByPath(files))
        hash.update(`${file.sha256}  ${file.size}  ${file.path}\n`, 'utf8');
    return `sha256:${hash.digest('hex')}`;
}
async function hashFileSet(set, options) {
    const total = set.files.reduce((sum, file) => sum + file.size, 0);
    const report = throttledProgress(total, options.onProgress);
    const results = await hashFiles(set.files, workerCount(options.workers), report.add);
    const files = set.files.map((file, index) => {
        const { sha256, size } = results[index];
        if (size !== file.size) {
            throw new DigestError('changed-while-hashing', `'${file.shown}' changed while it was being hashed (${file.size} bytes when listed, ${size} read); ` +
                'compute the digest after whatever writes the model has finished.');
        }
        return { path: file.path, size, sha256 };
    });
    report.finish();
    return { digest: digestOfEntries(files), size: total, files };
}
function workerCount(requested) {
    if (requested === undefined)
        return Math.min(2, (0,external_node_os_.availableParallelism)());
    return Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : 1;
}
function throttledProgress(total, onProgress) {
    let hashed = 0;
    let last = Date.now();
    return {
        add: (bytes) => {
            hashed += bytes;
            if (onProgress && Date.now() - last >= PROGRESS_EVERY_MS) {
                last = Date.now();
                onProgress(hashed, total);
            }
        },
        finish: () => onProgress?.(total, total),
    };
}

;// CONCATENATED MODULE: ./packages/digest/lib/src/index.js





/***/ })

};
