import type { AnnotationPlace, Logger } from '@mlops-actions/action-kit';
import { displayName, type TestCase, type TestRun } from '@mlops-actions/junit';
import type { TestSettings } from './inputs.js';
import { locationOf } from './outcome.js';

/** Failing tests written out in full in the log; the summary and the report file list the rest. */
const LOGGED_FAILURES = 50;

/**
 * One error annotation per failing test, up to `max-annotations`, at the
 * failing line when the report says where. Names and messages are the
 * tests' own text: an annotation's message is escaped, so a newline followed
 * by `::add-mask::` stays part of the message. Returns how many were written.
 */
export function annotateFailures(run: TestRun, settings: TestSettings, logger: Logger): number {
  const annotated = run.failures.slice(0, settings.maxAnnotations);
  for (const testCase of annotated) {
    const location = locationOf(testCase, settings);
    const place: AnnotationPlace = { title: `${displayName(testCase)} ${verb(testCase)}` };
    if (location) {
      place.file = location.file;
      if (location.line !== undefined) place.startLine = location.line;
    }
    logger.error(annotationText(testCase), place);
  }
  return annotated.length;
}

/** The message, then the failure text when it says more: the annotation's text, in the log and in a check run. */
export function annotationText(testCase: TestCase): string {
  const { message, details } = testCase;
  if (details === '' || details.startsWith(message)) return details || message || `${verb(testCase)} without a message`;
  return message === '' ? details : `${message}\n\n${details}`;
}

export function verb(testCase: TestCase): string {
  return testCase.status === 'error' ? 'errored' : 'failed';
}

/**
 * The failing tests with their text, in the log. Test output is untrusted,
 * so it is printed with workflow commands stopped.
 */
export function logFailures(run: TestRun, settings: TestSettings, logger: Logger): void {
  const shown = run.failures.slice(0, LOGGED_FAILURES);
  const blocks = shown.map((testCase) => {
    const location = locationOf(testCase, settings);
    const where = location ? ` (${location.file}${location.line === undefined ? '' : `:${location.line}`})` : '';
    return `✗ ${displayName(testCase)} ${verb(testCase)}${where}\n${indent(annotationText(testCase))}`;
  });
  const more = run.counts.failed - shown.length;
  if (more > 0) blocks.push(`…and ${more} more failing tests: see the job summary and the report file.`);
  logger.untrusted(blocks.join('\n\n'));
}

function indent(text: string): string {
  return text.replace(/^/gm, '    ');
}
