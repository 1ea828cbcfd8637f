import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { matchFiles } from '../src/artifacts.js';

describe('matchFiles', () => {
  test('a file whose name starts with two dots is inside the working directory', async () => {
    const dir = await temporaryDirectory();
    await writeTree(dir, { '..weights.bin': 'w', 'out/..config': 'c' });
    assert.deepEqual(await matchFiles(dir, ['*.bin', 'out'], 'artifacts'), ['..weights.bin', 'out/..config']);
  });

  test('a glob that climbs out of the working directory is refused by name', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, { 'secrets/token.txt': 't', 'model/w.bin': 'w' });
    await assert.rejects(
      matchFiles(join(workspace, 'model'), ['../secrets/*'], 'artifacts'),
      /Input 'artifacts' matched '.*\/secrets\/token\.txt', which is outside 'working-directory'/,
    );
  });
});
