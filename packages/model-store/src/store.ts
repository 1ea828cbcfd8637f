// Pushing and pulling a model version, written once over OciTarget: the same
// code serves an OCI registry and an image-layout folder.
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { listRoot, type FileSetDigest } from '@mlops-actions/digest';
import {
  buildModelArtifact,
  IMAGE_MANIFEST_MEDIA_TYPE,
  readModelConfig,
  readModelManifest,
  type StoredFile,
  type VersionInfo,
} from './artifact.js';
import {
  isOciTag,
  isSha256Digest,
  MAX_DOCUMENT_BYTES,
  readBounded,
  sha256DigestOf,
  shownDigest,
  VerifyingStream,
} from './blob.js';
import { ModelStoreError, quoted } from './errors.js';
import type { Descriptor, OciTarget } from './target.js';

/** A model's files on disk: the folder, and their digest (`digestOf` or `digestOfFiles` of it). */
export interface ModelFiles {
  root: string;
  fileSet: FileSetDigest;
}

export interface TransferOptions {
  /** Bytes done of the total (blobs the target already had count as done): at most every 250 ms, and once at the end. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Files moved at once. Default 4. */
  concurrency?: number;
}

export interface PushedVersion {
  manifestDigest: string;
  /** `<location>@<manifest digest>`: what the version's git tag records. */
  uri: string;
  /** Bytes of model files uploaded; files the target already had are not (the config, a few hundred bytes, is not counted). */
  uploadedBytes: number;
}

const DEFAULT_CONCURRENCY = 4;
const PROGRESS_EVERY_MS = 250;

/**
 * Pushes a version's artifact by digest, with no tag (DESIGN.md: the OCI tag
 * comes after the git tag wins, `tagVersion`). Only the blobs the target lacks
 * are uploaded, streamed from disk, several at once.
 */
export async function pushVersion(
  target: OciTarget,
  files: ModelFiles,
  info: VersionInfo,
  options: TransferOptions = {},
): Promise<PushedVersion> {
  const artifact = buildModelArtifact(files.fileSet, info);
  // Two files with the same bytes are one blob.
  const blobs = [...new Map(artifact.files.map((file) => [file.sha256, file])).values()];
  const progress = new TransferProgress(
    blobs.reduce((sum, file) => sum + file.size, 0),
    options.onProgress,
  );
  let uploadedBytes = 0;
  await eachAtMost(options.concurrency ?? DEFAULT_CONCURRENCY, blobs, async (file) => {
    const descriptor = { digest: `sha256:${file.sha256}`, size: file.size };
    if (await target.hasBlob(descriptor.digest)) {
      progress.skip(file.size);
      return;
    }
    const absolute = join(files.root, ...file.path.split('/'));
    try {
      await target.pushBlob(descriptor, (offset) => createReadStream(absolute, { start: offset }), progress.blob());
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ModelStoreError('file-changed', `${quoted(file.path)} was removed after its digest was computed.`);
      }
      if (error instanceof ModelStoreError && error.code === 'digest-mismatch') {
        throw new ModelStoreError(
          'file-changed',
          `${quoted(file.path)} changed after its digest was computed (its bytes no longer hash to ` +
            `${descriptor.digest}); push after whatever writes the model has finished.`,
        );
      }
      throw error;
    }
    uploadedBytes += file.size;
  });
  if (!(await target.hasBlob(artifact.configDescriptor.digest))) {
    const config = artifact.config;
    await target.pushBlob(artifact.configDescriptor, (offset) => Readable.from([config.subarray(offset)]));
  }
  const manifestDigest = await target.putManifest(artifact.manifest, IMAGE_MANIFEST_MEDIA_TYPE);
  if (manifestDigest !== artifact.manifestDigest) {
    throw new Error(
      `The store answered the manifest digest ${shownDigest(manifestDigest)}, not ${artifact.manifestDigest}.`,
    );
  }
  progress.finish();
  return { manifestDigest, uri: `${target.location}@${manifestDigest}`, uploadedBytes };
}

/** The OCI tag of a version: `v<version>`, with semver's `+` as `_` (a tag cannot hold `+`; Helm maps it the same way). */
export function versionTag(version: string): string {
  return `v${version.replaceAll('+', '_')}`;
}

