import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  GateError,
  MetricsFileError,
  evaluateGate,
  formatRule,
  metricAt,
  parseMetrics,
  parseRule,
  parseRules,
} from '@mlops-actions/gate';

void test('rules against a number and against the baseline parse, with or without spaces', () => {
  assert.deepEqual(parseRule('eval.accuracy >= 0.85'), {
    metric: 'eval.accuracy',
    comparison: '>=',
    target: { kind: 'number', value: 0.85 },
  });
  assert.deepEqual(parseRule('  eval.perplexity<=baseline*1.05 '), {
    metric: 'eval.perplexity',
    comparison: '<=',
    target: { kind: 'baseline', adjustment: { operator: '*', amount: 1.05 } },
  });
  assert.deepEqual(parseRule('loss < baseline'), { metric: 'loss', comparison: '<', target: { kind: 'baseline' } });
  assert.deepEqual(
    parseRules(['f1 > -1e-3', 'eval/bleu == 42', 'eval.accuracy >= baseline - 0.01', 'n > baseline + .5']).map(
      formatRule,
    ),
    ['f1 > -0.001', 'eval/bleu == 42', 'eval.accuracy >= baseline - 0.01', 'n > baseline + 0.5'],
  );
});

void test('a rule that does not parse is a user error that quotes it', () => {
  for (const [line, expected] of [
    [
      'eval.accuracy 0.85',
      /^The threshold rule "eval.accuracy 0.85" does not parse: write it as '<metric> <op> <number>'/,
    ],
    ['eval.accuracy => 0.85', /^The threshold rule "eval.accuracy => 0.85" does not parse/],
    ['eval.accuracy != 0.85', /^The threshold rule "eval.accuracy != 0.85" does not parse/],
    ['eval.accuracy >= basline', /"basline" after '>=' is neither a number nor 'baseline \[\+\|-\|\*\] <number>'/],
    ['eval.accuracy >= baseline / 2', /"baseline \/ 2" after '>=' is neither/],
    ['eval.accuracy >= ', /"" after '>=' is neither/],
  ] as const) {
    assert.throws(
      () => parseRule(line),
      (error: unknown) => error instanceof GateError && error.code === 'invalid-rule' && expected.test(error.message),
      line,
    );
  }
});

void test('dot paths reach nested metrics, and keys with dots in them', () => {
  const metrics = { eval: { accuracy: 0.91, nested: { f1: 0.8 } }, 'eval.loss': 0.3, label: 'good', list: [5] };
  assert.deepEqual(metricAt(metrics, 'eval.accuracy'), { kind: 'number', value: 0.91 });
  assert.deepEqual(metricAt(metrics, 'eval.nested.f1'), { kind: 'number', value: 0.8 });
  assert.deepEqual(metricAt(metrics, 'eval.loss'), { kind: 'number', value: 0.3 });
  assert.deepEqual(metricAt(metrics, 'list.0'), { kind: 'number', value: 5 });
  assert.deepEqual(metricAt(metrics, 'eval.recall'), { kind: 'missing' });
  assert.deepEqual(metricAt(metrics, 'label'), { kind: 'not-a-number', shown: '"good"' });
  assert.deepEqual(metricAt(metrics, 'eval'), { kind: 'not-a-number', shown: '{"accuracy":0.91,"nested":{"f1":0.8}}' });
});

void test('a metrics document must be a JSON object', () => {
  assert.deepEqual(parseMetrics('{"eval": {"accuracy": 1}}', 'The metrics file m.json'), { eval: { accuracy: 1 } });
  assert.throws(
    () => parseMetrics('{"eval": ', 'The metrics file m.json'),
    /^MetricsFileError: The metrics file m\.json is not valid JSON \(line 1, column 10: the text ends early\)$/,
  );
  assert.throws(
    () => parseMetrics('[1, 2]', 'The baseline file b.json'),
    /The baseline file b\.json holds an array, not a JSON object of metrics/,
  );
});

