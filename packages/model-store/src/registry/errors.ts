import { ModelStoreError } from '../errors.js';

/** What went wrong talking to an OCI registry. */
export type StoreHttpErrorCode =
  /** The store address is not `oci://<host>[:<port>]/<repository>`. */
  | 'invalid-store'
  /** The registry refused the credentials, or they may not read or write the repository (401/403). */
  | 'access-denied'
  /** The manifest or blob is not in the repository (404). */
  | 'not-found'
  /** The registry kept failing (5xx, 429, resets, timeouts) after every retry. */
  | 'unavailable'
  /** The registry answered something the distribution spec does not allow, or too large to be one. */
  | 'protocol'
  /** Bytes whose digest is not the one asked for or announced. */
  | 'digest-mismatch'
  /** The registry refused the request for another reason (4xx): its message says why. */
  | 'refused';

/**
 * A registry that refused, failed or answered wrongly. The message says what
 * happened, on which host and repository, with at most a short sanitised
 * excerpt of what the registry said; it never holds a credential.
 */
export class StoreHttpError extends ModelStoreError {
  override readonly name: string = 'StoreHttpError';

  constructor(
    override readonly code: StoreHttpErrorCode,
    message: string,
    /** The HTTP status that ended the request, when there was one. */
    readonly status?: number,
  ) {
    super(code, message);
  }
}
