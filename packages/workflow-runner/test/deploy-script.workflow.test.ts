// examples/tiny-lm-node/deploy.sh: the deploy command the example CD
// workflow hands to deploy-env. It must serve exactly the registered files,
// keep each version so a rollback restarts it, and rebuild a version from
// its registry tag on a machine that never ran it.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { coreutilsDigest, createGitFixture, git, temporaryDirectory } from '@mlops-actions/action-testing';
import { copyExample, freePort, outputOf, runIn } from './example-projects.js';

let deployRoot: string;
let port: number;
beforeAll(async () => {
  deployRoot = await temporaryDirectory('tiny-lm-deployments-');
  port = await freePort();
});
afterAll(async () => {
  // Whatever a failed test left running.
  const project = await copyExample('tiny-lm-node');
  runIn(project, 'bash', ['undeploy.sh'], { TINY_LM_DEPLOY_ROOT: deployRoot });
});

interface Health {
  status: number;
  body: { status?: string; model_version?: string };
}

/** GET /health on a fresh connection: a pooled keep-alive socket would still point at the server just replaced. */
function health(): Promise<Health> {
  return new Promise((resolveHealth, reject) => {
    const request = get({ host: '127.0.0.1', port, path: '/health', agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolveHealth({ status: response.statusCode ?? 0, body: JSON.parse(body) as Health['body'] }),
      );
    });
    request.on('error', reject);
  });
}

function deploy(project: string, version: string, digest: string, rollback = false) {
  return runIn(project, 'bash', ['deploy.sh'], {
    MODEL_NAME: 'tiny-lm',
    MODEL_VERSION: version,
    MODEL_TAG: `tiny-lm@v${version}`,
    MODEL_DIGEST: digest,
    DEPLOY_ENVIRONMENT: 'staging',
    DEPLOY_PREVIOUS_VERSION: '',
    DEPLOY_ROLLBACK: String(rollback),
    DEPLOY_PORT: String(port),
    TINY_LM_DEPLOY_ROOT: deployRoot,
  });
}

