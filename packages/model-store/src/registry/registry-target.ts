import { createHash } from 'node:crypto';
import { PassThrough, Readable, pipeline } from 'node:stream';
import type { Descriptor, OciTarget, ProgressListener } from '../target.js';
import { blobExists, uploadBlob } from './blob-upload.js';
import { StoreHttpError } from './errors.js';
import { registryEndpoint } from './location.js';
import { RegistrySession, type Credentials } from './session.js';
import { discard, readBounded, statusNote } from './untrusted.js';

export interface RegistryTargetOptions {
  /** Basic credentials, also sent to the token service of a Bearer challenge. Anonymous without. */
  credentials?: Credentials;
  /** Milliseconds a request may go without progress; default 60 s. */
  timeoutMs?: number;
  /** Retries of a failed request or chunk (5xx, 429, resets, timeouts); default 5. */
  retries?: number;
  /** The first back-off in milliseconds, doubled at each retry; default 1 s. */
  retryDelayMs?: number;
  /** The longest back-off, `Retry-After` included; default 30 s. */
  maxRetryDelayMs?: number;
  /** Blobs larger than this go up in chunks of this size; default 64 MiB. */
  chunkSize?: number;
  /** A repository of the same registry to mount blobs from when it has them (a sibling model). */
  mountFrom?: string;
  /** For tests that put a fault between client and registry; Node's global fetch otherwise. */
  fetch?: typeof fetch;
  /** Told of each retry (what failed, when the next try is): for a line in the log. */
  onRetry?: (message: string) => void;
}

/** The media types a manifest is asked for with: OCI first, Docker's for registries that still speak it. */
const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];
/** Distribution's own limit for a manifest. */
const MANIFEST_LIMIT = 4 * 1024 * 1024;
const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/**
 * One repository of an OCI registry (`oci://<host>[:<port>]/<repository>`),
 * spoken to by the distribution spec over HTTPS (plain HTTP on loopback).
 */
export class RegistryTarget implements OciTarget {
  readonly location: string;
  private readonly session: RegistrySession;
  private readonly chunkSize: number;
  private readonly mountFrom: string | undefined;

  constructor(address: string, options: RegistryTargetOptions = {}) {
    const location = registryEndpoint(address);
    this.location = `oci://${location.host}/${location.repository}`;
    // Each chunk is a request the registry ends by saving its hash state: 64 MiB pushed 1 GiB to docker-registry
    // about a fifth faster than 16 MiB (bench/store.mjs), stays under the 100 MB request bodies proxies such as
    // Cloudflare's admit, and a chunk that fails is sent again at most once whole. Memory does not grow with it.
    this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
    if (!Number.isSafeInteger(this.chunkSize) || this.chunkSize < 1) {
      throw new RangeError(`chunkSize must be a positive integer, not ${this.chunkSize}`);
    }
    this.mountFrom = options.mountFrom?.toLowerCase();
    this.session = new RegistrySession(location, {
      ...(options.credentials ? { credentials: options.credentials } : {}),
      timeoutMs: options.timeoutMs ?? 60_000,
      retries: options.retries ?? 5,
      retryDelayMs: options.retryDelayMs ?? 1000,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
      fetch: options.fetch ?? fetch,
      ...(options.onRetry ? { onRetry: options.onRetry } : {}),
    });
  }

  /** `host[:port]` */
  get host(): string {
    return this.session.location.host;
  }

  get repository(): string {
    return this.session.location.repository;
  }

  async hasBlob(digest: string): Promise<boolean> {
    return blobExists(this.session, checkedDigest(digest), 'pull');
  }

