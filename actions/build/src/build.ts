import { isAbsolute } from 'node:path';
import {
  UserError,
  byteProgress,
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
import { commandTitle, type BuildSettings, type CommandSetting } from './inputs.js';
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
    cache: { hit: false, key: '', state: 'off', detail: '' },
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
  { commands, cache, logger }: BuildDependencies,
  report: BuildReport,
): Promise<void> {
  const dir = settings.workingDirectory;
  logger.info(
    toolchain ? `Toolchain: ${toolchain.id} (found ${toolchain.lockFile})` : 'Toolchain: none (no known lock file)',
  );

  const install = await resolveCommand(settings.install, () => toolchain?.installCommand);
  let cachePaths: string[] = [];
  if (install !== undefined && settings.cache) {
    cachePaths = await logger.group('Restore dependency cache', () =>
      restoreCache(settings, toolchain, { commands, cache, logger }, report.cache),
    );
  } else {
    report.cache.detail = install === undefined ? 'nothing is installed' : "input 'cache' is false";
  }

  if (install !== undefined) {
    const result = await logger.group(`Install dependencies: ${commandTitle(install)}`, () =>
      commands.script(install, { cwd: dir }),
    );
    report.steps.push({ name: 'install', command: install, result });
    if (result.exitCode !== 0) {
      report.failure = commandFailure('install', install, result);
      return;
    }
    if (cachePaths.length > 0 && !report.cache.hit) {
      await logger.group('Save dependency cache', () => saveCache(cachePaths, cache, logger, report.cache));
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
      return;
    }
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

async function restoreCache(
  settings: BuildSettings,
  toolchain: Toolchain | undefined,
  { commands, cache, logger }: BuildDependencies,
  state: CacheReport,
): Promise<string[]> {
  const lockPatterns =
    settings.cacheDependencyPath.length > 0 ? settings.cacheDependencyPath : toolchain ? [toolchain.lockFile] : [];
  if (!toolchain || lockPatterns.length === 0) {
    state.detail = 'no toolchain detected, so there is no known cache folder';
    logger.info(`Dependency cache skipped: ${state.detail}.`);
    return [];
  }
  const lockFiles = await matchFiles(
    settings.workingDirectory,
    lockPatterns,
    'cache-dependency-path',
    settings.workspace,
  );
  if (lockFiles.length === 0) {
    throw new UserError(
      `Input 'cache-dependency-path' (${lockPatterns.join(', ')}) matched no file in 'working-directory'; ` +
        'fix the glob or commit the lock file.',
    );
  }
  const key = await cacheKeyFor(settings.workingDirectory, lockFiles, toolchain.id, settings.workspace);
  state.key = key.primary;
  logger.info(`Cache key: ${state.key} (from ${lockFiles.join(', ')})`);

  if (!cache.isAvailable()) {
    state.state = 'unavailable';
    state.detail = 'no cache service in this environment';
    logger.notice(
      'The dependency cache is not available here (no cache service); dependencies are installed without it.',
    );
    return [];
  }
  const paths = [await cacheDirectory(toolchain, settings.workingDirectory, commands)];
  logger.info(`Cache folder: ${paths[0]}`);
  try {
    const restored = await cache.restore(paths, key.primary, [key.restorePrefix]);
    state.hit = restored === state.key;
    state.state = restored === undefined ? 'miss' : state.hit ? 'hit' : 'partial';
    state.detail = restored === undefined ? 'no entry yet' : `restored ${restored}`;
    logger.info(restored === undefined ? 'No cache entry found.' : `Restored ${restored}.`);
  } catch (error) {
    state.state = 'miss';
    state.detail = `restore failed: ${messageOf(error)}`;
    logger.warning(`The dependency cache could not be restored (${messageOf(error)}); installing without it.`);
  }
  return paths;
}

async function saveCache(paths: string[], cache: DependencyCache, logger: Logger, state: CacheReport): Promise<void> {
  try {
    await cache.save(paths, state.key);
    state.saved = true;
    logger.info(`Saved ${state.key}.`);
  } catch (error) {
    // Another job saving the same key first, or a timeout: the build itself is fine.
    logger.warning(`The dependency cache was not saved (${messageOf(error)}); the build goes on.`);
  }
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
