// The pull-request comment and the check run, against the GitHub REST
// stand-in: what a reviewer finds on the pull request after one run, two runs,
// two runs at once, in a long thread, with many failures, on a fork, and when
// the reports are hostile.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createGit } from '@mlops-actions/action-kit';
import {
  cloneOf,
  createGitFixture,
  injectedCommands,
  repoRoot,
  runBundle,
  temporaryDirectory,
  writeTree,
  type BundleResult,
} from '@mlops-actions/action-testing';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { DEPLOYMENT_SCHEMA, MANIFEST_SCHEMA, Registry, type ModelManifest } from '@mlops-actions/registry';
import { workspaceWith } from './support.js';

/** The token handed to the action: no body, log line or output may hold it. */
const TOKEN = 'ghs_canaryTokenOfThePullRequestComment0013';
/** The pull request's head commit: where the failing lines are linked. */
const HEAD_SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
/** The merge commit a pull_request run checks out (GITHUB_SHA). */
const MERGE_SHA = '89e6c98d92887913cadf06b2adb97f26cde4849b';

interface TestCaseSpec {
  name: string;
  failure?: string;
  file?: string;
  line?: number;
}

/** Text for an XML attribute or element; a line break stays one (an attribute would read it as a space). */
function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;');
}

/** A pytest-style (xunit1) JUnit report: file and line attributes on each case. */
function junit(cases: TestCaseSpec[]): string {
  const lines = cases.map(({ name, failure, file, line }) => {
    const where = `${file === undefined ? '' : ` file="${xml(file)}"`}${line === undefined ? '' : ` line="${line}"`}`;
    const open = `<testcase classname="tests.test_model" name="${xml(name)}"${where} time="0.25"`;
    return failure === undefined
      ? `${open}/>`
      : `${open}><failure message="${xml(failure)}">${xml(failure)}</failure></testcase>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<testsuite name="pytest">\n${lines.join('\n')}\n</testsuite>\n`;
}

const PASSING: TestCaseSpec[] = [{ name: 'test_loads' }, { name: 'test_generates' }, { name: 'test_tokenizer' }];
const TWO_FAILING: TestCaseSpec[] = [
  ...PASSING,
  {
    name: 'test_perplexity',
    failure: 'AssertionError: perplexity 15.2 > 15\nmore detail',
    file: 'tests/test_model.py',
    line: 42,
  },
  { name: 'test_accuracy', failure: 'AssertionError: accuracy dropped', file: 'tests/test_model.py', line: 57 },
];

/** The step's environment on a `pull_request` run: the event payload is written where GITHUB_EVENT_PATH points. */
async function pullRequestEnv(
  github: FakeGitHubApi,
  pullRequest: number,
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  const folder = await temporaryDirectory('event-');
  const path = join(folder, 'event.json');
  await writeTree(folder, {
    'event.json': JSON.stringify({
      action: 'synchronize',
      number: pullRequest,
      pull_request: {
        number: pullRequest,
        title: '[x](https://evil.example) @octocat',
        head: { sha: HEAD_SHA, ref: 'feature' },
      },
    }),
  });
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'Model CI',
    GITHUB_JOB: 'test',
    GITHUB_SHA: MERGE_SHA,
    ...extra,
  };
}

const RUN_URL = 'https://github.com/octo-org/models/actions/runs/4242';

function runTests(
  workspace: string,
  env: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<BundleResult> {
  return runBundle({ action: 'test', cwd: workspace, env, inputs: { token: TOKEN, ...inputs } });
}

describe('dist/test: the pull-request comment', () => {
  let github: FakeGitHubApi;
  beforeAll(async () => {
    github = await FakeGitHubApi.start({ token: TOKEN });
  });
  afterAll(() => github.close());

  test('the first run creates the comment; the second edits it, and the pull request still has one', async () => {
    const workspace = await workspaceWith({ 'junit.xml': junit(TWO_FAILING) });
    const env = await pullRequestEnv(github, 1);
    const before = github.requests.length;

    const first = await runTests(workspace, env);
    assert.equal(first.exitCode, 1, first.stdout);
    assert.equal(first.errors.at(-1), '2 of 5 tests failed. See the job summary for details.');
    assert.deepEqual(first.warnings, []);
    assert.equal(github.commentsOn(1).length, 1);
    const [comment] = github.commentsOn(1);
    assert.equal(first.outputs['comment-url'], comment.html_url);
    assert.equal(first.outputs['check-run-url'], '');
    assert.deepEqual(
      github.requests.slice(before).map((request) => `${request.method} ${request.path} ${request.status}`),
      [
        'GET /repos/octo-org/models/issues/1/comments 200',
        'POST /repos/octo-org/models/issues/1/comments 201',
        'GET /repos/octo-org/models/issues/1/comments 200',
      ],
    );
    const rendered = renderMarkdown(comment.body!);
    assert.deepEqual(rendered.headings, ['❌ 2 of 5 tests failed', 'Failing tests']);
    assert.deepEqual(rendered.rows.slice(1), [
      ['tests.test_model.test_perplexity', 'tests/test_model.py:42', 'AssertionError: perplexity 15.2 > 15'],
      ['tests.test_model.test_accuracy', 'tests/test_model.py:57', 'AssertionError: accuracy dropped'],
    ]);
    // Each location links to its line at the pull request's head commit, and the run is linked.
    assert.deepEqual(rendered.targets, [
      `https://github.com/octo-org/models/blob/${HEAD_SHA}/tests/test_model.py#L42`,
      `https://github.com/octo-org/models/blob/${HEAD_SHA}/tests/test_model.py#L57`,
      RUN_URL,
    ]);
    assert.match(rendered.text, /5 tests · 3 passed · 2 failed · 0 skipped · 1\.3 s · 1 report · workflow run/);

    // The fix is pushed: the next run edits the same comment.
    await writeTree(workspace, { 'junit.xml': junit(PASSING) });
    const second = await runTests(workspace, env);
    assert.equal(second.exitCode, 0, second.stdout);
    assert.equal(github.commentsOn(1).length, 1);
    const [edited] = github.commentsOn(1);
    assert.equal(edited.id, comment.id);
    assert.equal(second.outputs['comment-url'], comment.html_url);
    assert.deepEqual(renderMarkdown(edited.body!).headings, ['✅ 3 tests passed']);
    assert.equal(github.requestsTo('update-issue-comment').length, 1);
    assert.match(
      second.stdout,
      /Updated the comment on pull request #1: https:\/\/github\.com\/octo-org\/models\/pull\/1#issuecomment-\d+/,
    );
  });

  test('two runs that start together leave one comment: the older stays, the newer is deleted', async () => {
    const workspace = await workspaceWith({ 'junit.xml': junit(TWO_FAILING) });
    const env = await pullRequestEnv(github, 2);
    // Both runs list the comments before either has written one: both create.
    github.holdUntil('list-issue-comments', 2);

    const runs = await Promise.all([runTests(workspace, env), runTests(workspace, env)]);

    assert.deepEqual(
      runs.map((run) => run.exitCode),
      [1, 1],
    );
    assert.equal(github.requestsTo('create-issue-comment').filter((r) => r.path.includes('/issues/2/')).length, 2);
    const left = github.commentsOn(2);
    assert.equal(left.length, 1);
    const created = github
      .requestsTo('create-issue-comment')
      .filter((request) => request.path.includes('/issues/2/') && request.status === 201);
    assert.equal(created.length, 2);
    assert.ok(github.requestsTo('delete-issue-comment').some((request) => request.status === 204));
    // Both runs point at the comment that stays, the older of the two.
    assert.deepEqual(
      runs.map((run) => run.outputs['comment-url']),
      [left[0].html_url, left[0].html_url],
    );
    for (const run of runs) assert.deepEqual(run.warnings, []);
  });

  test('in a thread of 150 comments the step finds its own on page 2 and edits it; a copy of its marker by a person is left alone', async () => {
    const workspace = await workspaceWith({ 'junit.xml': junit(PASSING) });
    // The body the step writes, from a run on a fresh pull request of the same workflow, job and model.
    const fresh = await runTests(workspace, await pullRequestEnv(github, 98));
    assert.equal(fresh.exitCode, 0, fresh.stdout);
    const ownBody = github.commentsOn(98)[0].body!;
    const marker = ownBody.split('\n')[0];

    const copied = github.addComment(3, `${marker}\nI copied the marker: edit me`);
    for (let i = 1; i < 120; i++) github.addComment(3, `Looks good ${i}`);
    const own = github.addComment(3, `${marker}\nan old result`, { bot: true });
    for (let i = 121; i < 150; i++) github.addComment(3, `Comment ${i}`);
    assert.equal(github.commentsOn(3).length, 150);
    const before = github.requests.length;

    const result = await runTests(workspace, await pullRequestEnv(github, 3));

    assert.equal(result.exitCode, 0, result.stdout);
    const requests = github.requests.slice(before);
    assert.deepEqual(
      requests.map((request) => `${request.method} ${request.path}?${request.query.toString()} ${request.status}`),
      [
        'GET /repos/octo-org/models/issues/3/comments?per_page=100 200',
        'GET /repos/octo-org/models/issues/3/comments?per_page=100&page=2 200',
        `PATCH /repos/octo-org/models/issues/comments/${own.id}? 200`,
      ],
    );
    assert.equal(github.commentsOn(3).length, 150);
    assert.equal(result.outputs['comment-url'], own.html_url);
    assert.equal(github.commentsOn(3).find((comment) => comment.id === own.id)?.body, ownBody);
    assert.equal(github.commentsOn(3)[0].body, copied.body);
  });

  test('130 failures: the check run gets every one annotated in batches of 50, 50 and 30; the comment lists 20', async () => {
    const cases: TestCaseSpec[] = Array.from({ length: 130 }, (_, i) => ({
      name: `test_case_${i + 1}`,
      failure: `AssertionError: case ${i + 1}`,
      file: `tests/test_batch_${Math.floor(i / 50)}.py`,
      line: i + 10,
    }));
    const workspace = await workspaceWith({ 'junit.xml': junit([...PASSING, ...cases]) });
    const result = await runTests(workspace, await pullRequestEnv(github, 4), { 'check-run': 'true' });

    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(result.warnings, []);
    assert.equal(github.checkRuns.length, 1);
    const [checkRun] = github.checkRuns;
    assert.equal(result.outputs['check-run-url'], checkRun.record.html_url);
    assert.equal(checkRun.record.head_sha, HEAD_SHA);
    assert.equal(checkRun.record.name, 'Test results (test)');
    assert.equal(checkRun.record.status, 'completed');
    assert.equal(checkRun.record.conclusion, 'failure');
    assert.equal(checkRun.record.details_url, RUN_URL);
    assert.deepEqual(
      checkRun.annotationBatches.map((batch) => batch.length),
      [50, 50, 30],
    );
    const annotations = checkRun.annotationBatches.flat();
    assert.deepEqual(annotations[0], {
      path: 'tests/test_batch_0.py',
      start_line: 10,
      end_line: 10,
      annotation_level: 'failure',
      title: 'tests.test_model.test_case_1 failed',
      message: 'AssertionError: case 1',
    });
    assert.deepEqual(
      annotations.map((annotation) => annotation.start_line),
      cases.map((testCase) => testCase.line),
    );
    assert.equal(checkRun.record.output.title, '❌ 130 of 133 tests failed');
    assert.match(checkRun.record.output.summary!, /…and 110 more failing tests: the job summary lists them\./);

    const [comment] = github.commentsOn(4);
    const rendered = renderMarkdown(comment.body!);
    assert.equal(rendered.rows.length, 21);
    assert.deepEqual(rendered.rows[20][0], 'tests.test_model.test_case_20');
    assert.match(rendered.text, /…and 110 more failing tests: the job summary lists them\./);
  });

  test('GitHub refusing the comment for another reason is a warning; the step still passes or fails by fail-on', async () => {
    const workspace = await workspaceWith({ 'junit.xml': junit(PASSING) });
    github.injectFault('create-issue-comment', { kind: 'validation-failed', message: 'body is invalid' });

    const result = await runTests(workspace, await pullRequestEnv(github, 14), { 'check-run': 'true' });

    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.notices, []);
    assert.equal(result.warnings.length, 1);
    assert.match(
      result.warnings[0],
      /^Could not comment on #14 on GitHub \(HTTP 422\): Validation Failed: .*body is invalid.* The test results stand; they are in the job summary and the report file\.$/,
    );
    assert.equal(result.outputs['comment-url'], '');
    assert.equal(github.commentsOn(14).length, 0);
    // The check run does not depend on the comment.
    assert.notEqual(result.outputs['check-run-url'], '');
    assert.equal(result.outputs['passed'], '3');
  });
});

describe('dist/test on a pull request from a fork', () => {
  let github: FakeGitHubApi;
  beforeAll(async () => {
    github = await FakeGitHubApi.start({ token: TOKEN });
    // A fork's GITHUB_TOKEN is read-only, whatever the workflow's permissions say.
    github.readOnly();
  });
  afterAll(() => github.close());

  test("GitHub's 403 gives a notice that explains the workflow_run pattern, and the step stays green", async () => {
    const workspace = await workspaceWith({ 'junit.xml': junit(PASSING) });
    const result = await runTests(workspace, await pullRequestEnv(github, 5));

    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.notices.length, 1);
    assert.match(
      result.notices[0],
      /^Could not list the comments of #5 on GitHub \(HTTP 403\): Resource not accessible by integration - https:\/\/docs\.github\.com\/rest\. The token may not comment on pull request #5: give the job 'permissions: pull-requests: write'\. A pull request from a fork gets a read-only token .*'workflow_run'/,
    );
    assert.equal(result.outputs['comment-url'], '');
    assert.equal(result.outputs['passed'], '3');
    assert.equal(github.commentsOn(5).length, 0);
  });
});

