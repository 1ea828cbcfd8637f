// What RegistryTarget makes of a registry's answers when they are hostile or
// refuse, with a scripted fetch in place of the network (the real registry is
// in registry-target.bundle.test.ts): a host like ghcr.io cannot be started here.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { HungServer, stopAfterTests } from '@mlops-actions/action-testing';
import { ModelStoreError, RegistryTarget, StoreHttpError, registryEndpoint } from '@mlops-actions/model-store';
import { parseChallenge } from '../src/registry/challenge.js';

const TOKEN = 'ghp_canaryStoreToken0001';
const credentials = { username: 'octocat', password: TOKEN };
const DIGEST = `sha256:${'ab'.repeat(32)}`;

interface Seen {
  method: string;
  url: URL;
  authorization: string | null;
}

/** A fetch that answers each request with the next scripted response, recording what it was asked. */
function scripted(answers: ((request: Seen) => Response)[]) {
  const seen: Seen[] = [];
  const fetch = (input: string | URL | Request, init?: RequestInit) => {
    const request = {
      method: init?.method ?? 'GET',
      url: new URL(input instanceof Request ? input.url : input),
      authorization: new Headers(init?.headers).get('authorization'),
    };
    seen.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error(`unscripted request ${request.method} ${request.url.href}`);
    return Promise.resolve(answer(request));
  };
  return { fetch: fetch, seen };
}

const challenge = (realm: string) => () =>
  new Response(null, {
    status: 401,
    headers: { 'www-authenticate': `Bearer realm="${realm}",service="ghcr.io",scope="repository:acme/models:pull"` },
  });

async function rejection(promise: Promise<unknown>): Promise<StoreHttpError> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof StoreHttpError, `not a StoreHttpError: ${String(error)}`);
  return error;
}

describe('store addresses', () => {
  test('loopback hosts are reached over plain HTTP, every other host over HTTPS', () => {
    assert.deepEqual(registryEndpoint('oci://127.0.0.1:5000/team/models'), {
      host: '127.0.0.1:5000',
      repository: 'team/models',
      origin: 'http://127.0.0.1:5000',
    });
    assert.equal(registryEndpoint('oci://[::1]:5000/m').origin, 'http://[::1]:5000');
    assert.equal(registryEndpoint('oci://localhost/m').origin, 'http://localhost');
    assert.equal(registryEndpoint('oci://ghcr.io/acme/models').origin, 'https://ghcr.io');
    assert.equal(registryEndpoint('oci://127.0.0.1.example.com/m').origin, 'https://127.0.0.1.example.com');
  });

  test('a host or repository name outside the grammar is refused', () => {
    for (const address of [
      'oci://ghcr.io:99999/m',
      'oci://user@ghcr.io/m',
      'oci://ghcr.io/-m',
      'oci://ghcr.io/m?x=1',
    ]) {
      assert.throws(
        () => registryEndpoint(address),
        (error: unknown) => error instanceof ModelStoreError && error.code === 'invalid-store',
        address,
      );
    }
  });
});

describe('WWW-Authenticate challenges', () => {
  test('Bearer parameters are read quoted or bare, with every scope', () => {
    assert.deepEqual(
      parseChallenge(
        'Bearer realm="https://auth.example.com/token?x=\\"1\\"",service=registry.example.com,scope="repository:a/b:pull repository:c:pull,push"',
      ),
      {
        scheme: 'bearer',
        realm: new URL('https://auth.example.com/token?x="1"'),
        service: 'registry.example.com',
        scopes: ['repository:a/b:pull', 'repository:c:pull,push'],
      },
    );
    assert.deepEqual(parseChallenge('Basic realm="Registry Realm"'), { scheme: 'basic' });
  });

  test('a challenge that cannot be answered is none at all', () => {
    for (const header of [
      null,
      'Negotiate abc',
      'Bearer realm="not a url"',
      'Bearer realm="https://a.example/token" garbage',
      `Bearer realm="https://a.example/${'x'.repeat(5000)}"`,
    ]) {
      assert.equal(parseChallenge(header), undefined, String(header).slice(0, 60));
    }
  });
});

