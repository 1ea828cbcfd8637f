import { UserError } from '@mlops-actions/action-kit/errors';
import { versionTagName } from './names.js';
import { ForeignTagError, type ModelManifest } from './records.js';
import { backoff, type ModelVersion, type Registry, type RetryOptions } from './registry.js';
import { assertExplicitVersion, nextVersion, type Bump } from './semver.js';

export interface VersionRequest {
  /** Everything of the manifest but its version, which registration decides. */
  manifest: Omit<ModelManifest, 'version'>;
  /** The commit the version tag points at (the checkout's HEAD). */
  commit: string;
  /** Applied to the newest registered version (or 0.0.0) when no explicit `version` is given. */
  bump: Bump;
  /** An explicit version; must be greater than every registered one. */
  version?: string;
  /** False: create the tag in the checkout only. */
  push?: boolean;
}

export interface VersionRegistration {
  version: string;
  tag: string;
  /** False when the newest registered version already had this digest (and was reused). */
  created: boolean;
  /** The newest version registered before this one, if any. */
  previous?: string;
  /** The manifest the tag holds: the one written now, or the registered one when reused. */
  manifest: ModelManifest;
  /** Pushes tried (1 unless other runs took versions first). */
  attempts: number;
}

/**
 * Registers a model version without losing or doubling one when runs race:
 * read the newest version; if it already has this digest, reuse it (re-runs
 * are idempotent); otherwise push the next version's tag. The push is atomic
 * (the remote refuses a name that exists), so a run that loses re-reads the
 * remote and decides again, a bounded number of times.
 *
 * With an explicit `version`, only that same version with the same digest is
 * reused: asking for `1.0.0` with the bits of `1.0.0-rc.2` registers `1.0.0`.
 */
export async function registerVersion(
  registry: Registry,
  request: VersionRequest,
  options: RetryOptions = {},
): Promise<VersionRegistration> {
  const { maxTries = 8, wait = backoff, onConflict } = options;
  const model = request.manifest.name;
  for (let attempt = 1; attempt <= maxTries; attempt++) {
    const newest = await registry.latestVersion(model);
    const reusable = newest && (await manifestWithDigest(registry, newest, request.manifest.digest));
    if (reusable && (request.version === undefined || request.version === newest.version)) {
      return {
        version: newest.version,
        tag: newest.tag,
        created: false,
        previous: newest.version,
        manifest: reusable,
        attempts: attempt,
      };
    }
    const version =
      request.version === undefined
        ? nextVersion(newest?.version, request.bump)
        : assertExplicitVersion(request.version, newest?.version, model);
    // The key order of DESIGN.md: the version right after the name.
    const { schema, name, ...rest } = request.manifest;
    const manifest: ModelManifest = { schema, name, version, ...rest };
    const result = await registry.pushVersion(manifest, request.commit, { push: request.push ?? true });
    if (result !== 'exists') {
      return {
        version,
        tag: versionTagName(model, version),
        created: true,
        previous: newest?.version,
        manifest,
        attempts: attempt,
      };
    }
    onConflict?.(versionTagName(model, version), attempt);
    if (attempt < maxTries) await wait(attempt);
  }
  throw new UserError(
    `Could not register a version of ${model}: other runs registered the version this run chose first, ${maxTries} times. ` +
      'Run the job again, or register fewer versions of this model at once.',
  );
}

/** The version's manifest when it has `digest`; undefined when it differs or the tag is not ours. */
async function manifestWithDigest(
  registry: Registry,
  version: ModelVersion,
  digest: string,
): Promise<ModelManifest | undefined> {
  try {
    const manifest = await registry.readManifest(version.model, version);
    return manifest.digest === digest ? manifest : undefined;
  } catch (error) {
    if (error instanceof ForeignTagError) return undefined;
    throw error;
  }
}
