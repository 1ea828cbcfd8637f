// `npm run demo`: the whole pipeline of examples/workflows/cd.yml, run locally
// with the workflow runner on a clone of a throwaway bare remote:
//   1. a first release is trained, tested and gated, registered, deployed to
//      staging and then to production, each health-checked;
//   2. a second release whose server fails its health check is rolled back in
//      staging and never reaches production.
// It ends with the version running in each environment, read from the registry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createGit } from '@mlops-actions/action-kit';
import { Registry } from '@mlops-actions/registry';

const root = resolve(import.meta.dirname, '..');
const runnerBundle = join(root, 'packages', 'workflow-runner', 'lib', 'bundle', 'index.js');
const workflow = join(root, 'examples', 'workflows', 'cd.yml');
const MODEL = 'tiny-lm';
const ENVIRONMENTS = ['staging', 'production'];
/** What the example's build and tests write: not part of the source pushed to the remote. */
const GENERATED = new Set(['model', 'reports', 'metrics.json', 'node_modules']);

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text) => (color ? `\x1b[1m${text}\x1b[0m` : text);
const say = (text = '') => console.log(text);

function git(cwd, ...args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

async function main() {
  if (!existsSync(runnerBundle) || !existsSync(join(root, 'dist', 'deploy-env', 'index.js'))) {
    throw new Error('the bundles are missing: run `npm run build` first (`npm run demo` does).');
  }
  const { runWorkflow } = await import(runnerBundle);

  const scratch = await mkdtemp(join(tmpdir(), 'mlops-demo-'));
  const remote = join(scratch, 'remote.git');
  const workspace = join(scratch, 'workspace');
  const deployRoot = join(scratch, 'deployments');
  const project = join(workspace, 'examples', 'tiny-lm-node');
  const identity = ['-c', 'user.name=Demo', '-c', 'user.email=demo@example.com'];
  const push = (message) => {
    git(workspace, 'add', '-A');
    git(workspace, ...identity, 'commit', '-q', '-m', message);
    git(workspace, 'push', '-q', 'origin', 'HEAD:main');
  };

  say(bold('mlops-actions demo: examples/workflows/cd.yml, run locally'));
  say(`A throwaway repository in ${scratch}: a bare remote and its clone, holding examples/tiny-lm-node.`);
  git(scratch, 'init', '-q', '--bare', '--initial-branch=main', remote);
  git(scratch, 'clone', '-q', `file://${remote}`, workspace);
  await cp(join(root, 'examples', 'tiny-lm-node'), project, {
    recursive: true,
    filter: (source) => !GENERATED.has(basename(source)),
  });
  push('Add the tiny-lm model');

  const run = async (title) => {
    say();
    say(bold(title));
    const reporter = process.env.DEMO_VERBOSE ? undefined : new ProgressReporter();
    return runWorkflow({
      workflow,
      workspace,
      event: 'push',
      env: { TINY_LM_DEPLOY_ROOT: deployRoot },
      color,
      reporter,
    });
  };
  let outcome = 'as expected';
  const released = { good: '', broken: '' };
  try {
    const first = await run('1/2  A release: build → test → version-model → staging → production');
    if (first.conclusion !== 'success') outcome = 'the first release did not reach production';
    released.good = first.jobs.release?.outputs.version ?? '';

    const settingsFile = join(project, 'tiny-lm.json');
    const settings = JSON.parse(await readFile(settingsFile, 'utf8'));
    settings.serve.simulate_failure = true;
    await writeFile(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
    push('Serve with a bug: /health answers 503');
    const second = await run('2/2  A broken release: its health check fails in staging, so staging is rolled back');
    released.broken = second.jobs.release?.outputs.version ?? '';
    const status = second.jobs.staging?.steps.find((step) => step.id === 'deploy')?.outputs.status;
    if (status !== 'rolled-back' || second.jobs.production?.result !== 'skipped') {
      outcome = `the broken release ended with staging ${status ?? 'not deployed'}, not rolled back`;
    }

    await printRegistry(workspace);
  } finally {
    spawnSync('bash', [join(project, 'undeploy.sh')], {
      cwd: project,
      env: { ...process.env, TINY_LM_DEPLOY_ROOT: deployRoot },
      stdio: 'ignore',
    });
  }
  say();
  if (outcome !== 'as expected') throw new Error(outcome);
  // The second run ends in "failure" on purpose; say so, or a newcomer reads it as the demo failing.
  say(
    bold(
      `As intended: ${released.good} runs in staging and production; ${released.broken} failed its health check ` +
        'in staging, was rolled back there, and never reached production.',
    ),
  );
  say('The servers are stopped. Read the registry yourself:');
  say(`  git -C ${workspace} ls-remote --tags origin`);
  if (!process.env.KEEP_DEMO) await rm(join(scratch, 'deployments'), { recursive: true, force: true });
}

/**
 * One line a step (✓/✗, its time, what it produced), the annotations it made,
 * and the health-check and rollback lines of a deploy; DEMO_VERBOSE=1 shows
 * every log line instead.
 */
class ProgressReporter {
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
    if (attempt || text.startsWith('Rolling back') || (text.startsWith('Rollback: ') && !text.includes('skipped'))) {
      this.lines.push(text);
    }
  }
  stepFinished(step) {
    const mark = step.conclusion === 'success' ? '✓' : step.conclusion === 'skipped' ? '–' : '✗';
    const seconds = (step.durationMs / 1000).toFixed(1);
    const facts = ['version', 'tag', 'status', 'gate', 'passed', 'total', 'artifacts-digest']
      .filter((name) => step.outputs[name])
      .map((name) => `${name}=${step.outputs[name].replace(/^sha256:(.{12}).*/, 'sha256:$1…')}`);
    say(`    ${mark} ${step.name} (${seconds} s)${facts.length ? `  ${facts.join(' ')}` : ''}`);
    const health = this.lines.filter((line) => line.startsWith('Health check'));
    const shown = health.length > 3 ? [health[0], `… ${health.length - 2} more attempts …`, health.at(-1)] : health;
    for (const line of [...shown, ...this.lines.filter((line) => !line.startsWith('Health check'))])
      say(`        ${line}`);
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

async function printRegistry(workspace) {
  const registry = new Registry(createGit(workspace), 'origin');
  const versions = await registry.listVersions(MODEL);
  say();
  say(bold(`Which version runs where (from the registry: git tags in the remote)`));
  const rows = [['environment', 'version', 'record', 'rollback', 'deployed at']];
  for (const environment of ENVIRONMENTS) {
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

main().catch((error) => {
  console.error(`\ndemo failed: ${error.message}`);
  process.exit(1);
});
