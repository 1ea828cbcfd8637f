import { join, resolve } from 'node:path';
import { UserError, quote } from '@mlops-actions/action-kit';
import { isInside } from '@mlops-actions/paths';

/** Where `cache-paths` are read from and what they must stay away from. */
export interface CachePathContext {
  /** What `~` means: the runner user's home folder. */
  home: string;
  /** What a relative path is relative to. */
  workingDirectory: string;
  /** The checkout: it holds `.git`, where actions/checkout may persist the job's token. */
  workspace: string;
  /** The runner's temporary folder (`RUNNER_TEMP`), when known: it holds the step's command files. */
  runnerTemp?: string;
}

/**
 * Folders of the home folder that hold credentials. A cache entry saved on
 * the default branch can be restored by every branch and pull request of the
 * repository, forks included, so none of these may go into one, nor a folder
 * that holds one of them (`~/.config` holds `~/.config/gh`).
 */
const CREDENTIAL_PLACES = [
  '.ssh',
  '.gnupg',
  '.aws',
  '.azure',
  '.docker',
  '.kube',
  '.config/gh',
  '.config/gcloud',
  '.git-credentials',
  '.netrc',
  '.npmrc',
  '.pypirc',
];

/** Characters `@actions/cache` reads as a glob (its paths are patterns): a folder named with them would not be found. */
const GLOB_CHARACTERS = /[*?[\]{}]/;

/**
 * The absolute folders a `cache-paths` input names, in order, each once:
 * `~` and `~/…` are the home folder, other relative paths are relative to
 * `working-directory`. A folder that does not exist yet is fine (the build
 * may fill it). Refused, with what to change: a glob, a `~user` or `$VAR`
 * path (neither is expanded here), a control character, and a folder that
 * is or holds the file system root, the home folder, the checkout, its
 * `.git`, the runner's temporary folder or a credentials folder.
 */
export function resolveCachePaths(lines: readonly string[], context: CachePathContext): string[] {
  const folders: string[] = [];
  for (const line of lines) {
    const folder = resolveCachePath(line, context);
    if (!folders.includes(folder)) folders.push(folder);
  }
  return folders;
}

function resolveCachePath(line: string, context: CachePathContext): string {
  const refuse = (why: string): never => {
    throw new UserError(`Input 'cache-paths' names ${quote(line)}, ${why}`);
  };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(line)) {
    refuse('which holds a control character; name each folder on a line of its own.');
  }
  if (GLOB_CHARACTERS.test(line) || line.startsWith('!')) {
    refuse('which reads as a glob; cache-paths takes folders (such as ~/.cache/huggingface), not patterns.');
  }
  if (line.startsWith('$')) {
    refuse('and variables are not expanded in it; write ~/… for the home folder, or ${{ env.NAME }}.');
  }
  if (/^~[^/]/.test(line)) refuse('and only ~ and ~/… are expanded (to the home folder); write the full path.');

  const folder =
    line === '~'
      ? context.home
      : line.startsWith('~/')
        ? resolve(join(context.home, line.slice(2)))
        : resolve(context.workingDirectory, line);
  const unsafe = unsafeToCache(folder, context);
  if (unsafe !== undefined) {
    refuse(
      `which ${unsafe}. A cache entry can be restored by every branch and pull request of the repository; name ` +
        'only the folders to cache, such as ~/.cache/huggingface.',
    );
  }
  return folder;
}

/**
 * Why `folder` must not go into a cache entry, in words that follow
 * "which": it is or holds the file system root, the home folder, the
 * checkout, the runner's temporary folder or a credentials folder, or lies
 * in the checkout's `.git`; undefined when it may. By names alone: a
 * symbolic link is archived as a link, not followed.
 */
export function unsafeToCache(folder: string, context: CachePathContext): string | undefined {
  const places: [string, string][] = [
    [context.home, 'the home folder'],
    [context.workspace, 'the checkout'],
    ...(context.runnerTemp ? [[context.runnerTemp, "the runner's temporary folder"] as [string, string]] : []),
  ];
  for (const [place, what] of places) {
    if (isInside(place, folder)) return `is or holds ${what}`;
  }
  if (isInside(folder, join(context.workspace, '.git'))) {
    return "is inside the checkout's .git folder, where the job's token may be kept";
  }
  for (const place of CREDENTIAL_PLACES) {
    const credentials = join(context.home, place);
    if (isInside(folder, credentials) || isInside(credentials, folder)) {
      return `is or holds ~/${place}, where credentials are kept`;
    }
  }
  return undefined;
}
