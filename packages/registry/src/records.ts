import { ForeignTagError, shownValue } from './errors.js';
import { isRegistryName } from './names.js';
import { isRegistryVersion } from './semver.js';

export const MANIFEST_SCHEMA = 'mlops-actions/model-manifest@1';
export const DEPLOYMENT_SCHEMA = 'mlops-actions/deployment@1';

export interface ManifestFile {
  /** Relative to the digest root, with `/`. */
  path: string;
  size: number;
  /** Hex sha256 of the file's bytes. */
  sha256: string;
}

/** Where a version came from: the workflow run that registered it. */
export interface ManifestSource {
  /** `owner/repo`, or empty outside GitHub. */
  repository: string;
  /** The commit the version tag points at. */
  commit: string;
  ref: string;
  run_id: string;
  run_url: string;
}

/** The message body of a version tag (DESIGN.md, "Model manifest"). */
export interface ModelManifest {
  schema: typeof MANIFEST_SCHEMA;
  name: string;
  version: string;
  /** `sha256:<64 hex>`: the digest of the file set (DESIGN.md). */
  digest: string;
  /** Total bytes of all files. */
  size: number;
  files: ManifestFile[];
  source: ManifestSource;
  /** Evaluation metrics as recorded (any JSON object; read by dot path). */
  metrics: Record<string, unknown>;
  /** `key=value` pairs given at registration. */
  metadata: Record<string, string>;
  /** Where the artifact is stored, or empty. */
  uri: string;
  /** ISO 8601. */
  created_at: string;
}

/** The message body of an environment tag: one deployment that succeeded (or a rollback). */
export interface DeploymentRecord {
  schema: typeof DEPLOYMENT_SCHEMA;
  name: string;
  version: string;
  environment: string;
  digest: string;
  url: string;
  /** ISO 8601. */
  deployed_at: string;
  run_url: string;
  /** True when this record restores the previous version after a failed deployment. */
  rollback: boolean;
}

/**
 * A tag message: a one-line title, a blank line, then the JSON document
 * (indented, so that `git cat-file -p` reads well).
 */
