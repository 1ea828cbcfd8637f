import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { TestRunBuilder, readTestRun, type TestCase, type TestStatus } from '@mlops-actions/junit';
import { fixtureReport } from './fixture-reports.js';

function testCase(name: string, status: TestStatus, time = 0, report = 'junit.xml'): TestCase {
  return { name, classname: 'c', suite: 's', report, time, status, message: '', details: '' };
}

void test('counts are exact while the failures kept and the slowest cases are bounded', () => {
  const builder = new TestRunBuilder({ failures: 2, slowest: 3 });
  const statuses: TestStatus[] = ['failed', 'passed', 'error', 'skipped', 'failed', 'passed', 'error'];
  statuses.forEach((status, i) => builder.add(testCase(`t${i}`, status, [0.5, 3, 1, 0, 2, 0.1, 2.5][i])));
  const run = builder.build();
  assert.deepEqual(run.counts, { total: 7, passed: 2, failed: 4, errors: 2, skipped: 1 });
  assert.deepEqual(
    run.failures.map((c) => c.name),
    ['t0', 't2'],
  );
  assert.equal(run.omittedFailures, 2);
  assert.deepEqual(
    run.slowest.map((c) => [c.name, c.time]),
    [
      ['t1', 3],
      ['t6', 2.5],
      ['t4', 2],
    ],
  );
  assert.equal(run.durationSeconds, 9.1);
});

void test('several reports add up, each with its own counts', async () => {
  const run = await readTestRun([
    { path: fixtureReport('pytest-xunit1.xml'), name: 'python/junit.xml' },
    { path: fixtureReport('node-test.xml'), name: 'web/junit.xml' },
  ]);
  assert.deepEqual(run.counts, { total: 18, passed: 9, failed: 5, errors: 1, skipped: 4 });
  assert.deepEqual(
    run.reports.map((report) => [report.path, report.counts.total, report.counts.failed]),
    [
      ['python/junit.xml', 10, 3],
      ['web/junit.xml', 8, 2],
    ],
  );
  assert.ok(run.failures.every((c) => c.report === 'python/junit.xml' || c.report === 'web/junit.xml'));
});
