// The pull-request comment's content, built from a report without GitHub:
// its order, its links, and its size bound.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { evaluateGate, parseRules } from '@mlops-actions/gate';
import { TestRunBuilder, type TestCase } from '@mlops-actions/junit';
import { COMMENT_BODY_LIMIT } from '@mlops-actions/github';
import { COMMENTED_FAILURES, commentMarker, deltaCell, renderResults, type CommentLinks } from '../src/comment.js';
import type { TestSettings } from '../src/inputs.js';
import type { TestReport } from '../src/outcome.js';

const WORKSPACE = '/home/runner/work/models/models';
const HEAD_SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const LINKS: CommentLinks = {
  serverUrl: 'https://github.com',
  repository: { owner: 'octo-org', repo: 'models' },
  headSha: HEAD_SHA,
  runUrl: 'https://github.com/octo-org/models/actions/runs/4242',
};

const SETTINGS: TestSettings = {
  workspace: WORKSPACE,
  workingDirectory: WORKSPACE,
  command: '',
  reports: ['junit.xml'],
  rules: [],
  baseline: { kind: 'none' },
  failOn: { tests: true, gate: true },
  maxAnnotations: 10,
  modelName: 'tiny-lm',
};

function failing(n: number, name = `test_${n}`): TestCase {
  return {
    name,
    classname: 'tests.test_model',
    suite: 'pytest',
    report: 'junit.xml',
    time: 0.5,
    status: 'failed',
    message: `AssertionError: case ${n}\nsecond line`,
    details: '',
    location: { file: 'tests/test_model.py', line: n },
  };
}

/** A report of `passed` passing and `failed` failing tests, gated by `rules` on metrics against a baseline. */
function reportOf(options: { passed: number; failed: number; rules?: string[]; metric?: number }): TestReport {
  const builder = new TestRunBuilder();
  builder.addReport('junit.xml');
  for (let i = 1; i <= options.passed; i++) builder.add({ ...failing(i), status: 'passed', message: '' });
  for (let i = 1; i <= options.failed; i++) builder.add(failing(i));
  const report: TestReport = {
    settings: SETTINGS,
    reports: [{ name: 'junit.xml', path: `${WORKSPACE}/junit.xml` }],
    staleReports: [],
    run: builder.build(),
    annotations: 0,
  };
  if (options.rules) {
    const metrics: Record<string, number> = {};
    const baseline: Record<string, number> = {};
    for (const rule of parseRules(options.rules)) {
      metrics[rule.metric] = options.metric ?? 0.9;
      baseline[rule.metric] = 0.92;
    }
    report.gate = evaluateGate(parseRules(options.rules), metrics, baseline);
    report.baseline = {
      metrics: baseline,
      source: 'tiny-lm 0.3.0 in production',
      version: '0.3.0',
      environment: 'production',
    };
  }
  return report;
}

