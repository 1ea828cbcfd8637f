import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { ModelStoreError, modelLocation, parseStoreUri, storeUri } from '@mlops-actions/model-store';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

function refusal(text: string): string {
  try {
    parseStoreUri(text);
  } catch (error) {
    assert.ok(error instanceof ModelStoreError, `expected a ModelStoreError, got ${String(error)}`);
    assert.equal(error.code, 'invalid-store');
    return error.message;
  }
  assert.fail(`expected ${JSON.stringify(text)} to be refused`);
}

describe('a store written in a workflow or recorded in a uri', () => {
  test('oci:// names a registry over HTTPS, lower-cased, and the model is a repository below it', () => {
    const store = parseStoreUri('oci://ghcr.io/Acme/LLM-Twin/models');
    assert.deepEqual(store, {
      kind: 'registry',
      host: 'ghcr.io',
      repository: 'acme/llm-twin/models',
      plainHttpAllowed: false,
    });
    const model = modelLocation(store, 'tiny-lm');
    assert.deepEqual(model, { ...store, repository: 'acme/llm-twin/models/tiny-lm' });
    assert.equal(storeUri({ ...model, digest: DIGEST }), `oci://ghcr.io/acme/llm-twin/models/tiny-lm@${DIGEST}`);
  });

  test('plain HTTP only for a registry on this machine', () => {
    const allowed = (text: string) => (parseStoreUri(text) as { plainHttpAllowed: boolean }).plainHttpAllowed;
    assert.equal(allowed('oci://localhost:5000/acme'), true);
    assert.equal(allowed('oci://127.0.0.1:5000/acme'), true);
    assert.equal(allowed('oci://[::1]:5000/acme'), true);
    assert.equal(allowed('oci://127.0.0.2:5000/acme'), false);
    assert.equal(allowed('oci://localhost.example.com/acme'), false);
    assert.equal(allowed('oci://registry.internal:5000/acme'), false);
    assert.deepEqual(parseStoreUri('oci://[::1]:5000/acme'), {
      kind: 'registry',
      host: '[::1]:5000',
      repository: 'acme',
      plainHttpAllowed: true,
    });
  });

  test('a uri carries the manifest digest after @', () => {
    assert.deepEqual(parseStoreUri(`oci://127.0.0.1:5000/acme/tiny-lm@${DIGEST}`), {
      kind: 'registry',
      host: '127.0.0.1:5000',
      repository: 'acme/tiny-lm',
      plainHttpAllowed: true,
      digest: DIGEST,
    });
    assert.deepEqual(parseStoreUri(`oci-layout:.models/tiny-lm@${DIGEST}`), {
      kind: 'layout',
      path: '.models/tiny-lm',
      digest: DIGEST,
    });
  });

  test('oci-layout: names a folder as written, one layout per model below it', () => {
    const store = parseStoreUri('oci-layout:.mlops/models/');
    assert.deepEqual(store, { kind: 'layout', path: '.mlops/models' });
    assert.deepEqual(modelLocation(store, 'tiny-lm'), { kind: 'layout', path: '.mlops/models/tiny-lm' });
    assert.equal(
      storeUri({ kind: 'layout', path: 'models/tiny-lm', digest: DIGEST }),
      `oci-layout:models/tiny-lm@${DIGEST}`,
    );
    assert.deepEqual(parseStoreUri('oci-layout:/srv/models@team'), { kind: 'layout', path: '/srv/models@team' });
  });

  test.each([
    ['', /neither store form/],
    ['ghcr.io/acme/models', /neither store form/],
    ['https://ghcr.io/acme/models', /is a URL, not a store/],
    ['docker://ghcr.io/acme/models', /is a URL, not a store/],
    ['oci://ghcr.io', /names no repository/],
    ['oci://ghcr.io/', /names no repository/],
    ['oci://user:token@ghcr.io/acme', /credentials; give them as store-username and store-token/],
    ['oci://ghcr.io/acme/models:v1', /names a tag/],
    ['oci://ghcr.io/acme/models?x=1', /query or a fragment/],
    ['oci://ghcr.io/acme//models', /not an OCI repository name/],
    ['oci://ghcr.io/acme/-models', /not an OCI repository name/],
    ['oci://gh cr.io/acme', /not a host name/],
    ['oci://ghcr.io:0/acme', /port/],
    ['oci://ghcr.io:99999/acme', /port/],
    ['oci://ghcr.io:ab/acme', /not host\[:port\]/],
    ['oci://ghcr.io/acme@sha256:1234', /digest that is not sha256/],
    [`oci://ghcr.io/acme@sha512:${'0'.repeat(128)}`, /digest that is not sha256/],
    ['oci-layout:', /names no folder/],
    [`oci-layout:@${DIGEST}`, /names no folder/],
    ['oci-layout:models\n::error::x', /control character/],
  ])('refuses %j, saying which form to write', (text, reason) => {
    const message = refusal(text);
    assert.match(message, reason);
    assert.match(message, /write oci:\/\/<host>\[:<port>\]\/<repository> or oci-layout:<path>/);
    assert.doesNotMatch(message, /\n/);
  });

  test('a model name that is not a registry name, or a store that already names a manifest, is refused', () => {
    assert.throws(() => modelLocation(parseStoreUri('oci-layout:models'), '../etc'), ModelStoreError);
    assert.throws(() => modelLocation(parseStoreUri(`oci-layout:models@${DIGEST}`), 'tiny-lm'), /names a manifest/);
  });
});