  async pushBlob(
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    open: (offset: number) => Readable,
    onProgress?: ProgressListener,
  ): Promise<void> {
    checkedDigest(descriptor.digest);
    if (!Number.isSafeInteger(descriptor.size) || descriptor.size < 0) {
      throw new RangeError(`A blob size must be a non-negative integer, not ${descriptor.size}`);
    }
    await uploadBlob(this.session, descriptor, open, {
      chunkSize: this.chunkSize,
      ...(this.mountFrom !== undefined ? { mountFrom: this.mountFrom } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
  }

  async pullBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<Readable> {
    const digest = checkedDigest(descriptor.digest);
    const response = await this.session.send({
      method: 'GET',
      url: this.session.url(`blobs/${digest}`),
      access: 'pull',
      // The bytes as stored: a transfer encoding would make them unverifiable against the digest.
      headers: { 'accept-encoding': 'identity' },
    });
    if (response.status !== 200) throw await this.failure(`blob ${digest}`, response);
    const declared = response.headers.get('content-length');
    if (declared !== null && Number(declared) !== descriptor.size) {
      await discard(response);
      throw new StoreHttpError(
        'digest-mismatch',
        `The registry ${this.host} sent ${Number(declared)} bytes for blob ${digest} of ${descriptor.size} bytes.`,
      );
    }
    return this.watched(Readable.fromWeb(response.body!), digest);
  }

  async putManifest(manifest: Buffer, mediaType: string, tag?: string): Promise<string> {
    if (manifest.length > MANIFEST_LIMIT) {
      throw new StoreHttpError(
        'refused',
        `A manifest of ${manifest.length} bytes is over the ${MANIFEST_LIMIT} registries take.`,
      );
    }
    if (tag !== undefined && !TAG.test(tag)) {
      throw new RangeError(`${JSON.stringify(tag)} is not an OCI tag (letters, digits, _ . -, at most 128)`);
    }
    const digest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
    for (const reference of tag === undefined ? [digest] : [digest, tag]) {
      const response = await this.session.send({
        method: 'PUT',
        url: this.session.url(`manifests/${reference}`),
        access: 'pull,push',
        headers: { 'content-type': mediaType },
        body: manifest,
      });
      if (response.status !== 201) throw await this.failure(`manifest ${reference}`, response, 'refused');
      await discard(response);
      const stored = response.headers.get('docker-content-digest');
      if (stored !== null && stored !== digest) {
        throw new StoreHttpError(
          'digest-mismatch',
          `The registry ${this.host} stored manifest ${reference} under another digest than its bytes have (${digest}).`,
        );
      }
    }
    return digest;
  }

  async getManifest(reference: string): Promise<{ mediaType: string; bytes: Buffer; digest: string }> {
    const byDigest = DIGEST.test(reference);
    if (!byDigest && !TAG.test(reference)) {
      throw new RangeError(`${JSON.stringify(reference)} is neither a digest nor an OCI tag`);
    }
    const response = await this.session.send({
      method: 'GET',
      url: this.session.url(`manifests/${reference}`),
      access: 'pull',
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
    });
    if (response.status !== 200) throw await this.failure(`manifest ${reference}`, response);
    const bytes = await readBounded(response, MANIFEST_LIMIT, 'a manifest');
    const expected = byDigest ? reference : response.headers.get('docker-content-digest');
    const algorithm = expected && DIGEST.test(expected) ? expected.split(':')[0] : 'sha256';
    const digest = `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
    if (expected !== null && expected !== digest) {
      throw new StoreHttpError(
        'digest-mismatch',
        `The registry ${this.host} sent manifest ${reference} whose bytes have digest ${digest}, not ${expected.slice(0, 80)}.`,
      );
    }
    const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
    let mediaType = MANIFEST_MEDIA_TYPES.includes(contentType) ? contentType : '';
    if (!mediaType) {
      try {
        const declared = (JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown }).mediaType;
        if (typeof declared === 'string' && MANIFEST_MEDIA_TYPES.includes(declared)) mediaType = declared;
      } catch {
        // Not JSON: refused below.
      }
    }
    if (!mediaType) {
      throw new StoreHttpError(
        'protocol',
        `The registry ${this.host} sent manifest ${reference} of no known media type.`,
      );
    }
    return { mediaType, bytes, digest };
  }

  /** A blob download that fails, rather than hangs, when the registry stops sending. */
  private watched(body: Readable, digest: string): Readable {
    const { timeoutMs } = this.session.options;
    const out = new PassThrough();
    let timer: NodeJS.Timeout | undefined;
    const idle = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        body.destroy(
          new StoreHttpError(
            'unavailable',
            `The registry ${this.host} stopped sending blob ${digest} for ${timeoutMs} ms.`,
          ),
        );
      }, timeoutMs);
    };
    body.on('data', idle);
    idle();
    pipeline(body, out, (error) => {
      clearTimeout(timer);
      if (error) out.destroy(error);
    });
    return out;
  }

  private async failure(
    what: string,
    response: Response,
    otherwise: 'refused' | 'protocol' = 'protocol',
  ): Promise<StoreHttpError> {
    const note = await statusNote(response);
    if (response.status === 404) {
      return new StoreHttpError(
        'not-found',
        `The registry ${this.host} has no ${what} in ${this.repository}${note}.`,
        404,
      );
    }
    return new StoreHttpError(
      otherwise,
      `The registry ${this.host} answered the request for ${what} in ${this.repository}${note}.`,
      response.status,
    );
  }
}

function checkedDigest(digest: string): string {
  if (!DIGEST.test(digest))
    throw new RangeError(`${JSON.stringify(digest.slice(0, 100))} is not a sha256 or sha512 digest`);
  return digest;
}
