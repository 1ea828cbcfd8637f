// The real ReleasesApi. This module pulls in Octokit and its plugins, so it
// is only ever loaded through a dynamic import (see connectReleases).
import { GitHubApiError, type CallOptions, type GitHubConnection } from './deployments.js';
import { call, octokitFor } from './octokit.js';
import type {
  NewRelease,
  NewReleaseAsset,
  Release,
  ReleaseAsset,
  ReleaseAssetRecord,
  ReleaseContent,
  ReleaseRecord,
  ReleasesApi,
} from './releases.js';

export function octokitReleases(connection: GitHubConnection): ReleasesApi {
  const { owner, repo } = connection.repository;
  const octokit = octokitFor(connection);

  return {
    async releaseByTag(tag: string, options: CallOptions = {}): Promise<Release | undefined> {
      try {
        const response = await call(`read the release of ${tag}`, options, (request) =>
          octokit.rest.repos.getReleaseByTag({ request, owner, repo, tag }),
        );
        return releaseOf(response.data);
      } catch (error) {
        if (error instanceof GitHubApiError && error.status === 404) return undefined;
        throw error;
      }
    },

    async createRelease(release: NewRelease, options: CallOptions = {}): Promise<Release> {
      const response = await call(`create the release of ${release.tagName}`, options, (request) =>
        octokit.rest.repos.createRelease({
          request,
          owner,
          repo,
          tag_name: release.tagName,
          ...(release.targetCommitish ? { target_commitish: release.targetCommitish } : {}),
          ...contentFields(release),
        }),
      );
      return releaseOf(response.data);
    },

    async updateRelease(id: number, content: ReleaseContent, options: CallOptions = {}): Promise<Release> {
      const response = await call(`update release ${id}`, options, (request) =>
        octokit.rest.repos.updateRelease({ request, owner, repo, release_id: id, ...contentFields(content) }),
      );
      return releaseOf(response.data);
    },

    async listAssets(releaseId: number, options: CallOptions = {}): Promise<ReleaseAsset[]> {
      const assets = await call(`list the assets of release ${releaseId}`, options, (request) =>
        octokit.paginate(octokit.rest.repos.listReleaseAssets, {
          request,
          owner,
          repo,
          release_id: releaseId,
          per_page: 100,
        }),
      );
      return assets.map(assetOf);
    },

    async deleteAsset(assetId: number, options: CallOptions = {}): Promise<void> {
      await call(`delete release asset ${assetId}`, options, (request) =>
        octokit.rest.repos.deleteReleaseAsset({ request, owner, repo, asset_id: assetId }),
      );
    },

    async uploadAsset(release: Release, asset: NewReleaseAsset, options: CallOptions = {}): Promise<ReleaseAsset> {
      const url = uploadTemplate(release.uploadUrl, connection.apiUrl);
      const data = typeof asset.data === 'string' ? Buffer.from(asset.data) : asset.data;
      const response = await call(`upload ${asset.name} to release ${release.id}`, options, (request) =>
        octokit.rest.repos.uploadReleaseAsset({
          request,
          owner,
          repo,
          release_id: release.id,
          // GitHub's own template on its uploads host; Octokit fills in `{?name,label}`.
          url,
          name: asset.name,
          // Sent as the bytes they are: Octokit passes a Uint8Array through unchanged.
          data: data as unknown as string,
          headers: { 'content-type': asset.contentType, 'content-length': data.byteLength },
        }),
      );
      return assetOf(response.data);
    },
  };
}

function contentFields(content: ReleaseContent) {
  return {
    name: content.name,
    body: content.body,
    draft: false,
    prerelease: content.prerelease,
    make_latest: content.makeLatest,
  };
}

function releaseOf(record: ReleaseRecord): Release {
  return {
    id: record.id,
    tagName: record.tag_name,
    htmlUrl: record.html_url,
    uploadUrl: record.upload_url,
    draft: record.draft,
  };
}

function assetOf(record: ReleaseAssetRecord): ReleaseAsset {
  return { id: record.id, name: record.name, size: record.size };
}

/**
 * The release's `upload_url`, when it points where GitHub's answers point: the
 * API's own host (GitHub Enterprise Server's `/api/uploads`) or, for
 * `api.<domain>`, `uploads.<domain>`. The token goes with the upload, so an
 * answer that names another host is refused rather than followed.
 */
export function uploadTemplate(uploadUrl: string, apiUrl: string): string {
  const api = new URL(apiUrl);
  let upload: URL;
  try {
    // The template's `{?name,label}` is not part of the address.
    upload = new URL(uploadUrl.replace(/\{[^}]*\}$/, ''));
  } catch {
    throw new GitHubApiError(
      `GitHub gave the release an upload URL that is not a URL: ${JSON.stringify(uploadUrl)}.`,
      0,
    );
  }
  const uploadsHost = api.hostname.startsWith('api.') ? `uploads.${api.hostname.slice(4)}` : api.hostname;
  const sameServer =
    upload.protocol === api.protocol &&
    (upload.host === api.host || (upload.hostname === uploadsHost && upload.port === api.port));
  if (!sameServer) {
    throw new GitHubApiError(
      `GitHub gave the release an upload URL on another server (${upload.origin}, the API is ${api.origin}): ` +
        'the token is not sent there.',
      0,
    );
  }
  return uploadUrl;
}
