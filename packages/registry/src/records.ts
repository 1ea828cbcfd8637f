import { UserError } from '@mlops-actions/action-kit/errors';

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
 * A tag in the registry's namespace that mlops-actions did not write (a
 * lightweight tag, or a message that is not our JSON). Readers that only look
 * for a digest can treat it as "not ours" rather than fail.
 */
export class ForeignTagError extends UserError {}

/**
 * A tag message: a one-line title, a blank line, then the JSON document
 * (indented, so that `git cat-file -p` reads well).
 */
export function formatTagMessage(title: string, document: ModelManifest | DeploymentRecord): string {
  return `${title}\n\n${JSON.stringify(document, null, 2)}\n`;
}

/**
 * The JSON document of a tag message. `raw` is the whole tag object as
 * `git cat-file tag` prints it (headers, blank line, message, and a
 * signature when the tag is signed).
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
      `The tag ${tag} does not hold a JSON document after its title line; it was not written by mlops-actions.`,
    );
  }
  if (typeof document !== 'object' || document === null || (document as { schema?: unknown }).schema !== schema) {
    throw new ForeignTagError(
      `The tag ${tag} does not hold a '${schema}' document; it was not written by mlops-actions.`,
    );
  }
  return document as Record<string, unknown>;
}
