import { UserError, parseList, quote } from '@mlops-actions/action-kit';

/** Where a version may have been registered from, unless `allowed-refs` says otherwise: branches and tags. */
export const DEFAULT_ALLOWED_REFS = ['refs/heads/*', 'refs/tags/*'] as const;

/**
 * The globs of `allowed-refs`, one a line. Each is `*` (any ref) or starts
 * with `refs/`, so a typo such as `main` fails here instead of refusing every
 * deploy later.
 */
export function parseAllowedRefs(text: string): string[] {
  const globs = parseList(text);
  if (globs.length === 0) return [...DEFAULT_ALLOWED_REFS];
  for (const glob of globs) {
    if (glob !== '*' && !glob.startsWith('refs/')) {
      throw new UserError(
        `Input 'allowed-refs' takes full ref globs such as 'refs/heads/*' or 'refs/tags/v*' (or '*' for any ref), ` +
          `one a line, not ${quote(glob)}.`,
      );
    }
  }
  return globs;
}

/**
 * Whether `ref` matches one of `globs`. Only `*` is special, and it matches
 * any characters, `/` included, so `refs/heads/*` allows `refs/heads/feature/x`.
 * Not minimatch: a ref is a name, not a path; its `*` stops at `/`, and its
 * `?`, `[...]`, `{a,b}` and `!` would give meaning to characters that are
 * plain text in a ref glob.
 */
export function refAllowed(ref: string, globs: readonly string[]): boolean {
  return globs.some((glob) => globPattern(glob).test(ref));
}

function globPattern(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 's');
}
