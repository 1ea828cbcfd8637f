// The GitHub Release of a version: its title, flags and the model card as its body.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { RELEASE_BODY_LIMIT } from '@mlops-actions/github';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import type { ModelManifest, VersionRegistration } from '@mlops-actions/registry';
import { releaseOf } from '../src/release.js';

const COMMIT = 'a'.repeat(40);
const DIGEST = `sha256:${'b'.repeat(64)}`;

function registrationOf(
  manifest: Partial<ModelManifest> = {},
  source: Partial<ModelManifest['source']> = {},
): VersionRegistration {
  const full: ModelManifest = {
    schema: 'mlops-actions/model-manifest@1',
    name: 'tiny-lm',
    version: '0.3.0',
    digest: DIGEST,
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
    metrics: { eval: { accuracy: 0.91 } },
    metadata: { framework: 'pytorch' },
    uri: `oci://ghcr.io/owner/repo/models/tiny-lm@${DIGEST}`,
    created_at: '2026-01-01T00:00:00.000Z',
    ...manifest,
  };
  return { version: full.version, tag: `tiny-lm@v${full.version}`, created: true, manifest: full, attempts: 1 };
}

const HOSTILE = '[click](https://evil.example) <img src=x onerror=alert(1)> # Heading @octocat #12';

describe('the release of a version', () => {
  test('is titled <model> v<version> on the version tag and its commit, and never the latest release', () => {
    const release = releaseOf(registrationOf(), 'https://github.com');
    assert.deepEqual(
      { ...release, body: undefined },
      {
        tagName: 'tiny-lm@v0.3.0',
        targetCommitish: COMMIT,
        name: 'tiny-lm v0.3.0',
        body: undefined,
        prerelease: false,
        makeLatest: 'false',
      },
    );
  });

  test('is a prerelease only when the version says it is not final', () => {
    const prerelease = (version: string) => releaseOf(registrationOf({ version }), 'https://github.com').prerelease;
    assert.deepEqual(['0.0.1', '1.0.0', '1.0.0-rc.1', '2.0.0-alpha+build.1', '1.0.0+build-7'].map(prerelease), [
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  test('has the model card as its body: digest, store URI, metrics, metadata, links to the commit and the run', () => {
    const rendered = renderMarkdown(releaseOf(registrationOf(), 'https://github.com').body);
    const value = (name: string) => rendered.rows.find((row) => row[0] === name)?.[1];
    assert.equal(value('Digest'), DIGEST);
    assert.equal(value('Stored at'), `oci://ghcr.io/owner/repo/models/tiny-lm@${DIGEST}`);
    assert.equal(value('eval.accuracy'), '0.91');
    assert.equal(value('framework'), 'pytorch');
    assert.deepEqual(rendered.targets, [
      `https://github.com/owner/repo/commit/${COMMIT}`,
      'https://github.com/owner/repo/actions/runs/7',
    ]);
    assert.deepEqual(rendered.headings, ['Metrics', 'Metadata', 'Files']);
    assert.match(rendered.text, /attached as manifest\.json/);
  });

  test('shows a forged manifest as text: no link, image, heading, mention or reference of its own', () => {
    const release = releaseOf(
      registrationOf(
        {
          metrics: { [HOSTILE]: 1, eval: { [`<details>${HOSTILE}`]: HOSTILE } },
          metadata: { [HOSTILE]: HOSTILE },
          uri: `https://evil.example/${HOSTILE}`,
        },
        { commit: 'not a commit', ref: HOSTILE, run_url: `https://evil.example/run ${HOSTILE}` },
      ),
      'https://github.com',
    );
    const rendered = renderMarkdown(release.body);
    assert.deepEqual(rendered.targets, [], rendered.html);
    assert.deepEqual(rendered.references, []);
    assert.deepEqual(rendered.headings, ['Metrics', 'Metadata', 'Files']);
    assert.ok(!rendered.elements.includes('img') && !rendered.elements.includes('details'), rendered.html);
    assert.ok(rendered.text.replace(/\u200b/g, '').includes(`eval.<details>${HOSTILE}`));
    // A commit that is not one is not where GitHub would make a missing tag.
    assert.equal(release.targetCommitish, undefined);
  });

  test("stays under GitHub's limit for a release body, with a note of what was cut", () => {
    const metrics = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`metric_${i}`, i]));
    const { body } = releaseOf(registrationOf({ metrics }), 'https://github.com');
    assert.ok(body.length <= RELEASE_BODY_LIMIT, String(body.length));
    assert.match(
      body,
      /> The model card was cut to stay under GitHub's limit for a release \(125 000 characters\)\. Not shown: \d+ of 20000 metrics; /,
    );
  });
});