describe('the pull-request comment', () => {
  test('reads in order: the verdict, the gate table, the failing tests, the counts, the run', () => {
    const markdown = renderResults(
      reportOf({ passed: 3, failed: 2, rules: ['eval.accuracy >= baseline - 0.01'] }),
      LINKS,
      'tiny-lm',
      COMMENT_BODY_LIMIT,
    );
    const rendered = renderMarkdown(markdown);
    assert.deepEqual(rendered.headings, [
      '❌ tiny-lm: 2 of 5 tests failed · quality gate ❌ failed',
      'Quality gate',
      'Failing tests',
    ]);
    const places = [
      markdown.indexOf('### ❌'),
      markdown.indexOf('| Metric | This branch |'),
      markdown.indexOf('| Test | Location |'),
      markdown.indexOf('**5** tests'),
      markdown.indexOf('[workflow run]'),
    ];
    assert.ok(places.every((place) => place >= 0));
    assert.deepEqual(
      [...places].sort((a, b) => a - b),
      places,
    );
    assert.deepEqual(rendered.rows[1], [
      'eval.accuracy',
      '0.9',
      '0.92 (0.3.0 in production)',
      '▼ −0.02 (−2.17%)',
      'eval.accuracy >= baseline - 0.01 (>= 0.91)',
      '❌ failed: 0.9 is not >= 0.91',
    ]);
    assert.deepEqual(rendered.rows[3], ['tests.test_model.test_1', 'tests/test_model.py:1', 'AssertionError: case 1']);
    assert.equal(rendered.targets[0], `https://github.com/octo-org/models/blob/${HEAD_SHA}/tests/test_model.py#L1`);
    assert.equal(rendered.targets.at(-1), LINKS.runUrl);
  });

  test(`lists the first ${COMMENTED_FAILURES} failing tests, then how many more`, () => {
    const rendered = renderMarkdown(renderResults(reportOf({ passed: 1, failed: 45 }), LINKS, '', COMMENT_BODY_LIMIT));
    const failures = rendered.rows.slice(1).map((row) => row[0]);
    assert.deepEqual(
      failures,
      Array.from({ length: COMMENTED_FAILURES }, (_, i) => `tests.test_model.test_${i + 1}`),
    );
    assert.match(rendered.text, /…and 25 more failing tests: the job summary lists them\./);
    assert.deepEqual(rendered.headings[0], '❌ 45 of 46 tests failed');
  });

  test('without a head commit, locations are shown but not linked', () => {
    const links: CommentLinks = { serverUrl: LINKS.serverUrl, repository: LINKS.repository, runUrl: LINKS.runUrl };
    const rendered = renderMarkdown(renderResults(reportOf({ passed: 0, failed: 1 }), links, '', COMMENT_BODY_LIMIT));
    assert.deepEqual(rendered.targets, [LINKS.runUrl]);
    assert.equal(rendered.rows[1][1], 'tests/test_model.py:1');
  });

  test("stays under GitHub's limit with a note of what was cut, and keeps the counts and the run link", () => {
    // 2 000 rules on long metric names: far more than a comment holds.
    const rules = Array.from({ length: 2000 }, (_, i) => `eval.${'m'.repeat(40)}_${i} >= baseline - 0.01`);
    const markdown = renderResults(reportOf({ passed: 5, failed: 3, rules }), LINKS, 'tiny-lm', COMMENT_BODY_LIMIT);
    assert.ok(markdown.length <= COMMENT_BODY_LIMIT, `${markdown.length} characters`);
    assert.ok(markdown.length > COMMENT_BODY_LIMIT - 8 * 1024, 'the room is used');
    const rendered = renderMarkdown(markdown);
    const shown = rendered.rows.filter((row) => row[0].startsWith('eval.')).length;
    assert.ok(shown > 0 && shown < 2000);
    assert.match(
      rendered.text,
      new RegExp(
        `The comment was cut to stay under GitHub's 65,536-character limit\\. Not shown: ${2000 - shown} of 2000 gate rules; the 3 failing tests\\.`,
      ),
    );
    assert.ok(markdown.trimEnd().endsWith(`[workflow run](${LINKS.runUrl})`));
    assert.match(markdown, /\*\*8\*\* tests · \*\*5\*\* passed · \*\*3\*\* failed/);
  });

  test('the marker names the workflow, job and model, and no name can close it', () => {
    assert.equal(
      commentMarker({ workflow: 'Model CI', job: 'test', model: 'tiny-lm' }),
      '<!-- mlops-actions/test workflow=Model%20CI job=test model=tiny-lm -->',
    );
    const hostile = commentMarker({ workflow: '--> <img src=x>', job: 'a b', model: '' });
    assert.equal(renderMarkdown(hostile).elements.join(), '!--');
    assert.ok(!hostile.slice(4, -3).includes('-->'));
  });

  test('the delta says the direction and the change relative to the baseline', () => {
    assert.equal(deltaCell({ value: 0.93, baseline: 0.92 }), '▲ +0.01 (+1.09%)');
    assert.equal(deltaCell({ value: 9.31, baseline: 9.8 }), '▼ −0.49 (−5%)');
    assert.equal(deltaCell({ value: 0.5, baseline: 0.5 }), '= 0');
    assert.equal(deltaCell({ value: 0.2, baseline: 0 }), '▲ +0.2');
    assert.equal(deltaCell({ value: 0.2 }), '—');
  });
});
