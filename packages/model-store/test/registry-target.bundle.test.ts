// RegistryTarget against a real registry (Debian's docker-registry,
// distribution 2.8) on 127.0.0.1, without auth, with Basic auth and with the
// Bearer token flow; faults come from a small proxy put in front of it.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import {
  FaultProxy,
  ensureInstalled,
  startRegistry,
  stopAfterTests,
  type Fault,
  type OciRegistry,
} from '@mlops-actions/action-testing';
import {
  MODEL_MANIFEST_ARTIFACT_TYPE,
  ModelStoreError,
  RegistryTarget,
  StoreHttpError,
  type RegistryTargetOptions,
} from '@mlops-actions/model-store';

const MIB = 1024 * 1024;
const CONFIG_MEDIA_TYPE = 'application/vnd.cncf.model.config.v1+json';
const MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
const LAYER_MEDIA_TYPE = 'application/vnd.cncf.model.weight.v1.raw';

/** A blob: its bytes and its descriptor. */
function blob(bytes: Buffer) {
  return { bytes, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size: bytes.length };
}

/** What `open(offset)` gives: the bytes from offset, in small pieces as a file stream would. */
function opener(bytes: Buffer) {
  return (offset: number) => Readable.from(chunksOf(bytes.subarray(offset), 64 * 1024));
}

function* chunksOf(bytes: Buffer, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

interface Sent {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
}

/** Global fetch, recording each request the target makes. */
function recordingFetch(sent: Sent[]): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    sent.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: new Headers(init?.headers),
    });
    return fetch(input, init);
  };
}

const QUICK: RegistryTargetOptions = { retryDelayMs: 20, maxRetryDelayMs: 2000, timeoutMs: 10_000 };

/** Pushes a ModelPack-shaped artifact (config, one layer, manifest with artifactType) and returns its parts. */
async function pushArtifact(target: RegistryTarget, tag?: string) {
  const layer = blob(randomBytes(2048));
  const config = blob(
    Buffer.from(
      JSON.stringify({
        descriptor: { name: 'tiny-lm', version: '0.3.0' },
        modelfs: { type: 'layers', diffIds: [layer.digest] },
        config: {},
      }),
    ),
  );
  await target.pushBlob(config, opener(config.bytes));
  await target.pushBlob(layer, opener(layer.bytes));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST_MEDIA_TYPE,
      artifactType: MODEL_MANIFEST_ARTIFACT_TYPE,
      config: { mediaType: CONFIG_MEDIA_TYPE, digest: config.digest, size: config.size },
      layers: [
        {
          mediaType: LAYER_MEDIA_TYPE,
          digest: layer.digest,
          size: layer.size,
          annotations: { 'org.cncf.model.filepath': 'model.bin' },
        },
      ],
      annotations: { 'org.opencontainers.image.version': '0.3.0' },
    }),
  );
  const digest = await target.putManifest(manifest, MANIFEST_MEDIA_TYPE, tag);
  return { layer, config, manifest, digest };
}

async function skopeoRaw(registry: OciRegistry, reference: string): Promise<string> {
  const credentials = registry.username ? ['--creds', `${registry.username}:${registry.password}`] : [];
  const { stdout } = await promisify(execFile)('skopeo', [
    'inspect',
    '--raw',
    '--tls-verify=false',
    ...credentials,
    `docker://${registry.host}/${reference}`,
  ]);
  return stdout;
}

async function rejection(promise: Promise<unknown>): Promise<StoreHttpError> {
  const error = await promise.then(
    () => assert.fail('expected the registry to refuse'),
    (thrown: unknown) => thrown,
  );
  assert.ok(error instanceof StoreHttpError, `not a StoreHttpError: ${String(error)}`);
  return error;
}

beforeAll(() => ensureInstalled('skopeo', 'skopeo'));

