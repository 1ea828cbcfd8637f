// What every bench shares: running a process (an action bundle the way the
// runner runs it, or an anchor) with its wall time and peak RSS, medians of
// interleaved runs, scratch folders under .bench/ (git-ignored), and the rows
// of the final table.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
// The test tooling's reader of file commands (built by `npm run build`, which `npm run bench` runs first).
import { parseKeyValueFile } from '@mlops-actions/action-testing/runner-protocol';

export const root = resolve(import.meta.dirname, '..');
export const nodeMajor = Number(process.versions.node.split('.')[0]);

/** `BENCH_QUICK=1`: smaller files and fewer runs, to check that the bench works (its figures are not the budgets'). */
export const quick = process.env.BENCH_QUICK === '1';

/** A whole-number setting from the environment (sizes, counts), or the default. */
export function setting(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, not '${text}'.`);
  return value;
}

export const MiB = 1024 ** 2;
export const GiB = 1024 ** 3;

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A scratch folder under .bench/, removed by the caller (`await using` is not in Node 20). */
export async function scratch(name) {
  await mkdir(join(root, '.bench'), { recursive: true });
  return mkdtemp(join(root, '.bench', `${name}-`));
}

export const removeScratch = (dir) => rm(dir, { recursive: true, force: true });

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command to its end: wall time in ms and, when GNU time is there, the
 * peak RSS in MB (1e6 bytes) of the whole process. Rejects on a non-zero exit
 * unless `allowFailure`.
 */
export async function measure(command, args, { cwd = root, env = process.env, allowFailure = false } = {}) {
  const rssFile = GNU_TIME ? join(await scratch('rss'), 'peak') : undefined;
  const [file, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  try {
    const result = await new Promise((resolvePromise, reject) => {
      const started = process.hrtime.bigint();
      const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const stdout = [];
      const stderr = [];
      child.stdout.on('data', (chunk) => stdout.push(chunk));
      child.stderr.on('data', (chunk) => stderr.push(chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        resolvePromise({
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          code,
          stdout: Buffer.concat(stdout).toString(),
          stderr: Buffer.concat(stderr).toString(),
        }),
      );
    });
    if (result.code !== 0 && !allowFailure) {
      throw new Error(`${command} ${args.join(' ').slice(0, 200)} exited with ${result.code}:\n${tail(result)}`);
    }
    if (rssFile) {
      const kib = Number((await readFile(rssFile, 'utf8')).trim().split('\n').at(-1));
      result.peakMB = (kib * 1024) / 1e6;
    }
    return result;
  } finally {
    if (rssFile) await removeScratch(join(rssFile, '..'));
  }
}

const tail = (result) => `${result.stdout.slice(-3000)}${result.stderr.slice(-3000)}`;

/** Wall time of a short process, without the GNU time wrapper (for cold starts). */
export function timeSync(args, { cwd = root, env = process.env } = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: 'ignore' });
  if (result.error) throw result.error;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** The environment a runner gives a step, for the workspace, without the caller's INPUT_* or GITHUB_*. */
function runnerEnv(workspace, runnerTemp, extra) {
  const env = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'NODE_EXTRA_CA_CERTS', 'TMPDIR']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return {
    ...env,
    // A runner's git: the machine's own config hidden.
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
    GITHUB_REPOSITORY: 'acme/bench',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    ...extra,
  };
}

export const bundlePath = (action) => join(root, 'dist', action, 'index.js');

/**
 * Runs dist/<action>/index.js as the runner does: `INPUT_*` variables, a
 * fresh RUNNER_TEMP with GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the
 * workspace as working directory. Returns the measure plus the outputs.
 */
export async function runAction(action, { workspace, inputs, env = {}, allowFailure = false }) {
  const bundle = bundlePath(action);
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first.`);
  const runnerTemp = await scratch('runner-temp');
  try {
    await writeFile(join(runnerTemp, 'output'), '');
    await writeFile(join(runnerTemp, 'summary'), '');
    const inputEnv = Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
    );
    const result = await measure(process.execPath, [bundle], {
      cwd: workspace,
      env: runnerEnv(workspace, runnerTemp, { ...inputEnv, ...env }),
      allowFailure: true,
    });
    result.outputs = parseKeyValueFile(await readFile(join(runnerTemp, 'output'), 'utf8'), 'GITHUB_OUTPUT');
    result.summaryBytes = Buffer.byteLength(await readFile(join(runnerTemp, 'summary')));
    if (result.code !== 0 && !allowFailure) {
      throw new Error(`dist/${action}/index.js exited with ${result.code}:\n${tail(result)}`);
    }
    return result;
  } finally {
    await removeScratch(runnerTemp);
  }
}

