// examples/workflows/cd.yml, the file users copy, run end to end through the
// local runner against a local bare remote that holds the Node example. As on
// GitHub, each run starts on a fresh machine: a shallow checkout (what
// actions/checkout gives), no releases kept from before, and the servers a run
// started are stopped when it ends. A release goes to staging then
// production; a release that fails its health check in staging is rolled
// back (rebuilt from its registry tag) and never reaches production.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { createGitFixture, git, repoRoot, tagsOf, temporaryDirectory } from '@mlops-actions/action-testing';
import type { WorkflowResult } from '../src/index.js';
import { copyExample, freePorts, runIn, runnerCheckout, withPorts } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

const runner = await loadRunner();
/** The port of each environment's server (DEPLOY_PORT), picked by the OS. */
const PORTS = { staging: 0, production: 0 };
/** cd.yml with those ports instead of its own 18081 and 18082. */
let workflow: string;

let remote: string;
/** The developer's clone, where changes are committed and pushed. */
let development: string;
/** Each run's deploy root, so that every server started can be stopped. */
const deployRoots: string[] = [];
beforeAll(async () => {
  [PORTS.staging, PORTS.production] = await freePorts(2);
  workflow = await withPorts(join(repoRoot, 'examples', 'workflows', 'cd.yml'), {
    18081: PORTS.staging,
    18082: PORTS.production,
  });
  ({ remote, workspace: development } = await createGitFixture());
  await copyExample('tiny-lm-node', join(development, 'examples', 'tiny-lm-node'));
  commitAndPush('Add the tiny-lm example');
});
afterAll(() => {
  for (const deployRoot of deployRoots) stopServers(deployRoot);
});

/** What GitHub's runner does at the end of a job: the processes it started are gone. */
function stopServers(deployRoot: string): void {
  runIn(join(repoRoot, 'examples', 'tiny-lm-node'), 'bash', ['undeploy.sh'], { TINY_LM_DEPLOY_ROOT: deployRoot });
}

function commitAndPush(message: string): void {
  git(development, 'add', '-A');
  git(development, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', message);
  git(development, 'push', '-q', 'origin', 'HEAD:main');
}

/** Runs cd.yml as a push to main, on a fresh checkout and with nothing deployed on this machine yet. */
async function runCd(): Promise<{ result: WorkflowResult; log: string; deployRoot: string }> {
  const workspace = await runnerCheckout(remote);
  const deployRoot = await temporaryDirectory('tiny-lm-deployments-');
  deployRoots.push(deployRoot);
  const lines: string[] = [];
  const result = await runner.runWorkflow({
    workflow,
    workspace,
    event: 'push',
    env: { TINY_LM_DEPLOY_ROOT: deployRoot },
    log: (line) => lines.push(line),
  });
  return { result, log: lines.join('\n'), deployRoot };
}

/** Every input the workflow sets is one the actions declare: GitHub only warns about the others. */
function assertNoUnexpectedInputs(result: WorkflowResult): void {
  const unexpected = Object.values(result.jobs).flatMap((job) =>
    job.steps.flatMap((step) =>
      step.annotations.filter((annotation) => annotation.message.startsWith('Unexpected input')),
    ),
  );
  assert.deepEqual(unexpected, []);
}

/** The version the server of an environment reports on /health. */
function servedVersion(environment: keyof typeof PORTS): Promise<{ status: number; version?: string }> {
  return new Promise((resolveHealth, reject) => {
    const request = get({ host: '127.0.0.1', port: PORTS[environment], path: '/health', agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolveHealth({
          status: response.statusCode ?? 0,
          version: (JSON.parse(body) as { model_version?: string }).model_version,
        }),
      );
    });
    request.on('error', reject);
  });
}

/** The deployment record of the newest environment tag in the remote (the version running there). */
function runningIn(environment: string): { version: string; rollback: boolean } {
  const tags = tagsOf(remote)
    .filter((tag) => tag.startsWith(`tiny-lm#${environment}#`))
    .sort((a, b) => Number(a.split('#')[2]) - Number(b.split('#')[2]));
  const message = git(remote, 'tag', '-l', '--format=%(contents)', tags[tags.length - 1]);
  return JSON.parse(message.slice(message.indexOf('{'))) as { version: string; rollback: boolean };
}

function step(result: WorkflowResult, job: string, id: string) {
  const found = result.jobs[job].steps.find((candidate) => candidate.id === id);
  assert.ok(found, `job ${job} has no step ${id}`);
  return found;
}

describe('examples/workflows/cd.yml', () => {
  test('a release is registered, deployed to staging, then promoted to production', async () => {
    const { result, log, deployRoot } = await runCd();
    assert.equal(result.conclusion, 'success', log);
    assertNoUnexpectedInputs(result);
    assert.deepEqual(result.jobs.release.outputs.version, '0.0.1');
    assert.deepEqual(result.jobs.release.outputs.tag, 'tiny-lm@v0.0.1');
    assert.equal(step(result, 'staging', 'deploy').outputs.status, 'success');
    assert.equal(step(result, 'production', 'deploy').outputs.status, 'success');
    assert.deepEqual(result.jobs.production.environment, {
      name: 'production',
      url: `http://127.0.0.1:${PORTS.production}`,
    });

    assert.ok(tagsOf(remote).includes('tiny-lm@v0.0.1'));
    assert.equal(runningIn('staging').version, '0.0.1');
    assert.equal(runningIn('production').version, '0.0.1');
    assert.deepEqual(await servedVersion('staging'), { status: 200, version: '0.0.1' });
    assert.deepEqual(await servedVersion('production'), { status: 200, version: '0.0.1' });
    stopServers(deployRoot);
  });

  test('a release that fails its health check in staging is rolled back and never reaches production', async () => {
    const settingsFile = join(development, 'examples', 'tiny-lm-node', 'tiny-lm.json');
    const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as { serve: { simulate_failure: boolean } };
    settings.serve.simulate_failure = true;
    await writeFile(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
    commitAndPush('Serve with a simulated failure');

    const { result, log } = await runCd();
    assert.equal(result.conclusion, 'failure', log);
    assertNoUnexpectedInputs(result);
    assert.equal(result.jobs.release.outputs.version, '0.0.2');
    const deploy = step(result, 'staging', 'deploy');
    assert.equal(deploy.outcome, 'failure');
    assert.equal(deploy.outputs.status, 'rolled-back');
    assert.equal(deploy.outputs['previous-version'], '0.0.1');
    assert.ok(
      deploy.annotations.some((annotation) => annotation.level === 'error'),
      log,
    );
    assert.equal(result.jobs.production.result, 'skipped');
    // This machine never ran 0.0.1: the rollback rebuilt it from the commit of its registry tag.
    assert.match(log, /Rebuilding 0\.0\.1 from the commit of tiny-lm@v0\.0\.1\./);

    assert.deepEqual(runningIn('staging'), { ...runningIn('staging'), version: '0.0.1', rollback: true });
    assert.equal(runningIn('production').version, '0.0.1');
    assert.deepEqual(await servedVersion('staging'), { status: 200, version: '0.0.1' });
  });
});
