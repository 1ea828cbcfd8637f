// The READMEs' inputs and outputs tables must be exactly what action.yml says.
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryDirectory } from '@mlops-actions/action-testing';
import { renderAll, actionNames } from './action-docs.mjs';

test('every README table matches its action.yml (run `npm run docs` when this fails)', () => {
  const files = renderAll('.');
  assert.ok(files.length >= actionNames('.').length);
  for (const { file, current, expected } of files) {
    assert.equal(current, expected, `${file} is stale`);
  }
});

test('a changed input description makes the README stale', async () => {
  const root = await temporaryDirectory('docs-');
  cpSync('actions', join(root, 'actions'), { recursive: true, filter: (path) => !path.includes('/lib') });
  cpSync('README.md', join(root, 'README.md'));
  const contract = join(root, 'actions', 'build', 'action.yml');
  writeFileSync(contract, readFileSync(contract, 'utf8').replace("'Where the project is", "'Where the code lives"));
  const stale = renderAll(root).filter(({ current, expected }) => current !== expected);
  assert.deepEqual(
    stale.map(({ file }) => file.slice(root.length + 1)),
    ['actions/build/README.md', 'README.md'],
  );
  assert.match(stale[0].expected, /Where the code lives/);
});