/** Points `tag` at a manifest the target already holds (after the version's git tag was pushed). */
export async function tagVersion(target: OciTarget, manifestDigest: string, tag: string): Promise<void> {
  if (!isOciTag(tag)) {
    throw new ModelStoreError(
      'invalid-version-info',
      `${quoted(tag)} is not an OCI tag (letters, digits, '.', '_', '-').`,
    );
  }
  const manifest = await verifiedManifest(target, manifestDigest);
  await target.putManifest(manifest.bytes, manifest.mediaType, tag);
}

export interface PulledVersion {
  /** The folder the files are in (absolute). */
  directory: string;
  files: StoredFile[];
  /** The file-set digest of what was written: the expected one. */
  fileSetDigest: string;
  size: number;
}

/**
 * Writes a version's files into `directory` (empty or absent), verifying
 * each blob's sha256 and size while it is written, then the file-set digest
 * of the folder against `expectedFileSetDigest`. The files are written to a
 * folder beside `directory` and moved into place only when all is verified:
 * on any failure nothing is left, and `directory` is as it was.
 */
export async function pullVersion(
  target: OciTarget,
  manifestDigest: string,
  directory: string,
  expectedFileSetDigest: string,
  options: TransferOptions = {},
): Promise<PulledVersion> {
  if (!isSha256Digest(expectedFileSetDigest)) {
    throw new ModelStoreError(
      'invalid-artifact',
      `The file-set digest ${shownDigest(expectedFileSetDigest)} is not sha256:<64 hex>.`,
    );
  }
  const destination = resolve(directory);
  await checkEmptyOrAbsent(destination, directory);
  const manifest = readModelManifest((await verifiedManifest(target, manifestDigest)).bytes);
  // Cheap, before any download: the layers must describe the registered files.
  if (manifest.fileSetDigest !== expectedFileSetDigest) {
    throw new ModelStoreError(
      'file-set-mismatch',
      `The artifact ${manifestDigest} holds files whose digest is ${manifest.fileSetDigest}, not the registered ` +
        `${expectedFileSetDigest}; nothing was written.`,
    );
  }
  readModelConfig(await pullDocument(target, manifest.configDescriptor, 'The model config'), manifest);

  await mkdir(dirname(destination), { recursive: true });
  const staging = join(dirname(destination), `.${basename(destination)}.partial-${randomUUID()}`);
  await mkdir(staging);
  try {
    const folders = new Set(manifest.files.map((file) => dirname(file.path)).filter((folder) => folder !== '.'));
    for (const folder of folders) await mkdir(join(staging, ...folder.split('/')), { recursive: true });
    const progress = new TransferProgress(
      manifest.files.reduce((sum, file) => sum + file.size, 0),
      options.onProgress,
    );
    await eachAtMost(options.concurrency ?? DEFAULT_CONCURRENCY, manifest.files, async (file) => {
      const descriptor = { digest: `sha256:${file.sha256}`, size: file.size };
      await pipeline(
        await target.pullBlob(descriptor),
        new VerifyingStream(descriptor, `The file ${quoted(file.path)} (blob ${descriptor.digest})`, progress.blob()),
        createWriteStream(join(staging, ...file.path.split('/')), { flags: 'wx' }),
      ).catch((error: unknown) => {
        // Paths are distinct, so only a file system that folds case (or Unicode forms) makes two of them one file.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        throw new ModelStoreError(
          'unsafe-path',
          `The artifact names ${quoted(file.path)} and another file this file system takes for the same one; refused.`,
        );
      });
    });
    // Every byte was hashed on its way to disk, against its layer, and the layers give the registered digest
    // (checked above): what is left is that the folder holds exactly those files. Reading the model back to hash
    // it again cost fetch-model a fifth of its time (bench/store.mjs).
    const difference = await differenceFrom(staging, manifest.files);
    if (difference !== undefined) {
      throw new ModelStoreError(
        'file-set-mismatch',
        `The files written are not the registered ones of ${expectedFileSetDigest}: ${difference}.`,
      );
    }
    // rename(2) replaces an empty folder, so an empty `directory` given by the user works too.
    await rename(staging, destination).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOTEMPTY' || (error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw notEmpty(directory);
      }
      throw error;
    });
    progress.finish();
    const size = manifest.files.reduce((sum, file) => sum + file.size, 0);
    return { directory: destination, files: manifest.files, fileSetDigest: manifest.fileSetDigest, size };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * What keeps the folder a pull wrote from holding exactly the verified files, as `digestOf` lists a folder (the
 * root's `.git` left out; links and other non-regular files refused), or undefined when nothing does: each
 * file's bytes were hashed against its layer while written, so the folder's digest is then the layers'.
 */
async function differenceFrom(folder: string, verified: readonly StoredFile[]): Promise<string | undefined> {
  const sizes = new Map(verified.map((file) => [file.path, file.size]));
  for (const { path, size } of (await listRoot(folder)).files) {
    const expected = sizes.get(path);
    if (expected === undefined) return `${quoted(path)} is not one of them`;
    if (expected !== size) return `${quoted(path)} has ${size} bytes, not ${expected}`;
    sizes.delete(path);
  }
  const [missing] = sizes.keys();
  return missing === undefined ? undefined : `${quoted(missing)} is missing`;
}

/** A manifest by digest, its bytes checked against the digest (a target's answer is not trusted). */
async function verifiedManifest(
  target: OciTarget,
  manifestDigest: string,
): Promise<{ bytes: Buffer; mediaType: string }> {
  if (!isSha256Digest(manifestDigest)) {
    throw new ModelStoreError(
      'invalid-artifact',
      `The manifest digest ${shownDigest(manifestDigest)} is not sha256:<64 hex>.`,
    );
  }
  const manifest = await target.getManifest(manifestDigest);
  if (manifest.bytes.length > MAX_DOCUMENT_BYTES || sha256DigestOf(manifest.bytes) !== manifestDigest) {
    throw new ModelStoreError(
      'digest-mismatch',
      `The store ${quoted(target.location)} answered other bytes for the manifest ${manifestDigest}.`,
    );
  }
  return manifest;
}

/** A small blob (the config), read whole after checking its descriptor's size is small, and verified. */
async function pullDocument(target: OciTarget, descriptor: Descriptor, shown: string): Promise<Buffer> {
  if (descriptor.size > MAX_DOCUMENT_BYTES) {
    throw new ModelStoreError('invalid-artifact', `${shown} is ${descriptor.size} bytes; it is not a model document.`);
  }
  const bytes = await readBounded(await target.pullBlob(descriptor), MAX_DOCUMENT_BYTES, shown);
  if (bytes.length !== descriptor.size || sha256DigestOf(bytes) !== descriptor.digest) {
    throw new ModelStoreError(
      'digest-mismatch',
      `${shown} (blob ${descriptor.digest}) has bytes of another digest or size.`,
    );
  }
  return bytes;
}

async function checkEmptyOrAbsent(destination: string, shown: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(destination);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw notEmpty(shown);
    throw error;
  }
  if (entries.length > 0) throw notEmpty(shown);
}

