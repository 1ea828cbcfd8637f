import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { workflowRunUrl } from '../src/index.js';

describe('workflowRunUrl', () => {
  test('links the run, and the attempt when it is a re-run', () => {
    const run = { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7', GITHUB_SERVER_URL: 'https://ghe.example/' };
    assert.equal(workflowRunUrl(run), 'https://ghe.example/o/r/actions/runs/7');
    assert.equal(workflowRunUrl({ ...run, GITHUB_RUN_ATTEMPT: '1' }), 'https://ghe.example/o/r/actions/runs/7');
    assert.equal(
      workflowRunUrl({ ...run, GITHUB_RUN_ATTEMPT: '3' }),
      'https://ghe.example/o/r/actions/runs/7/attempts/3',
    );
  });

  test('is github.com without a server, and empty outside a workflow run', () => {
    assert.equal(
      workflowRunUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' }),
      'https://github.com/o/r/actions/runs/7',
    );
    assert.equal(workflowRunUrl({}), '');
    assert.equal(workflowRunUrl({ GITHUB_REPOSITORY: 'o/r' }), '');
  });
});
