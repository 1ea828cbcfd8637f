import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { findFiles, type FindFilesOptions } from '../src/index.js';

const XML = '<testsuite/>';

async function workspaceWithReports(): Promise<string> {
  const workspace = await temporaryDirectory();
  await writeTree(workspace, {
    'junit.xml': XML,
    'model/reports/junit-unit.xml': XML,
    'model/reports/junit-slow.xml': XML,
    'model/.cache/junit-hidden.xml': XML,
    'model/reports/other.xml': XML,
    'model/node_modules/pkg/junit.xml': XML,
    'model/.venv/lib/site-packages/pkg/junit.xml': XML,
    '.git/junit.xml': XML,
    'elsewhere/results/TEST-suite.xml': XML,
  });
  return workspace;
}

const SKIPPED: FindFilesOptions = { prune: ['node_modules', '.venv', '.git'] };

/** Finds files and names them relative to the workspace, as a reader would. */
async function find(
  workspace: string,
  directory: string,
  patterns: string[],
  options: FindFilesOptions = SKIPPED,
): Promise<string[]> {
  return (await findFiles(directory, patterns, options)).map((path) =>
    path.startsWith(`${workspace}/`) ? path.slice(workspace.length + 1) : path,
  );
}

describe('findFiles', () => {
  test('the default glob finds reports at any depth, hidden folders included, but never in node_modules, .venv or .git', async () => {
    const workspace = await workspaceWithReports();
    assert.deepEqual(await find(workspace, workspace, ['**/junit*.xml']), [
      'junit.xml',
      'model/.cache/junit-hidden.xml',
      'model/reports/junit-slow.xml',
      'model/reports/junit-unit.xml',
    ]);
  });

  test('globs are relative to the working directory; ! excludes; a folder means all below it', async () => {
    const workspace = await workspaceWithReports();
    const model = join(workspace, 'model');
    assert.deepEqual(await find(workspace, model, ['reports/*.xml', '!**/*-slow.xml']), [
      'model/reports/junit-unit.xml',
      'model/reports/other.xml',
    ]);
    assert.deepEqual(await find(workspace, model, ['reports']), [
      'model/reports/junit-slow.xml',
      'model/reports/junit-unit.xml',
      'model/reports/other.xml',
    ]);
    assert.deepEqual(await find(workspace, model, ['../elsewhere/**/TEST-*.xml', 'reports/other.xml']), [
      'elsewhere/results/TEST-suite.xml',
      'model/reports/other.xml',
    ]);
  });

  test('absolute patterns, paths outside the workspace named in full, and no match at all', async () => {
    const workspace = await workspaceWithReports();
    const outside = await temporaryDirectory();
    await writeTree(outside, { 'junit.xml': XML });
    assert.deepEqual(await find(workspace, workspace, [join(outside, '*.xml')]), [join(outside, 'junit.xml')]);
    assert.deepEqual(await find(workspace, workspace, ['nothing/**/*.xml', 'missing.xml']), []);
  });

  test('without pruning every folder is searched but .git', async () => {
    const workspace = await workspaceWithReports();
    assert.deepEqual(await find(workspace, join(workspace, 'model'), ['**/junit.xml'], { prune: ['.git'] }), [
      'model/.venv/lib/site-packages/pkg/junit.xml',
      'model/node_modules/pkg/junit.xml',
    ]);
  });

  test('symbolic links are not followed, and are listed only when asked for', async () => {
    const workspace = await workspaceWithReports();
    symlinkSync(join(workspace, 'model'), join(workspace, 'link-to-model'));
    symlinkSync(join(workspace, 'junit.xml'), join(workspace, 'junit-link.xml'));
    assert.deepEqual(await find(workspace, workspace, ['junit-*.xml', 'link-*'], { ...SKIPPED, includeLinks: true }), [
      'junit-link.xml',
      'link-to-model',
    ]);
    assert.deepEqual(await find(workspace, workspace, ['*/reports/*.xml', 'junit-*.xml']), [
      'model/reports/junit-slow.xml',
      'model/reports/junit-unit.xml',
      'model/reports/other.xml',
    ]);
  });
});
