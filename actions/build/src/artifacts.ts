import { isAbsolute, relative, sep } from 'node:path';
import { UserError } from '@mlops-actions/action-kit';

/**
 * The files matched by globs relative to `root`, as sorted root-relative paths
 * with `/`. `!pattern` excludes; a directory matches everything below it.
 * Paths that leave the root, and anything inside `.git`, are not artifacts.
 */
export async function matchFiles(root: string, patterns: string[], inputName: string): Promise<string[]> {
  // Loaded here, not at start-up: most steps of a job never glob.
  const glob = await import('@actions/glob');
  const anchored = patterns.map((pattern) => {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (isAbsolute(body)) {
      throw new UserError(
        `Input '${inputName}' has the absolute path '${body}'; write globs relative to 'working-directory'.`,
      );
    }
    return `${negated ? '!' : ''}${root}/${body}`;
  });
  const globber = await glob.create(anchored.join('\n'), {
    followSymbolicLinks: false,
    matchDirectories: false,
    implicitDescendants: true,
  });
  const found = new Set<string>();
  for (const absolute of await globber.glob()) {
    const path = relative(root, absolute);
    if (path === '' || path.startsWith('..') || isAbsolute(path)) {
      throw new UserError(
        `Input '${inputName}' matched '${absolute}', which is outside 'working-directory'; keep globs inside it.`,
      );
    }
    const parts = path.split(sep);
    if (parts.includes('.git')) continue;
    found.add(parts.join('/'));
  }
  return [...found].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
