import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './errors.js';

/** Where raw input strings come from: the runner's `INPUT_*` variables by default. */
export type InputSource = (name: string) => string | undefined;

/** Reads an input the way `@actions/core` does: `INPUT_<NAME>` with spaces as `_`. */
export const runnerInputs: InputSource = (name) => process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];

/**
 * Typed access to the action's inputs. Every reader trims, applies the default
 * of the contract when the input is empty, and throws a `UserError` that names
 * the input and says what it accepts.
 */
export class Inputs {
  constructor(private readonly source: InputSource = runnerInputs) {}

  /** The trimmed value, or `fallback` when empty. */
  string(name: string, fallback = ''): string {
    const value = (this.source(name) ?? '').trim();
    return value === '' ? fallback : value;
  }

  required(name: string): string {
    const value = this.string(name);
    if (value === '') throw new UserError(`Input '${name}' is required: set it in the step's 'with:'.`);
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === '') return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new UserError(`Input '${name}' must be 'true' or 'false', not ${quote(value)}.`);
  }

  integer(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const value = this.string(name);
    if (value === '') return fallback;
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    if (!/^[+-]?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new UserError(`Input '${name}' must be a whole number${describeRange(min, max)}, not ${quote(value)}.`);
    }
    return Number(value);
  }

  /** A positive number of seconds, fractions allowed (`0.5`). */
  seconds(name: string, fallback: number): number {
    const value = this.string(name);
    if (value === '') return fallback;
    if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
      throw new UserError(`Input '${name}' must be a positive number of seconds, such as '30', not ${quote(value)}.`);
    }
    return Number(value);
  }

  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.string(name);
    if (value === '') return fallback;
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new UserError(
      `Input '${name}' must be one of ${choices.map((c) => `'${c}'`).join(', ')}, not ${quote(value)}.`,
    );
  }

  /** One item a line; blank lines and lines starting with `#` are ignored. */
  list(name: string): string[] {
    return parseList(this.source(name) ?? '');
  }

  /**
   * A directory relative to the workspace (`working-directory`), as an
   * absolute path; it must exist.
   */
  directory(name: string, fallback = '.'): string {
    const relative = this.string(name, fallback);
    const absolute = resolve(workspaceDirectory(), relative);
    let isDirectory = false;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      // Missing or unreadable: reported below.
    }
    if (!isDirectory) {
      throw new UserError(
        `Input '${name}' is ${quote(relative)}, which is not a directory in the workspace. ` +
          'Check the path (it is relative to the repository root) and that an earlier step checked out the code.',
      );
    }
    return absolute;
  }

  /**
   * A git remote: a remote name of the checkout or a repository URL, `origin`
   * when empty. It is passed to git as an argument, so one that git would read
   * as an option (`--upload-pack=…`) is refused.
   */
  gitRemote(name = 'remote'): string {
    const remote = this.string(name, 'origin');
    if (remote.startsWith('-')) {
      throw new UserError(
        `Input '${name}' must be a remote name such as 'origin' or a repository URL, not ${quote(remote)}.`,
      );
    }
    return remote;
  }

  /** A value that must match `pattern`; `what` says in words what is accepted. */
  matching(name: string, pattern: RegExp, what: string, fallback = ''): string {
    const value = this.string(name, fallback);
    if (value !== '' && !pattern.test(value)) {
      throw new UserError(`Input '${name}' must be ${what}, not ${quote(value)}.`);
    }
    return value;
  }
}

/** The checkout the step runs in: `GITHUB_WORKSPACE`, or the current folder outside GitHub. */
export function workspaceDirectory(): string {
  return process.env['GITHUB_WORKSPACE'] || process.cwd();
}

/** Items of a multiline input: one a line, trimmed, blank and `#` lines dropped. */
export function parseList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Items separated by commas or newlines (`requires: staging, qa`). */
export function parseCommaList(text: string): string[] {
  return parseList(text.replace(/,/g, '\n'));
}

/**
 * Quotes a user's value for an error message, shortened and with control
 * characters shown as escapes, so the message stays one readable line.
 */
export function quote(value: string, max = 80): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  // Double quotes unless the value holds some and no single ones: '"status":"ok"' reads better than "\"status\"…".
  const mark = shown.includes('"') && !shown.includes("'") ? "'" : '"';
  const escaped = JSON.stringify(shown).slice(1, -1);
  return mark === '"' ? `"${escaped}"` : `'${escaped.replace(/\\"/g, '"')}'`;
}

function describeRange(min: number, max: number): string {
  const hasMin = min !== Number.MIN_SAFE_INTEGER;
  const hasMax = max !== Number.MAX_SAFE_INTEGER;
  if (hasMin && hasMax) return ` from ${min} to ${max}`;
  if (hasMin) return ` of at least ${min}`;
  if (hasMax) return ` of at most ${max}`;
  return '';
}
