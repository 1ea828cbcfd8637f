import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { matchFiles } from '../src/artifacts.js';

describe('matchFiles', () => {
  test('a file whose name starts with two dots is inside the working directory', async () => {
    const dir = await temporaryDirectory();
    await writeTree(dir, { '..weights.bin': 'w', 'out/..config': 'c' });
    assert.deepEqual(await matchFiles(dir, ['*.bin', 'out'], 'artifacts', dir), ['..weights.bin', 'out/..config']);
  });

  test('a glob that climbs out of the working directory is refused by name', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, { 'secrets/token.txt': 't', 'model/w.bin': 'w' });
    await assert.rejects(
      matchFiles(join(workspace, 'model'), ['../secrets/*'], 'artifacts', workspace),
      /Input 'artifacts' matched '.*\/secrets\/token\.txt', which is outside 'working-directory'/,
    );
  });

  test('a glob that starts at, or names, a link that leads out of the workspace is refused by name', async () => {
    const workspace = await temporaryDirectory();
    const outside = await temporaryDirectory();
    await writeTree(outside, { 'token.txt': 't' });
    await writeTree(workspace, {
      'model/w.bin': 'w',
      'model/out': { symlink: outside },
      'model/root': { symlink: '/' },
      'model/in': { symlink: '.' },
    });
    const dir = join(workspace, 'model');
    await assert.rejects(matchFiles(dir, ['root/**'], 'artifacts', workspace), {
      message:
        'Input \'artifacts\' ("root/**") starts at "root", which resolves outside the workspace (symbolic links are ' +
        'followed); only files of the checkout are read. Match files inside the workspace.',
    });
    await assert.rejects(
      matchFiles(dir, ['w.bin', 'out'], 'artifacts', workspace),
      /^UserError: Input 'artifacts' \("out"\) names "out", which resolves outside the workspace/,
    );
    // A link below where the glob starts is listed, not followed: the digest refuses it by name.
    assert.deepEqual(await matchFiles(dir, ['**'], 'artifacts', workspace), ['in', 'out', 'root', 'w.bin']);
  });
});
