// The one reader of metrics files (test's `metrics` and `baseline`,
// version-model's `metrics`), fed hostile files.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  METRICS_DEPTH_LIMIT,
  METRICS_FILE_LIMIT,
  MetricsFileError,
  metricAt,
  parseMetrics,
  readMetricsFile,
  type MetricsFileProblem,
} from '@mlops-actions/gate';

describe('readMetricsFile', () => {
  let root: string;
  let workspace: string;
  let outside: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'metrics-file-'));
    workspace = join(root, 'workspace');
    outside = join(root, 'outside');
    await mkdir(join(workspace, 'eval'), { recursive: true });
    await mkdir(outside);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** Writes `contents` as `name` in the workspace and reads it back. */
  async function read(name: string, contents: string | Buffer) {
    await writeFile(join(workspace, name), contents);
    return readMetricsFile(join(workspace, name), { workspace });
  }

  async function refused(path: string, problem: MetricsFileProblem, reason: RegExp): Promise<MetricsFileError> {
    let caught: unknown;
    try {
      await readMetricsFile(path, { workspace });
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof MetricsFileError, `expected a MetricsFileError, got ${String(caught)}`);
    assert.equal(caught.problem, problem);
    assert.match(caught.reason, reason);
    assert.doesNotMatch(caught.message, /[\r\n]/, 'one line');
    return caught;
  }

  test('a JSON object of metrics is read, nested and with dots in keys', async () => {
    const metrics = await read('eval/m.json', '{"eval": {"accuracy": 0.91}, "eval.loss": 0.2}');
    assert.deepEqual(metrics, { eval: { accuracy: 0.91 }, 'eval.loss': 0.2 });
  });

  test('a missing file, a folder and a file outside the workspace are refused by name', async () => {
    await refused(join(workspace, 'nope.json'), 'missing', /^does not exist$/);
    await refused(join(workspace, 'eval'), 'not-a-file', /^is not a file$/);
    await writeFile(join(outside, 'metrics.json'), '{"accuracy": 1}');
    await refused(join(outside, 'metrics.json'), 'outside-workspace', /^resolves outside the workspace/);
    await refused(join(workspace, '../outside/metrics.json'), 'outside-workspace', /outside the workspace/);
  });

  test('a symbolic link is followed, and refused when it leads out of the workspace', async () => {
    await writeFile(join(outside, 'secret.json'), '{"token": "s3cr3t"}');
    await symlink(join(outside, 'secret.json'), join(workspace, 'linked-out.json'));
    const error = await refused(join(workspace, 'linked-out.json'), 'outside-workspace', /outside the workspace/);
    assert.doesNotMatch(error.message, /s3cr3t/);

    await writeFile(join(workspace, 'eval/real.json'), '{"accuracy": 0.5}');
    await symlink('eval/real.json', join(workspace, 'linked-in.json'));
    assert.deepEqual(await readMetricsFile(join(workspace, 'linked-in.json'), { workspace }), { accuracy: 0.5 });
  });

  test('a workspace reached through a symbolic link still holds its files', async () => {
    const linkedWorkspace = join(root, 'linked-workspace');
    await symlink(workspace, linkedWorkspace);
    await writeFile(join(workspace, 'via-link.json'), '{"a": 1}');
    assert.deepEqual(await readMetricsFile(join(linkedWorkspace, 'via-link.json'), { workspace: linkedWorkspace }), {
      a: 1,
    });
  });

  test('a huge file is refused by its size, without being read', async () => {
    const big = Buffer.alloc(METRICS_FILE_LIMIT + 1, 0x20);
    await writeFile(join(workspace, 'big.json'), big);
    await refused(join(workspace, 'big.json'), 'too-large', /^is 257 KiB, over the 256 KiB a metrics file may hold/);
    // At the bound it is read.
    const padded = `{"a": 1}${' '.repeat(METRICS_FILE_LIMIT - 8)}`;
    assert.deepEqual(await read('exact.json', padded), { a: 1 });
  });

  test('anything but an object is refused, saying what it holds', async () => {
    for (const [text, holds] of [
      ['[]', 'an array'],
      ['[{"accuracy": 0.9}]', 'an array'],
      ['0.91', 'a number'],
      ['"0.91"', 'a string'],
      ['null', 'null'],
      ['true', 'a boolean'],
    ]) {
      await writeFile(join(workspace, 'wrong.json'), text);
      await refused(join(workspace, 'wrong.json'), 'not-an-object', new RegExp(`^holds ${holds}, not a JSON object`));
    }
  });

  test('text that is not JSON is refused with a position, never quoted', async () => {
    for (const [text, where] of [
      ['', 'line 1, column 1: the text ends early'],
      ['accuracy: 0.9', 'line 1, column 1: expected a value'],
      ['{"a": 1,}', 'line 1, column 9: expected a property name in double quotes'],
      ['{"a": 1} {"b": 2}', 'line 1, column 10: expected the end of the text after the JSON value'],
      ['{\n  "a": [1, 2\n}', "line 3, column 1: expected ',' or ']'"],
      ['{"a": "line\nbreak"}', 'line 1, column 12: a valid string'],
      ['{"a": "\\x"}', 'line 1, column 8: a valid string'],
      ['\n::warning::pwned\n', 'line 2, column 1: expected a value'],
      ['{"a" 1}', "line 1, column 6: expected ':'"],
      ['{"a": 01}', "line 1, column 8: expected ',' or '}'"],
    ]) {
      await writeFile(join(workspace, 'broken.json'), text);
      const error = await refused(join(workspace, 'broken.json'), 'not-json', /^is not valid JSON \(/);
      assert.equal(error.reason, `is not valid JSON (${where})`, JSON.stringify(text));
      assert.doesNotMatch(error.message, /pwned|accuracy|warning/);
    }
  });

  test('deep nesting is a clear error, not a stack overflow', async () => {
    // As deep as fits the size bound.
    for (const [open, close, depth] of [
      ['[', ']', 100_000],
      ['{"a":', '}', 40_000],
    ] as const) {
      await writeFile(join(workspace, 'deep.json'), `{"m": ${open.repeat(depth)}1${close.repeat(depth)}}`);
      await refused(
        join(workspace, 'deep.json'),
        'too-deep',
        new RegExp(`^nests objects or arrays more than ${METRICS_DEPTH_LIMIT} levels deep \\(line 1, column \\d+\\)`),
      );
    }
    // Past the size bound too (text handed to parseMetrics directly): no recursion anywhere.
    assert.throws(() => parseMetrics(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`), /more than 32 levels deep/);
    const nested = (depth: number) => `${'{"a":'.repeat(depth - 1)}{"x": 1}${'}'.repeat(depth - 1)}`;
    const deepest = await read('deepest.json', nested(METRICS_DEPTH_LIMIT));
    assert.deepEqual(metricAt(deepest, `${'a.'.repeat(METRICS_DEPTH_LIMIT - 1)}x`), { kind: 'number', value: 1 });
    await writeFile(join(workspace, 'too-deep.json'), nested(METRICS_DEPTH_LIMIT + 1));
    await refused(join(workspace, 'too-deep.json'), 'too-deep', /more than 32 levels deep/);
  });

  test('a __proto__ key is data: it neither changes the object nor pollutes others', async () => {
    const metrics = await read(
      'proto.json',
      '{"__proto__": {"polluted": true, "accuracy": 1}, "constructor": {"prototype": {"x": 1}}, "eval": {"accuracy": 0.5}}',
    );
    assert.equal(Object.getPrototypeOf(metrics), Object.prototype);
    assert.deepEqual(Object.keys(metrics), ['__proto__', 'constructor', 'eval']);
    assert.equal((metrics as { accuracy?: unknown }).accuracy, undefined);
    assert.equal(({} as { polluted?: unknown }).polluted, undefined);
    assert.deepEqual(metricAt(metrics, 'accuracy'), { kind: 'missing' });
    assert.deepEqual(metricAt(metrics, '__proto__.accuracy'), { kind: 'number', value: 1 });
  });
});
