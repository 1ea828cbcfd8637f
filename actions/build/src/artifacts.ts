import { isAbsolute, relative, sep } from 'node:path';
import { UserError, findFiles } from '@mlops-actions/action-kit';

/**
 * The files matched by globs relative to `root`, as sorted root-relative paths
 * with `/`. `!pattern` excludes; a directory matches everything below it.
 * Symbolic links are returned (the digest refuses them by name; the cache key
 * reads a lock file through one only inside the workspace); paths that leave
 * the root are refused, and so is a glob that starts at, or names, a path that
 * resolves outside `workspace`; `.git` is never entered.
 */
export async function matchFiles(
  root: string,
  patterns: string[],
  inputName: string,
  workspace: string,
): Promise<string[]> {
  for (const pattern of patterns) {
    const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    if (isAbsolute(body)) {
      throw new UserError(
        `Input '${inputName}' has the absolute path '${body}'; write globs relative to 'working-directory'.`,
      );
    }
  }
  const files = await findFiles(root, patterns, {
    prune: ['.git'],
    includeLinks: true,
    within: workspace,
    input: inputName,
  });
  return files.map((absolute) => {
    const path = relative(root, absolute);
    // `..` as a whole segment: a file named `..weights` is inside.
    if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) {
      throw new UserError(
        `Input '${inputName}' matched '${absolute}', which is outside 'working-directory'; keep globs inside it.`,
      );
    }
    return path.split(sep).join('/');
  });
}
