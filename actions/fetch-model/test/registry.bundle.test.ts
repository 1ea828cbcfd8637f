// fetch-model against a real OCI registry (Debian's docker-registry): wrong
// credentials fail before anything is written, a model of 1 000 small files
// comes back whole, and an artifact that skopeo copied into the registry (from
// a layout the model store wrote) is fetched and verified like any other.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  coreutilsDigest,
  createGitFixture,
  ensureInstalled,
  git,
  runBundle,
  startRegistry,
  writeTree,
  type BundleResult,
  type OciRegistry,
  type RegistryAuth,
} from '@mlops-actions/action-testing';
import { createGit } from '@mlops-actions/action-kit';
import { Registry } from '@mlops-actions/registry';

/** A runner's git: the machine's global config hidden, as on a fresh runner. */
const RUNNER_GIT = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
const MODEL = 'tiny-lm';
const WRONG_PASSWORD = 'not-the-password-7c21e0';

function runAction(action: string, workspace: string, inputs: Record<string, string>): Promise<BundleResult> {
  return runBundle({ action, cwd: workspace, inputs: { 'model-name': MODEL, ...inputs }, env: RUNNER_GIT });
}

/** Writes `files` as the model, commits them and registers them with version-model into `store`. */
async function register(
  workspace: string,
  files: Record<string, string | Buffer>,
  inputs: Record<string, string>,
): Promise<BundleResult> {
  await writeTree(
    workspace,
    Object.fromEntries(Object.entries(files).map(([path, bytes]) => [`model/${path}`, bytes])),
  );
  git(workspace, 'add', 'model');
  git(workspace, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'Train');
  const result = await runAction('version-model', workspace, { path: 'model', ...inputs });
  assert.equal(result.exitCode, 0, result.stdout);
  return result;
}

/** Every file below `root` with its bytes (base64), by path relative to it. */
async function filesIn(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files[path.slice(root.length + 1)] = (await readFile(path)).toString('base64');
  }
  return files;
}

function base64Of(files: Record<string, string | Buffer>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([path, bytes]) => [path, Buffer.from(bytes).toString('base64')]),
  );
}

const FILES = {
  'config.json': '{"layers": 2}\n',
  'weights.bin': Buffer.alloc(100_000, 3),
  'tokenizer.json': '{"vocab": ["a", "b"]}',
};

for (const auth of ['basic', 'token'] satisfies RegistryAuth[]) {
  describe(`fetch-model with wrong credentials for a registry with ${auth} auth`, () => {
    let registry: OciRegistry;
    beforeAll(async () => {
      registry = await startRegistry({ auth });
    });

    test('fails with one error that says what to change, writes nothing and shows no password', async () => {
      const { workspace } = await createGitFixture();
      await register(workspace, FILES, {
        store: `oci://${registry.host}/acme`,
        'store-username': registry.username,
        'store-token': registry.password,
      });
      const wrong = { 'store-username': registry.username, 'store-token': WRONG_PASSWORD };
      for (const inputs of [wrong, { ...wrong, path: 'fetched/tiny-lm' }]) {
        const result = await runAction('fetch-model', workspace, inputs);
        assert.equal(result.exitCode, 1, result.stdout);
        assert.equal(result.errors.length, 1, result.stdout);
        const host = registry.host.replace(/\./g, '\\.');
        assert.match(
          result.errors[0],
          new RegExp(
            `^Could not fetch tiny-lm@v0\\.0\\.1 from "oci://${host}/acme/tiny-lm@sha256:[0-9a-f]{64}": The ` +
              `registry ${host} refused to let us read acme/tiny-lm \\(HTTP 401[^)]*\\)\\. Check that the username ` +
              'and password or token given for it are right and may read the repository\\. Nothing was written ' +
              "to \".+\"\\. The credentials are inputs 'store-username' and 'store-token'\\.$",
          ),
        );
        assert.deepEqual(result.outputs, {});
        assert.ok(!existsSync(join(result.runnerTemp, 'mlops-models')), 'no folder under RUNNER_TEMP');
        assert.ok(!existsSync(join(workspace, 'fetched')), 'no folder in the workspace');
        assert.deepEqual(
          result.stdout.split('\n').filter((line) => line.includes(WRONG_PASSWORD)),
          [`::add-mask::${WRONG_PASSWORD}`],
        );
        assert.ok(!result.stderr.includes(WRONG_PASSWORD));
        assert.ok(!result.summary.includes(WRONG_PASSWORD));
      }
      if (auth === 'token') assert.ok(registry.tokenRequests.some(({ granted }) => !granted));
    });
  });
}