describe("dist/test in a workflow_run of a fork's pull request", () => {
  let github: FakeGitHubApi;
  beforeAll(async () => {
    github = await FakeGitHubApi.start({ token: TOKEN });
  });
  afterAll(() => github.close());

  test('finds the pull request by its head branch and commit, which GitHub does not name for a fork, and comments', async () => {
    // Two forks with a branch of the same name; only one pull request's head is the commit the first workflow tested.
    github.addPullRequest(9, { owner: 'forker', branch: 'feature', sha: HEAD_SHA });
    github.addPullRequest(10, { owner: 'someone-else', branch: 'feature', sha: HEAD_SHA });
    github.addPullRequest(11, { owner: 'forker', branch: 'other', sha: MERGE_SHA });
    const folder = await temporaryDirectory('event-');
    await writeTree(folder, {
      'event.json': JSON.stringify({
        action: 'completed',
        workflow_run: {
          id: 77,
          event: 'pull_request',
          head_sha: HEAD_SHA,
          head_branch: 'feature',
          head_repository: { full_name: 'forker/models', owner: { login: 'forker' } },
          pull_requests: [],
        },
      }),
    });
    const workspace = await workspaceWith({ 'junit.xml': junit(TWO_FAILING) });
    const env = {
      ...(await pullRequestEnv(github, 0)),
      GITHUB_EVENT_NAME: 'workflow_run',
      GITHUB_EVENT_PATH: join(folder, 'event.json'),
      GITHUB_WORKFLOW: 'PR comment',
      GITHUB_JOB: 'comment',
    };

    const result = await runTests(workspace, env, { comment: 'true', 'fail-on': 'none' });

    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.warnings, []);
    assert.equal(github.commentsOn(9).length, 1);
    assert.equal(github.commentsOn(10).length, 0);
    assert.equal(result.outputs['comment-url'], github.commentsOn(9)[0].html_url);
    assert.equal(github.requestsTo('list-pull-requests')[0].query.get('head'), 'forker:feature');
    // The failing lines link into the fork's commit, which the base repository's pull request holds.
    assert.ok(
      renderMarkdown(github.commentsOn(9)[0].body!).targets.includes(
        `https://github.com/octo-org/models/blob/${HEAD_SHA}/tests/test_model.py#L42`,
      ),
    );
  });
});

