import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  DEPLOYMENT_SCHEMA,
  ForeignTagError,
  MANIFEST_SCHEMA,
  deploymentFromTag,
  formatTagMessage,
  manifestFromTag,
  type DeploymentRecord,
  type ModelManifest,
} from '@mlops-actions/registry';

const TAG_HEADERS = 'object 1111111111111111111111111111111111111111\ntype commit\ntag x\ntagger T <t@x> 0 +0000\n\n';

function manifest(): ModelManifest {
  return {
    schema: MANIFEST_SCHEMA,
    name: 'tiny-lm',
    version: '0.3.0',
    digest: `sha256:${'a'.repeat(64)}`,
    size: 3,
    files: [{ path: 'model.bin', size: 3, sha256: 'b'.repeat(64) }],
    source: { repository: 'owner/repo', commit: 'c'.repeat(40), ref: 'refs/heads/main', run_id: '1', run_url: '' },
    metrics: { eval: { accuracy: 0.9 } },
    metadata: { framework: 'torch' },
    uri: '',
    created_at: '2026-01-01T00:00:00.000Z',
  };
}

function deployment(): DeploymentRecord {
  return {
    schema: DEPLOYMENT_SCHEMA,
    name: 'tiny-lm',
    version: '0.3.0',
    environment: 'production',
    digest: `sha256:${'a'.repeat(64)}`,
    url: 'https://models.example.com',
    deployed_at: '2026-01-01T00:00:00.000Z',
    run_url: '',
    rollback: false,
  };
}

/** A tag object as `git cat-file tag` prints it, holding `document` (any JSON) as its message. */
function tagObject(document: unknown): string {
  return `${TAG_HEADERS}Title\n\n${JSON.stringify(document, null, 2)}\n`;
}

/** The error of reading a forged manifest, checked to be a typed refusal that names the tag and the field. */
function manifestRefusal(document: unknown, field: string): string {
  try {
    manifestFromTag(tagObject(document), 'tiny-lm@v0.3.0');
  } catch (error) {
    assert.ok(error instanceof ForeignTagError, `expected a ForeignTagError, got ${String(error)}`);
    assert.equal(error.code, 'manifest-invalid');
    assert.equal(error.tag, 'tiny-lm@v0.3.0');
    assert.equal(error.field, field);
    assert.match(error.message, /^The manifest in tag tiny-lm@v0\.3\.0 .*: it was not written by mlops-actions\.$/);
    assert.ok(!/[\r\n]/.test(error.message), 'the message is one line');
    assert.ok(error.message.length < 400, 'the message is short');
    return error.message;
  }
  assert.fail(`accepted a manifest with a bad ${field}`);
}

