// Measures the model in model/ on held-out text and writes metrics.json:
// {"eval": {"perplexity": …, "accuracy": …, "characters": …}}.
import { readFile, writeFile } from 'node:fs/promises';
import { loadModel } from './src/model.mjs';

const modelDir = process.argv[2] ?? 'model';
const out = process.argv[3] ?? 'metrics.json';
const model = await loadModel(modelDir);
const result = model.evaluate(await readFile('data/heldout.txt', 'utf8'));
const metrics = {
  eval: {
    perplexity: round(result.perplexity),
    accuracy: round(result.accuracy),
    characters: result.characters,
  },
};
await writeFile(out, `${JSON.stringify(metrics, null, 2)}\n`);
console.log(`perplexity ${metrics.eval.perplexity}, accuracy ${metrics.eval.accuracy} -> ${out}`);

function round(value) {
  return Math.round(value * 10_000) / 10_000;
}
