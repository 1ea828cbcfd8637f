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
 * `info` is for the action's own words, `untrusted` for text from outside
 * the workflow (test output, response bodies, tag messages). Both print
 * through `printInert`, the one path by which text reaches the log: no line
 * of it can act as a workflow command, even when the action's words quote a
 * forged value. Annotation messages and group titles are escaped in the
 * runner's command format (`%`, CR, LF) by `@actions/core`, so any text may
 * go into `notice`, `warning`, `error` and `group`.
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
  info: (text) => printInert(text),
  untrusted: (text) => printInert(text),
  debug: (text) => core.debug(text),
  notice: (text, place) => core.notice(text, place),
  warning: (text, place) => core.warning(text, place),
  error: (text, place) => core.error(text, place),
  group: (name, work) => core.group(name, work),
};

/**
 * Would the runner read a command in `text`? It splits a step's output at
 * LF, CR LF and a lone CR; a line is a command when it starts with `::`
 * (after blanks) or holds `##[` anywhere (the runner's first command form).
 */
export function holdsWorkflowCommand(text: string): boolean {
  return text.includes('##[') || text.split(/\r\n|\r|\n/).some((line) => line.trimStart().startsWith('::'));
}

/**
 * Prints `text` to the log so that the runner acts on none of it: as it is
 * when no line reads as a command, otherwise between `::stop-commands::` and
 * a closing token no one else can know.
 */
export function printInert(text: string, write: (line: string) => void = core.info): void {
  if (!holdsWorkflowCommand(text)) {
    write(text);
    return;
  }
  const token = `inert-${randomUUID()}`;
  write(`::stop-commands::${token}`);
  write(text);
  write(`::${token}::`);
}

/** Masks a secret in every later log line; call it before anything could print the value. */
export function maskSecret(secret: string): void {
  if (secret !== '') core.setSecret(secret);
}
