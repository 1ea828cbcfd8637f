// Cold start of every action bundle doing trivial work, against `node -e 0`
// and against a bundle of @actions/core alone, timed side by side in one run
// (interleaved, median of many) so machine noise hits all of them alike.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

/** The budget: actions/checkout's bundle starts ~80 ms after `node -e 0` where @actions/core alone takes ~60 ms. */
const CHECKOUT_OVER_CORE = 80 / 60;
const RUNS = 15;

/** Inputs that make each action do trivial work (or refuse one input) and exit. */
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
};

async function coreOnlyBundle(dir) {
  const ncc = require('@vercel/ncc');
  const entry = join(dir, 'core-only.mjs');
  writeFileSync(entry, "import * as core from '@actions/core';\ncore.setOutput('ok', 'true');\n");
  // ncc resolves @actions/core from the entry's folder: keep the entry inside the repo's tree.
  const { code } = await ncc(entry, { quiet: true, target: 'es2022' });
  const out = join(dir, 'core-only');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.js'), code);
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return join(out, 'index.js');
}

function timeOnce(args, env, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, cwd, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  return ms;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchColdStart({ log = console.log } = {}) {
  const scratch = join(root, '.bench');
  mkdirSync(scratch, { recursive: true });
  const coreOnly = await coreOnlyBundle(scratch);
  const workspace = mkdtempSync(join(tmpdir(), 'cold-start-'));
  mkdirSync(join(workspace, 'model'), { recursive: true });
  const runnerTemp = mkdtempSync(join(tmpdir(), 'cold-start-temp-'));
  const base = {
    ...process.env,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
  };
  const actions = readdirSync(join(root, 'dist')).filter((name) => existsSync(join(root, 'dist', name, 'index.js')));
  const subjects = [
    { name: 'node -e 0', args: ['-e', '0'], env: base },
    { name: '@actions/core alone', args: [coreOnly], env: base },
    ...actions.map((name) => ({
      name: `dist/${name}`,
      args: [join(root, 'dist', name, 'index.js')],
      env: { ...base, ...(TRIVIAL[name] ?? {}) },
    })),
  ];
  const times = new Map(subjects.map((subject) => [subject.name, []]));
  for (const subject of subjects) timeOnce(subject.args, subject.env, workspace); // warm the file cache
  for (let i = 0; i < RUNS; i++) {
    for (const subject of subjects) times.get(subject.name).push(timeOnce(subject.args, subject.env, workspace));
  }
  const baseline = median(times.get('node -e 0'));
  const coreOver = median(times.get('@actions/core alone')) - baseline;
  const budget = coreOver * CHECKOUT_OVER_CORE;
  log(
    `cold start, median of ${RUNS} (node -e 0 = ${baseline.toFixed(0)} ms; @actions/core alone = +${coreOver.toFixed(0)} ms)`,
  );
  const rows = [];
  for (const name of actions) {
    const over = median(times.get(`dist/${name}`)) - baseline;
    const ok = over <= budget;
    rows.push({
      name: `cold start dist/${name}`,
      value: Number(over.toFixed(1)),
      unit: 'ms over node -e 0',
      budget: `<= ${budget.toFixed(0)} ms (checkout-equivalent: ${CHECKOUT_OVER_CORE.toFixed(2)}x @actions/core alone)`,
      ok,
    });
    log(
      `  dist/${name.padEnd(14)} +${over.toFixed(0).padStart(4)} ms  (${(over / coreOver).toFixed(2)}x @actions/core alone; budget ${budget.toFixed(0)} ms)  ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchColdStart();
  process.exit(rows.every((row) => row.ok) ? 0 : 1);
}
