import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Where the folders of a test file are registered for removal: on the
 * file's global object, which the suite's Jest environment
 * (scripts/jest/environment.mjs) empties after the file's last hook.
 */
const REGISTRY = Symbol.for('mlops-actions.temporary-directories');

/** Registers `folder` for removal when the current test file ends. */
export function removeAfterTests(folder: string): string {
  const scope = globalThis as { [REGISTRY]?: Set<string> };
  (scope[REGISTRY] ??= new Set()).add(folder);
  return folder;
}

/**
 * Where the stop functions of a test file's servers and processes are
 * registered: the suite's Jest environment calls them when the file ends,
 * before it removes the folders (a server may still write into one).
 */
const STOPPERS = Symbol.for('mlops-actions.stop-after-tests');

/** Registers `stop` to be awaited when the current test file ends (after its afterAll hooks). */
export function stopAfterTests(stop: () => Promise<void>): void {
  const scope = globalThis as { [STOPPERS]?: Set<() => Promise<void>> };
  (scope[STOPPERS] ??= new Set()).add(stop);
}

/** A fresh temporary folder, removed when the test file ends. */
export async function temporaryDirectory(prefix = 'mlops-test-'): Promise<string> {
  return removeAfterTests(await mkdtemp(join(tmpdir(), prefix)));
}
/** A symbolic link to `symlink` (absolute, or relative to the link's folder), as `writeTree` makes it. */
export interface SymbolicLink {
  symlink: string;
}

/** What `writeTree` writes at a path: a file's contents, or a symbolic link. */
export type TreeEntry = string | Buffer | SymbolicLink;

/** Writes files (and symbolic links) given as `{ 'relative/path': contents }` below `root`. */
export async function writeTree(root: string, files: Record<string, TreeEntry>): Promise<void> {
  for (const [path, contents] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    if (typeof contents === 'object' && 'symlink' in contents) await symlink(contents.symlink, target);
    else await writeFile(target, contents);
  }
}

/**
 * The digest of DESIGN.md computed by the coreutils recipe, in a real shell:
 * the independent reference every digest test compares against.
 */
export function coreutilsDigest(root: string): string {
  const recipe = `cd "$1" && find . -type f ! -path './.git/*' | LC_ALL=C sort | while IFS= read -r f; do
  printf '%s  %s  %s\\n' "$(sha256sum < "$f" | cut -d' ' -f1)" "$(stat -c%s "$f")" "\${f#./}"
done | sha256sum | cut -d' ' -f1`;
  const hex = execFileSync('bash', ['-c', recipe, 'recipe', root], { encoding: 'utf8' }).trim();
  return `sha256:${hex}`;
}
