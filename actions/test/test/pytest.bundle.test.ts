// dist/test/index.js run as the runner runs it, on the reports pytest wrote
// (packages/junit/test/fixtures) and on a live pytest run.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBundle } from '@mlops-actions/action-testing';
import { FIXTURES, errorAnnotations, fixtureReport, workspaceWith } from './support.js';

const COUNTS = { total: '10', passed: '5', failed: '3', errors: '1', skipped: '2' };

function countsOf(outputs: Record<string, string>) {
  const { total, passed, failed, errors, skipped } = outputs;
  return { total, passed, failed, errors, skipped };
}

/** These tests run real pytest: without it they fail, saying how to get it, rather than skip unseen. */
function requirePytest(): void {
  try {
    execFileSync('python3', ['-m', 'pytest', '--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('python3 -m pytest is not installed: apt-get install -y python3-pytest (or pip install pytest)');
  }
}

describe('dist/test on pytest reports', () => {
  test('xunit1: 5 passes, 2 failures, 1 error, 1 skip, 1 xfail: counted, annotated at file and line, step fails', async () => {
    const workspace = await workspaceWith({ 'ml/junit.xml': fixtureReport('pytest-xunit1.xml') });
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: { 'working-directory': 'ml' } });

    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(countsOf(result.outputs), COUNTS);
    assert.equal(result.outputs['gate'], 'skipped');
    assert.deepEqual(
      errorAnnotations(result.stdout).map(({ file, line, title }) => [file, line, title]),
      [
        ['ml/tests/test_tokenizer.py', 37, 'tests.test_tokenizer.test_tokenize_keeps_punctuation failed'],
        ['ml/tests/test_tokenizer.py', 13, 'tests.test_tokenizer.test_accuracy_of_empty_labels failed'],
        ['ml/tests/test_tokenizer.py', 46, 'tests.test_tokenizer.test_accuracy_on_eval_set errored'],
        [undefined, undefined, undefined],
      ],
    );
    assert.match(
      errorAnnotations(result.stdout)[0].message,
      /^AssertionError: assert \['hi,', 'there'\] == \['hi', 'there'\]/,
    );
    assert.equal(result.errors.at(-1), '3 of 10 tests failed (1 with an error). See the job summary for details.');

    assert.match(result.summary, /^## Tests: ❌ 3 of 10 tests failed \(1 with an error\)$/m);
    assert.match(
      result.summary,
      /\*\*10\*\* tests · \*\*5\*\* passed · \*\*3\*\* failed \(1 with an error\) · \*\*2\*\* skipped/,
    );
    assert.match(
      result.summary,
      /^\| tests\.test\\_tokenizer\.test\\_accuracy\\_on\\_eval\\_set \(error\) \| `ml\/tests\/test_tokenizer\.py:46` \| failed on setup with "FileNotFoundError: data\/eval\.jsonl" \|$/m,
    );
  });

  test('with fail-on: none the step passes with the same outputs, and says why', async () => {
    const workspace = await workspaceWith({ 'ml/junit.xml': fixtureReport('pytest-xunit1.xml') });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { 'working-directory': 'ml', 'fail-on': 'none' },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(countsOf(result.outputs), COUNTS);
    assert.equal(errorAnnotations(result.stdout).length, 3, 'the failures are still annotated');
    assert.deepEqual(result.notices, ["Failures are reported but do not fail the step: 'fail-on' is 'none'."]);
  });

  test('xunit2 (pytest’s default) has the same counts and finds the lines in the failure text', async () => {
    const workspace = await workspaceWith({ 'test-results/junit-py.xml': fixtureReport('pytest-xunit2.xml') });
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: { 'max-annotations': '2' } });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(countsOf(result.outputs), COUNTS);
    assert.deepEqual(
      errorAnnotations(result.stdout).map(({ file, line }) => [file, line]),
      [
        ['tests/test_tokenizer.py', 37],
        ['tests/test_tokenizer.py', 13],
        [undefined, undefined],
      ],
    );
    assert.match(result.summary, /2 of 3 failing tests are annotated \('max-annotations' is 2\)\./);
  });

  test('the report JSON holds the counts, the failures with their locations and the gate', async () => {
    const workspace = await workspaceWith({ 'junit.xml': fixtureReport('pytest-xunit1.xml') });
    const result = await runBundle({ action: 'test', cwd: workspace, inputs: { 'fail-on': 'none' } });
    const path = result.outputs['report'] ?? '';
    assert.ok(path.startsWith(result.runnerTemp), path);
    const report = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    assert.equal(report['schema'], 'mlops-actions/test-report@1');
    assert.deepEqual(report['counts'], { total: 10, passed: 5, failed: 3, errors: 1, skipped: 2 });
    const failures = report['failures'] as Record<string, unknown>[];
    assert.deepEqual(
      failures.map((failure) => [failure['name'], failure['status'], failure['file'], failure['line']]),
      [
        ['test_tokenize_keeps_punctuation', 'failed', 'tests/test_tokenizer.py', 37],
        ['test_accuracy_of_empty_labels', 'failed', 'tests/test_tokenizer.py', 13],
        ['test_accuracy_on_eval_set', 'error', 'tests/test_tokenizer.py', 46],
      ],
    );
    assert.deepEqual(report['gate'], { verdict: 'skipped', problem: null, baseline: null, rows: [] });
    assert.equal(String(report['duration_seconds']), result.outputs['duration-seconds']);
    const [file] = report['reports'] as Record<string, unknown>[];
    assert.deepEqual(
      { ...file, duration_seconds: 0 },
      {
        path: 'junit.xml',
        total: 10,
        passed: 5,
        failed: 3,
        errors: 1,
        skipped: 2,
        duration_seconds: 0,
      },
    );
  });

  test('a live pytest run: the command runs first, its exit code alone does not decide, the reports do', async () => {
    requirePytest();
    const workspace = await workspaceWith({});
    cpSync(join(FIXTURES, 'sources', 'pytest'), join(workspace, 'tokenizer'), { recursive: true });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: {
        'working-directory': 'tokenizer',
        command: 'python3 -m pytest -p no:cacheprovider -o junit_family=xunit1 --junitxml=reports/junit.xml',
        'fail-on': 'gate',
      },
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(countsOf(result.outputs), COUNTS);
    assert.match(result.stdout, /2 failed, 5 passed, 1 skipped, 1 xfailed, 1 error/);
    assert.match(result.stdout, /The test command exited with code 1\./);
    assert.match(result.summary, /The test command `python3 -m pytest [^`]*` exited with code 1\./);
    assert.deepEqual(
      errorAnnotations(result.stdout).map(({ file, line }) => `${file}:${line}`),
      [
        'tokenizer/tests/test_tokenizer.py:37',
        'tokenizer/tests/test_tokenizer.py:13',
        'tokenizer/tests/test_tokenizer.py:46',
      ],
    );
  });

  test("a live pytest run (default xunit2): a test named like its module, a failure inside Python's standard library", async () => {
    requirePytest();
    const workspace = await workspaceWith({
      'tests/test_model.py': [
        'import json',
        '',
        '',
        'def test_model():',
        '    assert 1 == 2',
        '',
        '',
        'def test_loads_config():',
        '    json.loads("{not json")',
        '',
      ].join('\n'),
    });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { command: 'python3 -m pytest -p no:cacheprovider --junitxml=junit.xml' },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(
      errorAnnotations(result.stdout).map(({ title, file, line }) => [title, file, line]),
      [
        ['tests.test_model.test_model failed', 'tests/test_model.py', 5],
        ['tests.test_model.test_loads_config failed', 'tests/test_model.py', 9],
        [undefined, undefined, undefined],
      ],
    );
  });

  test("when no report matches, the step fails with the command's exit code and an error that says so", async () => {
    const workspace = await workspaceWith({ 'ml/README.md': 'no tests here' });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { 'working-directory': 'ml', command: 'echo "collected 0 items"; exit 4' },
    });
    assert.equal(result.exitCode, 4);
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0],
      /^No JUnit report matched 'reports' \(\*\*\/junit\*\.xml\) in .*\/ml after the test command, which exited with code 4\. Check that the tests write JUnit XML/,
    );
    assert.match(result.stdout, /collected 0 items/);
    assert.deepEqual(result.outputs, {}, 'no outputs for a step that found nothing to read');
  });
});
