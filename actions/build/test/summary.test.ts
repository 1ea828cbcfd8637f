// The build summary lists the fingerprinted files: their names come from the
// checkout (a pull request can add any file), so they are shown as text.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { BoundedSummary } from '@mlops-actions/action-kit';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { renderBuildSummary, type BuildReport } from '../src/summary.js';

describe('the build summary', () => {
  test('file names that hold Markdown, HTML, pipes and line breaks stay text in one cell each', () => {
    const names = [
      '[click](https://evil.example).bin',
      '<img src=x onerror=alert(1)>.bin',
      'a|b`c`.bin',
      'x\n# Heading\n<details>.bin',
      'y\r## Heading after a lone CR.bin',
      '@octocat https://evil.example.bin',
    ];
    const report: BuildReport = {
      toolchain: 'node-npm',
      cache: { hit: false, key: '', state: 'off', detail: '', folders: [] },
      steps: [],
      artifacts: {
        digest: `sha256:${'d'.repeat(64)}`,
        size: names.length,
        files: names.map((path) => ({ path, size: 1, sha256: 'e'.repeat(64) })),
      },
    };
    const rendered = renderMarkdown(renderBuildSummary(report, new BoundedSummary()).toString());
    assert.deepEqual(rendered.targets, []);
    assert.deepEqual(rendered.references, []);
    assert.deepEqual(rendered.headings, ['Build ✅']);
    // The summary's own <details> holds the list; none came from a name.
    assert.equal(rendered.html.match(/<details>/g)?.length, 1);
    assert.ok(!rendered.elements.includes('img'));
    const files = rendered.rows.filter((row) => row.length === 3 && row[1] === '1 B');
    assert.deepEqual(
      files.map((row) => row[0]),
      names.map((name) => name.replace(/\r\n?|\n/g, ' ')),
    );
  });

  test('the cache: each folder with its size after the build, not there, or not measured after a failure', () => {
    const report: BuildReport = {
      toolchain: 'python-pip',
      cache: {
        hit: false,
        key: `mlops-build-linux-x64-python-pip-${'a'.repeat(64)}-rev1`,
        state: 'partial',
        detail: 'restored mlops-build-linux-x64-python-pip-older',
        folders: [
          { path: '/home/runner/.cache/pip', origin: 'package manager', size: 3 * 1024 * 1024, present: true },
          { path: '/home/runner/.cache/huggingface', origin: 'cache-paths', size: 0, present: true },
          { path: '/home/runner/.cache/torch', origin: 'cache-paths', present: false },
        ],
        notSaved: "input 'cache' is restore-only",
      },
      steps: [],
    };
    const rendered = renderMarkdown(renderBuildSummary(report, new BoundedSummary()).toString());
    assert.deepEqual(
      rendered.rows.filter((row) => row[0] === 'Cache saved'),
      [['Cache saved', "no — input 'cache' is restore-only"]],
    );
    assert.deepEqual(
      rendered.rows.filter((row) => row.length === 3),
      [
        ['Folder', 'From', 'Size after the build'],
        ['/home/runner/.cache/pip', 'package manager', '3.00 MiB'],
        ['/home/runner/.cache/huggingface', 'cache-paths', '0 B'],
        ['/home/runner/.cache/torch', 'cache-paths', 'not there'],
      ],
    );
    const failed = { ...report, failure: 'The build command failed with exit code 1: python train.py.' };
    failed.cache = {
      ...report.cache,
      notSaved: 'the build failed',
      folders: [{ path: '/data', origin: 'cache-paths' }],
    };
    const failedRows = renderMarkdown(renderBuildSummary(failed, new BoundedSummary()).toString()).rows;
    assert.ok(failedRows.some((row) => row.join('|') === 'Cache saved|no — the build failed'));
    assert.ok(failedRows.some((row) => row.join('|') === '/data|cache-paths|not measured (a command failed)'));
  });
});