function deploymentRefusal(document: unknown, field: string): string {
  try {
    deploymentFromTag(tagObject(document), 'tiny-lm#production#1');
  } catch (error) {
    assert.ok(error instanceof ForeignTagError, `expected a ForeignTagError, got ${String(error)}`);
    assert.equal(error.code, 'manifest-invalid');
    assert.equal(error.field, field);
    assert.match(error.message, /^The deployment record in tag tiny-lm#production#1 /);
    assert.ok(!/[\r\n]/.test(error.message), 'the message is one line');
    return error.message;
  }
  assert.fail(`accepted a deployment record with a bad ${field}`);
}

void describe('records read from tags', () => {
  void test('a manifest and a deployment record round-trip through a tag message', () => {
    const raw = `${TAG_HEADERS}${formatTagMessage('Register tiny-lm version 0.3.0', manifest())}`;
    assert.deepEqual(manifestFromTag(raw, 'tiny-lm@v0.3.0'), manifest());
    const signed = `${TAG_HEADERS}${formatTagMessage('Deploy', deployment())}-----BEGIN PGP SIGNATURE-----\nxx\n-----END PGP SIGNATURE-----\n`;
    assert.deepEqual(deploymentFromTag(signed, 'tiny-lm#production#1'), deployment());
  });

  void test('a manifest registered outside a workflow records no commit, and free text stays free', () => {
    const local = { ...manifest(), source: { ...manifest().source, commit: '' } };
    assert.deepEqual(manifestFromTag(tagObject(local), 'tiny-lm@v0.3.0'), local);
    const sha256 = { ...manifest(), source: { ...manifest().source, commit: 'd'.repeat(64) } };
    assert.deepEqual(manifestFromTag(tagObject(sha256), 'tiny-lm@v0.3.0'), sha256);
    // Metadata and metrics are the user's own words and numbers: any text, shown inert where they are shown.
    const wordy = { ...manifest(), metadata: { notes: 'line one\nline two\t[x](y)' } };
    assert.deepEqual(manifestFromTag(tagObject(wordy), 'tiny-lm@v0.3.0'), wordy);
  });

  void test('fields a reader does not know are left out of what it returns', () => {
    const read = manifestFromTag(tagObject({ ...manifest(), extra: 'x'.repeat(10) }), 'tiny-lm@v0.3.0');
    assert.deepEqual(read, manifest());
  });

  void test('a message that is not our JSON is a foreign tag', () => {
    for (const raw of [`${TAG_HEADERS}Just a release\n`, `${TAG_HEADERS}Title\n\nnot json\n`, tagObject([1, 2])]) {
      assert.throws(
        () => manifestFromTag(raw, 'tiny-lm@v0.3.0'),
        (error: unknown) => error instanceof ForeignTagError && error.code === 'foreign-tag',
      );
    }
    assert.throws(
      () => manifestFromTag(tagObject(deployment()), 'tiny-lm@v0.3.0'),
      /does not hold a 'mlops-actions\/model-manifest@1' document/,
    );
  });

  void test('every manifest field of the wrong shape is refused by name', () => {
    const huge = 'x'.repeat(70 * 1024);
    const cases: [string, unknown, string][] = [
      ['name', 'Tiny LM', 'name'],
      ['name', 7, 'name'],
      ['name', '..', 'name'],
      ['version', 'v0.3.0', 'version'],
      ['version', '0.3.0\n::warning::injected', 'version'],
      ['version', { major: 0 }, 'version'],
      ['digest', 'sha256:abc', 'digest'],
      ['digest', `sha256:${'A'.repeat(64)}`, 'digest'],
      ['digest', `md5:${'a'.repeat(64)}`, 'digest'],
      ['size', -1, 'size'],
      ['size', 1.5, 'size'],
      ['size', '3', 'size'],
      ['size', 2 ** 60, 'size'],
      ['files', { path: 'a' }, 'files'],
      ['files', [null], 'files[0]'],
      ['files', [{ path: 'a', size: 1 }], 'files[0].sha256'],
      ['files', [{ path: '', size: 1, sha256: 'b'.repeat(64) }], 'files[0].path'],
      ['files', [{ path: 'a', size: '1', sha256: 'b'.repeat(64) }], 'files[0].size'],
      ['files', [{ path: 'a', size: 1, sha256: 'b'.repeat(63) }], 'files[0].sha256'],
      ['files', [{ path: 'a'.repeat(5000), size: 1, sha256: 'b'.repeat(64) }], 'files[0].path'],
      ['source', 'owner/repo', 'source'],
      ['source', { ...manifest().source, ref: 42 }, 'source.ref'],
      ['source', { repository: 'o/r' }, 'source.commit'],
      ['source', { ...manifest().source, commit: 'HEAD' }, 'source.commit'],
      ['source', { ...manifest().source, commit: 'C'.repeat(40) }, 'source.commit'],
      ['source', { ...manifest().source, ref: 'refs/heads/main\n::error::x' }, 'source.ref'],
      ['source', { ...manifest().source, repository: 'o/r\r::add-mask::x' }, 'source.repository'],
      ['source', { ...manifest().source, run_url: 'https://x\u0085y' }, 'source.run_url'],
      ['source', { ...manifest().source, run_id: '1\u0000' }, 'source.run_id'],
      ['uri', 's3://b/\n::error::x', 'uri'],
      ['created_at', '2026-01-01\t', 'created_at'],
      ['metrics', [0.9], 'metrics'],
      ['metrics', null, 'metrics'],
      ['metadata', { framework: { nested: true } }, 'metadata.framework'],
      ['uri', 5, 'uri'],
      ['uri', huge, 'uri'],
      ['created_at', undefined, 'created_at'],
    ];
    for (const [key, value, field] of cases) {
      const message = manifestRefusal({ ...manifest(), [key]: value }, field);
      // The value is shown shortened and escaped, never whole.
      assert.ok(!message.includes('x'.repeat(100)), message);
    }
    assert.match(
      manifestRefusal({ ...manifest(), version: '0.3.0\n::warning::injected' }, 'version'),
      /names no registered version \("0\.3\.0\\n::warning::injected"\)/,
    );
    // JSON leaves DEL, C1 controls and U+2028/U+2029 raw: they are escaped too.
    assert.match(
      manifestRefusal({ ...manifest(), uri: 'a\u0085b\u2028c\u007f' }, 'uri'),
      / \("a\\u0085b\\u2028c\\u007f"\): /,
    );
    assert.equal(
      manifestRefusal({ ...manifest(), uri: 's3://b/\r::add-mask::tiny-lm' }, 'uri'),
      "The manifest in tag tiny-lm@v0.3.0 has a 'uri' that holds a line break or another control character " +
        '("s3://b/\\r::add-mask::tiny-lm"): it was not written by mlops-actions.',
    );
  });

  void test('__proto__ and other inherited names are data, never the prototype', () => {
    const hostile =
      `{"schema": "${MANIFEST_SCHEMA}", "name": "tiny-lm", "version": "0.3.0", "digest": "sha256:${'a'.repeat(64)}",` +
      ` "size": 0, "files": [], "source": {"__proto__": {"repository": "o/r", "commit": "", "ref": "", "run_id": "", "run_url": ""}},` +
      ` "metrics": {}, "metadata": {}, "uri": "", "created_at": ""}`;
    assert.throws(
      () => manifestFromTag(`${TAG_HEADERS}Title\n\n${hostile}\n`, 'tiny-lm@v0.3.0'),
      (error: unknown) => error instanceof ForeignTagError && error.field === 'source.repository',
    );
    const withProto = JSON.parse(`{"eval": {"accuracy": 0.9}, "__proto__": {"polluted": true}}`) as Record<
      string,
      unknown
    >;
    const read = manifestFromTag(tagObject({ ...manifest(), metrics: withProto }), 'tiny-lm@v0.3.0');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal((read.metrics as { polluted?: unknown }).polluted, undefined);
    // A metadata value that is an object under `__proto__` is refused like any other non-string.
    manifestRefusal(
      { ...manifest(), metadata: JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown> },
      'metadata.__proto__',
    );
  });

  void test('every deployment record field of the wrong shape is refused by name', () => {
    const cases: [string, unknown, string][] = [
      ['name', 'Tiny', 'name'],
      ['environment', 'prod env', 'environment'],
      ['environment', 'a'.repeat(65), 'environment'],
      ['version', '0.3', 'version'],
      ['digest', '', 'digest'],
      ['url', null, 'url'],
      ['url', 'https://x\n::error::y', 'url'],
      ['deployed_at', '2026\r', 'deployed_at'],
      ['run_url', 'https://x/\u001b[31m', 'run_url'],
      ['environment', 'production\r::add-mask::x', 'environment'],
      ['digest', `sha256:${'a'.repeat(64)}\n::error::x`, 'digest'],
      ['deployed_at', 0, 'deployed_at'],
      ['run_url', ['x'], 'run_url'],
      ['rollback', 'false', 'rollback'],
      ['rollback', undefined, 'rollback'],
    ];
    for (const [key, value, field] of cases) deploymentRefusal({ ...deployment(), [key]: value }, field);
    assert.equal(
      deploymentRefusal({ ...deployment(), version: '0.3.0\n::warning::injected by a tag' }, 'version'),
      'The deployment record in tag tiny-lm#production#1 names no registered version ' +
        '("0.3.0\\n::warning::injected by a tag"): it was not written by mlops-actions.',
    );
  });
});
