// Budget of DESIGN.md: the test action parses and reports a 100 000-case JUnit
// file in under 3 s (whole process) and under 300 MB peak memory. Runs
// dist/test/index.js the way the runner does and takes the median of 3 runs.
//
//   node bench/junit.mjs        (after `npm run build`)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'test', 'index.js');
const CASES = 100_000;
const RUNS = 3;
const TIME_BUDGET_S = 3;
const MEMORY_BUDGET_MB = 300;
const SUMMARY_LIMIT = 1024 * 1024;

/** Runs the benchmark and returns its rows. */
export async function benchJunit({ log = console.log } = {}) {
  if (!existsSync(bundle)) throw new Error('dist/test/index.js is missing: run `npm run build` first.');
  const workspace = await mkdtemp(join(tmpdir(), 'bench-junit-'));
  try {
    const report = join(workspace, 'junit.xml');
    await writeReport(report);
    log(`junit: generated ${CASES} cases, ${((await stat(report)).size / 1e6).toFixed(1)} MB`);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const run = await runBundle(workspace);
      log(`junit: run ${i + 1}: ${run.seconds.toFixed(2)} s, ${run.peakMB.toFixed(0)} MB peak`);
      runs.push(run);
    }
    const seconds = median(runs.map((run) => run.seconds));
    const peakMB = median(runs.map((run) => run.peakMB));
    return [
      {
        name: `test: ${CASES} JUnit cases parsed and reported (whole process)`,
        value: round(seconds, 2),
        unit: 's',
        budget: TIME_BUDGET_S,
        ok: seconds < TIME_BUDGET_S,
      },
      {
        name: `test: peak memory for ${CASES} JUnit cases`,
        value: round(peakMB, 0),
        unit: 'MB',
        budget: MEMORY_BUDGET_MB,
        ok: peakMB < MEMORY_BUDGET_MB,
      },
    ];
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/**
 * A report shaped like a big pytest run: 100 suites, 1% failures with a
 * traceback and captured output, 2% skipped.
 */
async function writeReport(path) {
  const out = createWriteStream(path);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="pytest tests">\n');
  const perSuite = CASES / 100;
  for (let suite = 0; suite < 100; suite++) {
    await write(`<testsuite name="pytest" tests="${perSuite}">\n`);
    for (let i = 0; i < perSuite; i++) {
      const n = suite * perSuite + i;
      const attributes = `classname="tests.test_module_${suite}" name="test_case_${n}" file="tests/test_module_${suite}.py" line="${i * 4}" time="${((n % 97) / 1000).toFixed(3)}"`;
      if (n % 100 === 7) {
        const traceback = Array.from({ length: 20 }, (_, line) => `    frame ${line}: value = compute(${n})`).join(
          '\n',
        );
        await write(
          `<testcase ${attributes}><failure message="AssertionError: expected ${n}, got ${n + 1}">def test_case_${n}():\n&gt;       assert compute(${n}) == ${n}\n${traceback}\nE       AssertionError\n\ntests/test_module_${suite}.py:${i * 4 + 2}: AssertionError</failure><system-out>${'captured output line\n'.repeat(50)}</system-out></testcase>\n`,
        );
      } else if (n % 50 === 3) {
        await write(`<testcase ${attributes}><skipped type="pytest.skip" message="needs a GPU"/></testcase>\n`);
      } else {
        await write(`<testcase ${attributes}/>\n`);
      }
    }
    await write('</testsuite>\n');
  }
  out.end('</testsuites>\n');
  await once(out, 'finish');
}

async function runBundle(workspace) {
  const temp = await mkdtemp(join(tmpdir(), 'bench-junit-runner-'));
  try {
    const files = {
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    };
    for (const file of Object.values(files)) await writeFile(file, '');
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...(process.env.NODE_EXTRA_CA_CERTS ? { NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS } : {}),
      ...files,
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: temp,
      'INPUT_WORKING-DIRECTORY': '.',
      INPUT_REPORTS: 'junit.xml',
      'INPUT_FAIL-ON': 'none',
      'INPUT_MAX-ANNOTATIONS': '10',
    };
    const peakFile = join(temp, 'peak');
    const timeTool = existsSync('/usr/bin/time');
    // Peak RSS from GNU time when there is one, else from the process itself as it exits.
    const command = timeTool
      ? ['/usr/bin/time', ['-f', '%M', '-o', peakFile, process.execPath, bundle]]
      : [process.execPath, ['--import', await peakRecorder(temp, peakFile), bundle]];
    const started = performance.now();
    const result = spawnSync(command[0], command[1], { cwd: workspace, env, encoding: 'utf8', maxBuffer: 64 << 20 });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) {
      throw new Error(
        `dist/test/index.js exited with ${result.status}:\n${result.stdout.slice(-2000)}${result.stderr}`,
      );
    }
    const outputs = await readFile(files.GITHUB_OUTPUT, 'utf8');
    if (!new RegExp(`^total<<.*\\n${CASES}\\n`, 'm').test(outputs)) {
      throw new Error(`dist/test/index.js did not report total=${CASES}:\n${outputs}`);
    }
    const summary = await stat(files.GITHUB_STEP_SUMMARY);
    if (summary.size >= SUMMARY_LIMIT) throw new Error(`the job summary is ${summary.size} bytes, over 1 MiB`);
    const kilobytes = Number((await readFile(peakFile, 'utf8')).trim().split('\n').pop());
    return { seconds, peakMB: (kilobytes * 1024) / 1e6 };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** A module preloaded into the bundle's process that writes its peak RSS (KiB) when it exits. */
async function peakRecorder(folder, peakFile) {
  const path = join(folder, 'peak-recorder.mjs');
  await writeFile(
    path,
    `import { writeFileSync } from 'node:fs';\n` +
      `process.on('exit', () => writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  return pathToFileURL(path).href;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function round(value, digits) {
  return Number(value.toFixed(digits));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await benchJunit();
  for (const row of rows) {
    console.log(`${row.ok ? 'ok  ' : 'FAIL'} ${row.name}: ${row.value} ${row.unit} (budget ${row.budget} ${row.unit})`);
  }
  process.exitCode = rows.every((row) => row.ok) ? 0 : 1;
}