export function formatTagMessage(title: string, document: ModelManifest | DeploymentRecord): string {
  return `${title}\n\n${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The JSON document of a tag message, checked only for its `schema`. `raw`
 * is the whole tag object as `git cat-file tag` prints it (headers, blank
 * line, message, and a signature when the tag is signed). Use
 * `manifestFromTag` or `deploymentFromTag` to get a record whose fields are
 * checked.
 */
export function parseTagDocument(raw: string, tag: string, schema: string): Record<string, unknown> {
  const headerEnd = raw.indexOf('\n\n');
  let message = headerEnd < 0 ? '' : raw.slice(headerEnd + 2);
  const signature = message.search(/^-----BEGIN [A-Z ]*SIGNATURE-----$/m);
  if (signature >= 0) message = message.slice(0, signature);
  const titleEnd = message.indexOf('\n\n');
  const body = titleEnd < 0 ? '' : message.slice(titleEnd + 2).trim();
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    throw new ForeignTagError(
      'foreign-tag',
      `The tag ${tag} does not hold a JSON document after its title line; it was not written by mlops-actions.`,
      tag,
    );
  }
  if (!isObject(document) || document['schema'] !== schema) {
    throw new ForeignTagError(
      'foreign-tag',
      `The tag ${tag} does not hold a '${schema}' document; it was not written by mlops-actions.`,
      tag,
    );
  }
  return document;
}

/**
 * The manifest of a version tag, every field checked: anyone who can push a
 * tag can write one, and what is read here reaches deploy commands, summaries
 * and the log. A field of the wrong shape is a `ForeignTagError`
 * (`manifest-invalid`) that names the tag and the field.
 */
export function manifestFromTag(raw: string, tag: string): ModelManifest {
  const fields = new FieldReader(parseTagDocument(raw, tag, MANIFEST_SCHEMA), tag, 'manifest');
  // Checked in the order of the document, so that the first wrong field is the one named.
  const name = fields.name('name');
  const version = fields.version('version');
  const digest = fields.digest('digest');
  const size = fields.size('size');
  const files = fields.files('files');
  const source = fields.object('source');
  const sourceField = (field: keyof ManifestSource) => fields.lineIn(source, 'source', field);
  const repository = sourceField('repository');
  const commit = sourceField('commit');
  if (commit !== '' && !COMMIT.test(commit)) {
    throw fields.invalid('source.commit', commit, 'is not a commit id (40 or 64 lower-case hex digits)');
  }
  return {
    schema: MANIFEST_SCHEMA,
    name,
    version,
    digest,
    size,
    files,
    source: {
      repository,
      commit,
      ref: sourceField('ref'),
      run_id: sourceField('run_id'),
      run_url: sourceField('run_url'),
    },
    metrics: fields.object('metrics'),
    metadata: fields.metadata('metadata'),
    uri: fields.line('uri'),
    created_at: fields.line('created_at'),
  };
}

/** The record of an environment tag, every field checked (see `manifestFromTag`). */
export function deploymentFromTag(raw: string, tag: string): DeploymentRecord {
  const document = parseTagDocument(raw, tag, DEPLOYMENT_SCHEMA);
  const fields = new FieldReader(document, tag, 'deployment record');
  return {
    schema: DEPLOYMENT_SCHEMA,
    name: fields.name('name'),
    version: fields.version('version'),
    environment: fields.name('environment'),
    digest: fields.digest('digest'),
    url: fields.line('url'),
    deployed_at: fields.line('deployed_at'),
    run_url: fields.line('run_url'),
    rollback: fields.boolean('rollback'),
  };
}

/** No field a registry writes is near this long: a longer one is not ours, and would flood a log or a summary. */
const MAX_STRING = 64 * 1024;
/** Longer than any path a file system takes. */
const MAX_PATH = 4096;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** A SHA-1 or SHA-256 object id, as git prints it. */
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Control characters and Unicode's line and paragraph separators: a line
 * break (LF, CR) ends a log line and starts a new one the runner may read as
 * a command; none of them belongs in a URL, a ref, a time or a run id, the
 * one-line fields the registry writes.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * True when `text` may be a one-line field of a record (a URL, a ref, a
 * time, a run id, a `uri`): no line break or other control character. The
 * registry ignores a tag whose one-line field holds one, so an action checks
 * its inputs with this before writing them.
 */
export function isOneLine(text: string): boolean {
  return !CONTROL.test(text);
}

/** Reads the fields of one tag's document, each checked, with errors that name the tag and the field. */
class FieldReader {
  constructor(
    private readonly document: Record<string, unknown>,
    private readonly tag: string,
    private readonly kind: string,
  ) {}

  string(field: string): string {
    return this.stringIn(this.document, '', field);
  }

  /** A string field of a nested object (`prefix` names it, such as `source`). */
  stringIn(object: Record<string, unknown>, prefix: string, field: string): string {
    const value = own(object, field);
    const path = prefix === '' ? field : `${prefix}.${field}`;
    if (typeof value !== 'string') throw this.invalid(path, value, 'is not a string');
    if (value.length > MAX_STRING) throw this.invalid(path, value, `is longer than ${MAX_STRING} characters`);
    return value;
  }

  /** A string of one line: no line break or other control character. */
  line(field: string): string {
    return this.lineIn(this.document, '', field);
  }

  lineIn(object: Record<string, unknown>, prefix: string, field: string): string {
    const value = this.stringIn(object, prefix, field);
    const path = prefix === '' ? field : `${prefix}.${field}`;
    if (!isOneLine(value)) throw this.invalid(path, value, 'holds a line break or another control character');
    return value;
  }

  name(field: string): string {
    const value = this.string(field);
    if (!isRegistryName(value)) throw this.invalid(field, value, 'is not a registry name');
    return value;
  }

  version(field: string): string {
    const value = own(this.document, field);
    if (typeof value !== 'string' || !isRegistryVersion(value)) {
      // The words the actions have always used for a forged version.
      throw this.failure(field, `names no registered version (${shownValue(value)})`);
    }
    return value;
  }

  digest(field: string): string {
    const value = this.string(field);
    if (!DIGEST.test(value)) throw this.invalid(field, value, "is not 'sha256:' and 64 lower-case hex digits");
    return value;
  }

  size(field: string): number {
    return this.sizeIn(this.document, '', field);
  }

  /** A count of bytes: a whole number from 0 to 2^53 - 1. */
  sizeIn(object: Record<string, unknown>, prefix: string, field: string): number {
    const value = own(object, field);
    const path = prefix === '' ? field : `${prefix}.${field}`;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw this.invalid(path, value, 'is not a whole number of bytes');
    }
    return value;
  }

  boolean(field: string): boolean {
    const value = own(this.document, field);
    if (typeof value !== 'boolean') throw this.invalid(field, value, 'is not true or false');
    return value;
  }

  /** A JSON object (not an array), kept as it is: metrics are read by dot path, with own keys only. */
  object(field: string): Record<string, unknown> {
    const value = own(this.document, field);
    if (!isObject(value)) throw this.invalid(field, value, 'is not an object');
    return value;
  }

  metadata(field: string): Record<string, string> {
    const value = this.object(field);
    for (const key of Object.keys(value)) this.stringIn(value, field, key);
    return value as Record<string, string>;
  }

  files(field: string): ManifestFile[] {
    const value = own(this.document, field);
    if (!Array.isArray(value)) throw this.invalid(field, value, 'is not an array');
    return value.map((entry: unknown, index): ManifestFile => {
      const at = `${field}[${index}]`;
      if (!isObject(entry)) throw this.invalid(at, entry, 'is not an object');
      const path = this.stringIn(entry, at, 'path');
      if (path === '' || path.length > MAX_PATH) throw this.invalid(`${at}.path`, path, 'is not a file path');
      const size = this.sizeIn(entry, at, 'size');
      const sha256 = this.stringIn(entry, at, 'sha256');
      if (!SHA256_HEX.test(sha256)) throw this.invalid(`${at}.sha256`, sha256, 'is not 64 lower-case hex digits');
      return { path, size, sha256 };
    });
  }

  invalid(field: string, value: unknown, why: string): ForeignTagError {
    return this.failure(field, `has a '${field}' that ${why} (${shownValue(value)})`);
  }

  private failure(field: string, problem: string): ForeignTagError {
    return new ForeignTagError(
      'manifest-invalid',
      `The ${this.kind} in tag ${this.tag} ${problem}: it was not written by mlops-actions.`,
      this.tag,
      field,
    );
  }
}

/** An own property only: `__proto__` or `constructor` must not be found on the prototype. */
function own(object: Record<string, unknown>, field: string): unknown {
  return Object.hasOwn(object, field) ? object[field] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
