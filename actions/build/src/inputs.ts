import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Inputs, UserError, quote } from '@mlops-actions/action-kit';

/** `install` and `build` take a command, `auto` (empty) or `none`. */
export type CommandSetting = { kind: 'auto' } | { kind: 'none' } | { kind: 'command'; command: string };

export interface BuildSettings {
  /** Absolute path of the project. */
  workingDirectory: string;
  install: CommandSetting;
  build: CommandSetting;
  /** Restore and save the dependency cache. */
  cache: boolean;
  /** Lock-file globs for the cache key, relative to the working directory; empty = the toolchain's lock file. */
  cacheDependencyPath: string[];
  /** Globs of the files to fingerprint, relative to the working directory. */
  artifacts: string[];
}

/** Reads and checks every input of the build action, once. */
export function readBuildSettings(inputs = new Inputs()): BuildSettings {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
  const relative = inputs.string('working-directory', '.');
  const workingDirectory = resolve(workspace, relative);
  if (!isDirectory(workingDirectory)) {
    throw new UserError(
      `Input 'working-directory' is ${quote(relative)}, which is not a directory in the workspace. ` +
        'Check the path (it is relative to the repository root) and that an earlier step checked out the code.',
    );
  }
  return {
    workingDirectory,
    install: commandSetting(inputs.string('install')),
    build: commandSetting(inputs.string('build')),
    cache: inputs.boolean('cache', true),
    cacheDependencyPath: inputs.list('cache-dependency-path'),
    artifacts: inputs.list('artifacts'),
  };
}

function commandSetting(value: string): CommandSetting {
  if (value === '' || value === 'auto') return { kind: 'auto' };
  if (value === 'none') return { kind: 'none' };
  return { kind: 'command', command: value };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