describe('a registry without authentication', () => {
  let registry: OciRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'none' });
  });

  test('a small blob goes up in one POST and PUT, comes back byte for byte, and is not sent twice', async () => {
    const sent: Sent[] = [];
    const target = new RegistryTarget(`oci://${registry.host}/team/plain`, { ...QUICK, fetch: recordingFetch(sent) });
    const small = blob(randomBytes(3000));
    assert.equal(await target.hasBlob(small.digest), false);
    let progress = 0;
    await target.pushBlob(small, opener(small.bytes), (bytes) => (progress = bytes));
    assert.deepEqual(
      sent.map(({ method }) => method),
      ['HEAD', 'HEAD', 'POST', 'PUT'],
    );
    assert.equal(sent[3].query.get('digest'), small.digest);
    assert.equal(progress, small.size);
    assert.equal(await target.hasBlob(small.digest), true);
    assert.deepEqual(await readAll(await target.pullBlob(small)), small.bytes);

    sent.length = 0;
    await target.pushBlob(small, () => assert.fail('a blob the registry holds is not read again'));
    assert.deepEqual(
      sent.map(({ method }) => method),
      ['HEAD'],
    );
  });

  test('a large blob goes up in chunks, each PATCH at the offset the registry confirmed', async () => {
    const sent: Sent[] = [];
    const target = new RegistryTarget(`oci://${registry.host}/team/chunked`, {
      ...QUICK,
      chunkSize: MIB,
      fetch: recordingFetch(sent),
    });
    const large = blob(randomBytes(3 * MIB + 123));
    const seen: number[] = [];
    await target.pushBlob(large, opener(large.bytes), (bytes) => seen.push(bytes));
    const patches = sent.filter(({ method }) => method === 'PATCH');
    assert.deepEqual(
      patches.map(({ headers }) => headers.get('content-range')),
      [`0-${MIB - 1}`, `${MIB}-${2 * MIB - 1}`, `${2 * MIB}-${3 * MIB - 1}`],
    );
    assert.equal(sent.at(-1)!.method, 'PUT');
    assert.equal(sent.at(-1)!.headers.get('content-length'), '123');
    assert.equal(seen.at(-1), large.size);
    assert.ok(
      seen.every((bytes, index) => index === 0 || bytes >= seen[index - 1]),
      'progress never goes back',
    );
    assert.deepEqual(await readAll(await target.pullBlob(large)), large.bytes);
  });

  test('a blob another repository holds is mounted, not uploaded', async () => {
    const source = new RegistryTarget(`oci://${registry.host}/team/first-model`, QUICK);
    const shared = blob(randomBytes(5000));
    await source.pushBlob(shared, opener(shared.bytes));
    const sent: Sent[] = [];
    const target = new RegistryTarget(`oci://${registry.host}/team/second-model`, {
      ...QUICK,
      mountFrom: 'team/first-model',
      fetch: recordingFetch(sent),
    });
    await target.pushBlob(shared, () => assert.fail('a mounted blob is not read'));
    assert.deepEqual(
      sent.map(({ method }) => method),
      ['HEAD', 'POST'],
    );
    assert.equal(sent[1].query.get('mount'), shared.digest);
    assert.equal(sent[1].query.get('from'), 'team/first-model');
    assert.equal(await target.hasBlob(shared.digest), true);
  });

  test('a ModelPack manifest is stored by digest and by tag, read back as stored, and skopeo reads it', async () => {
    const target = new RegistryTarget(`oci://${registry.host}/team/tiny-lm`, QUICK);
    const { manifest, digest, config } = await pushArtifact(target, 'v0.3.0');
    assert.equal(digest, `sha256:${createHash('sha256').update(manifest).digest('hex')}`);
    for (const reference of [digest, 'v0.3.0']) {
      const read = await target.getManifest(reference);
      assert.deepEqual(read, { mediaType: MANIFEST_MEDIA_TYPE, bytes: manifest, digest });
    }
    assert.equal(await skopeoRaw(registry, 'team/tiny-lm:v0.3.0'), manifest.toString('utf8'));
    assert.deepEqual(await readAll(await target.pullBlob(config)), config.bytes);
    const missing = await rejection(target.getManifest('v9.9.9'));
    assert.equal(missing.code, 'not-found');
  });

  test('a stored manifest whose bytes changed on disk is refused, not returned', async () => {
    const target = new RegistryTarget(`oci://${registry.host}/team/corrupted`, QUICK);
    const { digest } = await pushArtifact(target);
    await registry.corruptBlob(digest);
    const error = await rejection(target.getManifest(digest));
    assert.equal(error.code, 'digest-mismatch');
    assert.match(error.message, /whose bytes have digest sha256:/);
  });

  test('an address that is not oci://host/repository, or plain HTTP to a remote host, is refused before any request', () => {
    for (const address of [
      'https://ghcr.io/acme/models',
      'oci://ghcr.io',
      'oci://ghcr.io/Acme Models',
      'oci://ghcr.io/a//b',
    ]) {
      assert.throws(
        () => new RegistryTarget(address),
        (error: unknown) => {
          // The one parser of store addresses refuses it, saying which forms to write.
          assert.ok(error instanceof ModelStoreError);
          assert.equal(error.code, 'invalid-store');
          assert.match(error.message, /oci:\/\/<host>\[:<port>\]\/<repository>/);
          return true;
        },
      );
    }
    assert.equal(
      new RegistryTarget('oci://ghcr.io/Acme/LLM-Twin/models').location,
      'oci://ghcr.io/acme/llm-twin/models',
    );
  });
});

