import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNKNOWN, loadModel, saveModel, trainModel } from '../src/model.mjs';

const corpus = await readFile(new URL('../data/train.txt', import.meta.url), 'utf8');
const heldout = await readFile(new URL('../data/heldout.txt', import.meta.url), 'utf8');

test('every row of next-character probabilities sums to 1', () => {
  const model = trainModel(corpus);
  for (const row of model.rows) {
    assert.ok(Math.abs(row.reduce((sum, p) => sum + p, 0) - 1) < 1e-9);
  }
});

test('the vocabulary holds <unk> and each character of the text once', () => {
  const model = trainModel('abca');
  assert.deepEqual(model.vocab, [UNKNOWN, 'a', 'b', 'c']);
  assert.equal(model.indexOf('z'), 0);
});

test('it learns which character follows which', () => {
  const model = trainModel('ab ab ab ab');
  assert.equal(model.predict('a'), 'b');
  assert.equal(model.predict('b'), ' ');
});

test('on held-out text it beats guessing uniformly', () => {
  const model = trainModel(corpus);
  const { perplexity, accuracy } = model.evaluate(heldout);
  assert.ok(perplexity < model.vocab.length / 2, `perplexity ${perplexity}`);
  assert.ok(accuracy > 0.15, `accuracy ${accuracy}`);
});

test('an unknown character costs probability but does not break evaluation', () => {
  const model = trainModel('abab');
  const { perplexity } = model.evaluate('abz');
  assert.ok(Number.isFinite(perplexity) && perplexity > 1);
});

test('generation continues the prompt and is reproducible by seed', () => {
  const model = trainModel(corpus);
  const text = model.generate('The ', 40, 7);
  assert.ok(text.startsWith('The '));
  assert.equal([...text].length, 44);
  assert.equal(model.generate('The ', 40, 7), text);
  assert.ok(!text.includes(UNKNOWN));
});

test('a saved model loads back the same, and the same text gives the same files', async () => {
  const first = await mkdtemp(join(tmpdir(), 'tiny-lm-'));
  const second = await mkdtemp(join(tmpdir(), 'tiny-lm-'));
  await saveModel(trainModel(corpus), first);
  await saveModel(trainModel(corpus), second);
  for (const file of ['config.json', 'vocab.json', 'weights.json']) {
    assert.equal(await readFile(join(first, file), 'utf8'), await readFile(join(second, file), 'utf8'));
  }
  const loaded = await loadModel(first);
  assert.deepEqual(loaded.evaluate(heldout), trainModel(corpus).evaluate(heldout));
});

test('smoothing must be positive', () => {
  assert.throws(() => trainModel(corpus, { smoothing: 0 }), /smoothing/);
});
