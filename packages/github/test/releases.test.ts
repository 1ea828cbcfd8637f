import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  connectReleases,
  GitHubApiError,
  parseRepository,
  publishRelease,
  type NewRelease,
  type ReleasesApi,
} from '@mlops-actions/github';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { RecordingLogger } from '@mlops-actions/action-testing';

const TOKEN = 'ghs_canaryTokenForReleaseTests0001';
const SHA = 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d';

function connect(api: FakeGitHubApi): Promise<ReleasesApi> {
  return connectReleases({
    token: TOKEN,
    repository: parseRepository(api.repository)!,
    apiUrl: api.url,
    logger: new RecordingLogger(),
    // Writes a few milliseconds apart, not GitHub's second: what is tested here is what is sent, not the pace.
    limits: { serverErrorRetries: 1, writeIntervalMs: 10, notifyingWriteIntervalMs: 10 },
  });
}

function release(tag: string, body: string): NewRelease {
  return { tagName: tag, targetCommitish: SHA, name: `${tag} title`, body, prerelease: false, makeLatest: 'false' };
}

void describe('the GitHub Releases API over Octokit', () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    // Below /api/v3, as GitHub Enterprise Server serves it; its uploads are at /api/uploads.
    api = await FakeGitHubApi.start({ repository: 'octo-org/models', token: TOKEN, prefix: '/api/v3' });
  });
  afterAll(() => api.close());

  void test('publishes a release once, then updates it and replaces its asset', async () => {
    const releases = await connect(api);
    const asset = { name: 'manifest.json', contentType: 'application/json', data: '{"version":"1"}\n' };
    const first = await publishRelease(releases, release('m@v1.0.0', 'first'), [asset]);
    assert.equal(first.created, true);
    assert.equal(first.release.htmlUrl, 'https://github.com/octo-org/models/releases/tag/m%40v1.0.0');

    const second = await publishRelease(releases, release('m@v1.0.0', 'second'), [{ ...asset, data: '{"v":2}' }]);
    assert.equal(second.created, false);
    assert.equal(second.release.id, first.release.id);

    const all = api.releases.filter((r) => r.tag_name === 'm@v1.0.0');
    assert.equal(all.length, 1);
    assert.deepEqual(
      [all[0].name, all[0].body, all[0].draft, all[0].target_commitish],
      ['m@v1.0.0 title', 'second', false, SHA],
    );
    assert.equal(api.makeLatest.get(all[0].id), 'false');
    assert.deepEqual(
      all[0].assets.map((a) => [a.name, a.content_type, api.assetContent(a.id)?.toString()]),
      [['manifest.json', 'application/json', '{"v":2}']],
    );
    // Uploads went to the uploads root the release named, never to the API root.
    const uploads = api.requestsTo('upload-release-asset');
    assert.equal(uploads.length, 2);
    assert.ok(uploads.every((u) => u.path.startsWith('/uploads/repos/octo-org/models/releases/')));
    assert.ok(uploads.every((u) => u.query.get('name') === 'manifest.json'));
    assert.ok(uploads.every((u) => u.authorization === `token ${TOKEN}`));
    assert.deepEqual(
      api.requestsTo('delete-release-asset').map((r) => r.status),
      [204],
    );
  });

  void test('two runs publishing at once leave one release with one asset of the name', async () => {
    const [one, two] = await Promise.all([connect(api), connect(api)]);
    const asset = { name: 'manifest.json', contentType: 'application/json', data: '{"same":"bytes"}' };
    const results = await Promise.all(
      [one, two].map((releases) => publishRelease(releases, release('m@v5.0.0', 'card'), [asset])),
    );
    const all = api.releases.filter((r) => r.tag_name === 'm@v5.0.0');
    // Both read "no release" and both created: GitHub refused the second as already there.
    assert.deepEqual(
      api
        .requestsTo('create-release')
        .filter((r) => (r.body as { tag_name: string }).tag_name === 'm@v5.0.0')
        .map((r) => r.status),
      [201, 422],
    );
    assert.equal(all.length, 1);
    assert.deepEqual(
      results.map((result) => result.release.id),
      [all[0].id, all[0].id],
    );
    assert.deepEqual(
      all[0].assets.map((a) => [a.name, api.assetContent(a.id)?.toString()]),
      [['manifest.json', '{"same":"bytes"}']],
    );
  });

  void test('a tag without a release is none; a second release of a tag is refused as already there', async () => {
    const releases = await connect(api);
    assert.equal(await releases.releaseByTag('m@v9.9.9'), undefined);
    await releases.createRelease(release('m@v2.0.0', 'one'));
    const error = await releases.createRelease(release('m@v2.0.0', 'two')).catch((caught: unknown) => caught);
    assert.ok(error instanceof GitHubApiError);
    assert.equal(error.status, 422);
    assert.equal(error.alreadyExists, true);
    assert.equal(api.releases.filter((r) => r.tag_name === 'm@v2.0.0').length, 1);
  });

  void test("writes that notify people are spaced by the connection's limit, as GitHub asks", async () => {
    const spaced = await connectReleases({
      token: TOKEN,
      repository: parseRepository(api.repository)!,
      apiUrl: api.url,
      logger: new RecordingLogger(),
      limits: { writeIntervalMs: 10, notifyingWriteIntervalMs: 400 },
    });
    const started = Date.now();
    await spaced.createRelease(release('m@v6.0.0', 'one'));
    await spaced.createRelease(release('m@v6.0.1', 'two'));
    // A lower bound only: the second release waited for the first by the limit, however slow the machine.
    assert.ok(Date.now() - started >= 390, `${Date.now() - started} ms`);
  });

  void test('a server error past the retries fails the call with what failed', async () => {
    const releases = await connect(api);
    api.injectFault('get-release-by-tag', { kind: 'server-error', status: 503 }, { times: 2 });
    const error = await publishRelease(releases, release('m@v3.0.0', 'x'), []).catch((caught: unknown) => caught);
    assert.ok(error instanceof GitHubApiError);
    assert.equal(error.status, 503);
    assert.match(error.message, /^Could not read the release of m@v3\.0\.0 on GitHub \(HTTP 503\)/);
    assert.equal(api.releaseOfTag('m@v3.0.0'), undefined);
  });

  void test('an upload URL on another server is refused, and the token is not sent there', async () => {
    const releases = await connect(api);
    const created = await releases.createRelease(release('m@v4.0.0', 'x'));
    const before = api.requests.length;
    for (const uploadUrl of [
      'https://evil.example/repos/octo-org/models/releases/1/assets{?name,label}',
      created.uploadUrl.replace('http://127.0.0.1', 'http://localhost'),
    ]) {
      const error = await releases
        .uploadAsset({ ...created, uploadUrl }, { name: 'a', contentType: 'text/plain', data: 'a' })
        .catch((caught: unknown) => caught);
      assert.ok(error instanceof GitHubApiError);
      assert.match(error.message, /upload URL on another server .*the token is not sent there/);
    }
    assert.equal(api.requests.length, before);
  });
});
