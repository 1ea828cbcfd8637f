// The suite in three layers, one Jest project each (CONTRIBUTING.md, "Tests"):
//   unit      pure logic, fakes and local fixtures; fast.
//   bundle    dist/<name>/index.js run as the runner runs it (*.bundle.test.ts).
//   workflow  the local workflow runner over the example and repository
//             workflows (*.workflow.test.ts).
// Jest runs the JS that tsc emits, as ES modules (NODE_OPTIONS=--experimental-vm-modules;
// see scripts/jest/compiled-test.mjs). Bundle and workflow tests need a current
// dist/: `npm test` builds it first.

/**
 * @param {string} displayName
 * @param {string[]} testMatch
 * @param {{ ignore?: string[], setup?: string[] }} options
 */
function project(displayName, testMatch, { ignore = [], setup = [] } = {}) {
  return {
    displayName,
    rootDir: import.meta.dirname,
    roots: ['<rootDir>/packages', '<rootDir>/actions', '<rootDir>/scripts'],
    testMatch,
    testPathIgnorePatterns: ['/node_modules/', '/lib/', '/fixtures/', ...ignore],
    testEnvironment: '<rootDir>/scripts/jest/environment.mjs',
    extensionsToTreatAsEsm: ['.ts'],
    transform: { '\\.ts$': '<rootDir>/scripts/jest/compiled-test.mjs' },
    setupFilesAfterEnv: setup,
    // Per clone, not in the OS temp dir: two runs in two clones share nothing.
    cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  };
}

const sources = '<rootDir>/{packages,actions}/*/test/**';

/** @type {import('jest').Config} */
export default {
  rootDir: import.meta.dirname,
  // Two cores here; bundle and workflow tests start processes of their own.
  // `npm run test:unit` asks for 4: unit tests mostly wait on git processes
  // and short real timeouts, so two more workers keep both cores busy.
  maxWorkers: 2,
  // A unit test that needs longer waits on something it should fake; the
  // other layers set their own (scripts/jest/timeout-*.mjs).
  testTimeout: 30_000,
  globalSetup: '<rootDir>/scripts/jest/global-setup.mjs',
  globalTeardown: '<rootDir>/scripts/jest/global-teardown.mjs',
  reporters: [
    'default',
    [
      'jest-junit',
      {
        outputDirectory: '<rootDir>/reports',
        outputName: 'junit.xml',
        suiteNameTemplate: '{filepath}',
        classNameTemplate: '{classname}',
        titleTemplate: '{title}',
        addFileAttribute: 'true',
        reportTestSuiteErrors: 'true',
      },
    ],
  ],
  projects: [
    project('unit', [`${sources}/*.test.ts`, '<rootDir>/scripts/*.test.mjs'], {
      ignore: ['\\.bundle\\.test\\.ts$', '\\.workflow\\.test\\.ts$'],
    }),
    project('bundle', [`${sources}/*.bundle.test.ts`], { setup: ['<rootDir>/scripts/jest/timeout-bundle.mjs'] }),
    project('workflow', [`${sources}/*.workflow.test.ts`], { setup: ['<rootDir>/scripts/jest/timeout-workflow.mjs'] }),
  ],
};
