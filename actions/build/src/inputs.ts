import { homedir } from 'node:os';
import { Inputs, workspaceDirectory } from '@mlops-actions/action-kit';
import { resolveCachePaths, type CachePathContext } from './cache-paths.js';

/** `install` and `build` take a command, `auto` (empty) or `none`. */
export type CommandSetting = { kind: 'auto' } | { kind: 'none' } | { kind: 'command'; command: string };

export interface BuildSettings {
  /** The checkout (`GITHUB_WORKSPACE`): every file the build reads must resolve inside it. */
  workspace: string;
  /** Absolute path of the project. */
  workingDirectory: string;
  install: CommandSetting;
  build: CommandSetting;
  /** `true`: restore, and save on a miss; `restore-only`: never save (pull requests, forks); `false`: no cache. */
  cache: CacheMode;
  /** More folders for the same cache entry, absolute (`~` expanded), each once; they need not exist. */
  cachePaths: string[];
  /** Appended to the cache key; empty for none. */
  cacheKeySuffix: string;
  /** The home folder, the checkout and the runner's temporary folder: what no cached folder may be or hold. */
  cacheContext: CachePathContext;
  /** Lock-file globs for the cache key, relative to the working directory; empty = the toolchain's lock file. */
  cacheDependencyPath: string[];
  /** Globs of the files to fingerprint, relative to the working directory. */
  artifacts: string[];
}

export const CACHE_MODES = ['true', 'restore-only', 'false'] as const;
export type CacheMode = (typeof CACHE_MODES)[number];

/**
 * What a cache key may end with: no comma (actions/cache splits keys at
 * commas) and short enough for its 512-character limit with our own part
 * (under 120 characters) in front.
 */
export const CACHE_KEY_SUFFIX = /^[A-Za-z0-9._+=@/-]{1,200}$/;

/** Reads and checks every input of the build action, once. */
export function readSettings(inputs = new Inputs()): BuildSettings {
  const workingDirectory = inputs.directory('working-directory');
  const cacheContext: CachePathContext = {
    home: homedir(),
    workingDirectory,
    workspace: workspaceDirectory(),
    runnerTemp: process.env['RUNNER_TEMP'] || undefined,
  };
  return {
    workspace: workspaceDirectory(),
    workingDirectory,
    install: commandSetting(inputs.string('install')),
    build: commandSetting(inputs.string('build')),
    cache: inputs.choice('cache', CACHE_MODES, 'true'),
    cachePaths: resolveCachePaths(inputs.list('cache-paths'), cacheContext),
    cacheKeySuffix: inputs.matching(
      'cache-key-suffix',
      CACHE_KEY_SUFFIX,
      'at most 200 letters, digits and . _ - + = @ / (a cache key holds no comma or space)',
    ),
    cacheContext,
    cacheDependencyPath: autoMeansEmpty(inputs.list('cache-dependency-path')),
    artifacts: inputs.list('artifacts'),
  };
}

/** DESIGN's default for `cache-dependency-path` is written `auto`: the same as leaving it empty. */
function autoMeansEmpty(globs: string[]): string[] {
  return globs.length === 1 && globs[0] === 'auto' ? [] : globs;
}

function commandSetting(value: string): CommandSetting {
  if (value === '' || value === 'auto') return { kind: 'auto' };
  if (value === 'none') return { kind: 'none' };
  return { kind: 'command', command: value };
}

/**
 * How a command is named in a log group, the error line and the summary: a
 * multi-line script (`build: |`) by its first line, so that a fifty-line
 * training script does not become a fifty-line annotation. The log shows it
 * in full.
 */
export function commandTitle(command: string): string {
  const lines = command.split(/\r?\n/).filter((line) => line.trim() !== '');
  const first = lines[0]?.trim() ?? '';
  return lines.length > 1 ? `${first} …` : first;
}
