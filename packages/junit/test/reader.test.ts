import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { ReportError, displayName, readReport, readTestRun, type TestCase } from '@mlops-actions/junit';
import { fixtureReport } from './fixture-reports.js';

async function casesOf(path: string): Promise<TestCase[]> {
  const cases: TestCase[] = [];
  await readReport(path, (testCase) => cases.push(testCase));
  return cases;
}

async function reportFile(xml: string, name = 'junit.xml'): Promise<string> {
  const path = join(await temporaryDirectory('junit-'), name);
  await writeFile(path, xml);
  return path;
}

void test('pytest xunit1: 5 passes, 2 failures, 1 error, 1 skip and 1 xfail count as the contract says', async () => {
  const run = await readTestRun([fixtureReport('pytest-xunit1.xml')]);
  assert.deepEqual(run.counts, { total: 10, passed: 5, failed: 3, errors: 1, skipped: 2 });
  assert.deepEqual(
    run.failures.map((testCase) => [testCase.name, testCase.status, testCase.location]),
    [
      ['test_tokenize_keeps_punctuation', 'failed', { file: 'tests/test_tokenizer.py', line: 37 }],
      ['test_accuracy_of_empty_labels', 'failed', { file: 'tests/test_tokenizer.py', line: 13 }],
      ['test_accuracy_on_eval_set', 'error', { file: 'tests/test_tokenizer.py', line: 46 }],
    ],
  );
  const [first] = run.failures;
  assert.equal(first.file, 'tests/test_tokenizer.py');
  assert.equal(first.classname, 'tests.test_tokenizer');
  assert.equal(displayName(first), 'tests.test_tokenizer.test_tokenize_keeps_punctuation');
  assert.match(first.message, /^AssertionError: assert \['hi,', 'there'\] == \['hi', 'there'\]/);
  assert.match(first.details, /^def test_tokenize_keeps_punctuation\(\):\n>/);
});

void test('pytest xunit2 has no file attributes: the location comes from the failure text', async () => {
  const run = await readTestRun([fixtureReport('pytest-xunit2.xml')]);
  assert.deepEqual(run.counts, { total: 10, passed: 5, failed: 3, errors: 1, skipped: 2 });
  assert.equal(run.failures[0].file, undefined);
  assert.deepEqual(
    run.failures.map((testCase) => testCase.location),
    [
      { file: 'tests/test_tokenizer.py', line: 37 },
      { file: 'tests/test_tokenizer.py', line: 13 },
      { file: 'tests/test_tokenizer.py', line: 46 },
    ],
  );
  const skipped = (await casesOf(fixtureReport('pytest-xunit2.xml'))).filter((c) => c.status === 'skipped');
  assert.deepEqual(
    skipped.map((c) => c.message),
    ['needs a GPU', 'unicode lowercasing is not handled yet'],
  );
});

void test('jest-junit: failures located at the first frame of the project in the stack, suite errors counted', async () => {
  const run = await readTestRun([fixtureReport('jest-junit.xml')]);
  // jest-junit lists a todo as a plain test case and a suite that failed to load as an error and a failure.
  assert.deepEqual(run.counts, { total: 10, passed: 5, failed: 4, errors: 1, skipped: 1 });
  assert.deepEqual(
    run.failures.map((testCase) => [displayName(testCase), testCase.status, testCase.location]),
    [
      [
        'tokenize drops punctuation',
        'failed',
        { file: '/home/runner/work/project/project/jest/tokenizer.test.js', line: 23 },
      ],
      [
        'accuracy of no labels',
        'failed',
        { file: '/home/runner/work/project/project/jest/tokenizer.test.js', line: 9 },
      ],
      ['Test suite failed to run › broken.test.js', 'error', { file: 'broken.test.js', line: 3 }],
      ['Test suite failed to run › broken.test.js', 'failed', undefined],
    ],
  );
  assert.equal(run.failures[0].message, 'Error: expect(received).toEqual(expected) // deep equality');
});