void test('against a baseline 0.02 better, accuracy >= baseline - 0.01 fails; within the tolerance it passes', () => {
  const rules = parseRules(['eval.accuracy >= baseline - 0.01']);
  const failed = evaluateGate(rules, { eval: { accuracy: 0.9 } }, { eval: { accuracy: 0.92 } });
  assert.equal(failed.verdict, 'failed');
  assert.deepEqual(failed.rows, [
    {
      metric: 'eval.accuracy',
      rule: 'eval.accuracy >= baseline - 0.01',
      comparison: '>=',
      target: 'baseline - 0.01',
      value: 0.9,
      baseline: 0.92,
      threshold: 0.91,
      verdict: 'failed',
      reason: '0.9 is not >= 0.91',
    },
  ]);
  assert.equal(evaluateGate(rules, { eval: { accuracy: 0.915 } }, { eval: { accuracy: 0.92 } }).verdict, 'passed');
  assert.equal(evaluateGate(rules, { eval: { accuracy: 0.91 } }, { eval: { accuracy: 0.92 } }).verdict, 'passed');
});

void test('a threshold exactly at the tolerance is not decided by binary fractions', () => {
  // In binary, 0.56 - 0.1 is 0.4600000000000001: 0.46 would fail 'baseline - 0.1' without the rounding.
  const result = evaluateGate(
    parseRules(['eval.accuracy >= baseline - 0.1']),
    { eval: { accuracy: 0.46 } },
    { eval: { accuracy: 0.56 } },
  );
  assert.equal(result.rows[0].threshold, 0.46);
  assert.equal(result.verdict, 'passed');
});

void test('every comparison and adjustment', () => {
  const metrics = { m: 10 };
  const verdicts = [
    'm >= 10',
    'm <= 10',
    'm > 10',
    'm < 10',
    'm == 10',
    'm > baseline + 1',
    'm <= baseline * 1.05',
    'm < baseline',
  ].map((rule) => evaluateGate(parseRules([rule]), metrics, { m: 9.6 }).verdict);
  assert.deepEqual(verdicts, ['passed', 'passed', 'failed', 'failed', 'passed', 'failed', 'passed', 'failed']);
});

void test('a metric missing from the metrics fails and is named; one that is not a number fails too', () => {
  const result = evaluateGate(parseRules(['eval.accuracy >= 0.8', 'eval.name > 1']), { eval: { name: 'x' } });
  assert.equal(result.verdict, 'failed');
  assert.deepEqual(
    result.rows.map((row) => [row.verdict, row.reason]),
    [
      ['failed', 'eval.accuracy is not in the metrics'],
      ['failed', 'eval.name is "x", not a number'],
    ],
  );
});

void test('rules on the baseline are skipped when there is none, or when it lacks the metric', () => {
  const rules = parseRules(['eval.accuracy >= 0.8', 'eval.accuracy >= baseline', 'eval.f1 >= baseline']);
  const noBaseline = evaluateGate(rules, { eval: { accuracy: 0.9, f1: 0.7 } });
  assert.equal(noBaseline.verdict, 'passed');
  assert.deepEqual(
    noBaseline.rows.map((row) => [row.verdict, row.reason]),
    [
      ['passed', undefined],
      ['skipped', 'there is no baseline'],
      ['skipped', 'there is no baseline'],
    ],
  );
  const partial = evaluateGate(rules, { eval: { accuracy: 0.9, f1: 0.7 } }, { eval: { accuracy: 0.85 } });
  assert.deepEqual(
    partial.rows.map((row) => [row.verdict, row.baseline, row.reason]),
    [
      ['passed', 0.85, undefined],
      ['passed', 0.85, undefined],
      ['skipped', undefined, 'the baseline has no eval.f1'],
    ],
  );
  assert.deepEqual(
    noBaseline.rows.map((row) => row.skip),
    [undefined, 'no-baseline', 'no-baseline'],
  );
  assert.deepEqual(
    partial.rows.map((row) => row.skip),
    [undefined, undefined, 'not-in-baseline'],
  );
  assert.equal(evaluateGate(parseRules(['x > baseline']), { x: 1 }).verdict, 'skipped');
  assert.equal(evaluateGate([], { x: 1 }).verdict, 'skipped');
});

