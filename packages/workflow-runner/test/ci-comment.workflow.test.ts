// examples/workflows/ci.yml on a pull request, with the GitHub stand-in: the
// test step comments on the pull request with the gate against the version
// running in production, and the next run edits that comment.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createGitFixture, git, repoRoot } from '@mlops-actions/action-testing';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import type { WorkflowResult } from '../src/index.js';
import { copyExample, runnerCheckout } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

const runner = await loadRunner();
const workflow = join(repoRoot, 'examples', 'workflows', 'ci.yml');
const PULL_REQUEST = 12;

let remote: string;
let github: FakeGitHubApi;
beforeAll(async () => {
  let development: string;
  ({ remote, workspace: development } = await createGitFixture());
  await copyExample('tiny-lm-node', join(development, 'examples', 'tiny-lm-node'));
  git(development, 'add', '-A');
  git(development, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'tiny-lm');
  git(development, 'push', '-q', 'origin', 'HEAD:main');
  // Production runs tiny-lm 0.3.0, registered with its evaluation metrics: the registry's two annotated tags, written
  // as DESIGN.md describes them (a title line, a blank line, the JSON document), on the commit pushed.
  const digest = `sha256:${'3'.repeat(64)}`;
  const tag = (name: string, title: string, document: Record<string, unknown>): void => {
    git(
      development,
      '-c',
      'user.name=CI',
      '-c',
      'user.email=ci@example.com',
      'tag',
      '-a',
      '--cleanup=verbatim',
      name,
      '-m',
      title,
      '-m',
      JSON.stringify(document, null, 2),
    );
  };
  tag('tiny-lm@v0.3.0', 'tiny-lm 0.3.0', {
    schema: 'mlops-actions/model-manifest@1',
    name: 'tiny-lm',
    version: '0.3.0',
    digest,
    size: 3,
    files: [{ path: 'model.json', size: 3, sha256: 'b'.repeat(64) }],
    source: { repository: 'octo-org/models', commit: '', ref: 'refs/heads/main', run_id: '1', run_url: '' },
    metrics: { eval: { perplexity: 14, accuracy: 0.2, characters: 1000 } },
    metadata: {},
    uri: '',
    created_at: '2026-01-01T00:00:00.000Z',
  });
  tag('tiny-lm#production#1', 'tiny-lm 0.3.0 in production', {
    schema: 'mlops-actions/deployment@1',
    name: 'tiny-lm',
    version: '0.3.0',
    environment: 'production',
    digest,
    url: '',
    deployed_at: '2026-01-01T00:00:00.000Z',
    run_url: '',
    rollback: false,
  });
  git(development, 'push', '-q', 'origin', 'tiny-lm@v0.3.0', 'tiny-lm#production#1');
  github = await FakeGitHubApi.start({ repository: 'octo-org/models' });
});
afterAll(() => github.close());

async function runCi(): Promise<{ result: WorkflowResult; log: string }> {
  const lines: string[] = [];
  const result = await runner.runWorkflow({
    workflow,
    workspace: await runnerCheckout(remote),
    pullRequest: { number: PULL_REQUEST, action: 'synchronize' },
    githubStandIn: github,
    log: (line) => lines.push(line),
  });
  return { result, log: lines.join('\n') };
}

describe('examples/workflows/ci.yml on a pull request', () => {
  test('comments the gate against production once, then edits the same comment', async () => {
    const first = await runCi();
    assert.equal(first.result.conclusion, 'success', first.log);
    const comments = github.commentsOn(PULL_REQUEST);
    assert.equal(comments.length, 1);
    const step = first.result.jobs.test.steps.find((candidate) => candidate.id === 'test')!;
    assert.equal(step.outputs['comment-url'], comments[0].html_url);

    const rendered = renderMarkdown(comments[0].body!);
    assert.deepEqual(rendered.headings, ['✅ tiny-lm: 12 tests passed · quality gate ✅ passed', 'Quality gate']);
    assert.match(rendered.text, /Against tiny-lm 0\.3\.0 in production\./);
    const [header, ...rules] = rendered.rows;
    assert.deepEqual(header, ['Metric', 'This branch', 'Baseline', 'Delta', 'Rule', 'Verdict']);
    assert.deepEqual(
      rules.map((row) => [row[0], row[4], row[5]]),
      [
        ['eval.accuracy', 'eval.accuracy >= 0.25', '✅ passed'],
        ['eval.perplexity', 'eval.perplexity <= 15', '✅ passed'],
        ['eval.accuracy', rules[2][4], '✅ passed'],
      ],
    );
    assert.match(rules[2][4], /^eval\.accuracy >= baseline - 0\.02 \(>= 0\.18\)$/);
    for (const row of rules) {
      assert.match(row[1], /^\d+(\.\d+)?$/);
      assert.match(row[2], /^\d+(\.\d+)? \(0\.3\.0 in production\)$/);
      assert.match(row[3], /^(?:[▲▼] [+−]\d+(\.\d+)? \([+−]\d+(\.\d+)?%\)|= 0)$/);
    }

    const second = await runCi();
    assert.equal(second.result.conclusion, 'success', second.log);
    assert.equal(github.commentsOn(PULL_REQUEST).length, 1);
    assert.equal(github.commentsOn(PULL_REQUEST)[0].id, comments[0].id);
    assert.equal(github.requestsTo('update-issue-comment').length, 1);
  });
});
