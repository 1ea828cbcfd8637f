// examples/tiny-lm-node/deploy.sh (and the Python example's twin): the deploy
// command the example CD workflow hands to deploy-env. It serves the files deploy-env downloaded and
// verified (MODEL_DIR), replacing the server running in the environment; a
// rollback is the same call with the restored version's files.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { copyExample, freePort, outputOf, runIn } from './example-projects.js';
let deployRoot: string;
let port: number;
/** A copy of the example whose deploy.sh and server the tests run. */
let project: string;
/** Two versions' files, each in a folder of its own as deploy-env downloads them: a good model, and one whose /health fails. */
const models = { good: '', broken: '' };
beforeAll(async () => {
  deployRoot = await temporaryDirectory('tiny-lm-deployments-');
  port = await freePort();
  project = await copyExample('tiny-lm-node');
  models.good = await downloaded(project);
  await setSimulatedFailure(project, true);
  models.broken = await downloaded(project);
  await setSimulatedFailure(project, false);
});
afterAll(() => {
  // Whatever a failed test left running.
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

function deploy(project: string, version: string, modelDir: string | undefined, rollback = false) {
  return runIn(project, 'bash', ['deploy.sh'], {
    MODEL_NAME: 'tiny-lm',
    MODEL_VERSION: version,
    MODEL_TAG: `tiny-lm@v${version}`,
    MODEL_DIGEST: `sha256:${'0'.repeat(64)}`,
    ...(modelDir === undefined ? {} : { MODEL_DIR: modelDir }),
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

/** A trained model of `project`, copied to a folder of its own, as deploy-env downloads one version's files. */
async function downloaded(project: string): Promise<string> {
  assert.equal(runIn(project, 'npm', ['run', 'build']).status, 0);
  const folder = join(await temporaryDirectory('mlops-models-'), 'model');
  await cp(join(project, 'model'), folder, { recursive: true });
  return folder;
}

describe('examples/tiny-lm-node/deploy.sh', () => {
  test('serves the files of MODEL_DIR, replaces the server, and a rollback serves the restored files', async () => {
    const { good, broken } = models;
    const first = deploy(project, '0.1.0', good);
    assert.equal(first.status, 0, outputOf(first));
    assert.match(
      first.stdout,
      new RegExp(`Started tiny-lm 0\\.1\\.0 in staging on http://127\\.0\\.0\\.1:${port} from ${good}`),
    );
    assert.deepEqual(await health(), { status: 200, body: { status: 'ok', model: 'tiny-lm', model_version: '0.1.0' } });

    // A release whose model asks for a failing health check: it starts, and /health says 503.
    const second = deploy(project, '0.2.0', broken);
    assert.equal(second.status, 0, outputOf(second));
    assert.match(second.stdout, /Stopped the server running in staging/);
    assert.equal((await health()).status, 503);

    const rollback = deploy(project, '0.1.0', good, true);
    assert.equal(rollback.status, 0, outputOf(rollback));
    assert.deepEqual(await health(), { status: 200, body: { status: 'ok', model: 'tiny-lm', model_version: '0.1.0' } });
  });

  test('without MODEL_DIR (a version registered without a store) it says what to change and touches nothing', async () => {
    const result = deploy(project, '0.3.0', undefined);
    assert.equal(result.status, 1, outputOf(result));
    assert.match(
      result.stdout,
      /^::error::MODEL_DIR names no folder: register tiny-lm with version-model's 'store' input/m,
    );
    assert.equal((await health()).body.model_version, '0.1.0', 'the running version is untouched');
  });

  test("a model that does not load fails the deploy with the server's own words", async () => {
    const empty = join(await temporaryDirectory('mlops-models-'), 'empty');
    await mkdir(empty);
    const result = deploy(project, '0.4.0', empty);
    assert.equal(result.status, 1, outputOf(result));
    assert.match(
      result.stdout,
      /^::error::The tiny-lm server for 0\.4\.0 did not start in staging: .*empty\/config\.json/m,
    );
    assert.equal(existsSync(join(deployRoot, 'staging', 'server.pid')), false);
  });

  test("the Python example's deploy.sh serves MODEL_DIR with its own server the same way", async () => {
    const python = await copyExample('tiny-lm-python');
    // Both examples write byte-identical model files, so a model trained by either serves in either.
    const result = deploy(python, '0.1.1', models.good);
    assert.equal(result.status, 0, outputOf(result));
    assert.match(
      result.stdout,
      new RegExp(`Started tiny-lm 0\\.1\\.1 in staging on http://127\\.0\\.0\\.1:${port} from`),
    );
    const answer = await health();
    assert.deepEqual(answer, { status: 200, body: { ...answer.body, status: 'ok', model_version: '0.1.1' } });
    const pid = Number(await readFile(join(deployRoot, 'staging', 'server.pid'), 'utf8'));
    assert.match(await readFile(`/proc/${pid}/cmdline`, 'utf8'), /server\.py/);
  });

  test('undeploy.sh stops the server', async () => {
    assert.equal(deploy(project, '0.1.0', models.good).status, 0);
    const pidFile = join(deployRoot, 'staging', 'server.pid');
    const pid = Number(await readFile(pidFile, 'utf8'));
    const result = runIn(project, 'bash', ['undeploy.sh', 'staging'], { TINY_LM_DEPLOY_ROOT: deployRoot });
    assert.equal(result.status, 0, outputOf(result));
    assert.match(result.stdout, new RegExp(`Stopped the server running in staging \\(pid ${pid}\\)`));
    assert.equal(existsSync(pidFile), false);
    await assert.rejects(health());
  });
});
