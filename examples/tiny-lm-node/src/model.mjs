// A character-level bigram language model: it counts which character follows
// which in the training text and predicts the next character from those
// counts, with add-k smoothing so that unseen pairs keep a small probability.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Vocabulary entry 0 stands for every character the training text did not contain. */
export const UNKNOWN = '<unk>';
export const ARCHITECTURE = 'char-bigram';

export class CharBigramModel {
  /**
   * @param {{ config: object, vocab: string[], weights: { unigram: number[], bigram: number[][] } }} parts
   */
  constructor({ config, vocab, weights }) {
    if (config.architecture !== ARCHITECTURE) {
      throw new Error(`expected a ${ARCHITECTURE} model, got ${JSON.stringify(config.architecture)}`);
    }
    if (vocab[0] !== UNKNOWN || weights.bigram.length !== vocab.length) {
      throw new Error('the vocabulary and the weights do not match');
    }
    this.config = config;
    this.vocab = vocab;
    this.weights = weights;
    this.index = new Map(vocab.map((symbol, i) => [symbol, i]));
    const k = config.smoothing;
    const size = vocab.length;
    // Rows of next-character probabilities, computed once from the counts.
    this.rows = weights.bigram.map((counts) => {
      const total = counts.reduce((sum, count) => sum + count, 0);
      return counts.map((count) => (count + k) / (total + k * size));
    });
  }

  /** The vocabulary index of a character (0 when it is unknown). */
  indexOf(char) {
    return this.index.get(char) ?? 0;
  }

  /** Probabilities of every vocabulary entry following `previous`. */
  nextDistribution(previous) {
    return this.rows[this.indexOf(previous)];
  }

  /** The most likely next character (never the unknown entry). */
  predict(previous) {
    const row = this.nextDistribution(previous);
    let best = 1;
    for (let i = 2; i < row.length; i++) if (row[i] > row[best]) best = i;
    return this.vocab[best];
  }

  /** Continues `prompt` by `length` characters, sampling with a seeded generator. */
  generate(prompt, length, seed = 1) {
    const random = seededRandom(seed);
    let previous = prompt.length > 0 ? prompt[prompt.length - 1] : '\n';
    let text = prompt;
    for (let n = 0; n < length; n++) {
      const row = this.nextDistribution(previous);
      // Sample among the known characters only: the model never writes <unk>.
      const known = 1 - row[0];
      let target = random() * known;
      let choice = row.length - 1;
      for (let i = 1; i < row.length; i++) {
        target -= row[i];
        if (target <= 0) {
          choice = i;
          break;
        }
      }
      previous = this.vocab[choice];
      text += previous;
    }
    return text;
  }

  /** Perplexity and next-character accuracy over `text`. */
  evaluate(text) {
    const chars = [...text];
    if (chars.length < 2) throw new Error('the evaluation text needs at least two characters');
    let logLikelihood = 0;
    let correct = 0;
    for (let i = 1; i < chars.length; i++) {
      const row = this.nextDistribution(chars[i - 1]);
      logLikelihood += Math.log(row[this.indexOf(chars[i])]);
      if (this.predict(chars[i - 1]) === chars[i]) correct++;
    }
    const predictions = chars.length - 1;
    return {
      perplexity: Math.exp(-logLikelihood / predictions),
      accuracy: correct / predictions,
      characters: predictions,
    };
  }
}

/** Counts the character pairs of `text` into a model. */
export function trainModel(text, { name = 'tiny-lm', smoothing = 0.1, serve = {} } = {}) {
  if (!(smoothing > 0)) throw new Error('smoothing must be a positive number');
  const chars = [...text];
  // Sorted by code point, so the same text always gives byte-identical files.
  const vocab = [UNKNOWN, ...[...new Set(chars)].sort((a, b) => a.codePointAt(0) - b.codePointAt(0))];
  const index = new Map(vocab.map((symbol, i) => [symbol, i]));
  const unigram = new Array(vocab.length).fill(0);
  const bigram = vocab.map(() => new Array(vocab.length).fill(0));
  for (let i = 0; i < chars.length; i++) {
    const current = index.get(chars[i]);
    unigram[current]++;
    if (i > 0) bigram[index.get(chars[i - 1])][current]++;
  }
  const config = {
    name,
    architecture: ARCHITECTURE,
    smoothing,
    vocab_size: vocab.length,
    training_characters: chars.length,
    serve,
  };
  return new CharBigramModel({ config, vocab, weights: { unigram, bigram } });
}

/** Writes `config.json`, `vocab.json` and `weights.json` to `dir`. */
export async function saveModel(model, dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'config.json'), `${JSON.stringify(model.config, null, 2)}\n`);
  await writeFile(join(dir, 'vocab.json'), `${JSON.stringify(model.vocab)}\n`);
  await writeFile(join(dir, 'weights.json'), `${JSON.stringify(model.weights)}\n`);
}

export async function loadModel(dir) {
  const read = async (file) => JSON.parse(await readFile(join(dir, file), 'utf8'));
  return new CharBigramModel({
    config: await read('config.json'),
    vocab: await read('vocab.json'),
    weights: await read('weights.json'),
  });
}

/** mulberry32: a small seeded generator, so generation is reproducible. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
