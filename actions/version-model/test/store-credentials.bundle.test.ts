// version-model against a registry that refuses its credentials (htpasswd
// Basic auth, and the Bearer token flow whose token server refuses them):
// one clear error that says what to change, no version tag, and the password
// nowhere but in the command that masks it.
import { beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  createGitFixture,
  git,
  runBundle,
  startRegistry,
  tagsOf,
  writeTree,
  type OciRegistry,
  type RegistryAuth,
} from '@mlops-actions/action-testing';

const WRONG_PASSWORD = 'not-the-password-5f3a9c';

for (const auth of ['basic', 'token'] satisfies RegistryAuth[]) {
  describe(`version-model with wrong credentials for a registry with ${auth} auth`, () => {
    let registry: OciRegistry;
    beforeAll(async () => {
      registry = await startRegistry({ auth });
    });

    test('fails with one error that says what to change, pushes no tag and shows no password', async () => {
      const { remote, workspace } = await createGitFixture();
      await writeTree(workspace, {
        'model/config.json': '{"layers": 2}\n',
        'model/weights.bin': Buffer.alloc(4096, 7),
      });
      git(workspace, 'add', 'model');
      git(workspace, '-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'Train');
      const result = await runBundle({
        action: 'version-model',
        cwd: workspace,
        inputs: {
          'model-name': 'llm',
          path: 'model',
          store: `oci://${registry.host}/acme`,
          'store-username': registry.username,
          'store-token': WRONG_PASSWORD,
        },
      });
      assert.equal(result.exitCode, 1, result.stdout);
      assert.equal(result.errors.length, 1, result.stdout);
      const host = registry.host.replace(/\./g, '\\.');
      assert.match(
        result.errors[0],
        new RegExp(
          `^Could not store the files of llm 0\\.0\\.1 in oci://${host}/acme/llm: The registry ${host} refused to ` +
            'let us read acme/llm \\(HTTP 401[^)]*\\)\\. Check that the username and password or token given for ' +
            'it are right and may read the repository\\. No version was registered \\(the version tag is pushed ' +
            "only once its files are stored\\)\\. Give inputs 'store-username' and 'store-token' a user and a " +
            `password or token that may push to oci://${host}/acme/llm\\.$`,
        ),
      );
      assert.deepEqual(tagsOf(remote), [], 'no version without its files');
      assert.deepEqual(result.outputs, {});
      // The password reaches the log only in the command that masks it.
      assert.deepEqual(
        result.stdout.split('\n').filter((line) => line.includes(WRONG_PASSWORD)),
        [`::add-mask::${WRONG_PASSWORD}`],
      );
      assert.ok(!result.stderr.includes(WRONG_PASSWORD));
      assert.ok(!result.summary.includes(WRONG_PASSWORD));
      if (auth === 'token') {
        assert.ok(registry.tokenRequests.length > 0, 'the token server was asked');
        assert.ok(registry.tokenRequests.every(({ granted }) => !granted));
      }
    });
  });
}