async function setSimulatedFailure(project: string, fail: boolean): Promise<void> {
  const settingsFile = join(project, 'tiny-lm.json');
  const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as { serve: { simulate_failure: boolean } };
  settings.serve.simulate_failure = fail;
  await writeFile(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
}

describe('examples/tiny-lm-node/deploy.sh', () => {
  test('serves the registered version, replaces it, and brings the kept release back on rollback', async () => {
    const project = await copyExample('tiny-lm-node');
    assert.equal(runIn(project, 'npm', ['run', 'build']).status, 0);
    const good = coreutilsDigest(join(project, 'model'));

    const first = deploy(project, '0.1.0', good);
    assert.equal(first.status, 0, outputOf(first));
    assert.match(first.stdout, /Started tiny-lm 0\.1\.0 in staging on http:\/\/127\.0\.0\.1:\d+/);
    assert.deepEqual(await health(), { status: 200, body: { status: 'ok', model: 'tiny-lm', model_version: '0.1.0' } });

    // A release whose model asks for a failing health check: it starts, and /health says 503.
    await setSimulatedFailure(project, true);
    assert.equal(runIn(project, 'npm', ['run', 'build']).status, 0);
    const broken = coreutilsDigest(join(project, 'model'));
    assert.notEqual(broken, good);
    const second = deploy(project, '0.2.0', broken);
    assert.equal(second.status, 0, outputOf(second));
    assert.match(second.stdout, /Stopping|Stopped the server running in staging/);
    assert.equal((await health()).status, 503);

    // Rollback: the project folder now holds 0.2.0, so 0.1.0 comes from its kept release.
    const rollback = deploy(project, '0.1.0', good, true);
    assert.equal(rollback.status, 0, outputOf(rollback));
    assert.match(rollback.stdout, /Reusing the release of 0\.1\.0 kept for staging/);
    assert.deepEqual((await health()).body.model_version, '0.1.0');
  });

  test('refuses files whose digest is not the registered one', async () => {
    const project = await copyExample('tiny-lm-node');
    assert.equal(runIn(project, 'npm', ['run', 'build']).status, 0);
    const result = deploy(project, '0.1.0', `sha256:${'0'.repeat(64)}`);
    assert.equal(result.status, 1, outputOf(result));
    assert.match(result.stdout, /^::error::The files of tiny-lm 0\.1\.0 \(sha256:0+\) are not on this machine/m);
    assert.equal((await health()).body.model_version, '0.1.0', 'the running version is untouched');
  });

  test('on a machine that never ran a version, rebuilds it from the commit of its registry tag', async () => {
    const { workspace } = await createGitFixture();
    const project = await copyExample('tiny-lm-node', join(workspace, 'examples', 'tiny-lm-node'));
    git(workspace, 'add', '-A');
    git(workspace, '-c', 'user.name=CI', '-c', 'user.email=ci@example.com', 'commit', '-q', '-m', 'tiny-lm');
    git(
      workspace,
      '-c',
      'user.name=CI',
      '-c',
      'user.email=ci@example.com',
      'tag',
      '-a',
      '-m',
      'tiny-lm 0.5.0',
      'tiny-lm@v0.5.0',
    );
    git(workspace, 'push', '-q', 'origin', 'main', 'refs/tags/tiny-lm@v0.5.0');
    assert.equal(runIn(project, 'npm', ['run', 'build']).status, 0);
    const registered = coreutilsDigest(join(project, 'model'));
    // The checkout has moved on: its own model is now a different one.
    await setSimulatedFailure(project, true);
    assert.equal(runIn(project, 'npm', ['run', 'build']).status, 0);
    git(workspace, 'tag', '-d', 'tiny-lm@v0.5.0');

    const result = deploy(project, '0.5.0', registered);
    assert.equal(result.status, 0, outputOf(result));
    assert.match(result.stdout, /Rebuilding 0\.5\.0 from the commit of tiny-lm@v0\.5\.0/);
    assert.deepEqual(await health(), { status: 200, body: { status: 'ok', model: 'tiny-lm', model_version: '0.5.0' } });
  });

  test('rebuilds from the version tag deploy-env left in the checkout when origin does not hold the registry', async () => {
    // The registry is another remote (deploy-env's `remote` input): origin has the commits but not the tag.
    const { workspace } = await createGitFixture();
    const project = await copyExample('tiny-lm-node', join(workspace, 'examples', 'tiny-lm-node'));
    const identity = ['-c', 'user.name=CI', '-c', 'user.email=ci@example.com'];
    git(workspace, 'add', '-A');
    git(workspace, ...identity, 'commit', '-q', '-m', 'tiny-lm');
    git(workspace, 'push', '-q', 'origin', 'main');
    git(workspace, ...identity, 'tag', '-a', '-m', 'tiny-lm 0.6.0', 'tiny-lm@v0.6.0');
    assert.equal(runIn(project, 'npm', ['run', 'build']).status, 0);
    const registered = coreutilsDigest(join(project, 'model'));
    await setSimulatedFailure(project, true);
    assert.equal(runIn(project, 'npm', ['run', 'build']).status, 0);

    const result = deploy(project, '0.6.0', registered);
    assert.equal(result.status, 0, outputOf(result));
    assert.match(result.stdout, /Rebuilding 0\.6\.0 from the commit of tiny-lm@v0\.6\.0/);
    assert.deepEqual((await health()).body.model_version, '0.6.0');
  });

  test('undeploy.sh stops the server', async () => {
    const pidFile = join(deployRoot, 'staging', 'server.pid');
    const pid = Number(await readFile(pidFile, 'utf8'));
    const project = await copyExample('tiny-lm-node');
    const result = runIn(project, 'bash', ['undeploy.sh', 'staging'], { TINY_LM_DEPLOY_ROOT: deployRoot });
    assert.equal(result.status, 0, outputOf(result));
    assert.match(result.stdout, new RegExp(`Stopped the server running in staging \\(pid ${pid}\\)`));
    assert.equal(existsSync(pidFile), false);
    await assert.rejects(health());
  });
});
