import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { detectToolchain } from '../src/toolchain.js';

async function projectWith(files: Record<string, string>) {
  const dir = await temporaryDirectory();
  await writeTree(dir, files);
  return dir;
}

describe('detectToolchain', () => {
  const cases: [Record<string, string>, string, string, string | undefined][] = [
    [{ 'uv.lock': '' }, 'python-uv', 'uv sync --frozen', undefined],
    [
      { 'uv.lock': '', 'pyproject.toml': '[project]\nname="m"\n\n[build-system]\nrequires=["hatchling"]\n' },
      'python-uv',
      'uv sync --frozen',
      'uv build',
    ],
    [
      { 'poetry.lock': '', 'pyproject.toml': '[build-system]\n' },
      'python-poetry',
      'poetry install --no-interaction',
      'poetry build',
    ],
    [{ 'requirements.txt': '' }, 'python-pip', 'python -m pip install -r requirements.txt', undefined],
    [{ 'package-lock.json': '{}' }, 'node-npm', 'npm ci', 'npm run build --if-present'],
    [
      { 'pnpm-lock.yaml': '', 'package.json': '{"scripts":{"build":"tsc"}}' },
      'node-pnpm',
      'pnpm install --frozen-lockfile',
      'pnpm run build',
    ],
    [
      { 'yarn.lock': '', 'package.json': '{"scripts":{"test":"jest"}}' },
      'node-yarn',
      'yarn install --frozen-lockfile',
      undefined,
    ],
  ];
  for (const [files, id, install, buildCommand] of cases) {
    test(`${Object.keys(files).join(' + ')} → ${id}`, async () => {
      const dir = await projectWith(files);
      const toolchain = detectToolchain(dir);
      assert.equal(toolchain?.id, id);
      assert.equal(toolchain.installCommand, install);
      assert.equal(await toolchain.buildCommand(dir, dir), buildCommand);
    });
  }

  test('no lock file: no toolchain', async () => {
    assert.equal(detectToolchain(await projectWith({ 'package.json': '{}', 'train.py': '' })), undefined);
  });

  test('a broken package.json is the user’s to fix, and says so', async () => {
    const dir = await projectWith({ 'yarn.lock': '', 'package.json': '{ nope' });
    await assert.rejects(
      async () => detectToolchain(dir)?.buildCommand(dir, dir),
      /package\.json in the working directory is not valid JSON/,
    );
  });

  test('a project file that is a link is read only inside the workspace', async () => {
    const workspace = await projectWith({ 'shared/package.json': '{"scripts":{"build":"tsc"}}' });
    const outside = await projectWith({ 'package.json': '{"scripts":{"build":"s3cr3t"}}' });
    const app = join(workspace, 'app');
    await writeTree(app, { 'pnpm-lock.yaml': '', 'package.json': { symlink: '../shared/package.json' } });
    assert.equal(await detectToolchain(app)?.buildCommand(app, workspace), 'pnpm run build');
    const python = join(workspace, 'python');
    await writeTree(python, { 'uv.lock': '', 'pyproject.toml': { symlink: join(outside, 'package.json') } });
    await assert.rejects(async () => detectToolchain(python)?.buildCommand(python, workspace), {
      message:
        'pyproject.toml in the working directory resolves outside the workspace (symbolic links are followed); ' +
        'only files of the checkout are read. Commit the pyproject.toml itself.',
    });
  });
});
