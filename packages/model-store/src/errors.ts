/**
 * What went wrong in the model store, as a code a caller can act on. Every
 * `ModelStoreError` is something the user can fix or must know about (a store
 * written wrongly, an artifact that is not what it claims, bytes that do not
 * match their digest); anything else the package throws is a plain `Error`, a
 * bug. The messages say what happened; what a workflow should change is the
 * caller's to say (actions add it).
 */
export type ModelStoreErrorCode =
  /** A store written in a form that is neither `oci://host/repository` nor `oci-layout:path`. */
  | 'invalid-store'
  /** A model name, version, tag, creation time or source URL that cannot go into an artifact. */
  | 'invalid-version-info'
  /** A model with no files: a ModelPack artifact needs at least one layer. */
  | 'empty-model'
  /** A manifest, blob or layout that the store does not have. */
  | 'not-found'
  /** Bytes whose sha256 or size is not the one their descriptor names. */
  | 'digest-mismatch'
  /** A model file that changed on disk after its digest was computed. */
  | 'file-changed'
  /** A manifest or config that is not a ModelPack artifact this package can read. */
  | 'invalid-artifact'
  /** A file path in an artifact that would write outside the folder, into `.git`, or twice. */
  | 'unsafe-path'
  /** The files written do not have the file-set digest the version was registered with. */
  | 'file-set-mismatch'
  /** A pull into a folder that already holds something. */
  | 'destination-not-empty'
  /** An OCI image-layout folder whose `oci-layout` or `index.json` is not the image-spec's. */
  | 'invalid-layout'
  /** Another writer held the layout's `index.json` lock for longer than the bounded wait. */
  | 'layout-busy'
  /** The registry refused the credentials, or they may not read or write the repository (401/403). */
  | 'access-denied'
  /** The registry kept failing (5xx, 429, resets, timeouts) after every retry. */
  | 'unavailable'
  /** The registry answered something the distribution spec does not allow, or too large to be one. */
  | 'protocol'
  /** The registry refused the request for another reason (4xx): its message says why. */
  | 'refused';

/** A store that cannot be used as asked; registry failures are its `StoreHttpError`. */
export class ModelStoreError extends Error {
  override readonly name: string = 'ModelStoreError';

  constructor(
    readonly code: ModelStoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Untrusted text (a path, a digest from a manifest) quoted as one inert JSON string, cut short. */
export function quoted(value: string, limit = 200): string {
  const shown = value.length > limit ? `${value.slice(0, limit)}…` : value;
  return JSON.stringify(shown);
}
