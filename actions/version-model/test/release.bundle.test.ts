// `release: true`: the GitHub Release of a version, against the REST stand-in.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  activeCommandsOf,
  createGitFixture,
  git,
  injectedCommands,
  placesHolding,
  runBundle,
  tagsOf,
  writeTree,
  type BundleResult,
} from '@mlops-actions/action-testing';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { FakeGitHubApi, type ReleaseRecord } from '@mlops-actions/github/testing';

/** The token handed to the action: it must appear nowhere a person or a later step could read it. */
const CANARY = 'ghs_canaryReleaseTokenThatMustNeverBePrinted7';
const RUNNER_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const RELEASE_URL = 'https://github.com/octo-org/models/releases/tag/tiny-lm%40v0.0.1';

let github: FakeGitHubApi;
beforeAll(async () => {
  // Below /api/v3, as GitHub Enterprise Server serves it: the uploads go to the release's upload_url (/api/uploads).
  github = await FakeGitHubApi.start({ token: CANARY, repository: 'octo-org/models', prefix: '/api/v3' });
});
afterAll(() => github.close());

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...RUNNER_GIT,
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_REF: 'refs/heads/main',
    ...extra,
  };
}

function versionModel(
  workspace: string,
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
): Promise<BundleResult> {
  return runBundle({ action: 'version-model', cwd: workspace, inputs, env: env(extra) });
}

/** A fresh registry (the stand-in serves one repository, so each test's model has its own name). */
async function modelIn(files: Record<string, string> = {}): Promise<{ remote: string; workspace: string }> {
  const fixture = await createGitFixture();
  await writeTree(fixture.workspace, {
    'model/config.json': '{"layers": 2}\n',
    'model/weights.bin': 'weights\n',
    ...files,
  });
  return fixture;
}

function releasesOf(model: string): ReleaseRecord[] {
  return github.releases.filter((release) => release.tag_name.startsWith(`${model}@v`));
}

/** The token: masked first thing, then in no place a reader sees. */
function assertTokenHidden(result: BundleResult, extra: Record<string, string>): void {
  const lines = result.stdout.split('\n');
  assert.equal(lines[0], `::add-mask::${CANARY}`);
  assert.deepEqual(
    placesHolding(CANARY, { ...result, stdout: lines.slice(1).join('\n') }, extra),
    [],
    'the token appears',
  );
}

