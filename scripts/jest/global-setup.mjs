// Before any test file: compile the tests (tsc -b is incremental, about a
// second when nothing changed), so that Jest never runs stale JS; and give the
// run its own temporary folder (TMPDIR, inherited by the workers and every
// process a test starts), so that two runs at once share no path and nothing
// a child process leaves behind outlives the run. The workers inherit this
// process's environment as globalSetup leaves it. dist/ is not rebuilt here:
// `npm test` builds it first.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceTextModule } from 'node:vm';

export default function globalSetup(globalConfig) {
  // Without the flag every test file fails with a message about `import`.
  if (typeof SourceTextModule !== 'function') {
    throw new Error(
      'Jest runs the tests as ES modules, which needs NODE_OPTIONS=--experimental-vm-modules: ' +
        "the repository's .npmrc sets it for `npx jest` and npm scripts; elsewhere set it yourself.",
    );
  }
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-b'], { cwd: globalConfig.rootDir, stdio: 'inherit' });
  } catch {
    throw new Error('tsc -b failed: fix the type errors above, then run the tests again.');
  }
  // `npm test` hands its children npm_config_* variables (the npm cache, the
  // user config); a runner does not, and they would override the settings of
  // the projects the tests build.
  for (const key of Object.keys(process.env)) if (/^npm_/i.test(key)) delete process.env[key];
  const root = mkdtempSync(join(tmpdir(), 'mlops-actions-jest-'));
  process.env.MLOPS_ACTIONS_TEST_TMPDIR = root;
  process.env.TMPDIR = root;
}
