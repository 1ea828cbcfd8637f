// The example projects' own tests, run as their CI would run them: the Node
// example with node:test, the Python one with real pytest. Both write JUnit
// XML that the test action reads.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coreutilsDigest } from '@mlops-actions/action-testing';
import { copyExample, exampleSource, outputOf, runIn } from './example-projects.js';

interface JunitCounts {
  cases: number;
  failures: number;
}

async function junitCounts(file: string): Promise<JunitCounts> {
  const xml = await readFile(file, 'utf8');
  return {
    cases: (xml.match(/<testcase\b/g) ?? []).length,
    failures: (xml.match(/<(failure|error)\b/g) ?? []).length,
  };
}

interface Metrics {
  eval: { perplexity: number; accuracy: number; characters: number };
}

async function metricsOf(project: string): Promise<Metrics> {
  return JSON.parse(await readFile(join(project, 'metrics.json'), 'utf8')) as Metrics;
}

describe('examples/tiny-lm-node', () => {
  test('npm run build trains and evaluates; npm test passes and writes reports/junit.xml', async () => {
    const project = await copyExample('tiny-lm-node');
    const build = runIn(project, 'npm', ['run', 'build']);
    assert.equal(build.status, 0, outputOf(build));
    const metrics = await metricsOf(project);
    assert.ok(metrics.eval.perplexity > 1 && metrics.eval.perplexity < 15, JSON.stringify(metrics));
    assert.ok(metrics.eval.accuracy > 0.25 && metrics.eval.accuracy < 1, JSON.stringify(metrics));

    const tests = runIn(project, 'npm', ['test']);
    assert.equal(tests.status, 0, outputOf(tests));
    assert.match(tests.stdout, /✔ \/health reports ok and the model version/);
    assert.deepEqual(await junitCounts(join(project, 'reports', 'junit.xml')), { cases: 12, failures: 0 });
  });

  test('a failing test fails npm test and shows in the JUnit report', async () => {
    const project = await copyExample('tiny-lm-node');
    const model = join(project, 'src', 'model.mjs');
    // Break the model: the most likely next character is now the least likely.
    const source = await readFile(model, 'utf8');
    await writeFile(model, source.replace('if (row[i] > row[best]) best = i;', 'if (row[i] < row[best]) best = i;'));
    const tests = runIn(project, 'npm', ['test']);
    assert.equal(tests.status, 1, outputOf(tests));
    const counts = await junitCounts(join(project, 'reports', 'junit.xml'));
    assert.equal(counts.cases, 12);
    assert.ok(counts.failures >= 1, JSON.stringify(counts));
  });
});

describe('examples/tiny-lm-python', () => {
  test('train.py and evaluate.py write the model and metrics; pytest passes and writes reports/junit.xml', async () => {
    const project = await copyExample('tiny-lm-python');
    for (const script of ['train.py', 'evaluate.py']) {
      const result = runIn(project, 'python3', [script]);
      assert.equal(result.status, 0, outputOf(result));
    }
    const pytest = runIn(project, 'python3', ['-m', 'pytest', '--junitxml=reports/junit.xml', '-q']);
    assert.doesNotMatch(
      pytest.stderr,
      /No module named pytest/,
      'install pytest (Debian: python3-pytest) to run the Python example',
    );
    assert.equal(pytest.status, 0, outputOf(pytest));
    assert.deepEqual(await junitCounts(join(project, 'reports', 'junit.xml')), { cases: 12, failures: 0 });
  });

  test('pip installs its requirements.txt offline (it only holds comments)', () => {
    if (runIn(exampleSource('tiny-lm-python'), 'python3', ['-m', 'pip', '--version']).status !== 0) {
      throw new Error('pip is not installed for python3: apt-get install -y python3-pip');
    }
    const pip = runIn(exampleSource('tiny-lm-python'), 'python3', [
      '-m',
      'pip',
      'install',
      '--no-index',
      '--dry-run',
      '-r',
      'requirements.txt',
    ]);
    assert.equal(pip.status, 0, outputOf(pip));
  });
});

test('both examples train byte-identical model files and reach the same metrics', async () => {
  const node = await copyExample('tiny-lm-node');
  const python = await copyExample('tiny-lm-python');
  assert.equal(runIn(node, 'npm', ['run', 'build']).status, 0);
  for (const script of ['train.py', 'evaluate.py']) assert.equal(runIn(python, 'python3', [script]).status, 0);
  assert.equal(coreutilsDigest(join(node, 'model')), coreutilsDigest(join(python, 'model')));
  assert.deepEqual(await metricsOf(node), await metricsOf(python));
});
