// DESIGN's start-up budget: each bundle doing trivial work starts in at most
// 0.6x the time actions/checkout's bundle takes over `node -e 0`.
//
// The anchor is checkout's own bundle where one is at hand: BENCH_CHECKOUT_BUNDLE
// (a path to its dist/index.js), or bench/vendor/actions-checkout/index.js. No
// npm package ships it and nothing else is downloaded here, so otherwise the
// anchor is a bundle of @actions/core alone (built here the same way), with
// DESIGN's measured ratio between the two: checkout ≈ +75 ms, core alone ≈
// +55 ms over `node -e 0`, so 0.6x checkout = 0.6 × 75/55 ≈ 0.82x core alone.
//
// Every subject runs interleaved with the others, under the same environment
// (NODE_EXTRA_CA_CERTS included: it costs every start the same), and each
// figure is the median over `node -e 0`'s median. The budget is on wall time;
// a second series reports CPU time too, which a loaded machine disturbs less.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { median, quick, removeScratch, root, row, scratch, setting, timeSync } from './harness.mjs';

const require = createRequire(import.meta.url);
const RUNS = setting('BENCH_START_RUNS', quick ? 9 : 21);
const BUDGET = 0.6;
/** DESIGN's figures for this machine: checkout's bundle and @actions/core alone, ms over `node -e 0`. */
const CHECKOUT_MS = 75;
const CORE_ALONE_MS = 55;

/** Inputs that make each action do trivial work (or refuse an input) and exit. */
const TRIVIAL = {
  build: { INPUT_INSTALL: 'none', INPUT_BUILD: 'none', INPUT_CACHE: 'false' },
  test: { 'INPUT_FAIL-ON': 'sometimes' },
  'version-model': { 'INPUT_MODEL-NAME': 'bench', INPUT_PATH: 'model', INPUT_BUMP: 'huge' },
  'deploy-env': {
    INPUT_ENVIRONMENT: 'staging',
    'INPUT_MODEL-NAME': 'bench',
    INPUT_VERSION: 'latest',
    INPUT_COMMAND: 'true',
    INPUT_ROLLBACK: 'maybe',
  },
  'fetch-model': { 'INPUT_MODEL-NAME': 'bench', INPUT_VERSION: 'newest' },
};

/**
 * Preloaded into a second series of runs: reports the process's CPU time
 * (steadier than wall time on a loaded machine; microseconds) and whether
 * undici was evaluated (it installs a global dispatcher when it is).
 */
const PROBE =
  "process.on('exit', () => { const { user, system } = process.cpuUsage(); process.stderr.write('\\nbench-probe ' + " +
  "(user + system) + ' ' + Object.getOwnPropertySymbols(globalThis).some((s) => s.description === 'undici.globalDispatcher.1') + '\\n'); });";

function checkoutBundle() {
  const candidates = [process.env.BENCH_CHECKOUT_BUNDLE, join(root, 'bench', 'vendor', 'actions-checkout', 'index.js')];
  return candidates.find((path) => path && existsSync(path));
}

/** @actions/core alone, bundled by ncc as our actions are; the entry sits in the repository so it resolves. */
async function coreAloneBundle(dir) {
  const ncc = require('@vercel/ncc');
  const entry = join(dir, 'core-alone.mjs');
  await writeFile(entry, "import * as core from '@actions/core';\ncore.setOutput('ok', 'true');\n");
  const { code } = await ncc(entry, { quiet: true, target: 'es2022' });
  const out = join(dir, 'core-alone');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.js'), code);
  await writeFile(join(out, 'package.json'), '{"type":"module"}\n');
  return join(out, 'index.js');
}

