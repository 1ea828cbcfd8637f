// An OCI image-layout folder (image-spec `image-layout.md`) as an OciTarget:
// `oci-layout`, `index.json`, `blobs/sha256/<hex>`. `skopeo copy oci:<dir>:<tag>`
// and other OCI tools read what it writes. Several runs on one machine (a
// self-hosted runner's shared disk) may write the same layout at once: blobs
// are content-addressed and appear by rename, and index.json changes under a
// lock file.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { lstat, mkdir, open, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  isOciTag,
  isSha256Digest,
  MAX_DOCUMENT_BYTES,
  readBounded,
  sha256DigestOf,
  shownDigest,
  VerifyingStream,
} from './blob.js';
import { IMAGE_MANIFEST_MEDIA_TYPE, parseJsonObject } from './artifact.js';
import { ModelStoreError, quoted } from './errors.js';
import type { Descriptor, OciTarget, ProgressListener } from './target.js';

const LAYOUT_VERSION = '1.0.0';
const INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
/** image-spec `annotations.md`: the reference (tag) of an index.json entry, as `skopeo copy oci:<dir>:<tag>` reads it. */
export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
const DEFAULT_LOCK_WAIT_MS = 30_000;

interface IndexDocument extends Record<string, unknown> {
  manifests: Descriptor[];
}

export interface LayoutOptions {
  /** What a relative `path` is relative to (the workspace); default: the working directory. */
  base?: string;
  /** How long to wait for another writer's index.json lock before giving up. */
  lockWaitMs?: number;
}

export class OciLayoutTarget implements OciTarget {
  readonly location: string;
  /** Absolute folder of the layout. */
  readonly root: string;
  private readonly lockWaitMs: number;
  private prepared: Promise<void> | undefined;

  /** `path` is kept as given for `location` (a manifest's `uri` must not hold a machine's absolute path). */
  constructor(path: string, options: LayoutOptions = {}) {
    this.location = `oci-layout:${path}`;
    this.root = resolve(options.base ?? '.', path);
    this.lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
  }

