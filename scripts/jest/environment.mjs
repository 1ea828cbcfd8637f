// The test environment of the suite: Node's, plus the removal of every
// temporary folder a test file made (action-testing's temporaryDirectory()
// registers them on the file's global). It runs after the file's own
// afterAll hooks, which may still need those folders (to stop the servers
// whose pid files they hold).
import { rm } from 'node:fs/promises';
import { TestEnvironment } from 'jest-environment-node';

const REGISTRY = Symbol.for('mlops-actions.temporary-directories');

export default class SuiteEnvironment extends TestEnvironment {
  async teardown() {
    const folders = this.global[REGISTRY];
    if (folders instanceof Set) {
      await Promise.all([...folders].map((folder) => rm(folder, { recursive: true, force: true, maxRetries: 3 })));
      folders.clear();
    }
    await super.teardown();
  }
}
