// A report the test command did not write is an earlier run's: a committed
// `junit-smoke.xml` must not pass the step for a command that failed.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitFixture, git, runBundle, writeTree } from '@mlops-actions/action-testing';
import { fixtureReport } from './support.js';

/** The passing report of an earlier run. */
const SMOKE = fixtureReport('node-test.xml').replace(/<failure[\s\S]*?<\/failure>/g, '');

/**
 * A checkout holding a committed `reports/junit-smoke.xml`. A checkout gives
 * it the time of the checkout; set an hour back here, so that it is older
 * than the command however fast the step starts, as a file the command does
 * not rewrite is.
 */
async function checkoutWithCommittedReport(): Promise<string> {
  const { workspace } = await createGitFixture();
  await writeTree(workspace, { 'reports/junit-smoke.xml': SMOKE });
  git(workspace, 'add', '.');
  git(workspace, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', 'smoke report');
  const anHourAgo = new Date(Date.now() - 3_600_000);
  await utimes(join(workspace, 'reports/junit-smoke.xml'), anHourAgo, anHourAgo);
  return workspace;
}

const STALE_WARNING =
  'Ignored 1 JUnit report that the test command did not write (modified before it started, so left from an ' +
  'earlier run): "reports/junit-smoke.xml".';

describe('dist/test with a report left from an earlier run', () => {
  test('a command that fails and writes nothing fails the step with its exit code, whatever the old report says', async () => {
    const workspace = await checkoutWithCommittedReport();
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { command: 'echo "no tests ran"; exit 4' },
    });
    assert.equal(result.exitCode, 4, result.stdout);
    assert.deepEqual(result.warnings, [STALE_WARNING]);
    assert.equal(result.errors.length, 1);
    assert.match(
      result.errors[0],
      /^The test command wrote no JUnit report: it exited with code 4, and the report matching 'reports' \(\*\*\/junit\*\.xml\) in .+ is older than the command, left from an earlier run \(see the warning\)\. Check that the tests write JUnit XML .* a report committed to the repository is not a result of this run\.$/,
    );
    assert.deepEqual(result.outputs, {});
  });

  test('beside a report the command writes, the old one is not counted', async () => {
    const workspace = await checkoutWithCommittedReport();
    const fresh = fixtureReport('node-test.xml');
    await writeTree(workspace, { 'fresh.xml': fresh });
    const result = await runBundle({
      action: 'test',
      cwd: workspace,
      inputs: { command: 'cp fresh.xml reports/junit-unit.xml; exit 1' },
    });
    assert.equal(result.exitCode, 1, result.stdout);
    assert.deepEqual(result.warnings, [STALE_WARNING]);
    // The counts are the fresh report's alone: node-test.xml has 8 tests, 2 failed, 2 skipped.
    assert.deepEqual([result.outputs['total'], result.outputs['failed'], result.outputs['skipped']], ['8', '2', '2']);
    assert.match(result.summary, /· 1 report$/m);
    assert.match(
      result.summary,
      /^⚠️ Ignored 1 report older than the test command, left from an earlier run: reports\/junit-smoke\.xml\.$/m,
    );
    assert.match(result.stdout, /^reports\/junit-unit\.xml: 8 tests, 2 failed, 2 skipped$/m);
    assert.doesNotMatch(result.stdout, /^reports\/junit-smoke\.xml:/m);
  });

  test('without a command, the committed report is read as before', async () => {
    const workspace = await checkoutWithCommittedReport();
    const result = await runBundle({ action: 'test', cwd: workspace });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['total'], '8');
    assert.deepEqual(result.warnings, []);
  });
});