describe('dist/test: hostile reports in the comment and the check run', () => {
  let github: FakeGitHubApi;
  beforeAll(async () => {
    github = await FakeGitHubApi.start({ token: TOKEN });
  });
  afterAll(() => github.close());

  test('links, images, HTML, mentions and workflow commands from the reports stay text; the token is nowhere', async () => {
    const hostile: TestCaseSpec[] = [
      {
        name: '[click](https://evil.example)',
        failure: '![x](https://evil.example/a.png)',
        file: 'tests/a.py',
        line: 1,
      },
      { name: '<img src=x onerror=alert(1)>', failure: 'cc @octocat and #12', file: 'tests/b.py', line: 2 },
      {
        name: 'x\n::error::injected by a name',
        failure: 'boom\n::add-mask::hunter2\n::error::injected by a message',
        file: 'tests/[x](javascript:alert(1)).py',
        line: 3,
      },
      {
        name: '# Heading | `a|b`',
        failure: '<details><summary>open</summary> www.evil.example me@evil.example',
        file: 'tests/c.py',
        line: 4,
      },
    ];
    const workspace = await workspaceWith({ 'junit.xml': junit([...PASSING, ...hostile]) });
    const result = await runTests(workspace, await pullRequestEnv(github, 6), { 'check-run': 'true' });

    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(result.warnings, []);
    const [comment] = github.commentsOn(6);
    const [checkRun] = github.checkRuns;
    for (const [where, markdown] of Object.entries({
      comment: comment.body!,
      'check run summary': checkRun.record.output.summary!,
    })) {
      const rendered = renderMarkdown(markdown);
      // Only the action's own structure is live: its headings, tables, bold counts, code spans and links.
      assert.deepEqual(
        rendered.elements.filter((element) => !['table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(element)),
        where === 'comment'
          ? ['!--', 'h3', 'h4', 'a', 'code', 'p', 'strong']
          : ['h3', 'h4', 'a', 'code', 'p', 'strong'],
        where,
      );
      assert.ok(
        rendered.targets.every(
          (target) =>
            target.startsWith(`https://github.com/octo-org/models/blob/${HEAD_SHA}/tests/`) || target === RUN_URL,
        ),
        `${where}: ${rendered.targets.join(' ')}`,
      );
      assert.ok(
        rendered.targets.includes(
          `https://github.com/octo-org/models/blob/${HEAD_SHA}/tests/%5Bx%5D%28javascript%3Aalert%281%29%29.py#L3`,
        ),
      );
      assert.deepEqual(rendered.references, [], where);
      assert.ok(!markdown.includes(TOKEN), `the token appears in the ${where}`);
      // Every hostile name reads as written (the invisible breaks that stop autolinks aside; a code span stays one).
      const names = rendered.rows.slice(1).map((row) => row[0].replace(/\u200b/g, ''));
      assert.deepEqual(
        names,
        hostile.map((testCase) => `tests.test_model.${testCase.name.replace(/\n/g, ' ').replace(/`/g, '')}`),
        where,
      );
    }
    const annotations = checkRun.annotationBatches.flat();
    assert.equal(annotations.length, 4);
    assert.ok(!JSON.stringify(annotations).includes(TOKEN));
    // The log: masked first, then the runner acts on no command from the reports.
    assert.equal(result.stdout.split('\n')[0], `::add-mask::${TOKEN}`);
    assert.deepEqual(injectedCommands(result.stdout, ['add-mask', 'error', 'group', 'endgroup'], 'injected'), []);
    assert.ok(github.requests.every((request) => request.authorization === `token ${TOKEN}`));
  });
});

describe('dist/test: the comment for the example against production', () => {
  let github: FakeGitHubApi;
  beforeAll(async () => {
    github = await FakeGitHubApi.start({ token: TOKEN });
  });
  afterAll(() => github.close());

  function manifestOf(version: string, metrics: Record<string, unknown>): ModelManifest {
    return {
      schema: MANIFEST_SCHEMA,
      name: 'tiny-lm',
      version,
      digest: `sha256:${version.replace(/\./g, '').padStart(64, '0')}`,
      size: 3,
      files: [{ path: 'model.bin', size: 3, sha256: 'b'.repeat(64) }],
      source: { repository: 'octo-org/models', commit: '', ref: 'refs/heads/main', run_id: '1', run_url: '' },
      metrics,
      metadata: {},
      uri: '',
      created_at: '2026-01-01T00:00:00.000Z',
    };
  }

  test("the gate table shows each rule of the example's workflow with the value, the baseline's version, the delta and the verdict", async () => {
    // The example's own workflow: its test step's inputs.
    const workflow = parse(readFileSync(join(repoRoot, 'examples', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: { test: { steps: { id?: string; with?: Record<string, string> }[] } };
    };
    const step = workflow.jobs.test.steps.find((candidate) => candidate.id === 'test')!;
    const inputs = step.with!;
    const { remote, workspace: publisher } = await createGitFixture();
    const registry = new Registry(
      createGit(publisher, { env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } }),
    );
    const head = await registry.headCommit();
    // What the example's evaluate.mjs writes: {"eval": {"perplexity", "accuracy", "characters"}}.
    const production = { eval: { perplexity: 9.8, accuracy: 0.41, characters: 2048 } };
    assert.equal(await registry.pushVersion(manifestOf('0.3.0', production), head), 'pushed');
    await registry.recordDeployment({
      schema: DEPLOYMENT_SCHEMA,
      name: 'tiny-lm',
      version: '0.3.0',
      environment: 'production',
      digest: manifestOf('0.3.0', production).digest,
      url: '',
      deployed_at: '2026-01-01T00:00:00.000Z',
      run_url: '',
      rollback: false,
    });
    const workspace = await cloneOf(remote);
    await writeTree(workspace, {
      'examples/tiny-lm-node/reports/junit.xml': junit(PASSING),
      'examples/tiny-lm-node/metrics.json': JSON.stringify({
        eval: { perplexity: 9.31, accuracy: 0.38, characters: 2048 },
      }),
    });

    const result = await runTests(workspace, await pullRequestEnv(github, 7), {
      'working-directory': 'examples/tiny-lm-node',
      reports: inputs['reports'],
      metrics: inputs['metrics'],
      baseline: inputs['baseline'],
      'model-name': 'tiny-lm',
      thresholds: inputs['thresholds'],
    });

    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['gate'], 'failed');
    const rendered = renderMarkdown(github.commentsOn(7)[0].body!);
    assert.deepEqual(rendered.headings, ['❌ tiny-lm: 3 tests passed · quality gate ❌ failed', 'Quality gate']);
    assert.match(rendered.text, /Against tiny-lm 0\.3\.0 in production\./);
    assert.deepEqual(rendered.rows, [
      ['Metric', 'This branch', 'Baseline', 'Delta', 'Rule', 'Verdict'],
      ['eval.accuracy', '0.38', '0.41 (0.3.0 in production)', '▼ −0.03 (−7.32%)', 'eval.accuracy >= 0.25', '✅ passed'],
      ['eval.perplexity', '9.31', '9.8 (0.3.0 in production)', '▼ −0.49 (−5%)', 'eval.perplexity <= 15', '✅ passed'],
      [
        'eval.accuracy',
        '0.38',
        '0.41 (0.3.0 in production)',
        '▼ −0.03 (−7.32%)',
        'eval.accuracy >= baseline - 0.02 (>= 0.39)',
        rendered.rows[3][5],
      ],
    ]);
    assert.match(rendered.rows[3][5], /^❌ failed/);
  });
});
