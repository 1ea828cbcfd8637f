// DESIGN's hashing budgets, through the version-model action as a user runs
// it (the whole process: start, inputs, hashing, registering a version in a
// local bare remote), against `sha256sum` over the same files (the whole
// process), median of interleaved runs from a warm page cache:
//   - a model of 8 files (1 GiB in all): at least 5x faster;
//   - one file of 1 GiB: at least 4x;
// and the peak memory of version-model on a 5 GiB model (sparse files, so it
// takes no disk): under 100 MB on Node 20, under 120 MB on Node 24.
//
// Sizes: BENCH_MODEL_MIB (default 1024; 128 with BENCH_QUICK=1) and
// BENCH_LARGE_MODEL_MIB (default 5120; 1024 quick).
import { createHash, randomBytes } from 'node:crypto';
import { stat, statfs } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import {
  GiB,
  MiB,
  format,
  git,
  gitRemote,
  measure,
  median,
  nodeMajor,
  quick,
  removeScratch,
  row,
  runAction,
  scratch,
  setting,
  warm,
  writeFiles,
} from './harness.mjs';

const RUNS = setting('BENCH_RUNS', 3);
const MANY_FILES_RATIO = 5;
const ONE_FILE_RATIO = 4;
/** DESIGN: under 100 MB on Node 20, under 120 MB on Node 24 (its larger baseline). */
const PEAK_MB = nodeMajor >= 24 ? 120 : 100;

export async function benchHashing({ log = console.log } = {}) {
  const modelBytes = setting('BENCH_MODEL_MIB', quick ? 128 : 1024) * MiB;
  const largeBytes = setting('BENCH_LARGE_MODEL_MIB', quick ? 1024 : 5 * 1024) * MiB;
  const dir = await scratch('hashing');
  try {
    const { bavail, bsize } = await statfs(dir);
    const needed = 2 * modelBytes + 256 * MiB;
    if (bavail * bsize < needed) {
      throw new Error(
        `the hashing bench needs ${(needed / GiB).toFixed(1)} GiB free in .bench/; ${((bavail * bsize) / GiB).toFixed(1)} GiB left.`,
      );
    }
    const { workspace } = await gitRemote(dir);
    const started = process.hrtime.bigint();
    const block = randomBytes(64 * MiB);
    const eight = await writeFiles(join(workspace, 'model-eight'), 8, modelBytes / 8, block);
    const one = await writeFiles(join(workspace, 'model-one'), 1, modelBytes, block);
    await warm([...eight, ...one]);
    log(`  wrote and cached ${format(2 * modelBytes)} in ${secondsSince(started)}`);

    const rows = [];
    rows.push(
      await compare(log, workspace, 'model-eight', eight, `${format(modelBytes)} in 8 files`, MANY_FILES_RATIO),
    );
    rows.push(
      await compare(log, workspace, relative(workspace, one[0]), one, `one ${format(modelBytes)} file`, ONE_FILE_RATIO),
    );

    // The large model: sparse files (holes read as zeros), in files of at most 1 GiB as checkpoints are sharded.
    const shards = Math.ceil(largeBytes / GiB);
    await writeFiles(join(workspace, 'model-large'), shards, largeBytes / shards, undefined);
    const baseline = await measure(process.execPath, ['-e', '0']);
    const large = await versionModel(workspace, 'model-large');
    const ok = large.peakMB < PEAK_MB;
    log(
      `  ${format(largeBytes)} model (${shards} sparse files): ${(large.ms / 1000).toFixed(2)} s, ` +
        `peak RSS ${large.peakMB.toFixed(0)} MB (node -e 0: ${baseline.peakMB.toFixed(0)} MB)`,
    );
    rows.push(
      row(`version-model peak memory, ${format(largeBytes)} model`, {
        measured: `${large.peakMB.toFixed(0)} MB`,
        anchor: `node -e 0: ${baseline.peakMB.toFixed(0)} MB`,
        ratio: `${(large.peakMB / baseline.peakMB).toFixed(1)}x`,
        budget: `< ${PEAK_MB} MB (Node ${nodeMajor})`,
        ok,
        note: largeBytes < 5 * GiB ? "smaller than DESIGN's 5 GiB (quick mode or BENCH_LARGE_MODEL_MIB)" : undefined,
      }),
    );
    return rows;
  } finally {
    await removeScratch(dir);
  }
}

/** version-model on `path` with push: false (each run registers the same version in the checkout only). */
async function versionModel(workspace, path) {
  // The previous run's local tag would collide with this run's: a runner's checkout starts without it.
  for (const tag of git(workspace, 'tag', '--list').split('\n').filter(Boolean)) git(workspace, 'tag', '-d', tag);
  const result = await runAction('version-model', {
    workspace,
    inputs: { 'model-name': 'bench', path, push: 'false' },
  });
  if (!/^sha256:[0-9a-f]{64}$/.test(result.outputs.digest ?? '')) {
    throw new Error(`version-model gave no digest output:\n${result.stdout.slice(-2000)}`);
  }
  return result;
}

/** Interleaved runs of sha256sum and version-model over the same files; checks they agree; compares medians. */
async function compare(log, workspace, path, files, label, budget) {
  const anchor = [];
  const action = [];
  for (let i = 0; i < RUNS; i++) {
    const sums = await measure(
      'sha256sum',
      files.map((file) => relative(workspace, file)),
      { cwd: workspace },
    );
    anchor.push(sums.ms);
    const run = await versionModel(workspace, path);
    action.push(run.ms);
    if (i === 0) await checkSameDigest(sums.stdout, run.outputs.digest, files);
  }
  const ratio = median(anchor) / median(action);
  log(
    `  ${label}: sha256sum ${seconds(anchor)}, version-model ${seconds(action)} (median of ${RUNS}): ${ratio.toFixed(2)}x`,
  );
  return row(`version-model hashing ${label}`, {
    measured: `${seconds(action)}`,
    anchor: `sha256sum ${seconds(anchor)}`,
    ratio: `${ratio.toFixed(2)}x faster`,
    budget: `>= ${budget}x faster`,
    ok: ratio >= budget,
    note: quick ? "quick mode: small files, where start-up weighs more than in the budget's 1 GiB" : undefined,
  });
}

/** The DESIGN digest recomputed from sha256sum's hashes must equal the action's output, or the race is meaningless. */
async function checkSameDigest(sha256sumOutput, digest, files) {
  const hashes = new Map(
    sha256sumOutput
      .trim()
      .split('\n')
      .map((line) => [basename(line.slice(66)), line.slice(0, 64)]),
  );
  // Every file sits directly in the digest's root, so its path there is its name.
  const lines = [];
  for (const file of files)
    lines.push(`${hashes.get(basename(file))}  ${(await stat(file)).size}  ${basename(file)}\n`);
  lines.sort((a, b) => Buffer.compare(Buffer.from(a.split('  ')[2]), Buffer.from(b.split('  ')[2])));
  const expected = `sha256:${createHash('sha256').update(lines.join('')).digest('hex')}`;
  if (expected !== digest) {
    throw new Error(`version-model's digest ${digest} is not the one sha256sum's hashes give (${expected}).`);
  }
}

const seconds = (values) => `${(median(values) / 1000).toFixed(2)} s`;
const secondsSince = (start) => `${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`;