void test("node's junit reporter: nested suites, todo as skipped, file:// stack frames", async () => {
  const cases = await casesOf(fixtureReport('node-test.xml'));
  assert.equal(cases.length, 8);
  assert.deepEqual(
    cases.map((testCase) => [testCase.suite, testCase.name, testCase.status]),
    [
      ['tokenize', 'splits on spaces', 'passed'],
      ['tokenize', 'of empty text is empty', 'passed'],
      ['tokenize', 'drops punctuation', 'failed'],
      ['tokenize', 'handles unicode case folding', 'skipped'],
      ['accuracy', 'all right', 'passed'],
      ['accuracy', 'half right', 'passed'],
      ['edge cases', 'of no labels', 'failed'],
      ['edge cases', 'weighted by class', 'skipped'],
    ],
  );
  const failing = cases.filter((testCase) => testCase.status === 'failed');
  assert.deepEqual(
    failing.map((testCase) => [displayName(testCase), testCase.location]),
    [
      [
        'tokenize › drops punctuation',
        { file: 'file:///home/runner/work/project/project/node-test/tokenizer.test.mjs', line: 25 },
      ],
      [
        'edge cases › of no labels',
        { file: 'file:///home/runner/work/project/project/node-test/tokenizer.test.mjs', line: 11 },
      ],
    ],
  );
});

void test('Maven Surefire: a bare <testsuite> root with properties and CDATA, located by the test class frame', async () => {
  const run = await readTestRun([fixtureReport('surefire.xml')]);
  assert.deepEqual(run.counts, { total: 6, passed: 3, failed: 2, errors: 1, skipped: 1 });
  assert.deepEqual(
    run.failures.map((testCase) => [displayName(testCase), testCase.status, testCase.message, testCase.location]),
    [
      [
        'example.TokenizerTest.dropsPunctuation',
        'failed',
        'expected: <[hi, there]> but was: <[hi,, there]>',
        { file: 'src/test/java/example/TokenizerTest.java', line: 22 },
      ],
      [
        'example.TokenizerTest.accuracyOfNoLabels',
        'error',
        'accuracy of no labels',
        { file: 'src/test/java/example/TokenizerTest.java', line: 32 },
      ],
    ],
  );
  assert.match(
    run.failures[1].details,
    /^java\.lang\.IllegalArgumentException: accuracy of no labels\n\s+at example\.Tokenizer/,
  );
});

void test('suites nest at any depth; a case belongs to its innermost suite', async () => {
  const path = await reportFile(
    '<testsuites><testsuites><testsuite name="outer"><testsuite name="inner"><testsuite name="innermost">' +
      '<testcase name="deep" time="1.5"/></testsuite><testcase name="middle"/></testsuite>' +
      '<testcase name="top"><skipped/></testcase></testsuite></testsuites></testsuites>',
  );
  const run = await readTestRun([path]);
  assert.deepEqual(run.counts, { total: 3, passed: 2, failed: 0, errors: 0, skipped: 1 });
  assert.deepEqual(
    run.suites.map((suite) => [suite.name, suite.counts.total]),
    [
      ['innermost', 1],
      ['inner', 1],
      ['outer', 1],
    ],
  );
  assert.equal(run.durationSeconds, 1.5);
});

void test('the most severe of <failure>, <error> and <skipped> decides; system-out is not kept', async () => {
  const path = await reportFile(
    '<testsuite><testcase name="both"><system-out>printed</system-out><error message="boom">E1</error>' +
      '<failure message="later">F1</failure></testcase><testcase name="text only"><failure>\n\n  first line\nsecond</failure></testcase></testsuite>',
  );
  const cases = await casesOf(path);
  assert.deepEqual(
    cases.map((c) => [c.status, c.message, c.details]),
    [
      ['error', 'boom', 'E1'],
      ['failed', 'first line', '  first line\nsecond'],
    ],
  );
});

void test('failure text is cut to its first lines, however long', async () => {
  const longText = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
  const cases = await casesOf(
    await reportFile(
      `<testsuite><testcase name="long"><failure message="m">${longText}</failure></testcase></testsuite>`,
    ),
  );
  const { details } = cases[0];
  assert.ok(details.length <= 4 * 1024 + 2, `details are ${details.length} characters`);
  assert.ok(details.startsWith('line 0 '));
  assert.ok(details.endsWith('\n…'));
});

void test('a billion-laughs entity bomb is refused at its first entity, not expanded', async () => {
  const lines = ['<?xml version="1.0"?>', '<!DOCTYPE lolz [', '  <!ENTITY lol "lol">'];
  for (let level = 1; level <= 9; level++) {
    lines.push(`  <!ENTITY lol${level} "${`&lol${level - 1 || ''};`.repeat(10)}">`);
  }
  lines.push(']>', '<testsuite name="bomb">', '  <testcase name="&lol9;"/>', '</testsuite>');
  const path = await reportFile(lines.join('\n'), 'junit-bomb.xml');
  await assert.rejects(
    readReport(path, () => assert.fail('no case is read')),
    (error: unknown) => {
      assert.ok(error instanceof ReportError);
      assert.equal(
        error.message,
        `The JUnit report ${path} is not well-formed XML: line 15, column 25: undefined entity ` +
          '(reports are read without a DTD: entities are not expanded).',
      );
      return true;
    },
  );
});

