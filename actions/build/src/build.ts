import { lstat, readdir } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import {
  UserError,
  byteProgress,
  formatBytes,
  isUserError,
  messageOf,
  type CommandRunner,
  type Logger,
  type ScriptResult,
} from '@mlops-actions/action-kit';
import { digestOfFiles, type FileSetDigest } from '@mlops-actions/digest';
import { matchFiles } from './artifacts.js';
import type { DependencyCache } from './cache.js';
import { cacheKeyFor } from './cache-key.js';
import { unsafeToCache } from './cache-paths.js';
import { commandTitle, type BuildSettings, type CacheMode, type CommandSetting } from './inputs.js';
import type { BuildReport, CacheReport } from './summary.js';
import { detectToolchain, type Toolchain } from './toolchain.js';

export interface BuildDependencies {
  commands: CommandRunner;
  cache: DependencyCache;
  logger: Logger;
}

/**
 * Install, build and fingerprint, in that order. A failed command ends the
 * build early but still returns its report, so outputs and summary show what
 * happened before the step fails.
 */
export async function build(settings: BuildSettings, dependencies: BuildDependencies): Promise<BuildReport> {
  const toolchain = detectToolchain(settings.workingDirectory);
  const report: BuildReport = {
    toolchain: toolchain?.id ?? 'none',
    cache: { hit: false, key: '', state: 'off', detail: '', folders: [] },
    steps: [],
  };
  try {
    await installBuildAndFingerprint(settings, toolchain, dependencies, report);
  } catch (error) {
    // A mistake found midway (artifacts that match nothing after an hour of
    // training, a lock file that cannot be read) still gets every output and
    // the summary of what ran before the step fails.
    if (!isUserError(error)) throw error;
    report.failure = error.message;
  }
  return report;
}

async function installBuildAndFingerprint(
  settings: BuildSettings,
  toolchain: Toolchain | undefined,
  dependencies: BuildDependencies,
  report: BuildReport,
): Promise<void> {
  const { commands, logger } = dependencies;
  const dir = settings.workingDirectory;
  logger.info(
    toolchain ? `Toolchain: ${toolchain.id} (found ${toolchain.lockFile})` : 'Toolchain: none (no known lock file)',
  );

  const install = await resolveCommand(settings.install, () => toolchain?.installCommand);
  // The package manager's folder is cached only when it installs; cache-paths folders whenever they are named.
  const cachedToolchain = install !== undefined ? toolchain : undefined;
  let entry: string[] | undefined;
  if (settings.cache === 'false') {
    report.cache.detail = "input 'cache' is false";
  } else if (cachedToolchain === undefined && settings.cachePaths.length === 0) {
    report.cache.detail =
      install === undefined
        ? 'nothing is installed and cache-paths is empty'
        : 'no toolchain detected, so there is no known cache folder';
    logger.info(`Cache skipped: ${report.cache.detail}.`);
  } else {
    entry = await logger.group('Restore cache', () =>
      restoreCache(settings, cachedToolchain, dependencies, report.cache),
    );
  }
  const notSaved = (reason: string) => {
    if (entry) report.cache.notSaved = reason;
  };

  if (install !== undefined) {
    const result = await logger.group(`Install dependencies: ${commandTitle(install)}`, () =>
      commands.script(install, { cwd: dir }),
    );
    report.steps.push({ name: 'install', command: install, result });
    if (result.exitCode !== 0) {
      report.failure = commandFailure('install', install, result);
      notSaved('the install failed');
      return;
    }
  }

  const buildCommand = await resolveCommand(settings.build, () => toolchain?.buildCommand(dir, settings.workspace));
  if (buildCommand !== undefined) {
    const result = await logger.group(`Build: ${commandTitle(buildCommand)}`, () =>
      commands.script(buildCommand, { cwd: dir }),
    );
    report.steps.push({ name: 'build', command: buildCommand, result });
    if (result.exitCode !== 0) {
      report.failure = commandFailure('build', buildCommand, result);
      notSaved('the build failed');
      return;
    }
  }

  // After the build, not the install: training is what downloads models and datasets into cache-paths. A failed
  // command saves nothing, so a half-filled folder never becomes the entry its key restores from then on.
  if (entry) {
    const paths = entry;
    await logger.group('Save cache', () => saveCache(paths, settings.cache, dependencies, report.cache));
  }

  if (settings.artifacts.length > 0) {
    report.artifacts = await logger.group('Fingerprint artifacts', () => fingerprint(settings, logger));
  }
}

