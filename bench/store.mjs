// DESIGN's model store budgets, through the actions as a user runs them,
// against `skopeo copy` of the same artifact between the same kind of
// registry (Debian's docker-registry on 127.0.0.1, no auth) and an OCI image
// layout, median of interleaved runs from a warm page cache:
//   - push: version-model with `store: oci://…` (the whole run: hashing,
//     registering the version in a local bare remote, uploading) against
//     `skopeo copy oci:<layout> docker://…`: at least as fast;
//   - pull: fetch-model (the whole run: resolving the version, downloading,
//     verifying) against `skopeo copy docker://… oci:<fresh layout>`: at least
//     as fast;
//   - a second push of unchanged files (a new version, other metadata)
//     uploads 0 bytes;
//   - the peak memory of the push and of the pull: under 150 MB.
// version-model without a store is timed beside the push, as information:
// what of the push is hashing and registering.
//
// Each push goes to a registry of its own, started empty: skopeo remembers
// where it pushed a blob (its blob-info cache, /var/lib/containers/cache for
// root) and mounts it from there into any other repository of the same
// registry, so a fresh repository alone would make its later pushes free.
//
// Size: BENCH_STORE_MIB (default 1024; 64 with BENCH_QUICK=1), in 8 files.
import { spawnSync } from 'node:child_process';
import { rm, statfs } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
// The test tooling's registry (built by `npm run build`, which `npm run bench` runs first).
import { ensureInstalled, startRegistry } from '@mlops-actions/action-testing';
import {
  GiB,
  MiB,
  format,
  gitRemote,
  measure,
  median,
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
const FILES = 8;
const PEAK_MB = 150;
const MODEL = 'bench';

export async function benchStore({ log = console.log } = {}) {
  ensureInstalled('skopeo', 'skopeo');
  const modelBytes = setting('BENCH_STORE_MIB', quick ? 64 : 1024) * MiB;
  const dir = await scratch('store');
  // The registry the pulls read from; each push starts one of its own.
  const registries = [];
  try {
    const { bavail, bsize } = await statfs(dir);
    // The model, the layout, the pull registry, one push registry and two pulled copies at a time.
    const needed = 6 * modelBytes + 512 * MiB;
    if (bavail * bsize < needed) {
      throw new Error(
        `the store bench needs ${(needed / GiB).toFixed(1)} GiB free in .bench/ and the temporary folder; ` +
          `${((bavail * bsize) / GiB).toFixed(1)} GiB left.`,
      );
    }
    const { workspace } = await gitRemote(dir);
    const started = process.hrtime.bigint();
    const files = await writeFiles(join(workspace, 'model'), FILES, modelBytes / FILES, randomBytes(64 * MiB));
    log(`  wrote ${format(modelBytes)} in ${FILES} files in ${secondsSince(started)}`);

    const source = await startRegistry();
    registries.push(source);
    const versions = versionCounter();

    // The version the pulls fetch, pushed once (untimed), then the same files again as a new version.
    const first = await versionModel(workspace, `oci://${source.host}/models`, '1.0.0');
    expectUploaded(first, modelBytes, 'the first push');
    const again = await versionModel(workspace, `oci://${source.host}/models`, '1.1.0', 'run=2');
    log(
      `  second push of unchanged files: ${again.outputs['uploaded-bytes']} bytes uploaded, ` +
        `${(again.ms / 1000).toFixed(2)} s, peak RSS ${again.peakMB.toFixed(0)} MB`,
    );
    const stored = `${source.host}/models/${MODEL}`;

    // skopeo's side of the push: the same artifact in an image layout, copied from the registry (untimed).
    const layout = join(dir, 'layout');
    await skopeo(['copy', '--src-tls-verify=false', `docker://${stored}:v1.0.0`, `oci:${layout}:v1.0.0`]);
    await warm(files);

    // Push: a fresh registry per run for both sides, in a rotating order.
    const push = { ours: [], skopeo: [], hashOnly: [] };
    const pushSubjects = {
      ours: () =>
        withRegistry(registries, async (registry) => {
          const run = await versionModel(workspace, `oci://${registry.host}/bench`, versions.next());
          expectUploaded(run, modelBytes, 'a push');
          return run;
        }),
      skopeo: () =>
        withRegistry(registries, (registry) =>
          skopeo([
            'copy',
            '--dest-tls-verify=false',
            `oci:${layout}:v1.0.0`,
            `docker://${registry.host}/bench-skopeo/${MODEL}:v1.0.0`,
          ]),
        ),
      hashOnly: () => versionModel(workspace, '', versions.next()),
    };
    await interleaved(pushSubjects, push);
    const pushRatio = median(push.skopeo.map((r) => r.ms)) / median(push.ours.map((r) => r.ms));
    log(
      `  push: skopeo copy ${seconds(push.skopeo)}, version-model ${seconds(push.ours)} ` +
        `(without store ${seconds(push.hashOnly)}) (median of ${RUNS}): ${pushRatio.toFixed(2)}x`,
    );

    // Pull: fetch-model and skopeo from the same registry into fresh folders, removed after each run.
    const pull = { ours: [], skopeo: [] };
    let pulls = 0;
    const pullSubjects = {
      ours: async () => {
        const path = `model-pulled-${pulls++}`;
        try {
          const run = await runAction('fetch-model', {
            workspace,
            inputs: { 'model-name': MODEL, version: '1.0.0', path },
          });
          if (run.outputs.digest !== first.outputs.digest) {
            throw new Error(`fetch-model gave the digest ${run.outputs.digest}, not ${first.outputs.digest}.`);
          }
          return run;
        } finally {
          await rm(join(workspace, path), { recursive: true, force: true });
        }
      },
      skopeo: async () => {
        const copy = join(dir, `layout-pulled-${pulls++}`);
        try {
          return await skopeo(['copy', '--src-tls-verify=false', `docker://${stored}:v1.0.0`, `oci:${copy}:v1.0.0`]);
        } finally {
          await rm(copy, { recursive: true, force: true });
        }
      },
    };
    await interleaved(pullSubjects, pull);
    const pullRatio = median(pull.skopeo.map((r) => r.ms)) / median(pull.ours.map((r) => r.ms));
    log(
      `  pull: skopeo copy ${seconds(pull.skopeo)}, fetch-model ${seconds(pull.ours)} (median of ${RUNS}): ` +
        `${pullRatio.toFixed(2)}x`,
    );

    const note = quick ? "quick mode: a small model, where start-up weighs more than in the budget's 1 GiB" : undefined;
    const pushPeak = Math.max(...push.ours.map((r) => r.peakMB));
    const pullPeak = Math.max(...pull.ours.map((r) => r.peakMB));
    log(
      `  peak RSS: version-model push ${pushPeak.toFixed(0)} MB (skopeo ${peak(push.skopeo)} MB), ` +
        `fetch-model ${pullPeak.toFixed(0)} MB (skopeo ${peak(pull.skopeo)} MB)`,
    );
    const label = `${format(modelBytes)} in ${FILES} files`;
    return [
      row(`model store push ${label}`, {
        measured: `version-model ${seconds(push.ours)}`,
        anchor: `skopeo copy ${seconds(push.skopeo)}`,
        ratio: `${pushRatio.toFixed(2)}x faster`,
        budget: '>= 1x faster',
        ok: pushRatio >= 1,
        note:
          `version-model without a store took ${seconds(push.hashOnly)} of it (hashing, registering)` +
          (note ? `; ${note}` : ''),
      }),
      row(`model store pull ${label}`, {
        measured: `fetch-model ${seconds(pull.ours)}`,
        anchor: `skopeo copy ${seconds(pull.skopeo)}`,
        ratio: `${pullRatio.toFixed(2)}x faster`,
        budget: '>= 1x faster',
        ok: pullRatio >= 1,
        note,
      }),
      row('model store second push of unchanged files', {
        measured: `${again.outputs['uploaded-bytes']} B uploaded`,
        anchor: `first push: ${format(Number(first.outputs['uploaded-bytes']))}`,
        budget: '0 B',
        ok: again.outputs['uploaded-bytes'] === '0' && again.outputs.created === 'true',
      }),
      row('model store peak memory', {
        measured: `push ${pushPeak.toFixed(0)} MB, pull ${pullPeak.toFixed(0)} MB`,
        anchor: `skopeo ${peak(push.skopeo)} MB, ${peak(pull.skopeo)} MB`,
        budget: `< ${PEAK_MB} MB`,
        ok: pushPeak < PEAK_MB && pullPeak < PEAK_MB,
        note: modelBytes < GiB ? "smaller than DESIGN's 1 GiB (quick mode or BENCH_STORE_MIB)" : undefined,
      }),
    ];
  } finally {
    for (const registry of registries.splice(0)) await stopRegistry(registry);
    await removeScratch(dir);
  }
}

/**
 * version-model on the workspace's model with an explicit version (each run
 * registers a new one, so none is reused) and `store` (none when empty).
 */
async function versionModel(workspace, store, version, metadata = '') {
  const result = await runAction('version-model', {
    workspace,
    inputs: { 'model-name': MODEL, path: 'model', version, store, metadata },
  });
  if (result.outputs.version !== version || result.outputs.created !== 'true') {
    throw new Error(`version-model should have registered ${version}; its outputs: ${JSON.stringify(result.outputs)}`);
  }
  return result;
}

/** A push that uploaded less than the whole model did not race skopeo's. */
function expectUploaded(run, bytes, what) {
  if (run.outputs['uploaded-bytes'] !== String(bytes)) {
    throw new Error(
      `${what} should have uploaded ${bytes} bytes; version-model says ${run.outputs['uploaded-bytes']}.`,
    );
  }
}

/** Versions 2.0.0, 2.0.1…: each greater than the last, as explicit versions must be. */
function versionCounter() {
  let patch = 0;
  return { next: () => `2.0.${patch++}` };
}

/**
 * RUNS rounds of every subject, the order rotating each round, with the
 * dirty pages of the last run written out before each (so no run pays for
 * another's writes). Collects each subject's results in `into`.
 */
async function interleaved(subjects, into) {
  const names = Object.keys(subjects);
  for (let round = 0; round < RUNS; round++) {
    for (let turn = 0; turn < names.length; turn++) {
      const name = names[(round + turn) % names.length];
      spawnSync('sync');
      into[name].push(await subjects[name]());
    }
  }
}

/** Runs `work` against a registry started empty for it, stopped and removed after. */
async function withRegistry(registries, work) {
  const registry = await startRegistry();
  registries.push(registry);
  try {
    return await work(registry);
  } finally {
    registries.splice(registries.indexOf(registry), 1);
    await stopRegistry(registry);
  }
}

async function stopRegistry(registry) {
  await registry.stop();
  await rm(dirname(registry.storageDirectory), { recursive: true, force: true });
}

/** skopeo, timed; `--insecure-policy`: no signature policy applies to a throwaway local registry and layout. */
const skopeo = (args) => measure('skopeo', ['--insecure-policy', ...args]);

const seconds = (runs) => `${(median(runs.map((r) => r.ms)) / 1000).toFixed(2)} s`;
const peak = (runs) => Math.max(...runs.map((r) => r.peakMB)).toFixed(0);
const secondsSince = (start) => `${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`;