void test('an external entity (XXE) is not resolved', async () => {
  const path = await reportFile(
    '<?xml version="1.0"?>\n<!DOCTYPE t [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n' +
      '<testsuite><testcase name="t"><failure>&secret;</failure></testcase></testsuite>',
  );
  await assert.rejects(
    readReport(path, () => undefined),
    /line 3, column \d+: undefined entity/,
  );
});

void test('a malformed report names the file and the line', async () => {
  const path = await reportFile('<testsuite>\n  <testcase name="a">\n  </testsuite>\n', 'junit-broken.xml');
  await assert.rejects(
    readReport(path, () => undefined, 'reports/junit-broken.xml'),
    {
      name: 'ReportError',
      message:
        'The JUnit report reports/junit-broken.xml is not well-formed XML: line 3, column 15: unexpected close tag.',
    },
  );
  const truncated = await reportFile('<testsuites>\n<testsuite name="s">\n<testcase name="a"/>');
  await assert.rejects(
    readReport(truncated, () => undefined, 'cut.xml'),
    /cut\.xml is not well-formed XML: line 3, .*unclosed tag/,
  );
  const empty = await reportFile('');
  await assert.rejects(
    readReport(empty, () => undefined, 'empty.xml'),
    /empty\.xml .*: document must contain a root element/,
  );
});

void test('an XML file that is not a JUnit report says so', async () => {
  const path = await reportFile('<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion></project>');
  await assert.rejects(
    readReport(path, () => undefined, 'pom.xml'),
    /The file pom\.xml is not a JUnit report: its root element is <project>, not <testsuites> or <testsuite>/,
  );
});

void test('a report that is a folder or is missing is a clear error', async () => {
  const folder = await temporaryDirectory('junit-folder-');
  await assert.rejects(
    readReport(folder, () => undefined, 'reports'),
    /Cannot read the JUnit report reports: EISDIR/,
  );
  await assert.rejects(
    readReport(join(folder, 'none.xml'), () => undefined, 'none.xml'),
    /none\.xml: ENOENT/,
  );
});

/**
 * Gigabytes of captured output must not cost gigabytes of memory. A child
 * process reads a report with 150 MB of system-out (as CDATA, which the
 * parser would otherwise gather whole) and a 30 MB failure text, and says
 * its peak memory; gathering either would take more than the bound.
 */
void test('memory stays bounded on hundreds of megabytes of system-out and failure text', async () => {
  const folder = await temporaryDirectory('junit-huge-');
  const path = join(folder, 'junit-huge.xml');
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const block = `${'captured output of a chatty test\n'.repeat(32 * 1024)}`; // 1 MiB
  await write('<testsuite name="huge"><testcase name="loud"><failure message="boom">');
  for (let i = 0; i < 30; i++) await write(block);
  await write('</failure><system-out><![CDATA[');
  for (let i = 0; i < 150; i++) await write(block);
  await write(']]></system-out></testcase><testcase name="after"/></testsuite>');
  out.end();
  await once(out, 'finish');

  const reader = new URL('../src/index.js', import.meta.url).href;
  const script =
    `const { readTestRun } = await import(${JSON.stringify(reader)});` +
    `const run = await readTestRun([${JSON.stringify(path)}]);` +
    'console.log(JSON.stringify({ counts: run.counts, details: run.failures[0].details.length,' +
    ' peakMB: process.resourceUsage().maxRSS / 1024 }));';
  const result = JSON.parse(
    // A 64 MB heap: a reader that gathered the text would die of it. Without the cap a busy CI run once
    // measured 164 MB (about 86 MB alone): V8 grows its heap as it likes when nothing bounds it.
    execFileSync(process.execPath, ['--max-old-space-size=64', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    }),
  ) as {
    counts: { total: number; failed: number };
    details: number;
    peakMB: number;
  };
  assert.equal(result.counts.total, 2);
  assert.equal(result.counts.failed, 1);
  assert.ok(result.details <= 4 * 1024 + 2);
  assert.ok(result.peakMB < 150, `peak memory was ${result.peakMB.toFixed(0)} MB for a 180 MB report`);
});
