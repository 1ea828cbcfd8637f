import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { RecordingLogger } from '@mlops-actions/action-testing';
import type { DeploymentsApi, NewDeploymentStatus } from '@mlops-actions/github';
import { gitHubCanceller, watchCancellation } from '../src/cancellation.js';

void describe('watchCancellation', () => {
  void test("the runner's first signal aborts with its name; the second changes nothing; dispose lets go", () => {
    const runner = new EventEmitter();
    const log = new RecordingLogger();
    const cancellation = watchCancellation(log, runner as unknown as NodeJS.Process);
    assert.equal(cancellation.signal.aborted, false);

    runner.emit('SIGINT', 'SIGINT');
    runner.emit('SIGTERM', 'SIGTERM');

    assert.equal(cancellation.signal.aborted, true);
    assert.equal(cancellation.signal.reason, 'SIGINT');
    assert.deepEqual(
      log.entries.map((entry) => entry.text),
      ['The runner sent SIGINT (the job was cancelled or timed out): stopping the deploy.'],
    );
    cancellation.dispose();
    assert.equal(runner.listenerCount('SIGINT') + runner.listenerCount('SIGTERM'), 0);
  });
});

void describe('gitHubCanceller', () => {
  void test('sets the deployment to error', async () => {
    const statuses: [number, NewDeploymentStatus][] = [];
    const api = {
      createStatus: (id: number, status: NewDeploymentStatus) => {
        statuses.push([id, status]);
        return Promise.resolve();
      },
    } as unknown as DeploymentsApi;
    const close = gitHubCanceller(
      () => Promise.resolve(api),
      new RecordingLogger(),
      'https://github.com/o/r/actions/runs/1',
    );

    await close(7, 'Cancelled');

    assert.deepEqual(statuses, [
      [7, { state: 'error', description: 'Cancelled', logUrl: 'https://github.com/o/r/actions/runs/1' }],
    ]);
  });

  void test('gives up on a GitHub that does not answer, with a warning', async () => {
    const log = new RecordingLogger();
    const close = gitHubCanceller(() => new Promise<DeploymentsApi>(() => undefined), log, '', 100);
    const started = Date.now();

    await close(7, 'Cancelled');

    assert.ok(Date.now() - started < 1_000);
    assert.deepEqual(
      log.entries.filter((entry) => entry.level === 'warning').map((entry) => entry.text),
      ['GitHub did not answer within 100 ms: deployment 7 may still show in progress.'],
    );
  });
});