/** The command a setting names; `auto` is asked only for the `auto` setting. */
async function resolveCommand(
  setting: CommandSetting,
  auto: () => string | undefined | Promise<string | undefined>,
): Promise<string | undefined> {
  if (setting.kind === 'none') return undefined;
  if (setting.kind === 'command') return setting.command;
  return auto();
}

function commandFailure(step: 'install' | 'build', command: string, result: ScriptResult): string {
  const lastLine = result.tail.split('\n').pop()?.trim();
  return (
    `The ${step} command failed with exit code ${result.exitCode}: ${commandTitle(command)}` +
    (lastLine ? ` (last output: ${lastLine.slice(0, 200)})` : '') +
    `. Its output is in the log above; fix the command or set '${step}: none' to skip it.`
  );
}

/**
 * Restores the entry of the package manager's folder (when `toolchain` is
 * given) and the cache-paths folders; returns the paths to save after the
 * build, or undefined when there is no cache service. Restore and save get
 * the very same list: `@actions/cache` versions an entry by a hash of its
 * paths, so a folder left out on one side (say, one that does not exist
 * before the build) would make every restore miss.
 */
async function restoreCache(
  settings: BuildSettings,
  toolchain: Toolchain | undefined,
  { commands, cache, logger }: BuildDependencies,
  state: CacheReport,
): Promise<string[] | undefined> {
  const lockPatterns =
    settings.cacheDependencyPath.length > 0 ? settings.cacheDependencyPath : toolchain ? [toolchain.lockFile] : [];
  const lockFiles =
    lockPatterns.length === 0
      ? []
      : await matchFiles(settings.workingDirectory, lockPatterns, 'cache-dependency-path', settings.workspace);
  if (lockPatterns.length > 0 && lockFiles.length === 0) {
    throw new UserError(
      `Input 'cache-dependency-path' (${lockPatterns.join(', ')}) matched no file in 'working-directory'; ` +
        'fix the glob or commit the lock file.',
    );
  }
  const key = await cacheKeyFor(
    settings.workingDirectory,
    lockFiles,
    // `none` when the package manager's folder is not in the entry (nothing is installed).
    { toolchain: toolchain?.id ?? 'none', cachePaths: settings.cachePaths, suffix: settings.cacheKeySuffix },
    settings.workspace,
  );
  state.key = key.primary;
  logger.info(`Cache key: ${state.key}${lockFiles.length > 0 ? ` (from ${lockFiles.join(', ')})` : ''}`);

  if (!cache.isAvailable()) {
    state.state = 'unavailable';
    state.detail = 'no cache service in this environment';
    logger.notice('The cache is not available here (no cache service); the build runs without it.');
    return undefined;
  }
  const paths: string[] = [];
  state.folders = [];
  const toolchainFolder = toolchain && (await cacheDirectory(toolchain, settings.workingDirectory, commands));
  // The project's own config (a committed .npmrc) names this folder: it gets the check cache-paths get.
  const unsafe = toolchainFolder && unsafeToCache(toolchainFolder, settings.cacheContext);
  if (toolchainFolder && unsafe) {
    logger.warning(
      `The package manager's cache folder ${toolchainFolder} ${unsafe}, so it is left out of the cache; ` +
        "check the project's package manager config (.npmrc, pip.conf, uv.toml, poetry.toml).",
    );
  } else if (toolchainFolder) {
    paths.push(toolchainFolder);
    state.folders.push({ path: toolchainFolder, origin: 'package manager' });
  }
  for (const path of settings.cachePaths) {
    if (!paths.includes(path)) {
      paths.push(path);
      state.folders.push({ path, origin: 'cache-paths' });
    }
  }
  if (paths.length === 0) {
    state.detail = 'no folder to cache';
    return undefined;
  }
  for (const folder of state.folders) logger.info(`Cache folder (${folder.origin}): ${folder.path}`);
  try {
    const restored = await cache.restore(paths, key.primary, [key.restorePrefix]);
    state.hit = restored === state.key;
    state.state = restored === undefined ? 'miss' : state.hit ? 'hit' : 'partial';
    state.detail = restored === undefined ? 'no entry yet' : `restored ${restored}`;
    logger.info(restored === undefined ? 'No cache entry found.' : `Restored ${restored}.`);
  } catch (error) {
    state.state = 'miss';
    state.detail = `restore failed: ${messageOf(error)}`;
    logger.warning(`The cache could not be restored (${messageOf(error)}); the build runs without it.`);
  }
  return paths;
}

