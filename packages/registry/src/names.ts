import { RegistryError, shownValue } from './errors.js';

/**
 * What a model or environment name may be (DESIGN.md): lower case, digits and
 * `.`, `_`, `-`, starting with a letter or digit, at most 64 characters. It
 * keeps tag names valid git refs, and safe in a shell, a URL and a file name.
 */
export const REGISTRY_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** True for a registry name: the pattern, without the `..` that git refuses in a ref name. */
export function isRegistryName(name: string): boolean {
  return REGISTRY_NAME_PATTERN.test(name) && !name.includes('..');
}

/** Throws a `RegistryError` (`invalid-name`) that says what is allowed when `name` is not a registry name. */
export function assertRegistryName(kind: 'model' | 'environment', name: string): void {
  if (isRegistryName(name)) return;
  const shown = name === '' ? 'an empty name' : shownValue(name);
  throw new RegistryError(
    'invalid-name',
    `The ${kind} name must be 1 to 64 characters of lower-case letters, digits, '.', '_' and '-', ` +
      `starting with a letter or digit (such as 'tiny-lm'), not ${shown}.`,
  );
}

/** `tiny-lm@v0.3.0`: the tag of a model version (GTO's format). */
export function versionTagName(model: string, version: string): string {
  return `${model}@v${version}`;
}

/** `tiny-lm#production#4`: the tag of the n-th assignment of a model to an environment (GTO's format). */
export function environmentTagName(model: string, environment: string, n: number): string {
  return `${model}#${environment}#${n}`;
}

/** The assignment number of an environment tag: 1 to 999 999 999, no leading zero. */
const ASSIGNMENT_NUMBER = /^[1-9][0-9]{0,8}$/;

/**
 * The environment and number an environment tag name of `model` names, read
 * from a tag listed by the remote: undefined unless the name is exactly
 * `<model>#<registry name>#<n>`.
 */
export function assignmentOfTag(model: string, tag: string): { environment: string; n: number } | undefined {
  const prefix = `${model}#`;
  if (!tag.startsWith(prefix)) return undefined;
  const parts = tag.slice(prefix.length).split('#');
  if (parts.length !== 2) return undefined;
  const [environment, n] = parts as [string, string];
  if (!isRegistryName(environment) || !ASSIGNMENT_NUMBER.test(n)) return undefined;
  return { environment, n: Number(n) };
}
