import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { FakeGitHubApi, type ReleaseAssetRecord, type ReleaseRecord } from '@mlops-actions/github/testing';

const TOKEN = 'ghs_fakeReleasesToken';

// The stand-in's releases must refuse what GitHub refuses: checked here with plain HTTP requests.
void describe("the fake GitHub REST API's releases", () => {
  let api: FakeGitHubApi;
  beforeAll(async () => {
    api = await FakeGitHubApi.start({ token: TOKEN, repository: 'octo-org/models' });
  });
  afterAll(() => api.close());

  async function call(method: string, url: string, body?: unknown, contentType = 'application/json') {
    const response = await fetch(url.startsWith('http') ? url : `${api.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': contentType },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      link: response.headers.get('link'),
      json: (text ? JSON.parse(text) : undefined) as unknown,
    };
  }

  void test('creates a release, finds it by tag, refuses a second one and a body over 125 000 characters', async () => {
    const created = await call('POST', '/repos/octo-org/models/releases', { tag_name: 'm@v1.0.0', name: 'm v1.0.0' });
    assert.equal(created.status, 201);
    const record = created.json as ReleaseRecord;
    assert.equal(record.tag_name, 'm@v1.0.0');
    assert.match(
      record.upload_url,
      /^http:\/\/127\.0\.0\.1:\d+\/uploads\/repos\/octo-org\/models\/releases\/\d+\/assets\{\?name,label\}$/,
    );

    const found = await call('GET', '/repos/octo-org/models/releases/tags/m%40v1.0.0');
    assert.equal((found.json as ReleaseRecord).id, record.id);
    assert.equal((await call('GET', '/repos/octo-org/models/releases/tags/m%40v2.0.0')).status, 404);

    const again = await call('POST', '/repos/octo-org/models/releases', { tag_name: 'm@v1.0.0' });
    assert.equal(again.status, 422);
    assert.deepEqual((again.json as { errors: unknown[] }).errors, [
      { resource: 'Release', code: 'already_exists', field: 'tag_name' },
    ]);
    for (const body of [
      { tag_name: 'm@v3.0.0', body: 'x'.repeat(125_001) },
      { tag_name: 'm@v3.0.0', make_latest: false },
      { name: 'no tag' },
    ]) {
      assert.equal(
        (await call('POST', '/repos/octo-org/models/releases', body)).status,
        422,
        JSON.stringify(body).slice(0, 40),
      );
    }
    assert.equal(
      (await call('POST', '/repos/octo-org/models/releases', { tag_name: 'm@v3.0.0', body: 'x'.repeat(125_000) }))
        .status,
      201,
    );
  });

  void test('uploads assets to the upload URL only, refuses a second asset of a name, lists them in pages and deletes them', async () => {
    const { json } = await call('POST', '/repos/octo-org/models/releases', { tag_name: 'm@v4.0.0' });
    const release = json as ReleaseRecord;
    const upload = (name: string) =>
      call('POST', release.upload_url.replace('{?name,label}', `?name=${name}`), `bytes of ${name}`, 'text/plain');

    // The API root takes no uploads, as api.github.com does not.
    assert.equal((await call('POST', `/repos/octo-org/models/releases/${release.id}/assets?name=a`, {})).status, 404);
    for (let i = 0; i < 32; i++) assert.equal((await upload(`file-${i}.txt`)).status, 201);
    assert.equal((await upload('file-0.txt')).status, 422);

    const first = await call('GET', `/repos/octo-org/models/releases/${release.id}/assets`);
    assert.equal((first.json as unknown[]).length, 30);
    assert.match(first.link ?? '', /[?&]page=2>; rel="next"/);
    const second = await call('GET', `/repos/octo-org/models/releases/${release.id}/assets?page=2`);
    const rest = second.json as ReleaseAssetRecord[];
    assert.deepEqual(
      rest.map((asset) => asset.name),
      ['file-30.txt', 'file-31.txt'],
    );
    assert.equal(api.assetContent(rest[0].id)?.toString(), 'bytes of file-30.txt');

    assert.equal((await call('DELETE', `/repos/octo-org/models/releases/assets/${rest[0].id}`)).status, 204);
    assert.equal((await call('DELETE', `/repos/octo-org/models/releases/assets/${rest[0].id}`)).status, 404);
    assert.equal(api.releaseOfTag('m@v4.0.0')?.assets.length, 31);
  });
});
