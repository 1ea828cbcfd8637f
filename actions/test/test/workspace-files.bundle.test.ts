// Every file the test action reads resolves inside the workspace, and metrics
// files are bounded: hostile files committed to a real repository (links to a
// secret outside it, a reports folder that is a link to `/`, `../` paths), the
// bundle run in a clone as the runner runs it.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFile, truncate } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  createGitFixture,
  injectedCommands,
  placesHolding,
  plantCanary,
  runBundle,
  type BundleResult,
  type Canary,
  type TreeEntry,
} from '@mlops-actions/action-testing';

/** Two passing tests. */
const REPORT =
  '<testsuite name="unit" tests="2"><testcase classname="tests" name="a"/><testcase classname="tests" name="b"/></testsuite>\n';
const METRICS = '{"eval": {"accuracy": 0.91}}\n';

let canary: Canary;
beforeAll(async () => {
  canary = await plantCanary();
});

/** A clone of a repository whose one commit holds `files`. */
async function checkoutOf(files: Record<string, TreeEntry>): Promise<string> {
  return (await createGitFixture({ files })).workspace;
}

async function runTest(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runBundle({ action: 'test', cwd: workspace, inputs, env, timeoutMs: 30_000 });
}

/** Nothing the runner would act on that the action did not mean, and the canary nowhere a reader looks. */
async function assertNothingLeaked(result: BundleResult): Promise<void> {
  assert.deepEqual(injectedCommands(result.stdout, ['group', 'endgroup', 'error', 'warning', 'notice'], 'PWNED'), []);
  const report = result.outputs['report'] ? await readFile(result.outputs['report'], 'utf8') : '';
  assert.deepEqual(placesHolding(canary.text, result, { 'report file': report }), []);
}

/** One `::error::` (the step's failure), exit 1, and nothing leaked. */
async function assertRefused(result: BundleResult, error: RegExp): Promise<void> {
  assert.equal(result.exitCode, 1, result.stdout);
  assert.equal(result.errors.length, 1, result.stdout);
  assert.match(result.errors[0], error);
  assert.doesNotMatch(result.errors[0], /internal error|EACCES/);
  await assertNothingLeaked(result);
}

describe('dist/test reads metrics and baselines only inside the workspace', () => {
  const gate = { thresholds: 'eval.accuracy >= baseline - 0.05\ntoken >= 0' };

  test('a metrics file committed as a link to a secret outside is refused by name, unread', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, 'metrics.json': { symlink: canary.json } });
    const result = await runTest(workspace, { metrics: 'metrics.json', thresholds: 'token >= 0' });
    await assertRefused(
      result,
      /^The metrics file "metrics\.json" \(input 'metrics'\) resolves outside the workspace \(symbolic links are followed\)/,
    );
    assert.equal(result.outputs['gate'], 'failed');
  });

  test('a baseline committed as a link to a secret outside is refused by name, unread', async () => {
    const workspace = await checkoutOf({
      'junit.xml': REPORT,
      'metrics.json': METRICS,
      'baseline.json': { symlink: canary.json },
    });
    const result = await runTest(workspace, { metrics: 'metrics.json', baseline: 'baseline.json', ...gate });
    await assertRefused(
      result,
      /^The baseline file "baseline\.json" \(input 'baseline'\) resolves outside the workspace/,
    );
  });

  test('metrics and baseline paths that climb out of the workspace are refused by name, unread', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, 'metrics.json': METRICS });
    // A `../../etc/passwd` of this machine: the canary's path relative to the checkout.
    const climbing = relative(workspace, canary.secret);
    assert.match(climbing, /^\.\.\/\.\.\//);
    const metrics = await runTest(workspace, { metrics: climbing, thresholds: 'token >= 0' });
    await assertRefused(
      metrics,
      /^The metrics file ".*secret\.txt" \(input 'metrics'\) resolves outside the workspace/,
    );
    const baseline = await runTest(workspace, { metrics: 'metrics.json', baseline: climbing, ...gate });
    await assertRefused(
      baseline,
      /^The baseline file ".*secret\.txt" \(input 'baseline'\) resolves outside the workspace/,
    );
  });
});

