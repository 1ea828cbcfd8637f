// Cases where the JUnit reader disagreed with the report actions other projects use (issue 11):
// each test encodes how those peers read the file.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { ReportError, readReport, readTestRun, type TestCase } from '@mlops-actions/junit';

async function reportFile(xml: string, name = 'junit.xml'): Promise<string> {
  const path = join(await temporaryDirectory('junit-'), name);
  await writeFile(path, xml);
  return path;
}

async function casesOf(xml: string): Promise<TestCase[]> {
  const cases: TestCase[] = [];
  await readReport(await reportFile(xml), (testCase) => cases.push(testCase));
  return cases;
}

void test('a case with <skipped> then <error> (pytest: a skipped test whose teardown errors) counts as an error, as the peers count it', async () => {
  const cases = await casesOf(
    '<testsuite><testcase name="t"><skipped message="no GPU">skip text</skipped>' +
      '<error message="teardown failed">Traceback\nRuntimeError: teardown</error></testcase></testsuite>',
  );
  assert.deepEqual(
    cases.map((c) => [c.status, c.message, c.details]),
    [['error', 'teardown failed', 'Traceback\nRuntimeError: teardown']],
  );
});

void test('the most severe of several outcomes counts, with its own message and text: error, then failure, then skipped', async () => {
  const cases = await casesOf(
    '<testsuite>' +
      '<testcase name="failure then error"><failure message="F">F text</failure><error message="E">E text</error></testcase>' +
      '<testcase name="skipped then failure"><skipped message="S"/><failure message="F">F text</failure></testcase>' +
      '<testcase name="error then failure"><error message="E">E text</error><failure message="F">F text</failure></testcase>' +
      '<testcase name="failure then skipped"><failure message="F">F text</failure><skipped message="S"/></testcase>' +
      '</testsuite>',
  );
  assert.deepEqual(
    cases.map((c) => [c.name, c.status, c.message, c.details]),
    [
      ['failure then error', 'error', 'E', 'E text'],
      ['skipped then failure', 'failed', 'F', 'F text'],
      ['error then failure', 'error', 'E', 'E text'],
      ['failure then skipped', 'failed', 'F', 'F text'],
    ],
  );
});

void test('a case marked status="disabled", "skipped" or "notrun" with no outcome never ran: skipped, as the peers count it', async () => {
  const cases = await casesOf(
    '<testsuite>' +
      '<testcase name="a" status="disabled"/><testcase name="b" status="Skipped"/>' +
      '<testcase name="c" status="NOTRUN"/><testcase name="d" status="run"/><testcase name="e" status="passed"/>' +
      '<testcase name="f" status="disabled"><failure message="F">F</failure></testcase>' +
      '</testsuite>',
  );
  assert.deepEqual(
    cases.map((c) => [c.name, c.status]),
    [
      ['a', 'skipped'],
      ['b', 'skipped'],
      ['c', 'skipped'],
      ['d', 'passed'],
      ['e', 'passed'],
      ['f', 'failed'],
    ],
  );
});

void test('a <testsuite> that lists no <testcase> counts from its own tests/failures/errors/skipped, as the peers count it, and says so', async () => {
  const path = await reportFile(
    '<testsuites tests="99" failures="9">' +
      '<testsuite name="summary only" tests="6" failures="1" errors="1" skipped="2"/>' +
      '<testsuite name="listed" tests="50" failures="50"><testcase name="ok"/></testsuite>' +
      '<testsuite name="outer" tests="7"><testsuite name="inner" tests="3" failures="1"></testsuite></testsuite>' +
      '<testsuite name="empty"/>' +
      '<testsuite name="nonsense" tests="-1" failures="x"/>' +
      '<testsuite name="more failing than tests" tests="1" failures="2"/>' +
      '<testsuite name="too big" tests="99999999999"/>' +
      '</testsuites>',
  );
  const run = await readTestRun([{ path, name: 'junit.xml' }]);
  // 6 from "summary only" (2 passed, 1 failed, 1 error, 2 skipped), 1 listed, 3 from "inner".
  assert.deepEqual(run.counts, { total: 10, passed: 5, failed: 3, errors: 1, skipped: 2 });
  assert.deepEqual(run.reports[0].counts, run.counts);
  assert.deepEqual(
    run.suitesCountedFromAttributes.map((suite) => [suite.name, suite.report, suite.counts]),
    [
      ['summary only', 'junit.xml', { total: 6, passed: 2, failed: 2, errors: 1, skipped: 2 }],
      ['inner', 'junit.xml', { total: 3, passed: 2, failed: 1, errors: 0, skipped: 0 }],
    ],
  );
  assert.deepEqual(run.failures, []);
});

void test('an attribute value with a raw < is refused, naming the character, the line and the column', async () => {
  const path = await reportFile('<testsuite>\n  <testcase name="a<b"/>\n</testsuite>\n');
  await assert.rejects(
    readReport(path, () => undefined, 'junit-lt.xml'),
    (error: unknown) => {
      assert.ok(error instanceof ReportError);
      assert.equal(
        error.message,
        "The JUnit report junit-lt.xml is not well-formed XML: line 2, column 20: disallowed character '<' " +
          '(an attribute value writes it as &lt;).',
      );
      return true;
    },
  );
});

void test('a control character is named by its code point', async () => {
  const path = await reportFile('<testsuite>\n<testcase name="a\u0001"/>\n</testsuite>\n');
  await assert.rejects(
    readReport(path, () => undefined, 'j.xml'),
    {
      message: 'The JUnit report j.xml is not well-formed XML: line 2, column 18: disallowed character U+0001.',
    },
  );
});
