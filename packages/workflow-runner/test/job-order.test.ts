import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { jobOrder, jobStatus, jobsToRun } from '../src/job-order.js';
import type { JobConclusion } from '../src/results.js';

const pipeline = [
  { id: 'production', needs: ['release', 'staging'] },
  { id: 'lint', needs: [] },
  { id: 'staging', needs: ['release'] },
  { id: 'release', needs: [] },
];

describe('job order', () => {
  test('every job comes after the jobs it needs, otherwise in file order', () => {
    assert.deepEqual(jobOrder(pipeline), ['lint', 'release', 'staging', 'production']);
  });

  test('a cycle or an unknown job is refused', () => {
    assert.throws(
      () =>
        jobOrder([
          { id: 'a', needs: ['b'] },
          { id: 'b', needs: ['a'] },
        ]),
      /needs of jobs a, b form a cycle/,
    );
    assert.throws(() => jobOrder([{ id: 'a', needs: ['ghost'] }]), /job 'a' needs 'ghost'/);
  });

  test('selecting a job runs it and every job it needs, directly or not', () => {
    assert.deepEqual([...jobsToRun(pipeline, ['production'])].sort(), ['production', 'release', 'staging']);
    assert.deepEqual([...jobsToRun(pipeline)].sort(), ['lint', 'production', 'release', 'staging']);
    assert.throws(
      () => jobsToRun(pipeline, ['deploy']),
      /there is no job 'deploy'.*its jobs are: production, lint, staging, release/,
    );
  });

  test('success() needs every needed job to have succeeded; failure() sees any failure upstream', () => {
    const results = new Map<string, JobConclusion>([
      ['release', 'failure'],
      ['staging', 'skipped'],
    ]);
    assert.deepEqual(jobStatus(pipeline[0], pipeline, results), { success: false, failure: true });
    const green = new Map<string, JobConclusion>([
      ['release', 'success'],
      ['staging', 'success'],
    ]);
    assert.deepEqual(jobStatus(pipeline[0], pipeline, green), { success: true, failure: false });
    const skipped = new Map<string, JobConclusion>([
      ['release', 'success'],
      ['staging', 'skipped'],
    ]);
    assert.deepEqual(jobStatus(pipeline[0], pipeline, skipped), { success: false, failure: false });
  });
});
