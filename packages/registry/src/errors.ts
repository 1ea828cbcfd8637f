/**
 * What went wrong in the registry, as a code a caller can act on. Every
 * `RegistryError` is something the user can fix (a name, a remote, a
 * permission, a tag someone else wrote); anything else the registry throws is
 * a plain `Error`, a bug. The messages say what happened; what a workflow
 * should change to fix it is the caller's to say (actions add it).
 */
export type RegistryErrorCode =
  /** A model or environment name that is not a registry name. */
  | 'invalid-name'
  /** A remote that git would read as an option, or an empty one. */
  | 'invalid-remote'
  /** An explicit version that is not a registry version. */
  | 'invalid-version'
  /** An explicit version not greater than the newest registered one. */
  | 'version-not-greater'
  /** A version that has no tag in the remote. */
  | 'not-registered'
  /** Other runs took the tag this run chose first, every time it tried. */
  | 'too-many-conflicts'
  /** The working directory is not a git checkout (with a commit). */
  | 'not-a-checkout'
  /** The remote is neither a remote of the checkout nor a repository. */
  | 'remote-not-found'
  /** The remote refused to be read (credentials). */
  | 'remote-denied'
  /** The remote could not be read for another reason (network, host). */
  | 'remote-unreadable'
  /** The remote did not answer a git call in time (git was stopped); nothing after that call was done. */
  | 'remote-timeout'
  /** The remote refused a tag push for a reason other than a taken name (permissions, a hook, a ruleset). */
  | 'push-refused'
  /** The remote refused a tag push from a shallow checkout because it lacks the commit's history. */
  | 'shallow-refused'
  /** A tag made without pushing whose name the checkout already has. */
  | 'local-tag-exists'
  /** A tag in the registry's namespace that mlops-actions did not write. */
  | 'foreign-tag'
  /** A tag that claims to hold a registry record but whose document has a field of the wrong shape. */
  | 'manifest-invalid';

/**
 * A value for a message: JSON, so that quotes and line breaks are escaped and
 * it stays one inert line, with DEL, the C1 controls and the Unicode line
 * and paragraph separators (which JSON leaves raw) escaped too; a string is
 * shortened to 80 characters, other JSON to 80 characters of its text.
 */
export function shownValue(value: unknown): string {
  if (value === undefined) return 'missing';
  let json: string;
  if (typeof value === 'string') json = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  else {
    // Only JSON values reach here (documents come from JSON.parse, names are strings).
    json = JSON.stringify(value);
    if (json.length > 80) json = `${json.slice(0, 80)}…`;
  }
  return json.replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export class RegistryError extends Error {
  override readonly name = 'RegistryError';

  constructor(
    readonly code: RegistryErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A tag in the registry's namespace that mlops-actions did not write (a
 * lightweight tag, a message that is not our JSON, or a document with a field
 * of the wrong shape). Readers that only look for a digest can treat it as
 * "not ours" rather than fail.
 */
export class ForeignTagError extends RegistryError {
  constructor(
    code: 'foreign-tag' | 'manifest-invalid',
    message: string,
    /** The tag, such as `tiny-lm@v0.3.0`. */
    readonly tag: string,
    /** The field of the document that is wrong, for `manifest-invalid`. */
    readonly field?: string,
  ) {
    super(code, message);
  }
}

/** A git call to the remote that was stopped because the remote did not answer in time (`remote-timeout`). */
export class RemoteTimeoutError extends RegistryError {
  constructor(
    message: string,
    /** The git command stopped: after a `push`, the remote may or may not hold the tag. */
    readonly command: 'ls-remote' | 'fetch' | 'push',
  ) {
    super('remote-timeout', message);
  }
}
