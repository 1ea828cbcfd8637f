// The three functions used, not the whole package: every action loads this at start-up.
import compare from 'semver/functions/compare.js';
import inc from 'semver/functions/inc.js';
import parse from 'semver/functions/parse.js';
import { UserError } from '@mlops-actions/action-kit/errors';

export type Bump = 'major' | 'minor' | 'patch';
export const BUMPS: readonly Bump[] = ['major', 'minor', 'patch'];

/** What a registry version must be, for the errors about an explicit version. */
export const VERSION_RULE =
  "a semantic version such as '1.2.0' or '1.2.0-rc.1' (no leading 'v', no '+build', " +
  "not ending in '.lock', which git refuses at the end of a tag name)";

/**
 * True for a version written exactly as semver 2.0.0 spells it: no leading
 * `v` or `=`, no surrounding spaces, and no build metadata (`+build`), which
 * semver ignores for precedence and so could give two tags one version. A
 * pre-release ending in `.lock` (`1.0.0-rc.lock`) is valid semver but not a
 * valid tag name, so it cannot be a registry version either.
 */
export function isRegistryVersion(text: string): boolean {
  const parsed = parse(text);
  return parsed !== null && parsed.version === text && !text.endsWith('.lock');
}

/** Ascending semver precedence. */
export function compareVersions(a: string, b: string): number {
  return compare(a, b);
}

/** The version after `newest` (`0.0.0` when there is none) for `bump`. */
export function nextVersion(newest: string | undefined, bump: Bump): string {
  const next = inc(newest ?? '0.0.0', bump);
  if (next === null) throw new Error(`cannot ${bump}-bump version ${String(newest)}`);
  return next;
}

/**
 * Checks an explicit version against the newest registered one and returns
 * it: it must be semver and greater than every registered version.
 */
export function assertExplicitVersion(version: string, newest: string | undefined, model: string): string {
  if (!isRegistryVersion(version)) {
    throw new UserError(`The version must be ${VERSION_RULE}, not ${JSON.stringify(version)}.`);
  }
  if (newest !== undefined && compare(version, newest) <= 0) {
    throw new UserError(
      `The version ${version} is not greater than ${newest}, the newest registered version of ${model}: ` +
        `choose a greater version, or leave 'version' empty and use 'bump'.`,
    );
  }
  return version;
}
