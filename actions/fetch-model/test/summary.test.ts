import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { BoundedSummary } from '@mlops-actions/action-kit';
import type { FetchModelReport } from '../src/fetch-model.js';
import { renderFetchSummary } from '../src/summary.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

function reportWith(files: FetchModelReport['files']): FetchModelReport {
  return {
    modelName: 'tiny-lm',
    wanted: { kind: 'environment', environment: 'production' },
    version: '0.3.0',
    tag: 'tiny-lm@v0.3.0',
    digest: DIGEST,
    uri: `oci://ghcr.io/acme/llm/models/tiny-lm@sha256:${'b'.repeat(64)}`,
    path: '/home/runner/work/_temp/mlops-models/tiny-lm/0.3.0',
    files,
    size: files.reduce((sum, file) => sum + file.size, 0),
    elapsedMs: 1500,
    environmentTag: 'tiny-lm#production#4',
  };
}

void test('the summary shows the version, where it came from, and each file with its size', () => {
  const text = renderFetchSummary(
    reportWith([
      { path: 'config.json', size: 321 },
      { path: 'weights/model.safetensors', size: 3 * 1024 * 1024 },
    ]),
    new BoundedSummary(),
  ).toString();
  assert.match(text, /^## Fetched tiny-lm 0\.3\.0$/m);
  assert.match(text, /^\| Version \| 0\.3\.0 \(running in production, `tiny-lm#production#4`\) \|$/m);
  assert.match(text, /^\| Digest \| `sha256:a{64}` \|$/m);
  assert.match(text, /^\| Store \| `oci:\/\/ghcr\.io\/acme\/llm\/models\/tiny-lm@sha256:b{64}` \|$/m);
  assert.match(text, /^\| Files \| 2 \|$/m);
  assert.match(text, /^\| Bytes \| 3\.00 MiB \(3146049 bytes\) \|$/m);
  assert.match(text, /^\| Time \| 1\.5 s \|$/m);
  assert.match(text, /^\| `weights\/model\.safetensors` \| 3\.00 MiB \|$/m);
});

void test('file names from the store are inert in the summary: no table break, link, image or HTML', () => {
  const hostile =
    'x|y` <img src=https://evil.example/p.png> [link](https://evil.example) ![i](https://evil.example)\n| z';
  const text = renderFetchSummary(reportWith([{ path: hostile, size: 1 }]), new BoundedSummary()).toString();
  const row = text.split('\n').find((line) => line.includes('evil.example'));
  assert.ok(row !== undefined);
  // One row of two cells, the whole name inside a code span (where Markdown makes no link, image or tag).
  assert.match(row, /^\| ``x\\\|y` <img .* \| 1 B \|$/);
  assert.equal(text.split('\n').filter((line) => line.includes('evil.example')).length, 1);
});

void test('a long file list is cut at 50 rows with a note of how many more', () => {
  const files = Array.from({ length: 60 }, (_, i) => ({ path: `shard-${String(i).padStart(2, '0')}.bin`, size: 10 }));
  const text = renderFetchSummary(reportWith(files), new BoundedSummary()).toString();
  assert.match(text, /`shard-49\.bin`/);
  assert.doesNotMatch(text, /`shard-50\.bin`/);
  assert.match(text, /… and 10 more files, all listed in the manifest of `tiny-lm@v0\.3\.0`\./);
});