describe('a registry with Basic authentication', () => {
  let registry: OciRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
  });

  test('with the right credentials an artifact goes up and comes back, and skopeo reads it with them', async () => {
    const sent: Sent[] = [];
    const target = new RegistryTarget(`oci://${registry.host}/team/basic`, {
      ...QUICK,
      credentials: { username: registry.username, password: registry.password },
      fetch: recordingFetch(sent),
    });
    const { manifest, layer } = await pushArtifact(target, 'v1');
    assert.deepEqual((await target.getManifest('v1')).bytes, manifest);
    assert.deepEqual(await readAll(await target.pullBlob(layer)), layer.bytes);
    assert.equal(await skopeoRaw(registry, 'team/basic:v1'), manifest.toString('utf8'));
    // One anonymous try learns the scheme; every later request carries Basic credentials.
    assert.equal(sent.filter(({ headers }) => !headers.has('authorization')).length, 1);
    assert.ok(sent.slice(1).every(({ headers }) => headers.get('authorization')?.startsWith('Basic ')));
  });

  test('a wrong password is refused with what to change, and without the password', async () => {
    const password = `${registry.password}-wrong`;
    const target = new RegistryTarget(`oci://${registry.host}/team/basic`, {
      ...QUICK,
      credentials: { username: registry.username, password },
    });
    const small = blob(randomBytes(100));
    const error = await rejection(target.pushBlob(small, opener(small.bytes)));
    assert.equal(error.code, 'access-denied');
    assert.equal(error.status, 401);
    assert.match(error.message, /refused to let us write to team\/basic/);
    assert.match(error.message, /Check that the username and password or token given for it are right/);
    assert.ok(!error.message.includes(password) && !error.message.includes(registry.password));
  });

  test('no credentials: the error says the registry needs them', async () => {
    const target = new RegistryTarget(`oci://${registry.host}/team/basic`, QUICK);
    const error = await rejection(target.getManifest('v1'));
    assert.equal(error.code, 'access-denied');
    assert.match(error.message, /It needs credentials/);
  });
});

