import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { createGit } from '@mlops-actions/action-kit';
import { HungServer, createGitFixture, git } from '@mlops-actions/action-testing';
import { MANIFEST_SCHEMA, Registry, RegistryError, type Git } from '@mlops-actions/registry';

const TIMEOUT_MS = 1_000;

void describe('a git remote that accepts connections and never answers', () => {
  let hung: HungServer;
  beforeAll(async () => {
    hung = await HungServer.start();
  });
  afterAll(async () => {
    await hung.close();
  });

  async function registryOnHungRemote(): Promise<{ registry: Registry; workspace: string }> {
    const { workspace } = await createGitFixture();
    const gitCli = createGit(workspace, {
      env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
      timeoutMs: TIMEOUT_MS,
    });
    return { registry: new Registry(gitCli, `${hung.url}/model.git`), workspace };
  }

  async function timeoutOf(work: Promise<unknown>): Promise<{ error: RegistryError; ms: number }> {
    const started = Date.now();
    const error = await work.then(
      () => assert.fail('the call answered'),
      (thrown: unknown) => thrown,
    );
    assert.ok(error instanceof RegistryError, String(error));
    assert.equal(error.code, 'remote-timeout');
    return { error, ms: Date.now() - started };
  }

  void test('reading the registry (ls-remote) stops after the timeout, as a remote-timeout', async () => {
    const { registry } = await registryOnHungRemote();
    const before = hung.connections;
    const { error, ms } = await timeoutOf(registry.listVersions('tiny-lm'));
    assert.ok(hung.connections > before, 'git never reached the hung remote');
    assert.ok(ms >= TIMEOUT_MS && ms < TIMEOUT_MS + 3_000, `${ms} ms`);
    assert.match(
      error.message,
      /^The git remote 'http:\/\/127\.0\.0\.1:\d+\/model\.git' did not answer within 1 s while the registry was read \(git ls-remote\), so git was stopped and nothing was written to the registry\.$/,
    );
  });

  void test('a tag push stops after the timeout and says the tag may or may not be there; no local tag is left', async () => {
    const { registry, workspace } = await registryOnHungRemote();
    const commit = git(workspace, 'rev-parse', 'HEAD');
    const { error, ms } = await timeoutOf(
      registry.pushVersion(
        {
          schema: MANIFEST_SCHEMA,
          name: 'tiny-lm',
          version: '0.0.1',
          digest: `sha256:${'a'.repeat(64)}`,
          size: 0,
          files: [],
          source: { repository: 'o/r', commit, ref: 'refs/heads/main', run_id: '1', run_url: '' },
          metrics: {},
          metadata: {},
          uri: '',
          created_at: '2026-01-01T00:00:00.000Z',
        },
        commit,
      ),
    );
    assert.ok(ms >= TIMEOUT_MS && ms < TIMEOUT_MS + 3_000, `${ms} ms`);
    assert.match(
      error.message,
      /within 1 s while the tag tiny-lm@v0\.0\.1 was pushed \(git push\), so git was stopped: the remote may or may not hold tiny-lm@v0\.0\.1 now\.$/,
    );
    assert.equal(git(workspace, 'tag', '--list'), '');
  });

  void test('a tag fetch that timed out is a remote-timeout too', async () => {
    const stopped = { exitCode: 1, stdout: '', stderr: 'git was stopped', timedOutAfterMs: 60_000 };
    const object = 'c'.repeat(40);
    const fake: Git = {
      run(args) {
        if (args[0] === 'ls-remote') {
          return Promise.resolve({
            exitCode: 0,
            stdout: `${object}\trefs/tags/tiny-lm@v1.0.0\n${'d'.repeat(40)}\trefs/tags/tiny-lm@v1.0.0^{}\n`,
            stderr: '',
          });
        }
        if (args[0] === 'rev-parse') return Promise.resolve({ exitCode: 0, stdout: 'false\n', stderr: '' });
        return Promise.resolve(stopped);
      },
    };
    const { error } = await timeoutOf(new Registry(fake).readManifest('tiny-lm', '1.0.0'));
    assert.equal(
      error.message,
      "The git remote 'origin' did not answer within 60 s while the tag tiny-lm@v1.0.0 was fetched (git fetch), " +
        'so git was stopped and nothing was written to the registry.',
    );
  });
});
