import type { components } from '@octokit/openapi-types';
import { GitHubApiError, type CallOptions, type GitHubConnection } from './deployments.js';

/** A release as the REST API answers it. */
export type ReleaseRecord = components['schemas']['release'];
/** A release asset as the REST API answers it. */
export type ReleaseAssetRecord = components['schemas']['release-asset'];

/** What a release says: its title, its Markdown body, and how GitHub lists it. */
export interface ReleaseContent {
  /** The release's title. */
  name: string;
  /** Markdown; GitHub keeps at most `RELEASE_BODY_LIMIT` characters. */
  body: string;
  prerelease: boolean;
  /**
   * Whether GitHub shows it as the repository's latest release. `false` keeps
   * the repository's own latest release where it is.
   */
  makeLatest: 'true' | 'false' | 'legacy';
}

/** A release to create on an existing tag. */
export interface NewRelease extends ReleaseContent {
  tagName: string;
  /**
   * Where GitHub creates the tag when it does not exist: a commit SHA, so a
   * missing tag is never made on whatever the default branch is now.
   */
  targetCommitish?: string;
}

/** A release on GitHub, as far as this package reads it. */
export interface Release {
  id: number;
  tagName: string;
  /** The release's page. */
  htmlUrl: string;
  /**
   * Where its assets are uploaded: an RFC 6570 template on GitHub's uploads
   * host (`https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}`).
   */
  uploadUrl: string;
  draft: boolean;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
}

/** A file to attach to a release. */
export interface NewReleaseAsset {
  name: string;
  contentType: string;
  data: string | Uint8Array;
}

/** GitHub's limit for a release body (characters). */
export const RELEASE_BODY_LIMIT = 125_000;

/**
 * The GitHub Releases API as the actions use it: one release per tag, its
 * text, and its assets.
 */
export interface ReleasesApi {
  /** The release of a tag, or undefined when the tag has none (GitHub's 404). Drafts are not found by tag. */
  releaseByTag(tag: string, options?: CallOptions): Promise<Release | undefined>;
  /** Fails with a `GitHubApiError` of status 422 that is `alreadyExists` when the tag already has a release. */
  createRelease(release: NewRelease, options?: CallOptions): Promise<Release>;
  updateRelease(id: number, content: ReleaseContent, options?: CallOptions): Promise<Release>;
  listAssets(releaseId: number, options?: CallOptions): Promise<ReleaseAsset[]>;
  deleteAsset(assetId: number, options?: CallOptions): Promise<void>;
  /** Sent to the release's `uploadUrl`. A 422 `alreadyExists` when it has an asset of that name. */
  uploadAsset(release: Release, asset: NewReleaseAsset, options?: CallOptions): Promise<ReleaseAsset>;
}

/** A release and whether this call created it. */
export interface PublishedRelease {
  release: Release;
  created: boolean;
}

/**
 * Makes `release` the release of its tag, with `assets` attached: creates it
 * when the tag has none, otherwise updates the one there (re-runs never make
 * a second release), and replaces each asset of the same name. A concurrent
 * run that creates the release or uploads an asset of the same name first is
 * taken as having done the same: the release is updated and the asset left.
 */
export async function publishRelease(
  api: ReleasesApi,
  release: NewRelease,
  assets: readonly NewReleaseAsset[],
  options: CallOptions = {},
): Promise<PublishedRelease> {
  const content: ReleaseContent = {
    name: release.name,
    body: release.body,
    prerelease: release.prerelease,
    makeLatest: release.makeLatest,
  };
  let created = false;
  let found = await api.releaseByTag(release.tagName, options);
  if (!found) {
    try {
      found = await api.createRelease(release, options);
      created = true;
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.alreadyExists)) throw error;
      // Another run created it between our read and our write.
      found = await api.releaseByTag(release.tagName, options);
      if (!found) throw error;
    }
  }
  const published = created ? found : await api.updateRelease(found.id, content, options);
  if (assets.length > 0) {
    const names = new Set(assets.map((asset) => asset.name));
    // GitHub refuses a second asset of the same name: the old one goes first.
    for (const old of created ? [] : await api.listAssets(published.id, options)) {
      if (names.has(old.name)) await api.deleteAsset(old.id, options);
    }
    for (const asset of assets) {
      try {
        await api.uploadAsset(published, asset, options);
      } catch (error) {
        if (!(error instanceof GitHubApiError && error.alreadyExists)) throw error;
      }
    }
  }
  return { release: published, created };
}

/**
 * The GitHub Releases API over Octokit, with retries on server errors and
 * waits on rate limits. Octokit loads here, on first use, so an action that
 * never talks to GitHub does not pay for it at start-up.
 */
export async function connectReleases(connection: GitHubConnection): Promise<ReleasesApi> {
  const { octokitReleases } = await import('./octokit-releases.js');
  return octokitReleases(connection);
}
