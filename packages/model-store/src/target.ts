import type { Readable } from 'node:stream';

/** An OCI content descriptor (image-spec `descriptor.md`). */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  artifactType?: string;
}

/** Bytes moved so far, for progress lines. */
export type ProgressListener = (bytes: number) => void;

/**
 * Where blobs and manifests of one repository live: an OCI registry
 * (distribution spec) or an OCI image-layout folder. The model store writes
 * and reads a ModelPack artifact through this interface only, so the
 * artifact's logic exists once for both.
 */
export interface OciTarget {
  /** How the target is written in a manifest's `uri` (`oci://host/repo` or `oci-layout:path/model`), without a digest. */
  readonly location: string;
  /** True when the repository already holds the blob (HEAD). */
  hasBlob(digest: string): Promise<boolean>;
  /**
   * Stores a blob whose digest and size are known in advance. `open` gives
   * the bytes from `offset` (a resumed or retried upload starts where the
   * target says it stopped), streamed: memory does not grow with `size`.
   * The target refuses bytes whose digest is not `digest`.
   */
  pushBlob(
    descriptor: Pick<Descriptor, 'digest' | 'size'>,
    open: (offset: number) => Readable,
    onProgress?: ProgressListener,
  ): Promise<void>;
  /** The blob's bytes, streamed (following redirects for a registry). The caller verifies them. */
  pullBlob(descriptor: Pick<Descriptor, 'digest' | 'size'>): Promise<Readable>;
  /** Stores a manifest and, when `tag` is given, points the tag at it. Returns its digest. */
  putManifest(manifest: Buffer, mediaType: string, tag?: string): Promise<string>;
  /** A manifest by digest or tag, as stored (bytes kept: its digest is over them). */
  getManifest(reference: string): Promise<{ mediaType: string; bytes: Buffer; digest: string }>;
}
