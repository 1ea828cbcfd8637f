import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { findReports } from '../src/reports.js';

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

const names = (found: { name: string }[]) => found.map((report) => report.name);

describe('findReports', () => {
  test('the default glob finds reports at any depth, hidden folders included, but never in node_modules, .venv or .git', async () => {
    const workspace = await workspaceWithReports();
    assert.deepEqual(names(await findReports(workspace, ['**/junit*.xml'], workspace)), [
      'junit.xml',
      'model/.cache/junit-hidden.xml',
      'model/reports/junit-slow.xml',
      'model/reports/junit-unit.xml',
    ]);
  });

  test('globs are relative to the working directory; ! excludes; a folder means all below it', async () => {
    const workspace = await workspaceWithReports();
    const model = join(workspace, 'model');
    assert.deepEqual(names(await findReports(model, ['reports/*.xml', '!**/*-slow.xml'], workspace)), [
      'model/reports/junit-unit.xml',
      'model/reports/other.xml',
    ]);
    assert.deepEqual(names(await findReports(model, ['reports'], workspace)), [
      'model/reports/junit-slow.xml',
      'model/reports/junit-unit.xml',
      'model/reports/other.xml',
    ]);
    assert.deepEqual(names(await findReports(model, ['../elsewhere/**/TEST-*.xml', 'reports/other.xml'], workspace)), [
      'elsewhere/results/TEST-suite.xml',
      'model/reports/other.xml',
    ]);
  });

  test('absolute patterns, paths outside the workspace named in full, and no match at all', async () => {
    const workspace = await workspaceWithReports();
    const outside = await temporaryDirectory();
    await writeTree(outside, { 'junit.xml': XML });
    const found = await findReports(workspace, [join(outside, '*.xml')], workspace);
    assert.deepEqual(names(found), [join(outside, 'junit.xml')]);
    assert.deepEqual(await findReports(workspace, ['nothing/**/*.xml', 'missing.xml'], workspace), []);
  });

  test('symbolic links are not followed', async () => {
    const workspace = await workspaceWithReports();
    symlinkSync(join(workspace, 'model'), join(workspace, 'link-to-model'));
    symlinkSync(join(workspace, 'junit.xml'), join(workspace, 'junit-link.xml'));
    assert.deepEqual(names(await findReports(workspace, ['*/reports/*.xml', 'junit-*.xml'], workspace)), [
      'model/reports/junit-slow.xml',
      'model/reports/junit-unit.xml',
      'model/reports/other.xml',
    ]);
  });
});
