// Trains the model on data/train.txt with the settings of tiny-lm.json and
// writes it to model/ (or the folder given as the first argument).
import { readFile } from 'node:fs/promises';
import { saveModel, trainModel } from './src/model.mjs';

const out = process.argv[2] ?? 'model';
const settings = JSON.parse(await readFile('tiny-lm.json', 'utf8'));
const text = await readFile('data/train.txt', 'utf8');

const started = performance.now();
const model = trainModel(text, settings);
await saveModel(model, out);
const ms = performance.now() - started;
console.log(
  `trained ${model.config.name}: ${model.config.vocab_size} symbols, ` +
    `${model.config.training_characters} characters, ${ms.toFixed(0)} ms -> ${out}/`,
);
