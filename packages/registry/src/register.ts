import { retryOnConflict, type Attempt, type RetryOptions } from './conflicts.js';
import { versionTagName } from './names.js';
import type { ModelManifest } from './records.js';
import type { ModelVersion, Registry } from './registry.js';
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
  /**
   * Stores the version's files once its number is chosen, before its tag is
   * pushed, and gives the manifest's `uri` (the artifact by digest). Called
   * again with the next number when another run took this one first; a
   * re-run that reuses the newest version does not call it.
   */
  storeFiles?: (version: string) => Promise<string>;
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
 * are idempotent); otherwise push the next version's tag. A run that loses
 * the push re-reads the remote and decides again (`retryOnConflict`).
 *
 * With an explicit `version`, only that same version with the same digest is
 * reused: asking for `1.0.0` with the bits of `1.0.0-rc.2` registers `1.0.0`.
 */
export async function registerVersion(
  registry: Registry,
  request: VersionRequest,
  options: RetryOptions = {},
): Promise<VersionRegistration> {
  const model = request.manifest.name;
  return retryOnConflict(
    async (attempt): Promise<Attempt<VersionRegistration>> => {
      const newest = await registry.latestVersion(model);
      const reusable = newest && (await manifestWithDigest(registry, newest, request.manifest.digest));
      if (reusable && (request.version === undefined || request.version === newest.version)) {
        const { version, tag } = newest;
        return { done: { version, tag, created: false, previous: version, manifest: reusable, attempts: attempt } };
      }
      const version =
        request.version === undefined
          ? nextVersion(newest?.version, request.bump)
          : assertExplicitVersion(request.version, newest?.version, model);
      // The key order of DESIGN.md: the version right after the name.
      const { schema, name, ...rest } = request.manifest;
      const manifest: ModelManifest = { schema, name, version, ...rest };
      if (request.storeFiles) manifest.uri = await request.storeFiles(version);
      const tag = versionTagName(model, version);
      const result = await registry.pushVersion(manifest, request.commit, { push: request.push ?? true });
      if (result === 'exists') return { taken: tag };
      return { done: { version, tag, created: true, previous: newest?.version, manifest, attempts: attempt } };
    },
    (tries) =>
      `Could not register a version of ${model}: other runs registered the version this run chose first, ${tries} times.`,
    options,
  );
}

/** The version's manifest when it has `digest`; undefined when it differs or the tag is not ours (ignored, with a warning). */
async function manifestWithDigest(
  registry: Registry,
  version: ModelVersion,
  digest: string,
): Promise<ModelManifest | undefined> {
  const manifest = await registry.findManifest(version);
  return manifest?.digest === digest ? manifest : undefined;
}