function notEmpty(shown: string): ModelStoreError {
  return new ModelStoreError(
    'destination-not-empty',
    `${quoted(shown)} is not an empty folder; pull into an empty or absent folder so no other file mixes with the model.`,
  );
}

/**
 * Runs `work` on every item, at most `limit` at once. After a failure no new
 * item starts; the first failure is thrown once the running ones settled (so
 * nothing keeps writing into a folder being removed).
 */
async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure !== undefined) throw failure.error;
}

/** Bytes done over all blobs, from each blob's running count, reported at most every 250 ms. */
class TransferProgress {
  private done = 0;
  private last = Date.now();

  constructor(
    private readonly total: number,
    private readonly onProgress: TransferOptions['onProgress'],
  ) {}

  skip(bytes: number): void {
    this.add(bytes);
  }

  /** A listener for one blob's bytes so far; a retry that starts over counts its bytes once. */
  blob(): (bytesSoFar: number) => void {
    let counted = 0;
    return (bytesSoFar) => {
      this.add(bytesSoFar - counted);
      counted = bytesSoFar;
    };
  }

  finish(): void {
    this.onProgress?.(this.total, this.total);
  }

  private add(bytes: number): void {
    this.done += bytes;
    if (this.onProgress && Date.now() - this.last >= PROGRESS_EVERY_MS) {
      this.last = Date.now();
      this.onProgress(Math.min(this.done, this.total), this.total);
    }
  }
}
