import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseKeyValueFile } from './file-commands.js';
import { machineEnvironment } from './step-environment.js';
import { temporaryDirectory } from './fs.js';
import { commandMessages } from './workflow-commands.js';

/** The repository root, found from this file (packages/action-testing/lib/src). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export interface BundleRun {
  /** The action's folder name under `dist/`: `build`, `version-model`, … */
  action: string;
  /** Inputs by their names in action.yml; passed as `INPUT_*` the way the runner does. */
  inputs?: Record<string, string>;
  /** Extra environment (`GITHUB_*`, `ACTIONS_*`, …). */
  env?: Record<string, string>;
  /** The workspace the step runs in (the runner's `GITHUB_WORKSPACE`). */
  cwd: string;
  /** Give up after this many milliseconds (the test fails). */
  timeoutMs?: number;
  /** Called once the process is started: to signal it as the runner does when a job is cancelled. */
  started?: (child: ChildProcess) => void;
  /** Record the process's peak resident memory (`BundleResult.peakRssBytes`). */
  measureMemory?: boolean;
}

export interface BundleResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Outputs parsed from the `GITHUB_OUTPUT` file. */
  outputs: Record<string, string>;
  /** The job summary written to `GITHUB_STEP_SUMMARY`. */
  summary: string;
  /** The `::error…::` lines of stdout, with their message decoded. */
  errors: string[];
  warnings: string[];
  notices: string[];
  runnerTemp: string;
  /**
   * The process's peak resident memory in bytes (getrusage's maxrss, worker
   * threads included), read as it exits; set with `measureMemory`.
   */
  peakRssBytes?: number;
}

/**
 * Runs `dist/<action>/index.js` as a child process exactly as the runner
 * does: inputs as `INPUT_*`, outputs and summary through files.
 */
export async function runBundle(run: BundleRun): Promise<BundleResult> {
  const runnerTemp = await temporaryDirectory('runner-temp-');
  const outputFile = join(runnerTemp, 'github_output');
  const summaryFile = join(runnerTemp, 'step_summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env = machineEnvironment();
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: run.cwd,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
  });
  for (const [name, value] of Object.entries(run.inputs ?? {})) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  Object.assign(env, run.env ?? {});

  // A module loaded before the bundle that writes the peak at exit: the parent cannot read a child's rusage.
  const peakFile = join(runnerTemp, 'peak-rss');
  const preload = join(runnerTemp, 'peak-rss.mjs');
  if (run.measureMemory) {
    await writeFile(
      preload,
      "import { writeFileSync } from 'node:fs';\n" +
        `process.on('exit', () => writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
  }
  const memoryArgs = run.measureMemory ? ['--import', pathToFileURL(preload).href] : [];
  const child = spawn(process.execPath, [...memoryArgs, join(repoRoot, 'dist', run.action, 'index.js')], {
    cwd: run.cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  run.started?.(child);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const timeoutMs = run.timeoutMs ?? 120_000;
  const exitCode = await new Promise<number>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`dist/${run.action}/index.js did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise(code ?? 1);
    });
  });
  const out = Buffer.concat(stdout).toString('utf8');
  // maxRSS is in kibibytes.
  const peakRss = run.measureMemory ? { peakRssBytes: Number(await readFile(peakFile, 'utf8')) * 1024 } : {};
  return {
    exitCode,
    stdout: out,
    stderr: Buffer.concat(stderr).toString('utf8'),
    outputs: parseKeyValueFile(await readFile(outputFile, 'utf8'), 'GITHUB_OUTPUT'),
    summary: await readFile(summaryFile, 'utf8'),
    errors: commandMessages(out, 'error'),
    warnings: commandMessages(out, 'warning'),
    notices: commandMessages(out, 'notice'),
    runnerTemp,
    ...peakRss,
  };
}
