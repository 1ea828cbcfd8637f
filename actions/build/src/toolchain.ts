import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError, messageOf } from '@mlops-actions/action-kit';

export type ToolchainId =
  'node-npm' | 'node-pnpm' | 'node-yarn' | 'python-uv' | 'python-poetry' | 'python-pip' | 'none';

/** How one package manager installs, builds and caches. */
export interface Toolchain {
  id: ToolchainId;
  /** The lock file that identifies it; its hash goes into the cache key. */
  lockFile: string;
  installCommand: string;
  /** The build command for this project, or undefined when there is nothing to build. */
  buildCommand(projectDir: string): string | undefined;
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
    buildCommand: (dir) => (hasBuildSystem(dir) ? 'uv build' : undefined),
    cacheDirectory: { tool: 'uv', args: ['cache', 'dir'], fallback: join(home, '.cache', 'uv') },
  },
  {
    id: 'python-poetry',
    lockFile: 'poetry.lock',
    installCommand: 'poetry install --no-interaction',
    buildCommand: (dir) => (hasBuildSystem(dir) ? 'poetry build' : undefined),
    cacheDirectory: { tool: 'poetry', args: ['config', 'cache-dir'], fallback: join(home, '.cache', 'pypoetry') },
  },
  {
    id: 'python-pip',
    lockFile: 'requirements.txt',
    installCommand: 'python -m pip install -r requirements.txt',
    buildCommand: () => undefined,
    cacheDirectory: { tool: 'python', args: ['-m', 'pip', 'cache', 'dir'], fallback: join(home, '.cache', 'pip') },
  },
  {
    id: 'node-npm',
    lockFile: 'package-lock.json',
    installCommand: 'npm ci',
    buildCommand: () => 'npm run build --if-present',
    cacheDirectory: { tool: 'npm', args: ['config', 'get', 'cache'], fallback: join(home, '.npm') },
  },
  {
    id: 'node-pnpm',
    lockFile: 'pnpm-lock.yaml',
    installCommand: 'pnpm install --frozen-lockfile',
    buildCommand: (dir) => (hasBuildScript(dir) ? 'pnpm run build' : undefined),
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
    buildCommand: (dir) => (hasBuildScript(dir) ? 'yarn run build' : undefined),
    cacheDirectory: { tool: 'yarn', args: ['cache', 'dir'], fallback: join(home, '.cache', 'yarn') },
  },
];

/** The toolchain of the project in `dir`, by its lock file; undefined when there is none. */
export function detectToolchain(dir: string): Toolchain | undefined {
  return TOOLCHAINS.find((toolchain) => existsSync(join(dir, toolchain.lockFile)));
}

function hasBuildScript(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return false;
  let scripts: unknown;
  try {
    scripts = (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: unknown }).scripts;
  } catch (error) {
    throw new UserError(`package.json in the working directory is not valid JSON (${messageOf(error)}); fix it.`);
  }
  return typeof scripts === 'object' && scripts !== null && 'build' in scripts;
}

/** Only a packaged project (a `[build-system]` table) has something for `uv build` or `poetry build` to do. */
function hasBuildSystem(dir: string): boolean {
  const pyproject = join(dir, 'pyproject.toml');
  return existsSync(pyproject) && /^\[build-system\]/m.test(readFileSync(pyproject, 'utf8'));
}