void describe('a GitHub Release per version', () => {
  void test('made once on the version tag with the model card and the manifest, then updated by a re-run', async () => {
    const { remote, workspace } = await modelIn({ 'eval/metrics.json': '{"eval": {"accuracy": 0.91}}' });
    const head = git(workspace, 'rev-parse', 'HEAD');
    const inputs = {
      'model-name': 'tiny-lm',
      path: 'model',
      metrics: 'eval/metrics.json',
      metadata: 'framework=pytorch',
      release: 'true',
      token: CANARY,
    };

    const first = await versionModel(workspace, inputs);

    assert.equal(first.exitCode, 0, first.stdout);
    assert.deepEqual([first.errors, first.warnings], [[], []]);
    assert.deepEqual(tagsOf(remote), ['tiny-lm@v0.0.1']);
    assert.equal(first.outputs['release-url'], RELEASE_URL);
    const [release] = releasesOf('tiny-lm');
    assert.equal(releasesOf('tiny-lm').length, 1);
    assert.deepEqual(
      [release.tag_name, release.name, release.draft, release.prerelease, release.target_commitish],
      ['tiny-lm@v0.0.1', 'tiny-lm v0.0.1', false, false, head],
    );
    assert.equal(github.makeLatest.get(release.id), 'false');
    assert.equal(release.html_url, first.outputs['release-url']);

    // The body is the model card: the digest, the metrics and the metadata in tables, links to the commit and the run.
    const card = renderMarkdown(release.body ?? '');
    const cell = (name: string) => card.rows.find((row) => row[0] === name)?.[1];
    assert.equal(cell('Digest'), first.outputs['digest']);
    assert.equal(cell('eval.accuracy'), '0.91');
    assert.equal(cell('framework'), 'pytorch');
    assert.deepEqual(card.targets, [
      `https://github.com/octo-org/models/commit/${head}`,
      'https://github.com/octo-org/models/actions/runs/4242',
    ]);
    // The manifest is attached as the bytes of the manifest output's file.
    const manifest = await readFile(first.outputs['manifest'], 'utf8');
    assert.deepEqual(
      release.assets.map((asset) => [asset.name, asset.content_type, github.assetContent(asset.id)?.toString()]),
      [['manifest.json', 'application/json', manifest]],
    );
    assert.match(
      first.summary,
      /^Created \[the GitHub Release\]\(https:\/\/github\.com\/octo-org\/models\/releases\/tag\/tiny-lm%40v0\.0\.1\)/m,
    );
    const firstAsset = release.assets[0].id;

    const before = github.requests.length;
    const rerun = await versionModel(workspace, inputs);

    assert.equal(rerun.exitCode, 0, rerun.stdout);
    assert.deepEqual([rerun.errors, rerun.warnings], [[], []]);
    assert.equal(rerun.outputs['created'], 'false');
    assert.equal(rerun.outputs['release-url'], RELEASE_URL);
    assert.deepEqual(
      github.requests.slice(before).map((request) => `${request.route ?? request.path} ${request.status}`),
      [
        'get-release-by-tag 200',
        'update-release 200',
        'list-release-assets 200',
        'delete-release-asset 204',
        'upload-release-asset 201',
      ],
    );
    assert.equal(releasesOf('tiny-lm').length, 1);
    assert.equal(github.makeLatest.get(release.id), 'false');
    assert.equal(release.assets.length, 1);
    assert.notEqual(release.assets[0].id, firstAsset);
    assert.equal(github.assetContent(release.assets[0].id)?.toString(), manifest);
    assert.match(rerun.summary, /^Updated \[the GitHub Release\]/m);
    assert.ok(github.requests.slice(before).every((request) => request.authorization === `token ${CANARY}`));

    for (const result of [first, rerun]) {
      assertTokenHidden(result, {
        'the release body': release.body ?? '',
        'the release name': release.name ?? '',
        'the manifest asset': manifest,
      });
    }
  });

  void test('hostile metric names, metadata and a 1.0.0-rc version: inert in the release, a prerelease', async () => {
    const marker = 'PWNED';
    const hostile = `${marker} [click](https://evil.example) <img src=x onerror=alert(1)> @octocat #1 ::error::${marker}`;
    const { workspace } = await modelIn({
      'eval/metrics.json': JSON.stringify({ [hostile]: 1, eval: { [`<details>${hostile}`]: hostile } }),
    });

    const result = await versionModel(workspace, {
      'model-name': 'hostile-lm',
      path: 'model',
      version: '1.0.0-rc.1',
      metrics: 'eval/metrics.json',
      metadata: `${hostile}=${hostile}\nnote=::warning::${marker} ![x](https://evil.example/x.png)`,
      release: 'true',
      token: CANARY,
    });

    assert.equal(result.exitCode, 0, result.stdout);
    const [release] = releasesOf('hostile-lm');
    assert.equal(release.prerelease, true);
    const card = renderMarkdown(release.body ?? '');
    assert.deepEqual(card.targets, [
      `https://github.com/octo-org/models/commit/${git(workspace, 'rev-parse', 'HEAD')}`,
      'https://github.com/octo-org/models/actions/runs/4242',
    ]);
    assert.deepEqual(card.references, []);
    for (const live of ['img', 'details', 'h1']) assert.ok(!card.elements.includes(live), card.html);
    const text = card.text.replace(/\u200b/g, '');
    assert.ok(text.includes(hostile) && text.includes(`eval.<details>${hostile}`), text);
    assert.deepEqual(injectedCommands(result.stdout, ['group', 'endgroup', 'add-mask'], marker), []);
    assert.deepEqual(
      activeCommandsOf(result.stdout)
        .filter(({ command }) => command.command === 'add-mask')
        .map(({ command }) => command.message),
      [CANARY],
    );
    assertTokenHidden(result, { 'the release body': release.body ?? '' });
  });

  void test('GitHub failing past the retries: a warning, no release-url, and the version stays registered', async () => {
    const { remote, workspace } = await modelIn();
    const inputs = { 'model-name': 'flaky-lm', path: 'model', release: 'true', token: CANARY };
    github.injectFault('create-release', { kind: 'server-error', status: 502 }, { times: 100 });

    const failed = await versionModel(workspace, inputs, { MLOPS_ACTIONS_GITHUB_MIRROR_BUDGET_MS: '3000' });
    github.clearFaults();

    assert.equal(failed.exitCode, 0, failed.stdout);
    assert.deepEqual(tagsOf(remote), ['flaky-lm@v0.0.1']);
    assert.equal(failed.outputs['version'], '0.0.1');
    assert.equal(failed.outputs['release-url'], '');
    assert.deepEqual(failed.errors, []);
    assert.equal(failed.warnings.length, 1, failed.stdout);
    assert.match(
      failed.warnings[0],
      /^Could not create the release of flaky-lm@v0\.0\.1 on GitHub \(.*\): .* flaky-lm@v0\.0\.1 is registered; only its GitHub Release is missing or out of date \(a re-run of this step makes it\)\.$/,
    );
    assert.match(failed.stdout, /GitHub API answered HTTP 502 to POST \/api\/v3\/repos\/octo-org\/models\/releases/);
    assert.match(failed.summary, /^> \[!WARNING\]\n> No GitHub Release: Could not create the release/m);
    assert.ok(github.requestsTo('create-release').length >= 2);
    assert.deepEqual(releasesOf('flaky-lm'), []);

    // The re-run the warning suggests makes it.
    const rerun = await versionModel(workspace, inputs);
    assert.equal(rerun.exitCode, 0, rerun.stdout);
    assert.equal(rerun.outputs['created'], 'false');
    assert.equal(releasesOf('flaky-lm').length, 1);
    assert.equal(rerun.outputs['release-url'], releasesOf('flaky-lm')[0].html_url);
  });

  void test('release without a token, with push: false or outside GitHub: one clear error, nothing tagged or called', async () => {
    const { remote, workspace } = await modelIn();
    const before = github.requests.length;
    const cases: [Record<string, string>, Record<string, string>, RegExp][] = [
      [{ token: '' }, {}, /^Input 'release' is 'true' but 'token' is empty: pass a token that may create releases/],
      [
        { push: 'false', token: CANARY },
        {},
        /^Input 'release' is 'true' but 'push' is 'false': .* Set 'release' to 'false' for a dry run, or 'push' to 'true'\.$/,
      ],
      [{ token: CANARY }, { GITHUB_REPOSITORY: '' }, /^Input 'release' is 'true', which needs GITHUB_REPOSITORY/],
    ];
    for (const [inputs, extra, message] of cases) {
      const result = await versionModel(
        workspace,
        { 'model-name': 'refused-lm', path: 'model', release: 'true', ...inputs },
        extra,
      );
      assert.equal(result.exitCode, 1, result.stdout);
      assert.equal(result.errors.length, 1, result.stdout);
      assert.match(result.errors[0], message);
      assert.equal(result.outputs['version'], undefined);
    }
    assert.deepEqual(tagsOf(workspace), []);
    assert.deepEqual(tagsOf(remote), []);
    assert.equal(github.requests.length, before);
  });
});
