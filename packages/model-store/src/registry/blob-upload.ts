// The distribution spec's blob push (spec.md, "Pushing blobs"): HEAD first,
// a cross-repository mount where one is offered, then one upload session
// that sends the bytes in chunks (PATCH) and closes with the final PUT
// `?digest=`. A blob no larger than one chunk goes in that PUT alone: the
// monolithic POST-then-PUT upload. A chunk that fails resumes from where the
// registry says it stands (GET on the session), and only when the registry
// no longer knows the session does it start over.
import { Readable } from 'node:stream';
import { StoreHttpError } from './errors.js';
import { excerptOf, discard, statusNote } from './untrusted.js';
import { TransientFailure, type RegistrySession } from './session.js';
import type { Descriptor, ProgressListener } from '../target.js';

export interface UploadOptions {
  chunkSize: number;
  /** A repository of the same registry that may hold the blob: mounted from when offered. */
  mountFrom?: string;
  onProgress?: ProgressListener;
}

/** An upload session and how many bytes of the blob the registry holds in it. */
interface UploadSession {
  url: URL;
  offset: number;
}

type BlobDescriptor = Pick<Descriptor, 'digest' | 'size'>;

/** Pushes one blob; `onProgress` hears of the bytes sent (none when the registry had it or mounted it). */
export async function uploadBlob(
  session: RegistrySession,
  descriptor: BlobDescriptor,
  open: (offset: number) => Readable,
  options: UploadOptions,
): Promise<void> {
  if (await blobExists(session, descriptor.digest, 'pull,push')) return;
  let upload = await startUpload(session, descriptor, options.mountFrom);
  if (upload === 'mounted') return;
  const transfer = new Transfer(session, descriptor, open, options, upload);
  for (let attempt = 0; ; attempt++) {
    try {
      await transfer.send();
      return;
    } catch (error) {
      if (!(error instanceof TransientFailure)) throw error;
      await session.pause(attempt, error);
      // The final PUT may have landed before the connection broke.
      if (await blobExists(session, descriptor.digest, 'pull,push')) return;
      // Asked at the newest URL the registry gave: older ones carry a state it has moved past.
      upload = (await uploadStatus(session, transfer.session.url)) ?? (await startUpload(session, descriptor));
      if (upload === 'mounted') return;
      transfer.session = upload;
    }
  }
}

/** HEAD on the blob: true when the repository holds it. */
export async function blobExists(
  session: RegistrySession,
  digest: string,
  access: 'pull' | 'pull,push',
): Promise<boolean> {
  const response = await session.send({ method: 'HEAD', url: session.url(`blobs/${digest}`), access });
  await discard(response);
  // A redirect to blob storage means the registry has the blob.
  if (response.status === 200 || (response.status >= 301 && response.status <= 308 && response.status !== 304))
    return true;
  if (response.status === 404) return false;
  throw new StoreHttpError(
    'refused',
    `The registry ${session.location.host} answered HEAD of blob ${digest} in ${session.location.repository} with HTTP ${response.status}.`,
    response.status,
  );
}

/** POST …/blobs/uploads/, with `?mount=&from=` when a source repository is known. */
async function startUpload(
  session: RegistrySession,
  descriptor: BlobDescriptor,
  mountFrom?: string,
): Promise<UploadSession | 'mounted'> {
  const url = session.url('blobs/uploads/');
  const mount = mountFrom !== undefined && mountFrom !== session.location.repository;
  if (mount) {
    url.searchParams.set('mount', descriptor.digest);
    url.searchParams.set('from', mountFrom);
  }
  const response = await session.send({
    method: 'POST',
    url,
    access: 'pull,push',
    ...(mount ? { alsoPulls: mountFrom } : {}),
    body: Buffer.alloc(0),
  });
  if (response.status === 201 && mount) {
    await discard(response);
    return 'mounted';
  }
  if (response.status !== 202) throw await unexpected(session, 'POST blobs/uploads/', response);
  await discard(response);
  return { url: sessionUrl(session, response), offset: 0 };
}

/** GET on the session: where the registry stands, or undefined when it no longer knows the session. */
async function uploadStatus(session: RegistrySession, url: URL): Promise<UploadSession | undefined> {
  const response = await session.send({ method: 'GET', url, access: 'pull,push' });
  // Distribution answers 400 BLOB_UPLOAD_INVALID (and cancels the session) when the
  // state in the URL is behind the bytes it holds: a chunk landed whose answer was lost.
  if (response.status === 404 || response.status === 400) {
    await discard(response);
    return undefined;
  }
  if (response.status !== 204 && response.status !== 202 && response.status !== 200) {
    throw await unexpected(session, 'GET of the upload session', response);
  }
  await discard(response);
  return { url: sessionUrl(session, response, url), offset: receivedOf(response) ?? 0 };
}

/** Sends the bytes of one blob into a session, chunk by chunk, and closes it. */
class Transfer {
  constructor(
    private readonly registry: RegistrySession,
    private readonly descriptor: BlobDescriptor,
    private readonly open: (offset: number) => Readable,
    private readonly options: UploadOptions,
    /** The upload session as the registry last described it. */
    public session: UploadSession,
  ) {}

