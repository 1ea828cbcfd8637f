import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Inputs } from '@mlops-actions/action-kit';
import { temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { failOnSetting, readSettings } from '../src/inputs.js';

void test('fail-on takes tests, gate, both, or none', () => {
  assert.deepEqual(failOnSetting('tests,gate'), { tests: true, gate: true });
  assert.deepEqual(failOnSetting('gate, tests'), { tests: true, gate: true });
  assert.deepEqual(failOnSetting('both'), { tests: true, gate: true });
  assert.deepEqual(failOnSetting('tests'), { tests: true, gate: false });
  assert.deepEqual(failOnSetting('gate'), { tests: false, gate: true });
  assert.deepEqual(failOnSetting('none'), { tests: false, gate: false });
  for (const wrong of ['', 'all', 'none,tests', 'tests,both', 'Tests']) {
    assert.throws(() => failOnSetting(wrong), /^UserError: Input 'fail-on' must be/, wrong);
  }
});

void test('settings: paths resolve against the working directory, defaults apply, rules parse up front', async () => {
  const workspace = await temporaryDirectory('test-inputs-');
  const previous = process.env['GITHUB_WORKSPACE'];
  process.env['GITHUB_WORKSPACE'] = workspace;
  try {
    const values: Record<string, string> = {
      metrics: 'eval/metrics.json',
      thresholds: 'eval.accuracy >= 0.85\n\n# a comment\neval.loss <= baseline * 1.1',
      baseline: 'environment:production',
      'model-name': 'tiny-lm',
    };
    const settings = readSettings(new Inputs((name) => values[name]));
    assert.equal(settings.workingDirectory, workspace);
    assert.deepEqual(settings.reports, ['**/junit*.xml']);
    assert.deepEqual(settings.metrics, { path: join(workspace, 'eval', 'metrics.json'), input: 'eval/metrics.json' });
    assert.equal(settings.rules.length, 2);
    assert.deepEqual(settings.baseline, { kind: 'environment', environment: 'production', model: 'tiny-lm' });
    assert.deepEqual(settings.failOn, { tests: true, gate: true });
    assert.equal(settings.maxAnnotations, 10);

    const file = readSettings(new Inputs((name) => ({ baseline: 'eval/base.json' })[name]));
    assert.deepEqual(file.baseline, {
      kind: 'file',
      path: join(workspace, 'eval', 'base.json'),
      input: 'eval/base.json',
    });
  } finally {
    if (previous === undefined) delete process.env['GITHUB_WORKSPACE'];
    else process.env['GITHUB_WORKSPACE'] = previous;
  }
});

void describe('comment, check-run and token', () => {
  const TOKEN = 'ghs_tokenOfTheInputsTest';
  const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
  let eventFolder: string;
  beforeAll(async () => {
    eventFolder = await temporaryDirectory('test-inputs-event-');
    await writeTree(eventFolder, {
      'pull-request.json': JSON.stringify({ number: 12, pull_request: { number: 12, head: { sha: SHA } } }),
      'workflow-run.json': JSON.stringify({ workflow_run: { head_sha: SHA, pull_requests: [{ number: 13 }] } }),
      'fork-run.json': JSON.stringify({
        workflow_run: {
          event: 'pull_request',
          head_sha: SHA,
          head_branch: 'feature/x',
          head_repository: { owner: { login: 'forker' } },
          pull_requests: [],
        },
      }),
      'hostile-fork-run.json': JSON.stringify({
        workflow_run: {
          event: 'pull_request',
          head_sha: SHA,
          head_branch: 'x:y\n::error::z',
          head_repository: { owner: { login: 'forker' } },
          pull_requests: [],
        },
      }),
      'hostile.json': JSON.stringify({ number: '12\n::error::x', pull_request: { number: -1, head: { sha: 'main' } } }),
    });
  });

  function settingsWith(values: Record<string, string>, env: Record<string, string>, masked: string[] = []) {
    return readSettings(
      new Inputs((name) => values[name]),
      {
        GITHUB_REPOSITORY: 'octo-org/models',
        GITHUB_WORKFLOW: 'Model CI',
        GITHUB_JOB: 'test',
        GITHUB_RUN_ID: '7',
        ...env,
      },
      (secret) => masked.push(secret),
    );
  }

  const onPullRequest = () => ({
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: join(eventFolder, 'pull-request.json'),
    GITHUB_SHA: 'a'.repeat(40),
  });

  void test('auto comments on a pull request with a token, on its head commit; the token is masked first', () => {
    const masked: string[] = [];
    const settings = withWorkspace(eventFolder, () =>
      settingsWith({ token: TOKEN, 'model-name': 'tiny-lm' }, onPullRequest(), masked),
    );
    assert.deepEqual(masked, [TOKEN]);
    assert.deepEqual(settings.publish, {
      token: TOKEN,
      repository: { owner: 'octo-org', repo: 'models' },
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      pullRequest: 12,
      commentRequired: false,
      checkRun: false,
      headSha: SHA,
      identity: { workflow: 'Model CI', job: 'test', model: 'tiny-lm' },
      runUrl: 'https://github.com/octo-org/models/actions/runs/7',
    });
  });

  void test('auto writes nothing outside a pull request, or without a token; false never comments', () => {
    withWorkspace(eventFolder, () => {
      assert.equal(settingsWith({ token: TOKEN }, { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: SHA }).publish, undefined);
      assert.equal(settingsWith({}, onPullRequest()).publish, undefined);
      assert.equal(settingsWith({ token: TOKEN, comment: 'false' }, onPullRequest()).publish, undefined);
      // A payload whose number and head are not what GitHub writes names no pull request.
      const hostile = { ...onPullRequest(), GITHUB_EVENT_PATH: join(eventFolder, 'hostile.json') };
      assert.equal(settingsWith({ token: TOKEN }, hostile).publish, undefined);
    });
  });

  void test('a workflow_run of a pull request comments on it', () => {
    const settings = withWorkspace(eventFolder, () =>
      settingsWith(
        { token: TOKEN, comment: 'true' },
        { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: join(eventFolder, 'workflow-run.json') },
      ),
    );
    assert.equal(settings.publish?.pullRequest, 13);
    assert.equal(settings.publish?.headSha, SHA);
    assert.equal(settings.publish?.commentRequired, true);
  });

  void test("a workflow_run of a fork's pull request looks it up by the head branch and commit", () => {
    withWorkspace(eventFolder, () => {
      const run = (file: string) =>
        settingsWith(
          { token: TOKEN },
          { GITHUB_EVENT_NAME: 'workflow_run', GITHUB_EVENT_PATH: join(eventFolder, file) },
        ).publish;
      const settings = run('fork-run.json');
      assert.equal(settings?.pullRequest, undefined);
      assert.deepEqual(settings?.pullRequestHead, { owner: 'forker', branch: 'feature/x', sha: SHA });
      assert.equal(settings?.headSha, SHA);
      // A branch name git would refuse (and that would change the owner:branch query) names nothing.
      assert.equal(run('hostile-fork-run.json'), undefined);
    });
  });

  void test('a check run alone goes on GITHUB_SHA outside a pull request', () => {
    const settings = withWorkspace(eventFolder, () =>
      settingsWith({ token: TOKEN, 'check-run': 'true' }, { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: SHA }),
    );
    assert.equal(settings.publish?.pullRequest, undefined);
    assert.equal(settings.publish?.checkRun, true);
    assert.equal(settings.publish?.headSha, SHA);
  });

  void test('mistakes say what to change', () => {
    withWorkspace(eventFolder, () => {
      assert.throws(
        () => settingsWith({ token: TOKEN, comment: 'yes' }, onPullRequest()),
        /^UserError: Input 'comment' must be one of 'auto', 'true', 'false', not "yes"\.$/,
      );
      assert.throws(
        () => settingsWith({ token: TOKEN, comment: 'true' }, { GITHUB_EVENT_NAME: 'push' }),
        /^UserError: Input 'comment' is 'true', but this run \(event "push"\) is for no pull request/,
      );
      assert.throws(
        () => settingsWith({ 'check-run': 'true' }, { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: SHA }),
        /^UserError: 'check-run' needs 'token'/,
      );
      assert.throws(
        () => settingsWith({ token: TOKEN, 'check-run': 'true' }, { GITHUB_EVENT_NAME: 'push' }),
        /^UserError: 'check-run' needs the commit/,
      );
      assert.throws(
        () => settingsWith({ token: TOKEN, 'check-run': 'maybe' }, {}),
        /^UserError: Input 'check-run' must be 'true' or 'false'/,
      );
    });
  });
});

/** Runs `work` with GITHUB_WORKSPACE set, as readSettings reads it from the process. */
function withWorkspace<T>(workspace: string, work: () => T): T {
  const previous = process.env['GITHUB_WORKSPACE'];
  process.env['GITHUB_WORKSPACE'] = workspace;
  try {
    return work();
  } finally {
    if (previous === undefined) delete process.env['GITHUB_WORKSPACE'];
    else process.env['GITHUB_WORKSPACE'] = previous;
  }
}
