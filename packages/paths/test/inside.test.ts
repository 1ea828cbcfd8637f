import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isInside, realPathInside } from '@mlops-actions/paths';

describe('isInside', () => {
  test('the folder itself and paths below it are inside; .. as a whole segment leaves it', () => {
    assert.equal(isInside('/w', '/w'), true);
    assert.equal(isInside('/w/a/b', '/w'), true);
    assert.equal(isInside('/w/..weights', '/w'), true);
    assert.equal(isInside('/', '/w'), false);
    assert.equal(isInside('/w2/a', '/w'), false);
    assert.equal(isInside('/etc/passwd', '/w'), false);
  });
});

describe('realPathInside', () => {
  // action-testing depends on action-kit, which depends on this package: these tests make their own folders.
  let root: string;
  let workspace: string;
  let outside: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'paths-'));
    workspace = join(root, 'workspace');
    outside = join(root, 'outside');
    await mkdir(join(workspace, 'model'), { recursive: true });
    await mkdir(outside);
    await writeFile(join(workspace, 'model/w.bin'), 'w');
    await writeFile(join(outside, 'secret'), 's3cr3t');
    await symlink('model/w.bin', join(workspace, 'linked-in.bin'));
    await symlink(join(outside, 'secret'), join(workspace, 'linked-out'));
    await symlink(outside, join(workspace, 'folder-out'));
    await symlink('/', join(workspace, 'root'));
    await symlink('nowhere', join(workspace, 'broken'));
    await symlink(join(workspace, 'loop'), join(workspace, 'loop'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('a file inside, directly or through a link that stays inside, is its real path', async () => {
    assert.equal(await realPathInside(join(workspace, 'model/w.bin'), workspace), join(workspace, 'model/w.bin'));
    assert.equal(await realPathInside(join(workspace, 'linked-in.bin'), workspace), join(workspace, 'model/w.bin'));
    assert.equal(await realPathInside(workspace, workspace), workspace);
  });

  test('links that lead out, to a file, a folder or /, and paths that climb out are outside', async () => {
    for (const path of ['linked-out', 'folder-out', 'folder-out/secret', 'root', 'root/etc', '../outside/secret']) {
      assert.equal(await realPathInside(join(workspace, path), workspace), undefined, path);
    }
  });

  test('a workspace reached through a link holds its files', async () => {
    const linked = join(root, 'linked-workspace');
    await symlink(workspace, linked);
    assert.equal(await realPathInside(join(linked, 'model/w.bin'), linked), join(workspace, 'model/w.bin'));
  });

  test('a missing path, a broken link and a loop throw the file system error', async () => {
    await assert.rejects(realPathInside(join(workspace, 'missing'), workspace), { code: 'ENOENT' });
    await assert.rejects(realPathInside(join(workspace, 'broken'), workspace), { code: 'ENOENT' });
    await assert.rejects(realPathInside(join(workspace, 'loop'), workspace), { code: 'ELOOP' });
  });
});
