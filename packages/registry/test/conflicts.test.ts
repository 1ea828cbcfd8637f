import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { RegistryError, retryOnConflict, type Attempt } from '@mlops-actions/registry';

void describe('retryOnConflict', () => {
  void test('tries again after each conflict, waiting between tries, and returns the first win', async () => {
    const waits: number[] = [];
    const conflicts: [string, number][] = [];
    const result = await retryOnConflict(
      (attempt): Promise<Attempt<string>> =>
        Promise.resolve(attempt < 3 ? { taken: `m@v0.0.${attempt}` } : { done: `won on ${attempt}` }),
      () => 'never',
      {
        wait: (attempt) => {
          waits.push(attempt);
          return Promise.resolve();
        },
        onConflict: (tag, attempt) => conflicts.push([tag, attempt]),
      },
    );
    assert.equal(result, 'won on 3');
    assert.deepEqual(waits, [1, 2]);
    assert.deepEqual(conflicts, [
      ['m@v0.0.1', 1],
      ['m@v0.0.2', 2],
    ]);
  });

  void test('gives up after the bounded number of tries with a too-many-conflicts error, without a last wait', async () => {
    const waits: number[] = [];
    let tries = 0;
    await assert.rejects(
      retryOnConflict(
        (): Promise<Attempt<never>> => {
          tries++;
          return Promise.resolve({ taken: 't' });
        },
        (count) => `Lost ${count} times.`,
        {
          maxTries: 4,
          wait: (attempt) => {
            waits.push(attempt);
            return Promise.resolve();
          },
        },
      ),
      (error: unknown) =>
        error instanceof RegistryError && error.code === 'too-many-conflicts' && error.message === 'Lost 4 times.',
    );
    assert.equal(tries, 4);
    assert.deepEqual(waits, [1, 2, 3]);
  });

  void test('an error of a try is not a conflict: it ends the loop at once', async () => {
    let tries = 0;
    await assert.rejects(
      retryOnConflict(
        (): Promise<Attempt<never>> => {
          tries++;
          return Promise.reject(new Error('push refused'));
        },
        () => 'never',
        { wait: () => Promise.resolve() },
      ),
      /push refused/,
    );
    assert.equal(tries, 1);
  });
});
