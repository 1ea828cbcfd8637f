import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { failureLocation, workspaceLocation } from '@mlops-actions/junit';

void test('a pytest traceback gives its innermost place in the project', () => {
  const text = [
    'def test_x():',
    '>       helper()',
    '',
    'tests/test_x.py:14: ',
    '_ _ _ _',
    '/usr/lib/python3/dist-packages/numpy/core.py:99: in helper',
    'tests/helpers.py:3: in helper',
    'E   AssertionError',
    '',
    'tests/helpers.py:5: AssertionError',
  ].join('\n');
  assert.deepEqual(failureLocation(text), { file: 'tests/helpers.py', line: 5 });
  // With the test's own file known from the attributes, the failing line in that file wins.
  assert.deepEqual(failureLocation(text, { file: 'tests/test_x.py', line: 10 }), { file: 'tests/test_x.py', line: 14 });
});

void test('a JavaScript stack gives its first frame outside node_modules and the runtime', () => {
  const text = [
    'Error: expect(received).toBe(expected)',
    '    at Object.toBe (/work/repo/node_modules/expect/build/index.js:10:5)',
    '    at node:internal/process/task_queues:95:5',
    '    at Object.<anonymous> (/work/repo/src/x.test.ts:3:50)',
    '    at /work/repo/src/other.ts:9:1',
  ].join('\n');
  assert.deepEqual(failureLocation(text), { file: '/work/repo/src/x.test.ts', line: 3 });
  assert.deepEqual(failureLocation('    at file:///work/repo/test/a.test.mjs:7:12'), {
    file: 'file:///work/repo/test/a.test.mjs',
    line: 7,
  });
  assert.deepEqual(failureLocation(' ❯ src/sum.test.ts:5:17'), { file: 'src/sum.test.ts', line: 5 });
});

void test('a Go test failure line and a native Python traceback are found', () => {
  assert.deepEqual(failureLocation('    calc_test.go:12: expected 3, got 2'), { file: 'calc_test.go', line: 12 });
  const native =
    'Traceback (most recent call last):\n  File "/repo/tests/test_y.py", line 8, in test_y\n    assert f()\nAssertionError';
  assert.deepEqual(failureLocation(native), { file: '/repo/tests/test_y.py', line: 8 });
});

void test('a JVM frame is found only in the test class, under the standard test source folder', () => {
  const text = [
    'org.opentest4j.AssertionFailedError: expected: <1> but was: <2>',
    '\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:151)',
    '\tat com.acme.model.ScorerTest$Nested.scores(ScorerTest.java:42)',
  ].join('\n');
  assert.deepEqual(failureLocation(text, { classname: 'com.acme.model.ScorerTest$Nested' }), {
    file: 'src/test/java/com/acme/model/ScorerTest.java',
    line: 42,
  });
  assert.equal(failureLocation(text, { classname: 'com.acme.OtherTest' }), undefined);
  assert.equal(failureLocation(text), undefined);
});

void test('without a place in the text, the attributes are the location', () => {
  assert.deepEqual(failureLocation('AssertionError', { file: 'tests/t.py', line: 4 }), { file: 'tests/t.py', line: 4 });
  assert.deepEqual(failureLocation('', { file: 'tests/t.py' }), { file: 'tests/t.py' });
  assert.equal(failureLocation('just a message'), undefined);
});

void test('locations become workspace-relative paths; outside the workspace there is none', () => {
  const paths = { workspace: '/home/runner/work/repo/repo', baseDirectory: '/home/runner/work/repo/repo/ml' };
  assert.deepEqual(workspaceLocation({ file: 'tests/test_x.py', line: 3 }, paths), {
    file: 'ml/tests/test_x.py',
    line: 3,
  });
  assert.deepEqual(workspaceLocation({ file: '/home/runner/work/repo/repo/src/a.test.ts', line: 9 }, paths), {
    file: 'src/a.test.ts',
    line: 9,
  });
  assert.deepEqual(workspaceLocation({ file: 'file:///home/runner/work/repo/repo/test/b.mjs' }, paths), {
    file: 'test/b.mjs',
  });
  assert.equal(workspaceLocation({ file: '/usr/lib/node_modules/x.js', line: 1 }, paths), undefined);
  assert.equal(workspaceLocation({ file: '../../elsewhere.py', line: 1 }, paths), undefined);
});

void test("a failure raised inside Python's standard library is located in the project's frame", () => {
  // pytest's default (xunit2) report of `json.loads("{not json")` in a test: the innermost places are the runtime's.
  const text = [
    'def test_loads_config():',
    '>       json.loads("{not json")',
    '',
    'tests/test_model.py:9: ',
    '_ _ _ _',
    '/root/.pyenv/versions/3.11.7/lib/python3.11/json/__init__.py:346: in loads',
    '    return _default_decoder.decode(s)',
    '/usr/lib/python3.12/json/decoder.py:337: in decode',
    '    obj, end = self.raw_decode(s, idx=_w(s, 0).end())',
    'E           json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes',
    '',
    '/usr/lib/python3.12/json/decoder.py:353: JSONDecodeError',
  ].join('\n');
  assert.deepEqual(failureLocation(text), { file: 'tests/test_model.py', line: 9 });
  const native = [
    'Traceback (most recent call last):',
    '  File "/repo/tests/test_y.py", line 8, in test_y',
    '    json.loads("{")',
    '  File "/usr/local/lib/python3.12/json/__init__.py", line 346, in loads',
    'json.decoder.JSONDecodeError: Expecting property name',
  ].join('\n');
  assert.deepEqual(failureLocation(native), { file: '/repo/tests/test_y.py', line: 8 });
});
