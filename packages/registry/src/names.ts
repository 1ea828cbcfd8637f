import { RegistryError } from './errors.js';

/**
 * What a model or environment name may be (DESIGN.md): lower case, digits and
 * `.`, `_`, `-`, starting with a letter or digit, at most 64 characters. It
 * keeps tag names valid git refs, and safe in a shell, a URL and a file name.
 */
export const REGISTRY_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Throws a `RegistryError` (`invalid-name`) that says what is allowed when `name` is not a registry name. */
export function assertRegistryName(kind: 'model' | 'environment', name: string): void {
  // `..` matches the pattern but git refuses it in a ref name.
  if (REGISTRY_NAME_PATTERN.test(name) && !name.includes('..')) return;
  const shown = name === '' ? 'an empty name' : JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
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
