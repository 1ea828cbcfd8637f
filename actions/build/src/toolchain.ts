import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/action-kit';
import { realPathInside } from '@mlops-actions/paths';

export type ToolchainId =
  'node-npm' | 'node-pnpm' | 'node-yarn' | 'python-uv' | 'python-poetry' | 'python-pip' | 'none';

/** How one package manager installs, builds and caches. */
export interface Toolchain {
  id: ToolchainId;
  /** The lock file that identifies it; its hash goes into the cache key. */
  lockFile: string;
  installCommand: string;
  /**
   * The build command for the project in `projectDir`, or undefined when there
   * is nothing to build. The project files it reads must resolve inside `workspace`.
   */
  buildCommand(projectDir: string, workspace: string): Promise<string | undefined>;
  /**
   * The tool's own cache folder: a command that prints it, and the usual
   * folder when that command is not there. Only package caches: never a
   * folder that could hold credentials (`~/.npmrc`, `~/.pypirc`, keyrings).
   */
  cacheDirectory: { tool: string; args: string[]; fallback: string };
}

const home = homedir();

/** In the order they are detected: the first lock file found decides. */
export const TOOLCHAINS: readonly Toolchain[] = [
  {
    id: 'python-uv',
    lockFile: 'uv.lock',
    installCommand: 'uv sync --frozen',
    buildCommand: async (dir, workspace) => ((await hasBuildSystem(dir, workspace)) ? 'uv build' : undefined),
    cacheDirectory: { tool: 'uv', args: ['cache', 'dir'], fallback: join(home, '.cache', 'uv') },
  },
  {
    id: 'python-poetry',
    lockFile: 'poetry.lock',
    installCommand: 'poetry install --no-interaction',
    buildCommand: async (dir, workspace) => ((await hasBuildSystem(dir, workspace)) ? 'poetry build' : undefined),
    cacheDirectory: { tool: 'poetry', args: ['config', 'cache-dir'], fallback: join(home, '.cache', 'pypoetry') },
  },
  {
    id: 'python-pip',
    lockFile: 'requirements.txt',
    installCommand: 'python -m pip install -r requirements.txt',
    buildCommand: () => Promise.resolve(undefined),
    cacheDirectory: { tool: 'python', args: ['-m', 'pip', 'cache', 'dir'], fallback: join(home, '.cache', 'pip') },
  },
  {
    id: 'node-npm',
    lockFile: 'package-lock.json',
    installCommand: 'npm ci',
    buildCommand: () => Promise.resolve('npm run build --if-present'),
    cacheDirectory: { tool: 'npm', args: ['config', 'get', 'cache'], fallback: join(home, '.npm') },
  },
  {
    id: 'node-pnpm',
    lockFile: 'pnpm-lock.yaml',
    installCommand: 'pnpm install --frozen-lockfile',
    buildCommand: async (dir, workspace) => ((await hasBuildScript(dir, workspace)) ? 'pnpm run build' : undefined),
    cacheDirectory: {
      tool: 'pnpm',
      args: ['store', 'path', '--silent'],
      fallback: join(home, '.local', 'share', 'pnpm', 'store'),
    },
  },
  {
    id: 'node-yarn',
    lockFile: 'yarn.lock',
    installCommand: 'yarn install --frozen-lockfile',
    buildCommand: async (dir, workspace) => ((await hasBuildScript(dir, workspace)) ? 'yarn run build' : undefined),
    cacheDirectory: { tool: 'yarn', args: ['cache', 'dir'], fallback: join(home, '.cache', 'yarn') },
  },
];

/** The toolchain of the project in `dir`, by its lock file; undefined when there is none. */
export function detectToolchain(dir: string): Toolchain | undefined {
  return TOOLCHAINS.find((toolchain) => existsSync(join(dir, toolchain.lockFile)));
}

async function hasBuildScript(dir: string, workspace: string): Promise<boolean> {
  const manifest = await projectFile(dir, 'package.json', workspace);
  if (manifest === undefined) return false;
  let scripts: unknown;
  try {
    scripts = (JSON.parse(manifest) as { scripts?: unknown }).scripts;
  } catch (error) {
    throw new UserError(`package.json in the working directory is not valid JSON (${messageOf(error)}); fix it.`);
  }
  return typeof scripts === 'object' && scripts !== null && 'build' in scripts;
}

/** Only a packaged project (a `[build-system]` table) has something for `uv build` or `poetry build` to do. */
async function hasBuildSystem(dir: string, workspace: string): Promise<boolean> {
  const pyproject = await projectFile(dir, 'pyproject.toml', workspace);
  return pyproject !== undefined && /^\[build-system\]/m.test(pyproject);
}

/**
 * The text of a project file the toolchain reads (`package.json`,
 * `pyproject.toml`), or undefined when there is none (a broken link counts as
 * none). One that resolves outside the workspace is refused unread: a
 * committed link could name any file of the runner.
 */
async function projectFile(dir: string, name: string, workspace: string): Promise<string | undefined> {
  let real: string | undefined;
  try {
    real = await realPathInside(join(dir, name), workspace);
  } catch {
    return undefined;
  }
  if (real === undefined) {
    throw new UserError(
      `${name} in the working directory resolves outside the workspace (symbolic links are followed); only files ` +
        `of the checkout are read. Commit the ${name} itself.`,
    );
  }
  try {
    return await readFile(real, 'utf8');
  } catch (error) {
    throw new UserError(
      `${name} in the working directory cannot be read (${(error as NodeJS.ErrnoException).code ?? messageOf(error)}); fix it.`,
    );
  }
}
