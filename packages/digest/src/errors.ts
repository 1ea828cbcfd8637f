/** What was wrong with the files to digest. */
export type DigestErrorCode =
  /** The path does not exist. */
  | 'not-found'
  /** Permission denied. */
  | 'unreadable'
  /** A symbolic link inside the root (refused: a digest covers file contents only), or a loop of them. */
  | 'symbolic-link'
  /** A device, socket or pipe; or a root that is neither a file nor a directory. */
  | 'not-a-regular-file'
  /** Files named relative to a root that is not a directory. */
  | 'not-a-directory'
  /** A named file outside the root. */
  | 'outside-root'
  /** A root that resolves (symbolic links followed) outside the workspace it must stay in. */
  | 'outside-workspace'
  /** A file name that cannot be written in a digest line (not UTF-8, a line break). */
  | 'unwritable-name'
  /** A file whose size changed while it was hashed. */
  | 'changed-while-hashing';

/**
 * A problem with the files the user asked to digest, which they can fix. The
 * message names the file and says what to change; anything else the package
 * throws is a plain `Error`, a bug.
 */
export class DigestError extends Error {
  override readonly name = 'DigestError';

  constructor(
    readonly code: DigestErrorCode,
    message: string,
  ) {
    super(message);
  }
}
