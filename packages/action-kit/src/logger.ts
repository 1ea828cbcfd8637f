import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';

/** Where an annotation points: a file of the workspace and, when known, a line. */
export interface AnnotationPlace {
  /** A title shown in bold above the message. */
  title?: string;
  /** A path relative to the workspace. */
  file?: string;
  startLine?: number;
  endLine?: number;
}

/**
 * The one log of every action and package. Logic takes it as a parameter
 * (as codeql-action's `Logger`), so that tests hand in a recording logger and
 * shared packages never reach for `@actions/core`.
 *
 * `info` is for the action's own words. Text from outside the workflow (test
 * output, response bodies, tag messages) goes through `untrusted`, which
 * prints it so that no line of it can act as a workflow command. Annotation
 * messages are escaped by the runner's command format, so any text may go
 * into `notice`, `warning` and `error`.
 */
export interface Logger {
  info(text: string): void;
  /** Text the action did not write: shown as it is, never read as workflow commands. */
  untrusted(text: string): void;
  /** Shown only when the run has debug logging on. */
  debug(text: string): void;
  notice(text: string, place?: AnnotationPlace): void;
  warning(text: string, place?: AnnotationPlace): void;
  error(text: string, place?: AnnotationPlace): void;
  /** Runs `work` inside a collapsible log group. */
  group<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** The logger of a step on a runner: `@actions/core`'s workflow commands. */
export const actionsLogger: Logger = {
  info: (text) => core.info(text),
  untrusted: (text) => {
    const token = `untrusted-${randomUUID()}`;
    core.info(`::stop-commands::${token}`);
    core.info(text);
    core.info(`::${token}::`);
  },
  debug: (text) => core.debug(text),
  notice: (text, place) => core.notice(text, place),
  warning: (text, place) => core.warning(text, place),
  error: (text, place) => core.error(text, place),
  group: (name, work) => core.group(name, work),
};

/** Masks a secret in every later log line; call it before anything could print the value. */
export function maskSecret(secret: string): void {
  if (secret !== '') core.setSecret(secret);
}
