import { afterAll, afterEach, beforeAll, beforeEach, describe, jest, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { clearInterval, setInterval } from 'node:timers';
import {
  CHECK_RUN_SUMMARY_LIMIT,
  annotationBatches,
  checkRunSummary,
  connectCheckRuns,
  connectIssueComments,
  parseRepository,
  type CheckRunAnnotation,
  type GitHubConnection,
} from '@mlops-actions/github';
import { FakeGitHubApi, checkRunsTranscript, issueCommentsTranscript } from '@mlops-actions/github/testing';
import { RecordingLogger } from '@mlops-actions/action-testing';

const TOKEN = 'ghs_canaryTokenForCommentTests0013';
const SHA = 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d';

function annotation(line: number): CheckRunAnnotation {
  return {
    path: 'tests/test_model.py',
    start_line: line,
    end_line: line,
    annotation_level: 'failure',
    message: `case ${line}`,
  };
}

void describe('issue comments and check runs over Octokit', () => {
  let api: FakeGitHubApi;
  let connection: GitHubConnection;
  beforeAll(async () => {
    api = await FakeGitHubApi.start({ repository: 'octo-org/models', token: TOKEN, prefix: '/api/v3' });
    connection = {
      token: TOKEN,
      repository: parseRepository(api.repository)!,
      apiUrl: api.url,
      logger: new RecordingLogger(),
    };
  });
  afterAll(() => api.close());

  // Octokit spaces writes a second apart: on a clock twenty times faster (see deployments.test.ts).
  let ticker: ReturnType<typeof setInterval> | undefined;
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'hrtime', 'performance'] });
    ticker = setInterval(() => jest.advanceTimersByTime(100), 5);
  });
  afterEach(() => {
    clearInterval(ticker);
    jest.useRealTimers();
  });

  void test('lists every page of a long thread, keeping only what is asked for; creates, edits and deletes', async () => {
    for (let i = 1; i <= 150; i++) api.addComment(10, i === 120 ? 'marked' : `comment ${i}`, { bot: i === 120 });
    const comments = await connectIssueComments(connection);
    const before = api.requests.length;

    const found = await comments.list(10, { where: (comment) => comment.body === 'marked' });

    assert.deepEqual(
      found.map((comment) => [comment.body, comment.author]),
      [['marked', { login: 'github-actions[bot]', isBot: true }]],
    );
    assert.deepEqual(
      api.requests.slice(before).map((request) => request.query.toString()),
      ['per_page=100', 'per_page=100&page=2'],
    );
    const created = await comments.create(10, 'new');
    const updated = await comments.update(created.id, 'edited');
    assert.equal(updated.id, created.id);
    assert.equal(updated.htmlUrl, `https://github.com/octo-org/models/pull/10#issuecomment-${created.id}`);
    await comments.delete(created.id);
    // Deleted already (by a concurrent run): done, not an error.
    await comments.delete(created.id);
    assert.equal(api.commentsOn(10).length, 150);
  });

  void test("finds a fork's open pull request by its head branch, at the commit asked for only", async () => {
    api.addPullRequest(30, { owner: 'forker', branch: 'feature', sha: SHA });
    api.addPullRequest(31, { owner: 'forker', branch: 'stale', sha: 'b'.repeat(40) });
    const comments = await connectIssueComments(connection);
    assert.equal(await comments.findPullRequest({ owner: 'forker', branch: 'feature', sha: SHA }), 30);
    assert.equal(await comments.findPullRequest({ owner: 'forker', branch: 'stale', sha: SHA }), undefined);
    assert.equal(await comments.findPullRequest({ owner: 'other', branch: 'feature', sha: SHA }), undefined);
  });

  void test('a check run gets its annotations 50 per request and its summary cut to the limit with a note', async () => {
    const checkRuns = await connectCheckRuns(connection);
    const run = await checkRuns.create({
      name: 'Test results',
      headSha: SHA,
      detailsUrl: 'https://github.com/o/r/actions/runs/1',
    });
    const annotations = Array.from({ length: 130 }, (_, i) => annotation(i + 1));

    const { batches } = await checkRuns.complete(run.id, {
      conclusion: 'failure',
      title: '130 of 133 tests failed',
      summary: `${'| a | b |\n'.repeat(7000)}`,
      annotations,
    });

    assert.equal(batches, 3);
    const stored = api.checkRuns.find((checkRun) => checkRun.record.id === run.id)!;
    assert.equal(run.htmlUrl, stored.record.html_url);
    assert.deepEqual(
      stored.annotationBatches.map((batch) => batch.length),
      [50, 50, 30],
    );
    assert.deepEqual(stored.annotationBatches.flat(), annotations);
    assert.equal(stored.record.status, 'completed');
    assert.equal(stored.record.conclusion, 'failure');
    const summary = stored.record.output.summary!;
    assert.ok(summary.length <= CHECK_RUN_SUMMARY_LIMIT);
    assert.match(
      summary,
      /\| a \| b \|\n\n> \[!NOTE\]\n> Cut to GitHub's 65,535-character limit for a check run summary/,
    );
  });
});