/** git with argument arrays, failing loudly; returns stdout trimmed. */
export function git(cwd, ...args) {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * MiB,
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** A bare remote and a workspace cloned from it with one commit on main, as a checkout gives a job. */
export async function gitRemote(dir) {
  const remote = join(dir, 'remote.git');
  const workspace = join(dir, 'workspace');
  git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  git(dir, 'init', '--quiet', '--initial-branch=main', workspace);
  await writeFile(join(workspace, 'README.md'), 'bench\n');
  // Models are outputs of the job, not sources: like a training run's, they stay untracked.
  await writeFile(join(workspace, '.gitignore'), 'model*/\n');
  git(workspace, 'add', '.');
  git(workspace, '-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '--quiet', '-m', 'bench');
  git(workspace, 'remote', 'add', 'origin', remote);
  git(workspace, 'push', '--quiet', 'origin', 'main');
  return { remote, workspace };
}

/**
 * Writes `count` files of `size` bytes: from a repeated random block (not
 * compressible, on disk before anything is timed), or sparse without one.
 */
export async function writeFiles(dir, count, size, block) {
  await mkdir(dir, { recursive: true });
  const paths = [];
  for (let index = 0; index < count; index++) {
    const path = join(
      dir,
      `model-${String(index + 1).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.safetensors`,
    );
    const file = await open(path, 'w');
    try {
      if (block) {
        // A different first 8 bytes per file, so no two files are the same.
        const header = Buffer.alloc(8);
        header.writeBigUInt64LE(BigInt(index));
        await file.write(header);
        for (let written = 8; written < size;) {
          const { bytesWritten } = await file.write(block, 0, Math.min(block.length, size - written));
          written += bytesWritten;
        }
        await file.sync();
      } else {
        await file.write(Buffer.from(`shard ${index}\n`));
        await file.truncate(size);
      }
    } finally {
      await file.close();
    }
    paths.push(path);
  }
  return paths;
}

/** Reads every file once so both sides start from the page cache. */
export async function warm(paths) {
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

/** Bytes as the rows show them: `1 GiB`, `64 MiB`. */
export const format = (bytes) =>
  bytes >= GiB ? `${+(bytes / GiB).toFixed(2)} GiB` : `${+(bytes / MiB).toFixed(0)} MiB`;

/**
 * A row of the final table. `ratio` and `anchor` are text; `ok` is true,
 * false, or undefined for a budget not measured yet.
 */
export function row(what, { measured, anchor = '', ratio = '', budget, ok, note }) {
  return { what, measured, anchor, ratio, budget, ok, note };
}

export function printTable(rows, log = console.log) {
  const header = ['what', 'measured', 'anchor', 'ratio', 'budget', 'result'];
  const cells = rows.map((r) => [
    r.what,
    r.measured,
    r.anchor,
    r.ratio,
    r.budget,
    r.ok === undefined ? 'SKIP' : r.ok ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
  const line = (cell) => cell.map((text, column) => text.padEnd(widths[column])).join(' | ');
  log(line(header));
  log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const cell of cells) log(line(cell));
  const notes = rows.filter((r) => r.note);
  if (notes.length > 0) log('');
  for (const r of notes) log(`${r.what}: ${r.note}`);
}
