// `npm run demo`: the whole pipeline of examples/workflows/cd.yml, run locally
// with the workflow runner on a clone of a throwaway bare remote, with the
// model store an OCI image-layout folder in that clone instead of ghcr.io:
//   1. a first release is trained, tested and gated, its files uploaded to the
//      store and registered, then downloaded from the store and deployed to
//      staging and then to production, each health-checked;
//   2. a second release (one file changed: the others are not uploaded again)
//      whose server fails its health check is rolled back in staging, with the
//      files of the first release downloaded again, and never reaches
//      production.
// It ends with the version running in each environment, read from the
// registry, and where the store is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createGit } from '@mlops-actions/action-kit';
import { Registry } from '@mlops-actions/registry';

const root = resolve(import.meta.dirname, '..');
const runnerBundle = join(root, 'packages', 'workflow-runner', 'lib', 'bundle', 'index.js');
const workflow = join(root, 'examples', 'workflows', 'cd.yml');
const MODEL = 'tiny-lm';
/** The model store of the demo, in the workspace: cd.yml's MODEL_STORE names ghcr.io, which a local run cannot reach. */
const STORE_FOLDER = '.model-store';
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
  // The store lives beside the sources in the clone, but is not one of them.
  await mkdir(join(workspace, '.git', 'info'), { recursive: true });
  await writeFile(join(workspace, '.git', 'info', 'exclude'), `/${STORE_FOLDER}/\n`, { flag: 'a' });
  const localWorkflow = join(scratch, 'cd.yml');
  const text = await readFile(workflow, 'utf8');
  const storeLine = /^(\s*MODEL_STORE: ).*$/m;
  if (!storeLine.test(text)) throw new Error(`${workflow} sets no MODEL_STORE`);
  await writeFile(localWorkflow, text.replace(storeLine, `$1oci-layout:${STORE_FOLDER}`));
  say(
    `The model store: oci-layout:${STORE_FOLDER}, an OCI image-layout folder in the clone (on GitHub, cd.yml uses ghcr.io).`,
  );
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
      workflow: localWorkflow,
      workspace,
      event: 'push',
      env: { TINY_LM_DEPLOY_ROOT: deployRoot },
      // The GitHub API the register job's release and the deploy jobs' deployments talk to: a local stand-in.
      githubStandIn: true,
      color,
      reporter,
    });
  };
  let outcome = 'as expected';
  const released = { good: '', broken: '' };
  const uploaded = { good: 0, broken: 0 };
  try {
    const first = await run(
      '1/2  A release: build → test → store and register → staging → production, deployed from the store',
    );
    if (first.conclusion !== 'success') outcome = 'the first release did not reach production';
    released.good = first.jobs.register?.outputs.version ?? '';
    uploaded.good = Number(registerStep(first)?.outputs['uploaded-bytes'] ?? 0);

    const settingsFile = join(project, 'tiny-lm.json');
    const settings = JSON.parse(await readFile(settingsFile, 'utf8'));
    settings.serve.simulate_failure = true;
    await writeFile(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
    push('Serve with a bug: /health answers 503');
    const second = await run(
      '2/2  A broken release: its health check fails in staging, so staging is rolled back to the stored first release',
    );
    released.broken = second.jobs.register?.outputs.version ?? '';
    uploaded.broken = Number(registerStep(second)?.outputs['uploaded-bytes'] ?? 0);
    const deploy = second.jobs.staging?.steps.find((step) => step.id === 'deploy');
    const status = deploy?.outputs.status;
    if (status !== 'rolled-back' || second.jobs.production?.result !== 'skipped') {
      outcome = `the broken release ended with staging ${status ?? 'not deployed'}, not rolled back`;
    } else if (!(uploaded.broken > 0 && uploaded.broken < uploaded.good)) {
      outcome = `the second release uploaded ${uploaded.broken} bytes; only its changed file was expected`;
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
  say(
    `The store got ${uploaded.good} bytes for ${released.good}, then only the ${uploaded.broken} bytes of the one file ` +
      `${released.broken} changed; the rollback downloaded the files of ${released.good} again. Nothing was rebuilt ` +
      'after the build job.',
  );
  printStore(workspace, released.good);
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
    const facts = ['version', 'tag', 'status', 'gate', 'passed', 'total', 'artifacts-digest', 'uploaded-bytes']
      .filter((name) => step.outputs[name])
      .map((name) => `${name}=${step.outputs[name].replace(/^sha256:(.{12}).*/, 'sha256:$1…')}`);
    say(`    ${mark} ${step.name} (${seconds} s)${facts.length ? `  ${facts.join(' ')}` : ''}`);
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

function registerStep(result) {
  return result.jobs.register?.steps.find((step) => step.id === 'register');
}

/** Where the store is, and how to look inside it with OCI tools. */
function printStore(workspace, version) {
  const layout = join(workspace, STORE_FOLDER, MODEL);
  say();
  say(bold('The model store (an OCI image layout: one ModelPack artifact per version, one layer per file)'));
  say(`  ${layout}`);
  if (spawnSync('skopeo', ['--version'], { stdio: 'ignore' }).status === 0) {
    say(`  skopeo inspect --raw oci:${layout}:v${version}     # the manifest: a layer per file, by sha256`);
    say(`  skopeo copy oci:${layout}:v${version} dir:/tmp/tiny-lm-${version}`);
  } else {
    say(`  cat ${join(layout, 'index.json')}     # the versions (v${version}, …) and their manifests`);
    say('  (with skopeo installed: skopeo inspect --raw oci:<that folder>:v${version})');
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