describe('dist/test reads metrics and baselines of at most 256 KiB, without reading a larger one', () => {
  // Sparse 300 MB files: fast to make. The step runs with a 64 MB heap, so reading one whole would fail it.
  const smallHeap = { NODE_OPTIONS: '--max-old-space-size=64' };
  const huge = 300 * 1024 * 1024;

  test('a 300 MB metrics file is one clear error', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, 'metrics.json': '' });
    await truncate(join(workspace, 'metrics.json'), huge);
    const result = await runTest(workspace, { metrics: 'metrics.json', thresholds: 'eval.accuracy >= 0.5' }, smallHeap);
    await assertRefused(
      result,
      /^The metrics file "metrics\.json" \(input 'metrics'\) is 307200 KiB, over the 256 KiB a metrics file may hold/,
    );
  });

  test('a 300 MB baseline is one clear error', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, 'metrics.json': METRICS, 'baseline.json': '' });
    await truncate(join(workspace, 'baseline.json'), huge);
    const result = await runTest(
      workspace,
      { metrics: 'metrics.json', baseline: 'baseline.json', thresholds: 'eval.accuracy >= baseline' },
      smallHeap,
    );
    await assertRefused(
      result,
      /^The baseline file "baseline\.json" \(input 'baseline'\) is 307200 KiB, over the 256 KiB a metrics file may hold/,
    );
  });
});

describe('dist/test finds reports only inside the workspace', () => {
  test('a reports glob that starts in a folder linked to / is refused by name, without walking it', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, out: { symlink: '/' } });
    const started = Date.now();
    const result = await runTest(workspace, { reports: 'out/**/*.xml' });
    await assertRefused(
      result,
      /^Input 'reports' \("out\/\*\*\/\*\.xml"\) starts at "out", which resolves outside the workspace \(symbolic links are followed\)/,
    );
    assert.ok(Date.now() - started < 20_000, 'the walk went out of the workspace');
  });

  test('a link to / deeper down is not followed: the default glob reads the reports of the checkout', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, 'build/root': { symlink: '/' } });
    const result = await runTest(workspace, {});
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    assert.equal(result.outputs['total'], '2');
    await assertNothingLeaked(result);
  });

  test('a report named in reports that is a link to a file outside is refused by name, unread', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, 'junit-linked.xml': { symlink: canary.report } });
    const result = await runTest(workspace, { reports: 'junit-linked.xml' });
    await assertRefused(
      result,
      /^Input 'reports' \("junit-linked\.xml"\) names "junit-linked\.xml", which resolves outside the workspace/,
    );
  });

  test("a report linked to a file outside is not followed by a glob: only the checkout's reports are read", async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, 'junit-linked.xml': { symlink: canary.report } });
    const result = await runTest(workspace, {});
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.outputs['total'], '2');
    await assertNothingLeaked(result);
  });

  test('a working directory committed as a link out of the workspace: the default glob is refused by name', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT, project: { symlink: canary.folder } });
    const result = await runTest(workspace, { 'working-directory': 'project' });
    await assertRefused(
      result,
      /^Input 'reports' \("\*\*\/junit\*\.xml"\) starts at "\/.*\/workspace\/project", which resolves outside/,
    );
  });

  test('a report whose name carries workflow commands is read, its name printed as data', async () => {
    const workspace = await checkoutOf({
      'reports/junit-\n::error::PWNED by a report name\n::set-output name=total::0\n.xml': REPORT,
    });
    const result = await runTest(workspace, {});
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    assert.equal(result.outputs['total'], '2');
    assert.match(result.stdout, /^::error::PWNED by a report name$/m);
    await assertNothingLeaked(result);
  });

  test('reports named by a path that climbs out of the workspace are refused by name', async () => {
    const workspace = await checkoutOf({ 'junit.xml': REPORT });
    const climbing = relative(workspace, canary.report);
    const result = await runTest(workspace, { reports: climbing });
    await assertRefused(result, /^Input 'reports' \("\.\.\/.*"\) names ".*", which resolves outside the workspace/);
    const absolute = await runTest(workspace, { reports: join(canary.folder, '*.xml') });
    await assertRefused(absolute, /^Input 'reports' \("\/.*"\) starts at "\/.*", which resolves outside the workspace/);
  });
});
