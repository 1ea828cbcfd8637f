// versionModel() called directly: a real bare remote, the real digest, a
// RecordingLogger and a fixed clock.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Inputs, UserError, createGit } from '@mlops-actions/action-kit';
import { RecordingLogger, createGitFixture, git, tagsOf, writeTree } from '@mlops-actions/action-testing';
import { digestOf } from '@mlops-actions/digest';
import { OciLayoutTarget, openTarget, pullVersion } from '@mlops-actions/model-store';
import { Registry } from '@mlops-actions/registry';
import { readSettings, type VersionModelSettings } from '../src/inputs.js';
import { versionModel, type VersionModelDependencies } from '../src/version-model.js';

const NOW = Date.parse('2026-03-01T12:00:00.000Z');
const RUN = {
  GITHUB_REPOSITORY: 'owner/repo',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SERVER_URL: 'https://github.com',
};

/** The machine's git identity hidden, as on a fresh runner: the registry tags as its bot. */
const saved = { GIT_CONFIG_GLOBAL: process.env['GIT_CONFIG_GLOBAL'] };

describe('versionModel()', () => {
  let remote: string;
  let workspace: string;

  beforeAll(async () => {
    process.env['GIT_CONFIG_GLOBAL'] = '/dev/null';
    ({ remote, workspace } = await createGitFixture());
    await writeTree(workspace, {
      'model/config.json': '{"layers": 2}\n',
      'model/weights.bin': Buffer.alloc(10_000, 1),
      'eval/metrics.json': '{"eval": {"accuracy": 0.91}}',
    });
  });
  afterAll(async () => {
    if (saved.GIT_CONFIG_GLOBAL === undefined) delete process.env['GIT_CONFIG_GLOBAL'];
    else process.env['GIT_CONFIG_GLOBAL'] = saved.GIT_CONFIG_GLOBAL;
    await rm(dirname(workspace), { recursive: true, force: true });
  });

  function settings(values: Record<string, string>): VersionModelSettings {
    return readSettings(new Inputs((name) => values[name]), workspace, RUN);
  }

  function deps(logger: RecordingLogger, remoteName = 'origin'): VersionModelDependencies {
    return {
      registry: new Registry(createGit(workspace), remoteName),
      logger,
      digestOf,
      now: () => NOW,
      openStore: (store) => Promise.resolve(openTarget(store.location, { base: workspace })),
    };
  }

  test('registers the first version with its manifest, then reuses it for the same bits', async () => {
    const logger = new RecordingLogger();
    const report = await versionModel(
      settings({ 'model-name': 'tiny-lm', path: 'model', metrics: 'eval/metrics.json', metadata: 'framework=onnx' }),
      deps(logger),
    );
    const { registration, digest } = report;
    assert.equal(registration.version, '0.0.1');
    assert.equal(registration.tag, 'tiny-lm@v0.0.1');
    assert.equal(registration.created, true);
    assert.deepEqual(tagsOf(remote), ['tiny-lm@v0.0.1']);
    assert.equal(digest.files.length, 2);
    assert.deepEqual(registration.manifest.source, {
      repository: 'owner/repo',
      commit: git(workspace, 'rev-parse', 'HEAD'),
      ref: 'refs/heads/main',
      run_id: '42',
      run_url: 'https://github.com/owner/repo/actions/runs/42/attempts/2',
    });
    assert.deepEqual(registration.manifest.metrics, { eval: { accuracy: 0.91 } });
    assert.deepEqual(registration.manifest.metadata, { framework: 'onnx' });
    assert.equal(registration.manifest.created_at, '2026-03-01T12:00:00.000Z');
    assert.equal(registration.manifest.digest, digest.digest);

    assert.deepEqual(logger.lines('group'), [`Hash ${join(workspace, 'model')}`, "Register tiny-lm in 'origin'"]);
    assert.deepEqual(logger.lines('info'), [
      'Hashing the model: 9.78 KiB of 9.78 KiB (100%)',
      `${digest.digest}: 2 files, 9.78 KiB in 0 ms`,
      'Pushed tiny-lm@v0.0.1 (previous version: none).',
    ]);
    assert.deepEqual(
      logger.entries.filter((entry) => entry.level !== 'info' && entry.level !== 'group'),
      [],
    );

    const again = new RecordingLogger();
    const rerun = await versionModel(settings({ 'model-name': 'tiny-lm', path: 'model' }), deps(again));
    assert.equal(rerun.registration.created, false);
    assert.equal(rerun.registration.version, '0.0.1');
    assert.equal(again.lines('info').at(-1), 'tiny-lm@v0.0.1 already has this digest: nothing new to register.');
    assert.deepEqual(tagsOf(remote), ['tiny-lm@v0.0.1']);
  });

  test('push: false tags the checkout only, and says so', async () => {
    const logger = new RecordingLogger();
    await writeTree(workspace, { 'local/w.bin': 'local weights' });
    const report = await versionModel(
      settings({ 'model-name': 'local-only', path: 'local', push: 'false' }),
      deps(logger),
    );
    assert.equal(report.registration.created, true);
    assert.ok(tagsOf(workspace).includes('local-only@v0.0.1'));
    assert.ok(!tagsOf(remote).includes('local-only@v0.0.1'));
    assert.equal(logger.lines('info').at(-1), 'Created local-only@v0.0.1 in this checkout only (push: false).');
  });

  test('an empty model folder is a user error, and nothing is tagged', async () => {
    await mkdir(join(workspace, 'empty/sub'), { recursive: true });
    const before = tagsOf(remote);
    await assert.rejects(
      versionModel(settings({ 'model-name': 'empty', path: 'empty' }), deps(new RecordingLogger())),
      (error: unknown) =>
        error instanceof UserError && /holds no files .*there is no model to version/.test(error.message),
    );
    assert.deepEqual(tagsOf(remote), before);
  });

  test('a metrics file that breaks the rules is a user error naming the input, before anything is hashed', async () => {
    const outside = join(dirname(workspace), 'outside.json');
    await writeFile(outside, '{"token": "s3cr3t"}');
    await symlink(outside, join(workspace, 'eval/linked.json'));
    await writeFile(join(workspace, 'eval/deep.json'), `{"m": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
    await writeFile(join(workspace, 'eval/list.json'), '[0.9]');
    const cases: [string, RegExp][] = [
      ['eval/linked.json', /^The metrics file "eval\/linked\.json" \(input 'metrics'\) resolves outside the workspace/],
      [
        'eval/deep.json',
        /^The metrics file "eval\/deep\.json" \(input 'metrics'\) nests objects or arrays more than 32/,
      ],
      ['eval/list.json', /^The metrics file "eval\/list\.json" \(input 'metrics'\) holds an array, not a JSON object/],
      [
        'eval/nope.json',
        /^The metrics file "eval\/nope\.json" \(input 'metrics'\) does not exist: write it before this step or fix input 'metrics'\.$/,
      ],
    ];
    const before = tagsOf(remote);
    for (const [metrics, expected] of cases) {
      const logger = new RecordingLogger();
      await assert.rejects(
        versionModel(settings({ 'model-name': 'tiny-lm', path: 'model', metrics }), deps(logger)),
        (error: unknown) => error instanceof UserError && expected.test(error.message) && !/s3cr3t/.test(error.message),
        metrics,
      );
      assert.deepEqual(logger.entries, [], 'nothing was hashed');
    }
    assert.deepEqual(tagsOf(remote), before);
  });

  test('store: the files go to the store before the tag, by digest in its uri; the next version sends only what changed', async () => {
    ({ remote, workspace } = await createGitFixture());
    await writeTree(workspace, {
      'llm/config.json': '{"layers": 2}\n',
      'llm/weights.bin': Buffer.alloc(50_000, 7),
      'llm/tokenizer.json': '{"vocab": ["a", "b"]}\n',
    });
    const store = { 'model-name': 'llm', path: 'llm', store: 'oci-layout:models' };
    const logger = new RecordingLogger();
    const first = await versionModel(settings(store), deps(logger));
    const layout = new OciLayoutTarget('models/llm', { base: workspace });
    assert.match(first.stored?.uri ?? '', /^oci-layout:models\/llm@sha256:[0-9a-f]{64}$/);
    assert.equal(first.registration.manifest.uri, first.stored?.uri, 'the tag records the artifact by digest');
    assert.equal(first.stored?.uploadedBytes, first.digest.size);
    assert.equal(first.stored?.ociTag, 'v0.0.1');
    const tagged = await layout.getManifest('v0.0.1');
    assert.equal(`${layout.location}@${tagged.digest}`, first.stored?.uri);
    assert.ok(logger.entries.some((entry) => /^Stored oci-layout:models\/llm@sha256:/.test(entry.text)));

    // A re-run with the same bits reuses the version and sends nothing.
    const again = await versionModel(settings(store), deps(new RecordingLogger()));
    assert.deepEqual([again.registration.created, again.stored?.uploadedBytes], [false, 0]);
    assert.equal(again.stored?.uri, first.stored?.uri);

    // One file of three changes: only its bytes are uploaded.
    await writeFile(join(workspace, 'llm/config.json'), '{"layers": 3}\n');
    const second = await versionModel(settings(store), deps(new RecordingLogger()));
    assert.equal(second.registration.version, '0.0.2');
    assert.equal(second.stored?.uploadedBytes, Buffer.byteLength('{"layers": 3}\n'));

    // What the tag records pulls back as the registered bytes.
    const out = join(dirname(workspace), 'pulled');
    const digest = /@(sha256:[0-9a-f]{64})$/.exec(second.stored?.uri ?? '')?.[1] ?? '';
    await pullVersion(layout, digest, out, second.digest.digest);
    assert.deepEqual([...(await readdir(out))].sort(), ['config.json', 'tokenizer.json', 'weights.bin']);
    assert.equal(await readFile(join(out, 'config.json'), 'utf8'), '{"layers": 3}\n');
    assert.deepEqual(tagsOf(remote), ['llm@v0.0.1', 'llm@v0.0.2']);
  });

  test('store and uri together are refused before anything happens', () => {
    assert.throws(
      () => settings({ 'model-name': 'llm', path: 'llm', store: 'oci-layout:models', uri: 's3://x/' }),
      (error: unknown) => error instanceof UserError && /either input 'uri' .* or input 'store'/.test(error.message),
    );
    assert.throws(
      () => settings({ 'model-name': 'llm', path: 'llm', store: 'https://ghcr.io/acme' }),
      (error: unknown) => error instanceof UserError && /^Input 'store': .*oci:\/\//.test(error.message),
    );
  });
});