describe('a registry with Bearer token authentication', () => {
  let registry: OciRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'token' });
  });

  test('tokens come from the realm for the scope each request needs, once per scope', async () => {
    const sent: Sent[] = [];
    const target = new RegistryTarget(`oci://${registry.host}/team/token`, {
      ...QUICK,
      credentials: { username: registry.username, password: registry.password },
      fetch: recordingFetch(sent),
    });
    const { manifest, layer } = await pushArtifact(target, 'v2');
    assert.deepEqual((await target.getManifest('v2')).bytes, manifest);
    assert.deepEqual(await readAll(await target.pullBlob(layer)), layer.bytes);
    // The scope the request needs, with the one the registry's challenge named.
    assert.deepEqual(registry.tokenRequests, [
      {
        scopes: ['repository:team/token:pull,push', 'repository:team/token:pull'],
        user: registry.username,
        granted: true,
      },
      { scopes: ['repository:team/token:pull'], user: registry.username, granted: true },
    ]);
    assert.equal(await skopeoRaw(registry, 'team/token:v2'), manifest.toString('utf8'));
    const toRegistry = sent.filter(({ path }) => path.startsWith('/v2/'));
    assert.equal(toRegistry.filter(({ headers }) => !headers.has('authorization')).length, 1);
  });

  test('a mount asks for a token that may also pull the source repository', async () => {
    const credentials = { username: registry.username, password: registry.password };
    const source = new RegistryTarget(`oci://${registry.host}/team/token-source`, { ...QUICK, credentials });
    const shared = blob(randomBytes(4000));
    await source.pushBlob(shared, opener(shared.bytes));
    registry.tokenRequests.length = 0;
    const target = new RegistryTarget(`oci://${registry.host}/team/token-mounted`, {
      ...QUICK,
      credentials,
      mountFrom: 'team/token-source',
    });
    await target.pushBlob(shared, () => assert.fail('a mounted blob is not read'));
    assert.ok(await target.hasBlob(shared.digest));
    assert.ok(
      registry.tokenRequests.some(
        ({ scopes }) =>
          scopes.includes('repository:team/token-mounted:pull,push') &&
          scopes.includes('repository:team/token-source:pull'),
      ),
      JSON.stringify(registry.tokenRequests),
    );
  });

  test('credentials the token service refuses give a clear error without the password', async () => {
    const password = 'not-the-password-4f2a';
    const target = new RegistryTarget(`oci://${registry.host}/team/token`, {
      ...QUICK,
      credentials: { username: registry.username, password },
    });
    const error = await rejection(target.getManifest('v2'));
    assert.equal(error.code, 'access-denied');
    assert.match(error.message, /refused to let us read team\/token/);
    assert.match(error.message, /Check that the username and password or token/);
    assert.ok(!error.message.includes(password));
    assert.equal(registry.tokenRequests.at(-1)?.granted, false);
  });
});

// ---- faults, from a proxy between the client and the registry -------------