void describe('the fake GitHub REST API: comments and check runs as GitHub answers them', () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    api = await FakeGitHubApi.start({ token: TOKEN, repository: 'octo-org/models' });
  });
  afterAll(() => api.close());

  async function call(method: string, path: string, body?: unknown) {
    return fetch(`${api.url}${path}`, {
      method,
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  void test('pages of 30 by default, at most 100, with a Link header in the order GitHub writes it', async () => {
    for (let i = 1; i <= 75; i++) api.addComment(20, `comment ${i}`);
    const root = `${api.url}/repos/octo-org/models/issues/20/comments`;
    const first = await call('GET', '/repos/octo-org/models/issues/20/comments');
    assert.equal(((await first.json()) as unknown[]).length, 30);
    assert.equal(first.headers.get('link'), `<${root}?page=2>; rel="next", <${root}?page=3>; rel="last"`);
    const middle = await call('GET', '/repos/octo-org/models/issues/20/comments?page=2');
    assert.equal(
      middle.headers.get('link'),
      `<${root}?page=1>; rel="prev", <${root}?page=3>; rel="next", <${root}?page=3>; rel="last", <${root}?page=1>; rel="first"`,
    );
    const last = await call('GET', '/repos/octo-org/models/issues/20/comments?per_page=50&page=2');
    assert.equal(((await last.json()) as unknown[]).length, 25);
    assert.equal(
      last.headers.get('link'),
      `<${root}?per_page=50&page=1>; rel="prev", <${root}?per_page=50&page=1>; rel="first"`,
    );
    const whole = await call('GET', '/repos/octo-org/models/issues/20/comments?per_page=500');
    assert.equal(((await whole.json()) as unknown[]).length, 75);
    assert.equal(whole.headers.get('link'), null);
  });

  void test('refuses more than 50 annotations in a request and a summary over 65 535 characters', async () => {
    const created = await call('POST', '/repos/octo-org/models/check-runs', { name: 'tests', head_sha: SHA });
    assert.equal(created.status, 201);
    const { id } = (await created.json()) as { id: number };
    const tooMany = await call('PATCH', `/repos/octo-org/models/check-runs/${id}`, {
      output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i + 1)) },
    });
    assert.equal(tooMany.status, 422);
    const tooLong = await call('PATCH', `/repos/octo-org/models/check-runs/${id}`, {
      output: { title: 't', summary: 'x'.repeat(65_536) },
    });
    assert.equal(tooLong.status, 422);
    const fits = await call('PATCH', `/repos/octo-org/models/check-runs/${id}`, {
      output: {
        title: 't',
        summary: 'x'.repeat(65_535),
        annotations: Array.from({ length: 50 }, (_, i) => annotation(i + 1)),
      },
    });
    assert.equal(fits.status, 200);
  });

  void test('the transcript shows each comment and check run summary line by line, control characters written out', async () => {
    const own = await FakeGitHubApi.start({ repository: 'octo-org/models' });
    try {
      own.addComment(4, 'Looks good');
      own.addComment(4, '### Tests\n| a | b |\n\u001b[31mred', { bot: true });
      assert.deepEqual(issueCommentsTranscript(own), [
        'Comments on #4 (2)',
        '  #1 by octocat',
        '    │ Looks good',
        '  #2 by github-actions[bot]',
        '    │ ### Tests',
        '    │ | a | b |',
        '    │ \\u001b[31mred',
      ]);
      const created = await fetch(`${own.url}/repos/octo-org/models/check-runs`, {
        method: 'POST',
        body: JSON.stringify({
          name: 'Test results',
          head_sha: SHA,
          status: 'completed',
          conclusion: 'failure',
          output: { title: 't', summary: 'one\ntwo', annotations: [annotation(3)] },
        }),
      });
      assert.equal(created.status, 201);
      assert.deepEqual(checkRunsTranscript(own), [
        'Check runs (1)',
        `  #3 "Test results" on ${SHA} · completed · failure · 1 annotations`,
        '    │ one',
        '    │ two',
      ]);
    } finally {
      await own.close();
    }
  });

  void test("a read-only token's comment routes answer 403 Resource not accessible by integration", async () => {
    const readOnly = await FakeGitHubApi.start({ token: TOKEN, repository: 'octo-org/models' });
    try {
      readOnly.readOnly();
      const response = await fetch(`${readOnly.url}/repos/octo-org/models/issues/1/comments`, {
        headers: { authorization: `token ${TOKEN}` },
      });
      assert.equal(response.status, 403);
      assert.equal(((await response.json()) as { message: string }).message, 'Resource not accessible by integration');
    } finally {
      await readOnly.close();
    }
  });
});

void test('annotations go in batches of at most 50, and a long summary is cut at a line, never inside a code block', () => {
  assert.deepEqual(
    annotationBatches(Array.from({ length: 101 }, (_, i) => annotation(i))).map((batch) => batch.length),
    [50, 50, 1],
  );
  assert.deepEqual(annotationBatches([]), [[]]);
  assert.equal(checkRunSummary('short'), 'short');
  const fenced = `intro\n\`\`\`\n${'line\n'.repeat(20_000)}\`\`\`\n`;
  const cut = checkRunSummary(fenced);
  assert.ok(cut.length <= CHECK_RUN_SUMMARY_LIMIT);
  assert.ok(cut.startsWith('intro\n\n> [!NOTE]'), cut.slice(0, 40));
});
