import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { temporaryDirectory, writeTree, type TreeEntry } from './fs.js';

/** Runs git with an argument array and returns its trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

export interface GitFixture {
  /** The bare repository that plays the remote (`origin`). */
  remote: string;
  /** A clone of it with one commit on `main`, as actions/checkout leaves it. */
  workspace: string;
}

export interface GitFixtureOptions {
  /** Clone with `--depth=1 --no-tags`, as actions/checkout does by default. */
  shallow?: boolean;
  /**
   * Files and symbolic links committed in the one commit, so that the clone
   * holds them as a checkout of a pushed branch does (a link stays a link).
   */
  files?: Record<string, TreeEntry>;
}

/**
 * A bare remote with one commit, and a clone of it. The clone has no
 * committer identity configured, as on a fresh runner.
 */
export async function createGitFixture(options: GitFixtureOptions = {}): Promise<GitFixture> {
  const root = await temporaryDirectory('mlops-git-');
  const remote = join(root, 'remote.git');
  const seed = join(root, 'seed');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  git(root, 'init', '--quiet', '--initial-branch=main', seed);
  if (options.files) {
    await writeTree(seed, options.files);
    git(seed, 'add', '--all');
  }
  git(
    seed,
    '-c',
    'user.name=Seed',
    '-c',
    'user.email=seed@example.com',
    'commit',
    '--quiet',
    '--allow-empty',
    '-m',
    'initial',
  );
  git(seed, 'push', '--quiet', remote, 'main');
  const workspace = join(root, 'workspace');
  const depth = options.shallow ? ['--depth=1', '--no-tags'] : [];
  git(root, 'clone', '--quiet', ...depth, `file://${remote}`, workspace);
  return { remote, workspace };
}

/** Clones `remote` into a new folder (another runner's checkout). */
export async function cloneOf(remote: string): Promise<string> {
  const root = await temporaryDirectory('mlops-clone-');
  const workspace = join(root, 'workspace');
  git(root, 'clone', '--quiet', `file://${remote}`, workspace);
  return workspace;
}

/** The messages of every annotated tag of a repository, one after the other: what a registry reader sees. */
export function tagMessagesOf(repository: string): string {
  return git(repository, 'for-each-ref', '--format=%(contents)', 'refs/tags');
}

/** The tags of a repository (remote or clone), sorted. */
export function tagsOf(repository: string): string[] {
  const out = git(repository, 'tag', '--list');
  return out === '' ? [] : out.split('\n').sort();
}