void test('binary fractions in a metric do not decide a verdict: == and the bounds hold at 12 significant digits', () => {
  // An evaluation that sums 0.1 and 0.2 writes 0.30000000000000004 to its JSON.
  const metrics = { eval: { score: 0.1 + 0.2 } };
  const result = evaluateGate(
    parseRules(['eval.score == 0.3', 'eval.score <= 0.3', 'eval.score >= 0.3', 'eval.score > 0.3']),
    metrics,
  );
  assert.deepEqual(
    result.rows.map((row) => [row.rule, row.verdict]),
    [
      ['eval.score == 0.3', 'passed'],
      ['eval.score <= 0.3', 'passed'],
      ['eval.score >= 0.3', 'passed'],
      ['eval.score > 0.3', 'failed'],
    ],
  );
  // A real difference, however small, still counts.
  assert.equal(evaluateGate(parseRules(['x == 0.3']), { x: 0.3000001 }).verdict, 'failed');
});

void test('a number in a rule must be finite', () => {
  for (const line of ['eval.loss <= 1e400', 'eval.loss <= baseline * 1e999', 'eval.loss >= -1e309']) {
    assert.throws(
      () => parseRule(line),
      (error: unknown) => error instanceof GateError && /is too large to compare with/.test(error.message),
      line,
    );
  }
});

void test('a metrics file that is not JSON is named in one line, without quoting the file', () => {
  // V8 quotes the start of the text in its message, newlines included: the reader gives a position instead.
  assert.throws(
    () => parseMetrics('\n::warning::pwned\n', 'The metrics file m.json'),
    (error: unknown) =>
      error instanceof MetricsFileError &&
      error.problem === 'not-json' &&
      error.message === 'The metrics file m.json is not valid JSON (line 2, column 1: expected a value)',
  );
});

void test('a baseline that lacks the metric or holds a non-number says which, so the action can warn', () => {
  const rules = parseRules(['eval.f1 >= baseline', 'eval.loss <= baseline * 1.05']);
  const result = evaluateGate(rules, { eval: { f1: 0.7, loss: 0.3 } }, { eval: { loss: 'n/a' } });
  assert.equal(result.verdict, 'skipped');
  assert.deepEqual(
    result.rows.map((row) => [row.verdict, row.skip, row.reason]),
    [
      ['skipped', 'not-in-baseline', 'the baseline has no eval.f1'],
      ['skipped', 'baseline-not-a-number', 'the baseline\'s eval.loss is "n/a", not a number'],
    ],
  );
});

void test('a flat key "eval.accuracy" beside the nested eval.accuracy is ambiguous and refused, naming both', () => {
  const ambiguous = { 'eval.accuracy': 0.99, eval: { accuracy: 0.5 } };
  const expected =
    'The path eval.accuracy reads two values in the metrics: {"eval.accuracy": …} and {"eval": {"accuracy": …}}. ' +
    'Keep one of them, so that the rule reads one value.';
  assert.throws(
    () => metricAt(ambiguous, 'eval.accuracy'),
    (error: unknown) => error instanceof GateError && error.code === 'ambiguous-metric' && error.message === expected,
  );
  assert.throws(
    () => evaluateGate(parseRules(['eval.accuracy >= 0.8']), ambiguous),
    (error: unknown) => error instanceof GateError && error.message === expected,
  );
  assert.throws(
    () => evaluateGate(parseRules(['eval.accuracy >= baseline']), { eval: { accuracy: 0.9 } }, ambiguous),
    (error: unknown) =>
      error instanceof GateError &&
      error.message.startsWith('The path eval.accuracy reads two values in the baseline: '),
  );
  // Deeper, and through an array index.
  assert.throws(
    () => metricAt({ a: { 'b.c': 1, b: { c: 2 } } }, 'a.b.c'),
    /\{"a": \{"b\.c": …\}\} and \{"a": \{"b": \{"c": …\}\}\}/,
  );
  // A flat dotted key alone, or beside a nested object without that metric, is one reading.
  assert.deepEqual(metricAt({ 'eval.accuracy': 0.99 }, 'eval.accuracy'), { kind: 'number', value: 0.99 });
  assert.deepEqual(metricAt({ 'eval.accuracy': 0.99, eval: { f1: 0.5 } }, 'eval.accuracy'), {
    kind: 'number',
    value: 0.99,
  });
  assert.deepEqual(metricAt({ 'eval.accuracy': 0.99, eval: { accuracy: 0.5 } }, 'eval.f1'), { kind: 'missing' });
});
