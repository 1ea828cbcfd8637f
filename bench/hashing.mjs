// Hashing budgets of DESIGN.md: the digest of a 1 GiB model (8 files, then one
// file) against `sha256sum` over the same files, whole process against whole
// process, median of interleaved runs from a warm page cache; and the peak RSS
// of digesting a 5 GiB model.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, rm, statfs } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const BLOCK = 64 * MiB;
const RUNS = 3;
const MANY_FILES_RATIO = 4;
const ONE_FILE_RATIO = 3;
const PEAK_RSS_MB = 150;

const root = resolve(import.meta.dirname, '..');
const digestModule = join(root, 'packages', 'digest', 'lib', 'src', 'index.js');

// The child a user's step amounts to: import the package, digest, print. It
// prints its own peak RSS too, for machines without GNU time.
const DIGEST_CHILD = `
const { digestOf } = await import(process.argv[1]);
const result = await digestOf(process.argv[2]);
console.log(JSON.stringify({ digest: result.digest, files: result.files, maxRssKiB: process.resourceUsage().maxRSS }));
`;

export async function benchHashing({ log = console.log } = {}) {
  if (!existsSync(digestModule)) throw new Error(`${digestModule} is missing: build first (npm run build).`);
  const scratch = await mkdtemp(join(tmpdir(), 'bench-hashing-'));
  try {
    const { bavail, bsize } = await statfs(scratch);
    const needed = 5 * GiB + 512 * MiB;
    if (bavail * bsize < needed) {
      throw new Error(
        `hashing bench needs ${needed / GiB} GiB free in ${tmpdir()}; ${(bavail * bsize) / GiB} GiB left.`,
      );
    }
    const block = randomBytes(BLOCK);
    // One 5 GiB model holds the others: 8 files of 128 MiB in eight/, then
    // 1 GiB files beside it, the first of which is the single-file case.
    const model = join(scratch, 'model');
    const started = process.hrtime.bigint();
    const eightFiles = await writeModel(join(model, 'eight'), 8, GiB / 8, block, 0);
    const [oneFile] = await writeModel(model, 1, GiB, block, 8);
    await warm([...eightFiles, oneFile]);
    log(`  wrote and cached 2 GiB in ${secondsSince(started)}`);

    const rows = [];
    rows.push(await compare(log, '1 GiB model of 8 files', join(model, 'eight'), eightFiles, MANY_FILES_RATIO));
    rows.push(await compare(log, 'one 1 GiB file', oneFile, [oneFile], ONE_FILE_RATIO));

    const restStarted = process.hrtime.bigint();
    const rest = await writeModel(model, 3, GiB, block, 9);
    await warm(rest);
    log(`  wrote and cached 3 GiB more in ${secondsSince(restStarted)}`);
    const run = await digestProcess(model);
    if (run.files.length !== 12)
      throw new Error(`expected 12 files in the 5 GiB model, the digest saw ${run.files.length}.`);
    const peakMb = (run.maxRssKiB * 1024) / 1e6;
    const ok = peakMb < PEAK_RSS_MB;
    log(
      `  5 GiB model of 12 files: digest in ${(run.ms / 1000).toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB ` +
        `(${run.rssSource}; budget < ${PEAK_RSS_MB} MB)  ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
    rows.push({
      name: 'peak RSS digesting a 5 GiB model',
      value: Number(peakMb.toFixed(1)),
      unit: 'MB',
      budget: `< ${PEAK_RSS_MB} MB`,
      ok,
    });
    return rows;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Interleaved runs of sha256sum and the digest; checks they agree, compares medians. */
async function compare(log, label, digestRoot, files, budget) {
  const coreutils = [];
  const node = [];
  for (let i = 0; i < RUNS; i++) {
    const sums = await timed('sha256sum', files);
    coreutils.push(sums.ms);
    const digest = await digestProcess(digestRoot);
    node.push(digest.ms);
    if (i === 0) checkSameHashes(sums.stdout, digest.files, files);
  }
  const ratio = median(coreutils) / median(node);
  const ok = ratio >= budget;
  log(
    `  ${label}: sha256sum ${seconds(coreutils)}, digest ${seconds(node)} (median of ${RUNS}): ` +
      `${ratio.toFixed(1)}x faster (budget >= ${budget}x)  ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
  return {
    name: `digest of ${label} vs sha256sum`,
    value: Number(ratio.toFixed(2)),
    unit: 'x faster',
    budget: `>= ${budget}x`,
    ok,
  };
}

async function digestProcess(digestRoot) {
  const gnuTime = existsSync('/usr/bin/time');
  const args = ['--input-type=module', '-e', DIGEST_CHILD, pathToFileURL(digestModule).href, digestRoot];
  const run = gnuTime
    ? await timed('/usr/bin/time', ['-f', '%M', process.execPath, ...args])
    : await timed(process.execPath, args);
  const printed = JSON.parse(run.stdout);
  // GNU time counts the whole process from outside; the child's own figure is the fallback.
  const maxRssKiB = gnuTime ? Number(run.stderr.trim().split('\n').at(-1)) : printed.maxRssKiB;
  return { ms: run.ms, files: printed.files, maxRssKiB, rssSource: gnuTime ? '/usr/bin/time' : 'resourceUsage' };
}

function checkSameHashes(sha256sumOutput, digestFiles, files) {
  const expected = sha256sumOutput
    .trim()
    .split('\n')
    .map((line) => line.slice(0, 64))
    .sort();
  const actual = digestFiles.map((file) => file.sha256).sort();
  if (files.length !== digestFiles.length || expected.join() !== actual.join()) {
    throw new Error('the digest and sha256sum disagree on the bench files: the measurement would be meaningless.');
  }
}

/** Writes `count` files of `size` bytes from a repeated random block (fast, and not compressible or sparse). */
async function writeModel(dir, count, size, block, firstIndex) {
  await mkdir(dir, { recursive: true });
  const paths = [];
  for (let index = firstIndex; index < firstIndex + count; index++) {
    const path = join(dir, `model-${String(index).padStart(5, '0')}.safetensors`);
    const file = await open(path, 'w');
    try {
      // A different first 8 bytes per file, so no two files are the same.
      const header = Buffer.alloc(8);
      header.writeBigUInt64LE(BigInt(index));
      await file.write(header);
      for (let written = 8; written < size;) {
        const { bytesWritten } = await file.write(block, 0, Math.min(block.length, size - written));
        written += bytesWritten;
      }
      // On disk before anything is timed: writeback must not compete with the runs.
      await file.sync();
    } finally {
      await file.close();
    }
    paths.push(path);
  }
  return paths;
}

/** Reads every file once so both sides start from the page cache. */
async function warm(paths) {
  const buffer = Buffer.allocUnsafe(16 * MiB);
  for (const path of paths) {
    const file = await open(path, 'r');
    try {
      while ((await file.read(buffer, 0, buffer.length, null)).bytesRead > 0);
    } finally {
      await file.close();
    }
  }
}

function timed(command, args) {
  return new Promise((resolvePromise, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const result = { ms, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() };
      if (code === 0) resolvePromise(result);
      else reject(new Error(`${command} ${args.slice(0, 3).join(' ')}… exited with ${code}: ${result.stderr.trim()}`));
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const secondsSince = (start) => `${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`;
const seconds = (values) => `${(median(values) / 1000).toFixed(2)} s`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await benchHashing();
  process.exit(rows.every((row) => row.ok) ? 0 : 1);
}
