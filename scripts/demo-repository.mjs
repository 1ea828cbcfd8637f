// What the demos share (`npm run demo`, `npm run demo:compose`, `npm run demo:pr`): a throwaway
// repository (a bare remote and its clone holding examples/tiny-lm-node) in
// which an example workflow runs through the local workflow runner, with the
// model store an OCI image-layout folder in the clone instead of ghcr.io; a
// short progress view of the run; and the registry read back at the end.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createGit } from '@mlops-actions/action-kit';
import { Registry } from '@mlops-actions/registry';

export const root = resolve(import.meta.dirname, '..');
const runnerBundle = join(root, 'packages', 'workflow-runner', 'lib', 'bundle', 'index.js');
export const MODEL = 'tiny-lm';
/** The model store of a demo, in the workspace: the workflows' MODEL_STORE names ghcr.io, which a local run cannot reach. */
export const STORE_FOLDER = '.model-store';
/** What the example's build and tests write: not part of the source pushed to the remote. */
const GENERATED = new Set(['model', 'reports', 'metrics.json', 'node_modules']);

export const color = process.stdout.isTTY && !process.env.NO_COLOR;
export const bold = (text) => (color ? `\x1b[1m${text}\x1b[0m` : text);
export const say = (text = '') => console.log(text);

export function git(cwd, ...args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** The workflow runner, from its bundle (`npm run build` makes it, and the action bundles it runs). */
export async function loadRunner() {
  if (!existsSync(runnerBundle) || !existsSync(join(root, 'dist', 'deploy-env', 'index.js'))) {
    throw new Error('the bundles are missing: run `npm run build` first (`npm run demo` does).');
  }
  return import(runnerBundle);
}

/**
 * A bare remote and its clone in a new scratch folder, holding
 * examples/tiny-lm-node and the `folders` of this repository named (such as
 * a local action the workflow uses), pushed to main; and a copy of `workflow`
 * whose MODEL_STORE is an image-layout folder in the clone. With `freePorts`, each
 * `DEPLOY_PORT` of the copy is one the OS picks, so the demo's servers never
 * meet another run's.
 */
export async function createDemoRepository({ workflow, folders = [], freePorts = false }) {
  const scratch = await mkdtemp(join(tmpdir(), 'mlops-demo-'));
  const remote = join(scratch, 'remote.git');
  const workspace = join(scratch, 'workspace');
  const project = join(workspace, 'examples', 'tiny-lm-node');
  const identity = ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.com'];
  /** Commits everything and pushes it to `branch` of the remote. */
  const push = (message, branch = 'main') => {
    git(workspace, 'add', '-A');
    git(workspace, ...identity, 'commit', '-q', '-m', message);
    git(workspace, 'push', '-q', 'origin', `HEAD:${branch}`);
  };

  say(`A throwaway repository in ${scratch}: a bare remote and its clone, holding examples/tiny-lm-node.`);
  git(scratch, 'init', '-q', '--bare', '--initial-branch=main', remote);
  git(scratch, 'clone', '-q', `file://${remote}`, workspace);
  // The store lives beside the sources in the clone, but is not one of them.
  await mkdir(join(workspace, '.git', 'info'), { recursive: true });
  await writeFile(join(workspace, '.git', 'info', 'exclude'), `/${STORE_FOLDER}/\n`, { flag: 'a' });
  const localWorkflow = join(scratch, basename(workflow));
  let text = await readFile(workflow, 'utf8');
  const storeLine = /^(\s*MODEL_STORE: ).*$/m;
  if (!storeLine.test(text)) throw new Error(`${workflow} sets no MODEL_STORE`);
  text = text.replace(storeLine, `$1oci-layout:${STORE_FOLDER}`);
  if (freePorts) {
    for (const [line, prefix] of text.matchAll(/^(\s*DEPLOY_PORT: )'\d+'$/gm)) {
      text = text.replace(line, `${prefix}'${await freePort()}'`);
    }
  }
  await writeFile(localWorkflow, text);
  say(
    `The model store: oci-layout:${STORE_FOLDER}, an OCI image-layout folder in the clone (on GitHub, ` +
      `${basename(workflow)} uses ghcr.io).`,
  );
  for (const folder of ['examples/tiny-lm-node', ...folders]) {
    await cp(join(root, folder), join(workspace, folder), {
      recursive: true,
      filter: (source) => !GENERATED.has(basename(source)),
    });
  }
  push('Add the tiny-lm model');
  return { scratch, remote, workspace, project, deployRoot: join(scratch, 'deployments'), localWorkflow, push };
}

/** A port on 127.0.0.1 that the OS picks, free when this returns. */
async function freePort() {
  const server = createServer();
  await new Promise((listening, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', listening);
  });
  const { port } = server.address();
  await new Promise((closed) => server.close(closed));
  return port;
}

/** Changes the project's settings file (tiny-lm.json) with `change(settings)`. */
export async function changeSettings(project, change) {
  const settingsFile = join(project, 'tiny-lm.json');
  const settings = JSON.parse(await readFile(settingsFile, 'utf8'));
  change(settings);
  await writeFile(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
}

/** The next release of the project serves with a bug: its server answers /health with 503. */
export async function breakNextRelease(project) {
  await changeSettings(project, (settings) => {
    settings.serve.simulate_failure = true;
  });
}

/** Stops the servers the demo's deployments started. */
export function stopServers(project, deployRoot) {
  spawnSync('bash', [join(project, 'undeploy.sh')], {
    cwd: project,
    env: { ...process.env, TINY_LM_DEPLOY_ROOT: deployRoot },
    stdio: 'ignore',
  });
}

/**
 * One line a step (✓/✗, its time, what it produced), the annotations it made,
 * and the health-check and rollback lines of a deploy; DEMO_VERBOSE=1 shows
 * every log line instead.
 */
export class ProgressReporter {
  lines = [];
  rollingBack = false;
  workflowStarted(workflow) {
    say(`  ${workflow.name} on ${workflow.event} at ${workflow.sha.slice(0, 7)}`);
  }
  note() {}
  jobStarted(job) {
    say(`  ● ${job.name}${job.environment ? `  (environment ${job.environment})` : ''}`);
  }
  jobSkipped(job) {
    say(`  – ${job.name}: skipped${job.reason ? ` (${job.reason})` : ''}`);
  }
  stepLog(_step, event) {
    const text = event.type === 'line' ? event.text.trim() : '';
    if (text.startsWith('Rolling back')) this.rollingBack = true;
    // The attempts of the release's own health check; the rollback's are summed up in its 'Rollback:' lines.
    const attempt = /^Health check \d+: /.test(text) && !this.rollingBack;
    // What moved through the store: each upload, and each download before a deploy (a rollback's too).
    const store = /^Stored \S+: uploaded /.test(text) || /^Downloading \S+ from /.test(text);
    if (
      attempt ||
      store ||
      text.startsWith('Rolling back') ||
      (text.startsWith('Rollback: ') && !text.includes('skipped') && !text.startsWith('Rollback: Download model'))
    ) {
      this.lines.push(text);
    }
  }
  stepFinished(step) {
    const mark = step.conclusion === 'success' ? '✓' : step.conclusion === 'skipped' ? '–' : '✗';
    const seconds = (step.durationMs / 1000).toFixed(1);
    // A step that failed under continue-on-error: its job goes on, and says so.
    const tolerated = step.outcome === 'failure' && step.conclusion === 'success' ? ' (failed; continue-on-error)' : '';
    const facts = [
      'version',
      'tag',
      'status',
      'gate',
      'passed',
      'total',
      'artifacts-digest',
      'rollback-version',
      'uploaded-bytes',
      'url',
      'comment-url',
    ]
      .filter((name) => step.outputs[name])
      .map((name) => `${name}=${step.outputs[name].replace(/^sha256:(.{12}).*/, 'sha256:$1…')}`);
    say(`    ${mark} ${step.name} (${seconds} s)${tolerated}${facts.length ? `  ${facts.join(' ')}` : ''}`);
    // In the order they came, a long run of health-check attempts shortened to its first and last.
    const health = this.lines.filter((line) => line.startsWith('Health check'));
    for (const line of this.lines) {
      if (line.startsWith('Health check') && health.length > 3) {
        if (line === health[0]) say(`        ${line}\n        … ${health.length - 2} more attempts …`);
        else if (line === health.at(-1)) say(`        ${line}`);
        continue;
      }
      say(`        ${line}`);
    }
    for (const annotation of step.annotations) say(`        ${annotation.level}: ${annotation.message.split('\n')[0]}`);
    this.lines = [];
    this.rollingBack = false;
  }
  jobFinished(job) {
    say(`    ${job.result === 'success' ? '✓' : '✗'} job ${job.id}: ${job.result}`);
  }
  workflowFinished(result) {
    say(`  ${result.name}: ${result.conclusion}`);
  }
}

/** Which version runs in each environment, from the registry (git tags in the remote), and the versions registered. */
export async function printRegistry(workspace, environments) {
  const registry = new Registry(createGit(workspace), 'origin');
  const versions = await registry.listVersions(MODEL);
  say();
  say(bold(`Which version runs where (from the registry: git tags in the remote)`));
  const rows = [['environment', 'version', 'record', 'rollback', 'deployed at']];
  for (const environment of environments) {
    const current = await registry.currentDeployment(MODEL, environment);
    rows.push(
      current
        ? [
            environment,
            current.record.version,
            current.tag.tag,
            current.record.rollback ? 'yes' : 'no',
            current.record.deployed_at,
          ]
        : [environment, '—', '', '', ''],
    );
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const [index, row] of rows.entries()) {
    say(`  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`);
    if (index === 0) say(`  ${widths.map((width) => '─'.repeat(width)).join('  ')}`);
  }
  say();
  say(`Registered versions of ${MODEL}: ${versions.map((version) => version.version).join(', ')}`);
}
