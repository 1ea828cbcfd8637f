import { Inputs, workspaceDirectory } from '@mlops-actions/action-kit';

/** `install` and `build` take a command, `auto` (empty) or `none`. */
export type CommandSetting = { kind: 'auto' } | { kind: 'none' } | { kind: 'command'; command: string };

export interface BuildSettings {
  /** The checkout (`GITHUB_WORKSPACE`): every file the build reads must resolve inside it. */
  workspace: string;
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
export function readSettings(inputs = new Inputs()): BuildSettings {
  const workingDirectory = inputs.directory('working-directory');
  return {
    workspace: workspaceDirectory(),
    workingDirectory,
    install: commandSetting(inputs.string('install')),
    build: commandSetting(inputs.string('build')),
    cache: inputs.boolean('cache', true),
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
