import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveModel, trainModel } from '../src/model.mjs';
import { startServer } from '../server.mjs';

const corpus = await readFile(new URL('../data/train.txt', import.meta.url), 'utf8');

async function servedModel(serve) {
  const dir = await mkdtemp(join(tmpdir(), 'tiny-lm-serve-'));
  await saveModel(trainModel(corpus, { serve }), dir);
  const server = await startServer({ port: 0, modelDir: dir, modelVersion: '1.2.3' });
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

let healthy;
before(async () => {
  healthy = await servedModel({});
});
after(() => healthy.server.close());

test('/health reports ok and the model version', async () => {
  const response = await fetch(`${healthy.base}/health`);
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { status: 'ok', model: 'tiny-lm', model_version: '1.2.3' });
});

test('/generate continues the prompt', async () => {
  const response = await fetch(`${healthy.base}/generate?prompt=${encodeURIComponent('The model')}&length=20`);
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.model_version, '1.2.3');
  assert.ok(body.text.startsWith('The model'));
  assert.equal(body.text.length, 'The model'.length + 20);
});

test('/generate refuses a length out of range', async () => {
  const response = await fetch(`${healthy.base}/generate?prompt=a&length=100000`);
  assert.equal(response.status, 400);
});

test('a model that asks for a simulated failure answers /health with 503', async () => {
  const broken = await servedModel({ simulate_failure: true });
  try {
    const response = await fetch(`${broken.base}/health`);
    assert.equal(response.status, 503);
    assert.equal((await response.json()).status, 'unhealthy');
  } finally {
    broken.server.close();
  }
});