export async function benchColdStart({ log = console.log } = {}) {
  const dir = await scratch('cold-start');
  try {
    const workspace = join(dir, 'workspace');
    const runnerTemp = join(dir, 'runner-temp');
    await mkdir(join(workspace, 'model'), { recursive: true });
    await mkdir(runnerTemp, { recursive: true });
    const env = {
      ...process.env,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      GITHUB_OUTPUT: join(runnerTemp, 'output'),
      GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
    };
    await writeFile(env.GITHUB_OUTPUT, '');
    await writeFile(env.GITHUB_STEP_SUMMARY, '');

    const checkout = checkoutBundle();
    const anchor = checkout
      ? { name: "actions/checkout's bundle", args: [checkout], env, factor: 1 }
      : { name: '@actions/core alone', args: [await coreAloneBundle(dir)], env, factor: CHECKOUT_MS / CORE_ALONE_MS };
    const actions = readdirSync(join(root, 'dist')).filter((name) => existsSync(join(root, 'dist', name, 'index.js')));
    const subjects = [
      { name: 'node -e 0', args: ['-e', '0'], env },
      anchor,
      ...actions.map((name) => ({
        name: `dist/${name}`,
        args: [join(root, 'dist', name, 'index.js')],
        env: { ...env, ...TRIVIAL[name] },
      })),
    ];
    const times = new Map(subjects.map((subject) => [subject.name, []]));
    for (const subject of subjects) timeSync(subject.args, { cwd: workspace, env: subject.env }); // warm the file cache
    for (let i = 0; i < RUNS; i++) {
      for (const subject of subjects) {
        times.get(subject.name).push(timeSync(subject.args, { cwd: workspace, env: subject.env }));
      }
    }
    const cpu = new Map(subjects.map((subject) => [subject.name, []]));
    const undici = new Set();
    for (let i = 0; i < RUNS; i++) {
      for (const subject of subjects) {
        const probe = probed(subject, workspace);
        cpu.get(subject.name).push(probe.cpuMs);
        if (probe.undici) undici.add(subject.name);
      }
    }
    const node = median(times.get('node -e 0'));
    const nodeCpu = median(cpu.get('node -e 0'));
    const anchorCpu = median(cpu.get(anchor.name)) - nodeCpu;
    const anchorOver = median(times.get(anchor.name)) - node;
    // The budget as a ratio to the anchor that ran: 0.6 of checkout = 0.6 × (checkout / core alone) of core alone.
    const budget = BUDGET * anchor.factor;
    log(
      `  median of ${RUNS} interleaved runs; node -e 0 = ${node.toFixed(0)} ms; ${anchor.name} = +${anchorOver.toFixed(0)} ms`,
    );
    if (!checkout) {
      log(
        `  actions/checkout's bundle is not at hand (no npm package ships it; set BENCH_CHECKOUT_BUNDLE to its dist/index.js):`,
      );
      log(
        `  DESIGN measured checkout at +${CHECKOUT_MS} ms and @actions/core alone at +${CORE_ALONE_MS} ms here, so ` +
          `${BUDGET}x checkout = ${BUDGET} × ${CHECKOUT_MS}/${CORE_ALONE_MS} = ${budget.toFixed(2)}x @actions/core alone`,
      );
    }
    return actions.map((name) => {
      const over = median(times.get(`dist/${name}`)) - node;
      const ratio = over / anchorOver;
      const cpuOver = median(cpu.get(`dist/${name}`)) - nodeCpu;
      const loaded = undici.has(`dist/${name}`);
      return row(`cold start dist/${name}`, {
        measured: `+${over.toFixed(0)} ms`,
        anchor: `${anchor.name} +${anchorOver.toFixed(0)} ms`,
        ratio: `${ratio.toFixed(2)}x${checkout ? '' : ` (= ${(ratio / anchor.factor).toFixed(2)}x checkout)`}`,
        budget: checkout ? `<= ${BUDGET}x` : `<= ${budget.toFixed(2)}x (= ${BUDGET}x checkout)`,
        ok: ratio <= budget && !loaded,
        note:
          `CPU time +${cpuOver.toFixed(0)} ms against +${anchorCpu.toFixed(0)} ms, ${(cpuOver / anchorCpu).toFixed(2)}x` +
          (loaded ? '; undici was evaluated at start-up (see scripts/bundle-output.mjs)' : '; undici not evaluated'),
      });
    });
  } finally {
    await removeScratch(dir);
  }
}

/** A run with the probe preloaded: its CPU time in ms and whether undici was evaluated. */
function probed(subject, cwd) {
  const result = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(PROBE)}`, ...subject.args],
    { cwd, env: subject.env, encoding: 'utf8' },
  );
  const match = /^bench-probe (\d+) (true|false)$/m.exec(result.stderr);
  if (!match) throw new Error(`the start-up probe said nothing for ${subject.name}: ${result.stderr}`);
  return { cpuMs: Number(match[1]) / 1000, undici: match[2] === 'true' };
}
