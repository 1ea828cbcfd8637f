// DESIGN's registry budget: version-model against a local bare remote that
// holds 20 000 version tags of the model runs in under 0.6 s, the whole
// process (start, hashing a small model, `git ls-remote`, the newest
// manifest, pushing the next version). `git ls-remote --tags` of the same
// remote, the least any run must do, is timed beside it as the anchor.
//
// BENCH_TAGS sets the number of tags (default 20 000).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { git, gitRemote, measure, median, quick, removeScratch, row, runAction, scratch, setting } from './harness.mjs';

const TAGS = setting('BENCH_TAGS', 20_000);
const RUNS = setting('BENCH_RUNS', quick ? 3 : 5);
const BUDGET_S = 0.6;

export async function benchTags({ log = console.log } = {}) {
  const dir = await scratch('tags');
  try {
    const { remote, workspace } = await gitRemote(dir);
    const started = process.hrtime.bigint();
    const newest = importTags(remote, git(workspace, 'rev-parse', 'HEAD'));
    log(`  ${TAGS} annotated version tags in the remote (newest ${newest}) in ${secondsSince(started)}`);

    const action = [];
    const anchor = [];
    let previous = newest;
    for (let i = 0; i < RUNS; i++) {
      anchor.push((await measure('git', ['ls-remote', '--tags', remote], { cwd: workspace })).ms);
      // New bytes each run, so each run registers and pushes the next version.
      await mkdir(join(workspace, 'model'), { recursive: true });
      await writeFile(join(workspace, 'model', 'weights.bin'), `run ${i}\n`);
      const run = await runAction('version-model', { workspace, inputs: { 'model-name': 'bench', path: 'model' } });
      if (run.outputs['previous-version'] !== previous || run.outputs.created !== 'true') {
        throw new Error(
          `version-model should have registered the version after ${previous}; its outputs: ${JSON.stringify(run.outputs)}`,
        );
      }
      previous = run.outputs.version;
      action.push(run.ms);
    }
    const seconds = median(action) / 1000;
    log(
      `  version-model ${seconds.toFixed(2)} s, git ls-remote ${(median(anchor) / 1000).toFixed(2)} s (median of ${RUNS})`,
    );
    return [
      row(`version-model with ${TAGS} tags in the remote`, {
        measured: `${seconds.toFixed(2)} s`,
        anchor: `git ls-remote ${(median(anchor) / 1000).toFixed(2)} s`,
        ratio: `${(median(action) / median(anchor)).toFixed(1)}x`,
        budget: `< ${BUDGET_S} s`,
        ok: seconds < BUDGET_S,
        note: TAGS < 20_000 ? "fewer tags than DESIGN's 20 000 (BENCH_TAGS)" : undefined,
      }),
    ];
  } finally {
    await removeScratch(dir);
  }
}

/**
 * Writes TAGS annotated tags `bench@v<x.y.z>` on `commit` into the bare
 * remote with git fast-import (seconds, where `git tag` would take minutes),
 * each holding a manifest as version-model writes one, in an order that is
 * not the version order (as registries grow: patches of old minors). Returns
 * the newest version.
 */
function importTags(remote, commit) {
  const chunks = [];
  let newest = [0, 0, 0];
  for (let i = 0; i < TAGS; i++) {
    const version = [i % 10, Math.floor(i / 10) % 50, Math.floor(i / 500)];
    if (compare(version, newest) > 0) newest = version;
    const text = version.join('.');
    const manifest = {
      schema: 'mlops-actions/model-manifest@1',
      name: 'bench',
      version: text,
      digest: `sha256:${createHash('sha256').update(text).digest('hex')}`,
      size: 1,
      files: [{ path: 'weights.bin', size: 1, sha256: createHash('sha256').update(`w${text}`).digest('hex') }],
      source: { repository: 'acme/bench', commit, ref: 'refs/heads/main', run_id: '1', run_url: '' },
      metrics: {},
      metadata: {},
      uri: '',
      created_at: '2026-01-01T00:00:00.000Z',
    };
    const message = `Register bench ${text}\n\n${JSON.stringify(manifest, null, 2)}\n`;
    chunks.push(
      `tag bench@v${text}\nfrom ${commit}\ntagger Bench <bench@example.com> 1767225600 +0000\n` +
        `data ${Buffer.byteLength(message)}\n${message}\n`,
    );
  }
  const result = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: remote,
    input: chunks.join(''),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git fast-import failed: ${result.stderr}`);
  // A hosted remote keeps its refs packed.
  git(remote, 'pack-refs', '--all');
  return newest.join('.');
}

const compare = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const secondsSince = (start) => `${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`;