describe('refusals and hostile answers', () => {
  test("GitHub's registry refusing a token says which workflow permission to give, without the token", async () => {
    const { fetch, seen } = scripted([
      challenge('https://ghcr.io/token'),
      () =>
        Response.json(
          { errors: [{ code: 'DENIED', message: 'requested access to the resource is denied' }] },
          { status: 403 },
        ),
    ]);
    const target = new RegistryTarget('oci://ghcr.io/Acme/Models', { credentials, fetch, retries: 0 });
    const error = await rejection(
      target.pushBlob({ digest: DIGEST, size: 1 }, () => Readable.from([Buffer.from('x')])),
    );
    assert.equal(error.code, 'access-denied');
    assert.equal(
      error.message,
      'The registry ghcr.io refused to let us write to acme/models (HTTP 403: DENIED: requested access to the resource is denied). ' +
        'Check that the username and password or token given for it are right and may write the repository. ' +
        'On GitHub the workflow needs `permissions: packages: write` to push (`packages: read` to pull).',
    );
    assert.ok(!error.message.includes(TOKEN));
    // The token request carried the credentials, to the realm and for the scope needed.
    assert.equal(seen[1].url.origin + seen[1].url.pathname, 'https://ghcr.io/token');
    assert.deepEqual(
      [...seen[1].url.searchParams.getAll('scope')],
      ['repository:acme/models:pull,push', 'repository:acme/models:pull'],
    );
    assert.equal(seen[1].authorization, `Basic ${Buffer.from(`octocat:${TOKEN}`).toString('base64')}`);
  });

  test('a realm over plain HTTP to another host gets no credentials', async () => {
    const { fetch, seen } = scripted([challenge('http://auth.example.com/token')]);
    const target = new RegistryTarget('oci://registry.example.com/acme/models', { credentials, fetch });
    const error = await rejection(target.getManifest('v1'));
    assert.equal(error.code, 'protocol');
    assert.match(error.message, /asks for a token from http:\/\/auth\.example\.com, which is not HTTPS/);
    assert.equal(seen.length, 1);
  });

  test("a token that could break a header is refused, and a registry's hostile error body is quoted short and inert", async () => {
    const tokenAnswer = scripted([
      challenge('https://ghcr.io/token'),
      () => Response.json({ token: 'abc\r\nX-Injected: 1' }),
    ]);
    const refused = await rejection(
      new RegistryTarget('oci://ghcr.io/acme/models', { fetch: tokenAnswer.fetch }).getManifest('v1'),
    );
    assert.equal(refused.code, 'protocol');
    assert.match(refused.message, /sent no usable token/);

    const hostile = `\u001b[31m\n::error::forged\r\n${'A'.repeat(10_000)}`;
    const { fetch } = scripted([() => new Response(hostile, { status: 400 })]);
    const error = await rejection(new RegistryTarget('oci://127.0.0.1:1/acme/models', { fetch }).getManifest('v1'));
    assert.equal(error.code, 'protocol');
    assert.ok(![...error.message].some((character) => character.charCodeAt(0) < 0x20), error.message);
    assert.ok(error.message.length < 400, `${error.message.length} characters`);
    assert.match(error.message, /\(HTTP 400: \[31m ::error::forged A+…\)/);
  });

  test('an upload Location on another host is refused: our credentials stay with the registry', async () => {
    const { fetch, seen } = scripted([
      () => new Response(null, { status: 404 }),
      () => new Response(null, { status: 202, headers: { location: 'https://elsewhere.example.com/upload/1' } }),
    ]);
    const target = new RegistryTarget('oci://registry.example.com/acme/models', { fetch });
    const error = await rejection(
      target.pushBlob({ digest: DIGEST, size: 1 }, () => Readable.from([Buffer.from('x')])),
    );
    assert.equal(error.code, 'protocol');
    assert.match(error.message, /upload Location that is not on https:\/\/registry\.example\.com/);
    assert.equal(seen.length, 2);
  });

  test('a HEAD redirected to blob storage means the blob is there; the signed storage URL is not asked', async () => {
    const { fetch, seen } = scripted([
      () =>
        new Response(null, {
          status: 307,
          headers: { location: 'https://storage.example.com/blob?signature=get-only' },
        }),
    ]);
    assert.equal(await new RegistryTarget('oci://registry.example.com/acme/models', { fetch }).hasBlob(DIGEST), true);
    assert.equal(seen.length, 1);
  });

  test('a manifest larger than registries allow is refused before it is read', async () => {
    const { fetch } = scripted([
      () =>
        new Response('{}', {
          status: 200,
          headers: { 'content-length': String(64 * 1024 * 1024), 'content-type': 'application/json' },
        }),
    ]);
    const error = await rejection(new RegistryTarget('oci://127.0.0.1:1/m', { fetch }).getManifest('v1'));
    assert.equal(error.code, 'protocol');
    assert.match(error.message, /a manifest of 67108864 bytes, more than the 4194304 allowed/);
  });
});

test('a registry that accepts connections and never answers costs bounded time, each try abandoned without progress', async () => {
  const hung = await HungServer.start();
  stopAfterTests(() => hung.close());
  const target = new RegistryTarget(`oci://${new URL(hung.url).host}/acme/models`, {
    timeoutMs: 200,
    retries: 2,
    retryDelayMs: 10,
  });
  const started = Date.now();
  const error = await rejection(target.getManifest('v1'));
  assert.equal(error.code, 'unavailable');
  assert.match(
    error.message,
    /kept failing after 2 retries: GET \/v2\/acme\/models\/manifests\/v1: no progress for 200 ms/,
  );
  // Three tries of 200 ms each (Node 24's fetch may open more than one connection for a try).
  const elapsed = Date.now() - started;
  assert.ok(hung.connections >= 3, `${hung.connections} connections`);
  assert.ok(elapsed >= 600 && elapsed < 3000, `${elapsed} ms`);
});
