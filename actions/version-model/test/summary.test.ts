// The model card in the job summary, when the registered manifest it shows is
// a forged registry record (a re-run reuses the manifest the tag holds).
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { BoundedSummary } from '@mlops-actions/action-kit';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import type { ModelManifest } from '@mlops-actions/registry';
import type { VersionModelSettings } from '../src/inputs.js';
import { renderVersionSummary } from '../src/summary.js';
import type { VersionModelReport } from '../src/version-model.js';

const COMMIT = 'a'.repeat(40);

function reportOf(manifest: Partial<ModelManifest>, source: Partial<ModelManifest['source']> = {}): VersionModelReport {
  const full: ModelManifest = {
    schema: 'mlops-actions/model-manifest@1',
    name: 'tiny-lm',
    version: '1.0.0',
    digest: `sha256:${'b'.repeat(64)}`,
    size: 3,
    files: [{ path: 'model.bin', size: 3, sha256: 'c'.repeat(64) }],
    source: {
      repository: 'owner/repo',
      commit: COMMIT,
      ref: 'refs/heads/main',
      run_id: '7',
      run_url: 'https://github.com/owner/repo/actions/runs/7',
      ...source,
    },
    metrics: {},
    metadata: {},
    uri: '',
    created_at: '2025-01-01T00:00:00Z',
    ...manifest,
  };
  const settings = { remote: 'origin', push: true, serverUrl: 'https://github.com' } as VersionModelSettings;
  return {
    settings,
    digest: { digest: full.digest, size: full.size, files: full.files },
    registration: { version: full.version, tag: 'tiny-lm@v1.0.0', created: false, manifest: full, attempts: 1 },
  };
}

const HOSTILE = '[click](https://evil.example) <img src=x onerror=alert(1)> # Heading @octocat';

describe('the version summary', () => {
  test("links to this server's commit and run pages", () => {
    const rendered = renderMarkdown(renderVersionSummary(reportOf({}), new BoundedSummary()).toString());
    assert.deepEqual(rendered.targets, [
      `https://github.com/owner/repo/commit/${COMMIT}`,
      'https://github.com/owner/repo/actions/runs/7',
    ]);
  });

  test('shows metric names, metadata, file names and source fields of a forged record as text', () => {
    const report = reportOf(
      {
        metrics: { [HOSTILE]: 1, eval: { [`<details>${HOSTILE}`]: HOSTILE } },
        metadata: { [HOSTILE]: HOSTILE },
        files: [{ path: `weights/${HOSTILE}\n# Second line|x.bin`, size: 3, sha256: 'c'.repeat(64) }],
        uri: `https://evil.example/${HOSTILE}`,
      },
      {
        ref: HOSTILE,
        repository: 'owner/repo) [evil](https://evil.example',
        run_url: `https://evil.example/run ${HOSTILE}`,
      },
    );
    const markdown = renderVersionSummary(report, new BoundedSummary()).toString();
    const rendered = renderMarkdown(markdown);
    assert.deepEqual(rendered.targets, [], rendered.html);
    assert.deepEqual(rendered.references, []);
    assert.deepEqual(rendered.headings, ['Model tiny-lm 1.0.0', 'Metrics', 'Metadata', 'Files', 'Read it with git']);
    assert.ok(!rendered.elements.includes('img') && !rendered.elements.includes('details'), rendered.html);
    const text = rendered.text.replace(/\u200b/g, '');
    for (const shown of [HOSTILE, `eval.<details>${HOSTILE}`, `https://evil.example/run ${HOSTILE}`]) {
      assert.ok(text.includes(shown), shown);
    }
    // The file table keeps its three columns: the name's line break and pipe stay inside its cell.
    const files = rendered.rows.filter((row) => row[0].startsWith('weights/'));
    assert.deepEqual(files, [[`weights/${HOSTILE} # Second line|x.bin`, '3 B', 'cccccccccccc']]);
  });

  test("links to the GitHub Release only on this server's release pages; a refusal is a warning in words", () => {
    const shown = (release: VersionModelReport['release']) => {
      const report = { ...reportOf({}), release };
      return renderMarkdown(renderVersionSummary(report, new BoundedSummary()).toString());
    };
    const page = 'https://github.com/owner/repo/releases/tag/tiny-lm%40v1.0.0';
    assert.ok(shown({ published: true, url: page, created: true }).targets.includes(page));
    for (const url of [`https://evil.example/owner/repo/releases/tag/x`, `${page}) [x](https://evil.example`]) {
      const rendered = shown({ published: true, url, created: false });
      assert.ok(!rendered.targets.some((target) => target.includes('evil')), rendered.html);
      assert.deepEqual(rendered.references, []);
    }
    const refused = shown({ published: false, problem: `Could not create the release: ${HOSTILE}` });
    assert.ok(
      refused.text.replace(/\u200b/g, '').includes(`No GitHub Release: Could not create the release: ${HOSTILE}`),
    );
    assert.ok(!refused.elements.includes('img'), refused.html);
    assert.deepEqual(refused.references, []);
  });
});
