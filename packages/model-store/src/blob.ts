import { createHash } from 'node:crypto';
import { Transform, type TransformCallback, type Readable } from 'node:stream';
import { ModelStoreError, quoted } from './errors.js';
import type { Descriptor } from './target.js';

// OCI content as the store handles it: digests, tags, and bytes verified
// against their descriptor while they move.

/** Manifests, configs and index.json are read whole: bounded, as distribution registries bound manifests. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** distribution-spec: the tag grammar. */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

export function isOciTag(value: string): boolean {
  return TAG.test(value);
}

/** The only digest algorithm the store writes or accepts (image-spec `descriptor.md`, registered algorithms). */
const SHA256_DIGEST = /^sha256:[0-9a-f]{64}$/;

/** Whether `value` is `sha256:<64 lower-case hex>`: checked before a digest names a file or a URL path. */
export function isSha256Digest(value: unknown): value is `sha256:${string}` {
  return typeof value === 'string' && SHA256_DIGEST.test(value);
}

export function sha256DigestOf(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * Passes bytes through while hashing and counting them, and fails the stream
 * as soon as more bytes arrive than the descriptor's size, or at the end when
 * the sha256 or the size is not the descriptor's: a blob is verified while it
 * is written, never after, and a wrong blob never grows without bound.
 */
export class VerifyingStream extends Transform {
  private readonly hash = createHash('sha256');
  private received = 0;

  constructor(
    private readonly expected: Pick<Descriptor, 'digest' | 'size'>,
    /** What the bytes are, for the message: `the blob sha256:…`, `'weights.bin'`. */
    private readonly shown: string,
    private readonly onBytes?: (bytes: number) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.received += chunk.length;
    if (this.received > this.expected.size) {
      callback(this.mismatch(`more than the ${this.expected.size} bytes its descriptor names`));
      return;
    }
    this.hash.update(chunk);
    this.onBytes?.(this.received);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.received !== this.expected.size) {
      callback(this.mismatch(`${this.received} bytes where its descriptor names ${this.expected.size}`));
      return;
    }
    const digest = `sha256:${this.hash.digest('hex')}`;
    if (digest !== this.expected.digest) {
      callback(this.mismatch(`bytes whose digest is ${digest}, not ${this.expected.digest}`));
      return;
    }
    callback();
  }

  private mismatch(what: string): ModelStoreError {
    return new ModelStoreError('digest-mismatch', `${this.shown} has ${what}.`);
  }
}

/** The bytes of a small document (a manifest, a config, index.json), refusing more than `limit`. */
export async function readBounded(stream: Readable, limit: number, shown: string): Promise<Buffer> {
  const bytes = await collectAtMost(stream, limit);
  if (bytes !== undefined) return bytes;
  stream.destroy();
  throw new ModelStoreError('invalid-artifact', `${shown} is larger than ${limit} bytes; it is not a model document.`);
}

/**
 * The bytes of `chunks` when they come to at most `limit`; undefined as soon
 * as they pass it (the rest is not read), for the caller to refuse in its words.
 */
export async function collectAtMost(chunks: AsyncIterable<Uint8Array>, limit: number): Promise<Buffer | undefined> {
  const kept: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > limit) return undefined;
    kept.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(kept);
}

/** Names a digest read from an untrusted place without echoing more than a digest's worth of it. */
export function shownDigest(value: string): string {
  return isSha256Digest(value) ? value : quoted(value, 80);
}