describe('fetch-model with a registry without authentication', () => {
  let registry: OciRegistry;
  beforeAll(async () => {
    ensureInstalled('skopeo', 'skopeo');
    registry = await startRegistry();
  });

  test('a model of 1 000 small files is stored and fetched back, every file byte for byte', async () => {
    const { workspace } = await createGitFixture();
    const files: Record<string, string> = {};
    for (let index = 0; index < 1000; index++) {
      // Ten folders of 100 files, each file its own bytes (so each is its own blob).
      files[`shard-${index % 10}/part-${String(index).padStart(4, '0')}.txt`] = `part ${index}\n`.repeat(
        (index % 7) + 1,
      );
    }
    const started = Date.now();
    const stored = await register(workspace, files, { store: `oci://${registry.host}/acme` });
    assert.equal(
      stored.outputs['uploaded-bytes'],
      String(Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0)),
    );
    const fetched = await runAction('fetch-model', workspace, {});
    const elapsed = Date.now() - started;
    assert.equal(fetched.exitCode, 0, fetched.stdout);
    assert.equal(fetched.outputs['digest'], stored.outputs['digest']);
    assert.deepEqual(await filesIn(fetched.outputs['path']), base64Of(files));
    assert.equal(coreutilsDigest(fetched.outputs['path']), stored.outputs['digest']);
    // About 25 s on two cores, most of it docker-registry's own work (some 9 ms of its CPU per blob stored); the
    // bound is for two busy cores. A store that spent a second per file would take over fifteen minutes.
    assert.ok(elapsed < 120_000, `push and pull of 1 000 files took ${elapsed} ms`);
  });

  test('an artifact skopeo copied into the registry from a layout the store wrote is fetched and verified', async () => {
    const { workspace } = await createGitFixture();
    // The model store writes a layout; skopeo, an independent client, copies it to a new repository and tag.
    const first = await register(workspace, FILES, { store: 'oci-layout:models' });
    const layoutTag = `oci:${join(workspace, 'models', MODEL)}:v0.0.1`;
    const copied = `docker://${registry.host}/mirrored/weights:copied-by-skopeo`;
    await skopeo('copy', '--dest-tls-verify=false', layoutTag, copied);
    const manifest = await skopeo('inspect', '--raw', '--tls-verify=false', copied);
    const manifestDigest = `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
    assert.equal(first.outputs['store-uri'], `oci-layout:models/${MODEL}@${manifestDigest}`, 'the same manifest');
    // The layout goes: only the registry has the files now.
    await rm(join(workspace, 'models'), { recursive: true });

    // A version whose record names the copy in the registry, as a team that mirrors its artifacts would register it.
    const versions = new Registry(createGit(workspace, { env: RUNNER_GIT }));
    const manifest001 = await versions.readManifest(MODEL, '0.0.1');
    const uri = `oci://${registry.host}/mirrored/weights@${manifestDigest}`;
    const pushed = await versions.pushVersion(
      { ...manifest001, version: '0.0.2', uri },
      git(workspace, 'rev-parse', 'HEAD'),
    );
    assert.equal(pushed, 'pushed');

    const fetched = await runAction('fetch-model', workspace, { version: '0.0.2' });
    assert.equal(fetched.exitCode, 0, fetched.stdout);
    assert.deepEqual(fetched.errors, []);
    assert.equal(fetched.outputs['uri'], uri);
    assert.equal(fetched.outputs['digest'], first.outputs['digest']);
    assert.deepEqual(await filesIn(fetched.outputs['path']), base64Of(FILES));
    assert.equal(coreutilsDigest(fetched.outputs['path']), first.outputs['digest']);
  });
});

/** skopeo with argument arrays; `--insecure-policy`: no signature policy applies to a throwaway registry. */
async function skopeo(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('skopeo', ['--insecure-policy', ...args], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}
