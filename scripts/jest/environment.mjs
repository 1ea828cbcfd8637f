// The test environment of the suite: Node's, plus the stop of every server a
// test file started and the removal of every temporary folder it made
// (action-testing's stopAfterTests() and temporaryDirectory() register them
// on the file's global). It runs after the file's own
// afterAll hooks, which may still need those folders (to stop the servers
// whose pid files they hold).
import { rm } from 'node:fs/promises';
import { TestEnvironment } from 'jest-environment-node';

const REGISTRY = Symbol.for('mlops-actions.temporary-directories');
const STOPPERS = Symbol.for('mlops-actions.stop-after-tests');

export default class SuiteEnvironment extends TestEnvironment {
  async teardown() {
    // The sets are made inside the test file's context, whose Set is not this module's:
    // `instanceof Set` would be false, and nothing would be stopped or removed.
    // Servers and processes first (action-testing's stopAfterTests()): they may hold the folders below.
    const stoppers = this.global[STOPPERS];
    if (stoppers) {
      await Promise.allSettled([...stoppers].map((stop) => stop()));
      stoppers.clear();
    }
    const folders = this.global[REGISTRY];
    if (folders) {
      await Promise.all([...folders].map((folder) => rm(folder, { recursive: true, force: true, maxRetries: 3 })));
      folders.clear();
    }
    await super.teardown();
  }
}