describe('faults between the client and the registry', () => {
  let registry: OciRegistry;
  let proxy: FaultProxy;
  beforeAll(async () => {
    registry = await startRegistry({ auth: 'basic' });
    proxy = await FaultProxy.start(() => registry);
  });

  const target = (repository: string, options: RegistryTargetOptions = {}) =>
    new RegistryTarget(`oci://${proxy.host}/${repository}`, {
      ...QUICK,
      credentials: { username: registry.username, password: registry.password },
      ...options,
    });

  test('two 500s and a 429 with Retry-After are retried, waiting as asked', async () => {
    const faults: Fault[] = [{ respond: 500 }, { respond: 500 }, { respond: 429, headers: { 'retry-after': '1' } }];
    const repository = 'faults/retried';
    const { digest, manifest } = await pushArtifact(target(repository), 'v1');
    proxy.requests.length = 0;
    proxy.fault = (request) => (request.path.includes('/manifests/') ? faults.shift() : undefined);
    const started = Date.now();
    const read = await target(repository).getManifest('v1');
    assert.deepEqual(read, { mediaType: MANIFEST_MEDIA_TYPE, bytes: manifest, digest });
    assert.ok(Date.now() - started >= 950, 'Retry-After: 1 was honoured');
    // Three faults, the anonymous try (401), and the answer.
    assert.equal(proxy.requests.filter(({ path }) => path.includes('/manifests/')).length, 5);
  });

  test('retries are bounded: a registry that keeps failing gives up with what it said', async () => {
    proxy.fault = (request) => (request.path.includes('/manifests/') ? { respond: 503 } : undefined);
    const error = await rejection(target('faults/retried', { retries: 2 }).getManifest('v1'));
    assert.equal(error.code, 'unavailable');
    assert.match(
      error.message,
      /kept failing after 2 retries: GET \/v2\/faults\/retried\/manifests\/v1 \(HTTP 503: UNAVAILABLE\)/,
    );
  });

  test('a connection reset during a chunk resumes from the offset the registry reports', async () => {
    const large = blob(randomBytes(3 * MIB + 10));
    let patches = 0;
    proxy.requests.length = 0;
    proxy.fault = (request) => (request.method === 'PATCH' && ++patches === 2 ? 'reset-before' : undefined);
    await target('faults/resumed', { chunkSize: MIB }).pushBlob(large, opener(large.bytes));
    const upload = proxy.requests.filter(({ method }) => ['POST', 'PATCH', 'PUT', 'GET'].includes(method));
    assert.deepEqual(
      upload.map(({ method, headers }) => `${method} ${headers['content-range'] ?? ''}`.trim()),
      [
        'POST',
        `PATCH 0-${MIB - 1}`,
        `PATCH ${MIB}-${2 * MIB - 1}`, // reset
        'GET', // where does the session stand?
        `PATCH ${MIB}-${2 * MIB - 1}`,
        `PATCH ${2 * MIB}-${3 * MIB - 1}`,
        'PUT',
      ],
    );
    proxy.fault = () => undefined;
    assert.deepEqual(await readAll(await target('faults/resumed').pullBlob(large)), large.bytes);
  });

  test('a chunk whose answer is lost: the registry drops that session, and the upload starts over whole', async () => {
    const large = blob(randomBytes(2 * MIB + 10));
    let patches = 0;
    proxy.requests.length = 0;
    proxy.fault = (request) => (request.method === 'PATCH' && ++patches === 1 ? 'reset-after' : undefined);
    await target('faults/restarted', { chunkSize: MIB }).pushBlob(large, opener(large.bytes));
    assert.equal(proxy.requests.filter(({ method }) => method === 'POST').length, 2);
    proxy.fault = () => undefined;
    assert.deepEqual(await readAll(await target('faults/restarted').pullBlob(large)), large.bytes);
  });

  test('a registry stopped mid-upload and started again: the upload goes on and completes', async () => {
    const large = blob(randomBytes(2 * MIB + 10));
    let patches = 0;
    let restarted: Promise<void> | undefined;
    proxy.fault = (request) => {
      if (request.method === 'PATCH' && ++patches === 2) {
        restarted = registry
          .stop()
          .then(() => new Promise((resolve) => setTimeout(resolve, 300)))
          .then(() => registry.start());
      }
      return undefined;
    };
    await target('faults/stopped', { chunkSize: MIB, retries: 8 }).pushBlob(large, opener(large.bytes));
    await restarted;
    proxy.fault = () => undefined;
    assert.deepEqual(await readAll(await target('faults/stopped').pullBlob(large)), large.bytes);
  });

  test('an upload answered with a redirect is refused as such, not retried and not followed', async () => {
    const file = blob(randomBytes(3 * MIB));
    proxy.requests.length = 0;
    proxy.fault = (request) =>
      request.method === 'PATCH'
        ? (received, response) => {
            received.resume();
            received.on('end', () => response.writeHead(307, { location: '/elsewhere' }).end());
          }
        : undefined;
    const error = await rejection(
      target('faults/upload-redirected', { chunkSize: MIB }).pushBlob(file, opener(file.bytes)),
    );
    assert.equal(error.code, 'protocol');
    assert.match(error.message, /redirected the upload PATCH \/v2\/faults\/upload-redirected\/blobs\/uploads\//);
    assert.equal(proxy.requests.filter(({ method }) => method === 'PATCH').length, 1);
    assert.ok(!proxy.requests.some(({ path }) => path.startsWith('/elsewhere')));
  });

  test('a blob download redirected to another host does not carry the registry credentials there', async () => {
    const file = blob(randomBytes(10_000));
    await target('faults/redirected').pushBlob(file, opener(file.bytes));
    const storageRequests: IncomingMessage['headers'][] = [];
    const storage = createServer((request, response) => {
      storageRequests.push(request.headers);
      response.writeHead(200, { 'content-length': String(file.size) }).end(file.bytes);
    });
    await new Promise<void>((resolve) => storage.listen(0, '127.0.0.1', resolve));
    stopAfterTests(() => {
      storage.closeAllConnections();
      return new Promise((resolve) => storage.close(() => resolve()));
    });
    const storagePort = (storage.address() as AddressInfo).port;
    proxy.requests.length = 0;
    // Only once the client has authenticated, so that the redirect answers a request that carried credentials.
    proxy.fault = (request) =>
      request.method === 'GET' && request.path.includes('/blobs/sha256:') && request.headers.authorization
        ? (_request, response) =>
            response.writeHead(307, { location: `http://localhost:${storagePort}/signed/blob?sig=abc` }).end()
        : undefined;
    assert.deepEqual(await readAll(await target('faults/redirected').pullBlob(file)), file.bytes);
    assert.equal(storageRequests.length, 1);
    assert.equal(storageRequests[0].authorization, undefined);
    assert.ok(proxy.requests.some(({ headers }) => headers.authorization?.startsWith('Basic ')));
  });
});
