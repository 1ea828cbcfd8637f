import { BoundedSummary, code, messageOf, type Logger } from '@mlops-actions/action-kit';
import {
  GitHubApiError,
  RELEASE_BODY_LIMIT,
  publishRelease,
  type NewRelease,
  type ReleasesApi,
} from '@mlops-actions/github';
import type { VersionRegistration } from '@mlops-actions/registry';
import { RELEASE_PERMISSION } from './inputs.js';
import { manifestJson } from './manifest.js';
import { renderModelCard } from './summary.js';

/** DESIGN.md: what a step spends on GitHub's API to mirror the registry, 2 minutes in all. */
export const RELEASE_BUDGET_MS = 120_000;

/** The name of the manifest attached to each release. */
export const MANIFEST_ASSET = 'manifest.json';

/** Room kept below GitHub's limit for the note of what was cut. */
const NOTE_ROOM = 4 * 1024;

/** The GitHub Release of a version (input `release`), or why there is none. */
export type ModelRelease = { published: true; url: string; created: boolean } | { published: false; problem: string };

export interface ReleaseDependencies {
  connectReleases: () => Promise<ReleasesApi>;
  logger: Logger;
  now: () => number;
  /** What all the release's API calls may take together (`RELEASE_BUDGET_MS`). */
  budgetMs: number;
}

/**
 * Makes the GitHub Release of a registered version: the model card as its
 * body and the manifest as `manifest.json`, never the repository's latest
 * release. Once made, a re-run of the same bits updates it.
 *
 * The version is registered before this runs: the git tag is the registry,
 * and the release is its page on GitHub. So a release that cannot be made is
 * a warning, as a deployment that cannot be mirrored is for deploy-env: the
 * version and its later jobs stand, and a re-run of the step makes it.
 */
export async function releaseVersion(
  registration: VersionRegistration,
  serverUrl: string,
  { connectReleases, logger, now, budgetMs }: ReleaseDependencies,
): Promise<ModelRelease> {
  const release = releaseOf(registration, serverUrl);
  try {
    const api = await connectReleases();
    const manifest = {
      name: MANIFEST_ASSET,
      contentType: 'application/json',
      data: manifestJson(registration.manifest),
    };
    const { release: published, created } = await publishRelease(api, release, [manifest], {
      deadline: now() + budgetMs,
    });
    logger.info(
      `${created ? 'Created' : 'Updated'} the GitHub Release of ${registration.tag} (${published.htmlUrl}), ` +
        `with ${MANIFEST_ASSET} attached.`,
    );
    return { published: true, url: published.htmlUrl, created };
  } catch (error) {
    const problem =
      `${describe(error)} ${registration.tag} is registered; only its GitHub Release is missing or out of date ` +
      '(a re-run of this step makes it).';
    logger.warning(problem);
    return { published: false, problem };
  }
}

/** The release of a version: titled `<model> v<version>`, the model card as its body. */
export function releaseOf(registration: VersionRegistration, serverUrl: string): NewRelease {
  const { manifest, tag } = registration;
  const body = new BoundedSummary(
    RELEASE_BODY_LIMIT - NOTE_ROOM,
    "The model card was cut to stay under GitHub's limit for a release (125 000 characters)",
  );
  body.add(
    `Version ${manifest.version} of the model ${manifest.name}, registered as the git tag ${code(tag)} by ` +
      `mlops-actions/version-model. Its manifest is attached as ${code(MANIFEST_ASSET)}.\n\n`,
  );
  renderModelCard({ ...registration, serverUrl }, body);
  return {
    tagName: tag,
    // Where GitHub would make the tag if it were missing: the version's commit, never the default branch.
    ...(/^[0-9a-f]{40,64}$/.test(manifest.source.commit) ? { targetCommitish: manifest.source.commit } : {}),
    name: `${manifest.name} v${manifest.version}`,
    body: body.toString(),
    // A 0.x version is what most models are, and deploy-env takes it to production: only a version that says
    // it is not final (`1.0.0-rc.1`) is a prerelease.
    prerelease: /^[^+]*-/.test(manifest.version),
    // A model version is not a release of the repository's software: it never takes the "Latest" badge.
    makeLatest: 'false',
  };
}

function describe(error: unknown): string {
  if (!(error instanceof GitHubApiError)) return `Could not use the GitHub API: ${messageOf(error)}.`;
  const message = error.message.endsWith('.') ? error.message : `${error.message}.`;
  return error.refusedAccess
    ? `${message} Give the job ${RELEASE_PERMISSION} (or a token that may create releases).`
    : message;
}
