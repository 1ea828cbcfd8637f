import { afterAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findFiles, pathExists, type FindFilesOptions } from '../src/index.js';

// action-testing depends on this package, so these tests make (and remove) their own trees.
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));
async function temporaryDirectory(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'find-files-'));
  folders.push(folder);
  return folder;
}
async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), contents);
  }
}

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
    assert.deepEqual(await find(workspace, workspace, [join(workspace, 'model/reports/junit-u*.xml')]), [
      'model/reports/junit-unit.xml',
    ]);
    assert.deepEqual(await find(workspace, workspace, ['nothing/**/*.xml', 'missing.xml']), []);
  });

  test('within the workspace: a pattern that starts at, or names, a path that resolves outside is refused by name', async () => {
    const workspace = await workspaceWithReports();
    const outside = await temporaryDirectory();
    await writeTree(outside, { 'junit.xml': XML, 'reports/junit.xml': XML });
    symlinkSync(outside, join(workspace, 'model/linked-out'));
    symlinkSync(join(outside, 'junit.xml'), join(workspace, 'model/junit-out.xml'));
    symlinkSync('/', join(workspace, 'model/root'));
    symlinkSync('reports', join(workspace, 'model/linked-in'));
    const model = join(workspace, 'model');
    const within = (patterns: string[], input?: string) =>
      findFiles(model, patterns, { ...SKIPPED, within: workspace, ...(input ? { input } : {}) });
    const refusal = (subject: string, verb: string, shown: string) =>
      `${subject} ${verb} "${shown}", which resolves outside the workspace (symbolic links are followed); ` +
      'only files of the checkout are read. Match files inside the workspace.';

    await assert.rejects(within(['root/**/*.xml'], 'reports'), {
      name: 'UserError',
      message: refusal(`Input 'reports' ("root/**/*.xml")`, 'starts at', 'root'),
    });
    await assert.rejects(within(['linked-out']), {
      message: refusal('The pattern "linked-out"', 'names', 'linked-out'),
    });
    await assert.rejects(within(['junit-out.xml']), {
      message: refusal('The pattern "junit-out.xml"', 'names', 'junit-out.xml'),
    });
    await assert.rejects(
      within(['linked-out/reports/*.xml']),
      /starts at "linked-out\/reports", which resolves outside/,
    );
    await assert.rejects(within(['../../**/*.xml']), {
      message: refusal('The pattern "../../**/*.xml"', 'starts at', dirname(workspace)),
    });
    await assert.rejects(within([join(outside, '*.xml')]), /starts at ".*", which resolves outside the workspace/);

    // Inside: a link that stays in the workspace is a folder like any other; links below a walk are not followed.
    assert.deepEqual(
      (await within(['linked-in/*-unit.xml', '**/junit*.xml'])).map((path) => path.slice(workspace.length + 1)),
      [
        'model/.cache/junit-hidden.xml',
        'model/linked-in/junit-unit.xml',
        'model/reports/junit-slow.xml',
        'model/reports/junit-unit.xml',
      ],
    );
    assert.deepEqual(await within(['missing/**', 'missing.xml']), []);
  });

  test('a directory whose name holds glob characters is taken literally', async () => {
    const workspace = await temporaryDirectory();
    await writeTree(workspace, {
      'exp [v2] {a,b} (c) *?/reports/junit.xml': XML,
      'exp [v2] {a,b} (c) *?/reports/skip.xml': XML,
      'exp [v2] {a,b} (c) *?/package-lock.json': '{}',
      'expv {a,b} c/reports/junit.xml': XML,
    });
    const folder = join(workspace, 'exp [v2] {a,b} (c) *?');
    assert.deepEqual(await find(workspace, folder, ['reports/*.xml', '!reports/skip.xml', 'package-lock.json']), [
      'exp [v2] {a,b} (c) *?/package-lock.json',
      'exp [v2] {a,b} (c) *?/reports/junit.xml',
    ]);
    assert.deepEqual(await find(workspace, folder, ['reports', '../exp*/reports/junit.xml']), [
      'exp [v2] {a,b} (c) *?/reports/junit.xml',
      'exp [v2] {a,b} (c) *?/reports/skip.xml',
      'expv {a,b} c/reports/junit.xml',
    ]);
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

test('pathExists: files and folders exist, a link counts when its target does', async () => {
  const root = await temporaryDirectory();
  await writeTree(root, { 'model/weights.bin': 'w' });
  symlinkSync(join(root, 'model'), join(root, 'linked'));
  symlinkSync(join(root, 'gone'), join(root, 'dangling'));
  assert.deepEqual(
    await Promise.all(
      ['model', 'model/weights.bin', 'linked', 'dangling', 'missing'].map((path) => pathExists(join(root, path))),
    ),
    [true, true, true, false, false],
  );
});
