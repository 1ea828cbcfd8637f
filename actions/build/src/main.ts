import { isAbsolute } from 'node:path';
import {
  BoundedSummary,
  UserError,
  actionsCommandRunner,
  actionsLogger,
  byteProgress,
  core,
  isUserError,
  runAction,
  setOutputs,
  writeSummary,
  type CommandRunner,
  type ScriptResult,
} from '@mlops-actions/action-kit';
import { digestOfFiles, type FileSetDigest } from '@mlops-actions/digest';
import { matchFiles } from './artifacts.js';
import { actionsCache, type DependencyCache } from './cache.js';
import { cacheKeyFor } from './cache-key.js';
import { commandTitle, readBuildSettings, type BuildSettings, type CommandSetting } from './inputs.js';
import { renderSummary, type BuildReport, type CacheReport } from './summary.js';
import { detectToolchain, type Toolchain } from './toolchain.js';

export interface BuildDependencies {
  commands: CommandRunner;
  cache: DependencyCache;
}

export async function run(dependencies: BuildDependencies = { commands: actionsCommandRunner, cache: actionsCache }) {
  await runAction('build', async () => {
    const settings = readBuildSettings();
    const report = await build(settings, dependencies);
    setOutputs({
      toolchain: report.toolchain,
      'cache-hit': report.cache.hit,
      'cache-key': report.cache.key,
      'artifacts-digest': report.artifacts?.digest ?? '',
      'artifacts-count': report.artifacts?.files.length ?? 0,
    });
    await writeSummary(renderSummary(report, new BoundedSummary()));
    if (report.failure) throw new UserError(report.failure);
  });
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
  { commands, cache }: BuildDependencies,
  report: BuildReport,
): Promise<void> {
  const dir = settings.workingDirectory;
  core.info(
    toolchain ? `Toolchain: ${toolchain.id} (found ${toolchain.lockFile})` : 'Toolchain: none (no known lock file)',
  );

  const install = resolveCommand(settings.install, toolchain?.installCommand);
  let cachePaths: string[] = [];
  if (install !== undefined && settings.cache) {
    cachePaths = await core.group('Restore dependency cache', async () => {
      const restored = await restoreCache(settings, toolchain, commands, cache, report.cache);
      return restored;
    });
  } else {
    report.cache.detail = install === undefined ? 'nothing is installed' : "input 'cache' is false";
  }

  if (install !== undefined) {
    const result = await core.group(`Install dependencies: ${commandTitle(install)}`, () =>
      commands.script(install, { cwd: dir }),
    );
    report.steps.push({ name: 'install', command: install, result });
    if (result.exitCode !== 0) {
      report.failure = commandFailure('install', install, result);
      return;
    }
    if (cachePaths.length > 0 && !report.cache.hit) {
      await core.group('Save dependency cache', () => saveCache(cachePaths, cache, report.cache));
    }
  }

  const buildCommand = resolveCommand(settings.build, toolchain?.buildCommand(dir));
  if (buildCommand !== undefined) {
    const result = await core.group(`Build: ${commandTitle(buildCommand)}`, () =>
      commands.script(buildCommand, { cwd: dir }),
    );
    report.steps.push({ name: 'build', command: buildCommand, result });
    if (result.exitCode !== 0) {
      report.failure = commandFailure('build', buildCommand, result);
      return;
    }
  }

  if (settings.artifacts.length > 0) {
    report.artifacts = await core.group('Fingerprint artifacts', () => fingerprint(dir, settings.artifacts));
  }
}

function resolveCommand(setting: CommandSetting, auto: string | undefined): string | undefined {
  if (setting.kind === 'none') return undefined;
  if (setting.kind === 'command') return setting.command;
  return auto;
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
  commands: CommandRunner,
  cache: DependencyCache,
  state: CacheReport,
): Promise<string[]> {
  const lockPatterns =
    settings.cacheDependencyPath.length > 0 ? settings.cacheDependencyPath : toolchain ? [toolchain.lockFile] : [];
  if (!toolchain || lockPatterns.length === 0) {
    state.detail = 'no toolchain detected, so there is no known cache folder';
    core.info(`Dependency cache skipped: ${state.detail}.`);
    return [];
  }
  const lockFiles = await matchFiles(settings.workingDirectory, lockPatterns, 'cache-dependency-path');
  if (lockFiles.length === 0) {
    throw new UserError(
      `Input 'cache-dependency-path' (${lockPatterns.join(', ')}) matched no file in 'working-directory'; ` +
        'fix the glob or commit the lock file.',
    );
  }
  const key = await cacheKeyFor(settings.workingDirectory, lockFiles, toolchain.id);
  state.key = key.primary;
  core.info(`Cache key: ${state.key} (from ${lockFiles.join(', ')})`);

  if (!cache.isAvailable()) {
    state.state = 'unavailable';
    state.detail = 'no cache service in this environment';
    core.notice(
      'The dependency cache is not available here (no cache service); dependencies are installed without it.',
    );
    return [];
  }
  const paths = [await cacheDirectory(toolchain, settings.workingDirectory, commands)];
  core.info(`Cache folder: ${paths[0]}`);
  try {
    const restored = await cache.restore(paths, key.primary, [key.restorePrefix]);
    state.hit = restored === state.key;
    state.state = restored === undefined ? 'miss' : state.hit ? 'hit' : 'partial';
    state.detail = restored === undefined ? 'no entry yet' : `restored ${restored}`;
    core.info(restored === undefined ? 'No cache entry found.' : `Restored ${restored}.`);
  } catch (error) {
    state.state = 'miss';
    state.detail = `restore failed: ${(error as Error).message}`;
    core.warning(`The dependency cache could not be restored (${(error as Error).message}); installing without it.`);
  }
  return paths;
}

async function saveCache(paths: string[], cache: DependencyCache, state: CacheReport): Promise<void> {
  try {
    await cache.save(paths, state.key);
    state.saved = true;
    core.info(`Saved ${state.key}.`);
  } catch (error) {
    // Another job saving the same key first, or a timeout: the build itself is fine.
    core.warning(`The dependency cache was not saved (${(error as Error).message}); the build goes on.`);
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

async function fingerprint(dir: string, patterns: string[]): Promise<FileSetDigest> {
  const files = await matchFiles(dir, patterns, 'artifacts');
  if (files.length === 0) {
    throw new UserError(
      `Input 'artifacts' (${patterns.join(', ')}) matched no file after the build; ` +
        "check that the build writes them and that the globs are relative to 'working-directory'.",
    );
  }
  const digest = await digestOfFiles(dir, files, { onProgress: byteProgress(actionsLogger, 'Hashing artifacts') });
  core.info(`Artifacts: ${files.length} files, ${digest.digest}`);
  return digest;
}