  async hasBlob(digest: string): Promise<boolean> {
    try {
      return (await lstat(this.blobPath(digest))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async pushBlob(
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    open: (offset: number) => Readable,
    onProgress?: ProgressListener,
  ): Promise<void> {
    const path = this.blobPath(descriptor.digest);
    await this.prepare();
    // No second HEAD: the store asked hasBlob first, and a blob written twice (two runs at once) is the same bytes.
    await this.writeAtomically(path, (temporary) =>
      pipeline(
        open(0),
        new VerifyingStream(descriptor, `The blob ${descriptor.digest}`, onProgress),
        createWriteStream(temporary, { flags: 'wx' }),
      ),
    );
  }

  async pullBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<Readable> {
    const path = this.blobPath(descriptor.digest);
    await this.checkRegularFile(path, `blob ${descriptor.digest}`);
    const stream = createReadStream(path);
    // Opening is asynchronous: wait for it, so a blob removed meanwhile is a
    // not-found here rather than an error event on a stream the caller holds.
    await new Promise<void>((done, fail) => {
      const failed = (error: Error): void =>
        fail(isMissing(error) ? this.notFound(`blob ${descriptor.digest}`) : error);
      stream.once('error', failed);
      stream.once('open', () => {
        stream.off('error', failed);
        done();
      });
    });
    return stream;
  }

  async putManifest(manifest: Buffer, mediaType: string, tag?: string): Promise<string> {
    if (tag !== undefined && !isOciTag(tag)) {
      throw new ModelStoreError('invalid-version-info', `${quoted(tag)} is not an OCI tag.`);
    }
    const digest = sha256DigestOf(manifest);
    await this.prepare();
    const path = this.blobPath(digest);
    if (!(await this.hasBlob(digest))) {
      await this.writeAtomically(path, (temporary) => writeFile(temporary, manifest, { flag: 'wx' }));
    }
    const entry: Descriptor = { mediaType, digest, size: manifest.length, ...artifactTypeOf(manifest) };
    await this.updateIndex((manifests) => withEntry(manifests, entry, tag));
    return digest;
  }

  async getManifest(reference: string): Promise<{ mediaType: string; bytes: Buffer; digest: string }> {
    const manifests = (await this.readIndex(true)).manifests;
    let entry: Descriptor | undefined;
    if (isSha256Digest(reference)) {
      entry = manifests.find((item) => item.digest === reference);
    } else {
      if (!isOciTag(reference)) {
        throw new ModelStoreError('not-found', `${quoted(reference)} is neither a digest nor a tag.`);
      }
      const tagged = manifests.filter((item) => item.annotations?.[REF_NAME_ANNOTATION] === reference);
      if (tagged.length > 1) {
        throw new ModelStoreError(
          'invalid-layout',
          `The ${this.shown()} has ${tagged.length} index.json entries tagged ${reference}.`,
        );
      }
      entry = tagged[0];
      if (entry === undefined) throw this.notFound(`a manifest tagged ${reference}`);
    }
    const digest = entry?.digest ?? reference;
    const path = this.blobPath(digest);
    const size = await this.checkRegularFile(path, `manifest ${digest}`);
    if (size > MAX_DOCUMENT_BYTES) {
      throw new ModelStoreError('invalid-artifact', `The manifest ${digest} is ${size} bytes; not a model manifest.`);
    }
    const bytes = await readFile(path);
    if (sha256DigestOf(bytes) !== digest) {
      throw new ModelStoreError(
        'digest-mismatch',
        `The manifest ${digest} in the ${this.shown()} has bytes of another digest.`,
      );
    }
    const mediaType = entry?.mediaType ?? mediaTypeOf(bytes);
    return { mediaType, bytes, digest };
  }

  private blobPath(digest: string): string {
    if (!isSha256Digest(digest)) {
      throw new ModelStoreError('invalid-artifact', `${shownDigest(digest)} is not a sha256 digest; it names no blob.`);
    }
    return join(this.root, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  private shown(): string {
    return `OCI layout ${quoted(this.location)}`;
  }

  private notFound(what: string): ModelStoreError {
    return new ModelStoreError('not-found', `The ${this.shown()} has no ${what}.`);
  }

  /** The size of a regular file in the layout (a link or a pipe there is refused: it could point anywhere or block). */
  private async checkRegularFile(path: string, what: string): Promise<number> {
    let stats;
    try {
      stats = await lstat(path);
    } catch (error) {
      if (isMissing(error)) throw this.notFound(what);
      throw error;
    }
    if (!stats.isFile()) {
      throw new ModelStoreError('invalid-layout', `The ${what} in the ${this.shown()} is not a regular file.`);
    }
    return stats.size;
  }

  /** Once per target: creates the layout on first write, or checks an existing one is of the version we write. */
  private prepare(): Promise<void> {
    this.prepared ??= this.prepareLayout().catch((error: unknown) => {
      this.prepared = undefined;
      throw error;
    });
    return this.prepared;
  }

  private async prepareLayout(): Promise<void> {
    await mkdir(join(this.root, 'blobs', 'sha256'), { recursive: true });
    const marker = join(this.root, 'oci-layout');
    let text: string;
    try {
      text = await readFile(marker, 'utf8');
    } catch (error) {
      if (!isMissing(error)) throw error;
      const document = Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }), 'utf8');
      await this.writeAtomically(marker, (temporary) => writeFile(temporary, document, { flag: 'wx' }));
      return;
    }
    let version: unknown;
    try {
      version = (JSON.parse(text) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
    } catch {
      version = undefined;
    }
    if (version !== LAYOUT_VERSION) {
      throw new ModelStoreError(
        'invalid-layout',
        `The ${this.shown()} has an oci-layout file that does not say imageLayoutVersion ${LAYOUT_VERSION}; ` +
          'give a folder that is an OCI image layout, or an empty one.',
      );
    }
  }

  /** Writes through a temporary file in the layout, then renames it into place: readers see all of it or none. */
  private async writeAtomically(path: string, write: (temporary: string) => Promise<unknown>): Promise<void> {
    const temporary = join(this.root, `.partial-${randomUUID()}`);
    try {
      await write(temporary);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  private async readIndex(mustExist: boolean): Promise<IndexDocument> {
    const path = join(this.root, 'index.json');
    let bytes: Buffer;
    try {
      await this.checkRegularFile(path, 'index.json');
      bytes = await readBounded(createReadStream(path), MAX_DOCUMENT_BYTES, `The ${this.shown()}'s index.json`);
    } catch (error) {
      if (mustExist || !(error instanceof ModelStoreError && error.code === 'not-found')) throw error;
      return { schemaVersion: 2, mediaType: INDEX_MEDIA_TYPE, manifests: [] };
    }
    let index: Record<string, unknown>;
    try {
      index = parseJsonObject(bytes, 'index.json');
    } catch {
      throw new ModelStoreError('invalid-layout', `The ${this.shown()}'s index.json is not a JSON object.`);
    }
    const manifests = index.manifests;
    if (index.schemaVersion !== 2 || !Array.isArray(manifests) || !manifests.every(isIndexEntry)) {
      throw new ModelStoreError(
        'invalid-layout',
        `The ${this.shown()}'s index.json is not an OCI image index of manifests.`,
      );
    }
    return index as IndexDocument;
  }

  /**
   * Changes index.json under `index.json.lock`, so two writers on one machine
   * never lose each other's entries: each re-reads the index inside the lock,
   * and readers see the old or the new file, never part of one (rename).
   */
  private async updateIndex(change: (manifests: Descriptor[]) => Descriptor[]): Promise<void> {
    const release = await this.lock();
    try {
      const index = await this.readIndex(false);
      const updated = Buffer.from(JSON.stringify({ ...index, manifests: change(index.manifests) }), 'utf8');
      await this.writeAtomically(join(this.root, 'index.json'), (temporary) =>
        writeFile(temporary, updated, { flag: 'wx' }),
      );
    } finally {
      await release();
    }
  }

  private async lock(): Promise<() => Promise<void>> {
    const path = join(this.root, 'index.json.lock');
    const owner = `${hostname()} ${process.pid}\n`;
    const deadline = Date.now() + this.lockWaitMs;
    for (let pause = 5; ; pause = Math.min(pause * 2, 100)) {
      try {
        const handle = await open(path, 'wx');
        try {
          await handle.writeFile(owner);
        } catch (error) {
          await unlink(path);
          throw error;
        } finally {
          await handle.close();
        }
        return () => unlink(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      if (Date.now() >= deadline) {
        // Not removed for the user: a lock only a crash can leave behind is
        // safer to clear by hand than to guess stale while its owner may live.
        const holder = await readFile(path, 'utf8').catch(() => '');
        throw new ModelStoreError(
          'layout-busy',
          `The ${this.shown()}'s index.json has been locked by another writer for over ${Math.round(this.lockWaitMs / 1000)} s ` +
            `(${quoted(holder.trim(), 100)}); if no run is writing to it, remove its index.json.lock.`,
        );
      }
      await sleep(pause);
    }
  }
}

/**
 * index.json entries after storing `entry`: an untagged manifest is listed
 * once (so it is reachable, not garbage); a tag names one manifest, and the
 * manifest it named before stays listed untagged (a git tag's `uri` may still
 * point at it).
 */
function withEntry(manifests: readonly Descriptor[], entry: Descriptor, tag: string | undefined): Descriptor[] {
  const refName = (item: Descriptor): string | undefined => item.annotations?.[REF_NAME_ANNOTATION];
  if (tag === undefined) {
    return manifests.some((item) => item.digest === entry.digest) ? [...manifests] : [...manifests, entry];
  }
  const kept: Descriptor[] = [];
  for (const item of manifests) {
    if (refName(item) === tag) {
      const stillListed = manifests.some((other) => other !== item && other.digest === item.digest);
      if (!stillListed && item.digest !== entry.digest) {
        const untagged: Descriptor = { ...item };
        delete untagged.annotations;
        const others = Object.entries(item.annotations ?? {}).filter(([key]) => key !== REF_NAME_ANNOTATION);
        kept.push(others.length === 0 ? untagged : { ...untagged, annotations: Object.fromEntries(others) });
      }
    } else if (!(item.digest === entry.digest && refName(item) === undefined)) {
      kept.push(item);
    }
  }
  return [...kept, { ...entry, annotations: { [REF_NAME_ANNOTATION]: tag } }];
}

function isIndexEntry(value: unknown): value is Descriptor {
  if (typeof value !== 'object' || value === null) return false;
  const { mediaType, digest, size, annotations } = value as Record<string, unknown>;
  return (
    typeof mediaType === 'string' &&
    isSha256Digest(digest) &&
    typeof size === 'number' &&
    Number.isSafeInteger(size) &&
    size >= 0 &&
    (annotations === undefined ||
      (typeof annotations === 'object' &&
        annotations !== null &&
        Object.values(annotations).every((item) => typeof item === 'string')))
  );
}

function artifactTypeOf(manifest: Buffer): { artifactType?: string } {
  try {
    const { artifactType } = JSON.parse(manifest.toString('utf8')) as { artifactType?: unknown };
    return typeof artifactType === 'string' ? { artifactType } : {};
  } catch {
    return {};
  }
}

function mediaTypeOf(manifest: Buffer): string {
  try {
    const { mediaType } = JSON.parse(manifest.toString('utf8')) as { mediaType?: unknown };
    return typeof mediaType === 'string' ? mediaType : IMAGE_MANIFEST_MEDIA_TYPE;
  } catch {
    return IMAGE_MANIFEST_MEDIA_TYPE;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