  /** Sends what the session lacks, from its offset. */
  async send(): Promise<void> {
    const { size } = this.descriptor;
    while (size - this.session.offset > this.options.chunkSize) {
      this.session = await this.patch(this.session.url, this.session.offset, this.options.chunkSize);
    }
    await this.close(this.session.url, this.session.offset, size - this.session.offset);
  }

  /** PATCH one chunk; the registry's answer says the next URL and how much it holds. */
  private async patch(url: URL, offset: number, length: number): Promise<UploadSession> {
    const response = await this.registry.send({
      method: 'PATCH',
      url,
      access: 'pull,push',
      headers: {
        'content-type': 'application/octet-stream',
        'content-range': `${offset}-${offset + length - 1}`,
      },
      body: { length, open: () => take(this.open(offset), length) },
      onSent: (sent) => this.options.onProgress?.(offset + sent),
    });
    if (response.status === 416) {
      // The registry holds a different amount than we thought: ask it, then go on from there.
      throw new TransientFailure(`PATCH at ${offset}${await statusNote(response)}`);
    }
    if (response.status !== 202) throw await unexpected(this.registry, 'PATCH of a chunk', response);
    await discard(response);
    const received = receivedOf(response) ?? offset + length;
    if (received > offset + length) {
      throw new StoreHttpError(
        'protocol',
        `The registry ${this.registry.location.host} says it holds ${received} bytes after a chunk that ended at ${offset + length}.`,
      );
    }
    return { url: sessionUrl(this.registry, response, url), offset: received };
  }

  /** The final PUT `?digest=`, carrying the last `length` bytes (all of a small blob). */
  private async close(url: URL, offset: number, length: number): Promise<void> {
    const target = new URL(url);
    target.searchParams.set('digest', this.descriptor.digest);
    const response = await this.registry.send({
      method: 'PUT',
      url: target,
      access: 'pull,push',
      headers: { 'content-type': 'application/octet-stream' },
      body: length === 0 ? Buffer.alloc(0) : { length, open: () => take(this.open(offset), length) },
      onSent: (sent) => this.options.onProgress?.(offset + sent),
    });
    if (response.status === 201) {
      await discard(response);
      this.options.onProgress?.(this.descriptor.size);
      return;
    }
    if (response.status === 416) throw new TransientFailure(`PUT at ${offset}${await statusNote(response)}`);
    const excerpt = await excerptOf(response);
    if (response.status === 400 && /DIGEST_INVALID|SIZE_INVALID/.test(excerpt)) {
      throw new StoreHttpError(
        'digest-mismatch',
        `The registry ${this.registry.location.host} refused blob ${this.descriptor.digest}: ` +
          `the bytes sent do not have that digest or size (${excerpt}). Did the file change while it was uploaded?`,
        response.status,
      );
    }
    throw new StoreHttpError(
      'refused',
      `The registry ${this.registry.location.host} refused the final PUT of blob ${this.descriptor.digest} ` +
        `(HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}).`,
      response.status,
    );
  }
}

/** The first `length` bytes of `source`; the source is closed after them. */
function take(source: Readable, length: number): Readable {
  async function* bytes() {
    let left = length;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        const part = chunk.length > left ? chunk.subarray(0, left) : chunk;
        left -= part.length;
        yield part;
        if (left === 0) return;
      }
    } finally {
      source.destroy();
    }
    throw new Error(`the blob's bytes ended ${left} bytes short of its size`);
  }
  return Readable.from(bytes(), { objectMode: false });
}

/** The session URL a response names in `Location`, which must stay on the registry (it gets our credentials). */
function sessionUrl(session: RegistrySession, response: Response, previous?: URL): URL {
  const location = response.headers.get('location');
  if (!location) {
    if (previous) return previous;
    throw new StoreHttpError('protocol', `The registry ${session.location.host} opened an upload without a Location.`);
  }
  let url: URL | undefined;
  try {
    url = location.length <= 8192 ? new URL(location, session.location.origin) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || url.origin !== session.location.origin) {
    throw new StoreHttpError(
      'protocol',
      `The registry ${session.location.host} sent an upload Location that is not on ${session.location.origin}.`,
    );
  }
  return url;
}

/**
 * How many bytes the registry holds, from `Range: 0-<last>`. Distribution
 * writes `0-0` for an empty session too; a session holding exactly one byte
 * is not one this client makes (chunks are large), so `0-0` reads as empty.
 */
function receivedOf(response: Response): number | undefined {
  const match = /^(?:bytes=)?0-(\d{1,15})$/.exec(response.headers.get('range')?.trim() ?? '');
  if (!match) return undefined;
  const last = Number(match[1]);
  return last === 0 ? 0 : last + 1;
}

async function unexpected(session: RegistrySession, what: string, response: Response): Promise<StoreHttpError> {
  return new StoreHttpError(
    'refused',
    `The registry ${session.location.host} answered ${what} in ${session.location.repository}${await statusNote(response)}.`,
    response.status,
  );
}