/**
 * Measures each folder (what a save holds), then saves the entry unless it
 * was an exact hit, `cache` is `restore-only`, or no folder is there.
 */
async function saveCache(
  paths: string[],
  mode: CacheMode,
  { cache, logger }: BuildDependencies,
  state: CacheReport,
): Promise<void> {
  for (const folder of state.folders) {
    folder.size = await folderSize(folder.path);
    folder.present = folder.size !== undefined;
    logger.info(
      folder.size === undefined
        ? `${folder.path}: not there, so nothing of it is cached (a folder the build did not create is fine).`
        : `${folder.path}: ${formatBytes(folder.size)}`,
    );
  }
  const why = state.hit
    ? 'exact hit: the entry is there already'
    : mode === 'restore-only'
      ? "input 'cache' is restore-only"
      : state.folders.every((folder) => folder.size === undefined)
        ? 'none of its folders is there'
        : undefined;
  if (why !== undefined) {
    state.notSaved = why;
    logger.info(`The cache is not saved: ${why}.`);
    return;
  }
  try {
    await cache.save(paths, state.key);
    state.saved = true;
    logger.info(`Saved ${state.key}.`);
  } catch (error) {
    // Another job saving the same key first, or a timeout: the build itself is fine.
    state.notSaved = `the save failed: ${messageOf(error)}`;
    logger.warning(`The cache was not saved (${messageOf(error)}); the build goes on.`);
  }
}

/**
 * The bytes of the files under `path`, links not followed (the archive keeps
 * them as links); undefined when there is no such folder.
 */
async function folderSize(path: string): Promise<number | undefined> {
  const top = await lstat(path).catch(() => undefined);
  if (top === undefined) return undefined;
  if (!top.isDirectory()) return top.size;
  let total = 0;
  const pending = [path];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    // A folder that cannot be read counts as empty: the size is for the summary, the save reports its own errors.
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const child = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(child);
      else if (entry.isFile()) total += (await lstat(child).catch(() => ({ size: 0 }))).size;
    }
  }
  return total;
}

/**
 * Asked in the project folder, where the install runs: a project's own
 * `.npmrc`, `uv.toml` or `poetry.toml` can move the cache, and the install
 * fills the folder that config names.
 */
async function cacheDirectory(toolchain: Toolchain, projectDir: string, commands: CommandRunner): Promise<string> {
  const { tool, args, fallback } = toolchain.cacheDirectory;
  try {
    const result = await commands.tool(tool, args, { cwd: projectDir });
    const path = result.stdout.trim().split('\n').pop()?.trim();
    // isAbsolute, not a leading '/': on a Windows runner the folder is `C:\...`.
    if (result.exitCode === 0 && path && isAbsolute(path)) return path;
  } catch {
    // The tool is not installed yet: its usual folder is what it will use.
  }
  return fallback;
}

async function fingerprint(settings: BuildSettings, logger: Logger): Promise<FileSetDigest> {
  const { workingDirectory: dir, artifacts: patterns, workspace } = settings;
  const files = await matchFiles(dir, patterns, 'artifacts', workspace);
  if (files.length === 0) {
    throw new UserError(
      `Input 'artifacts' (${patterns.join(', ')}) matched no file after the build; ` +
        "check that the build writes them and that the globs are relative to 'working-directory'.",
    );
  }
  const digest = await digestOfFiles(dir, files, {
    workspace,
    onProgress: byteProgress(logger, 'Hashing artifacts'),
  });
  logger.info(`Artifacts: ${files.length} files, ${digest.digest}`);
  return digest;
}
