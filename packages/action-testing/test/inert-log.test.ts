import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { holdsWorkflowCommand, printInert } from '@mlops-actions/action-kit';
import { activeCommands } from '@mlops-actions/action-testing';

function printed(text: string): string {
  const lines: string[] = [];
  printInert(text, (line) => lines.push(line));
  return lines.join('\n');
}

void describe('printInert, the one path by which text reaches the log', () => {
  test('plain text is printed as it is', () => {
    assert.equal(printed('Resolved 1.2.0 in staging\nnext line'), 'Resolved 1.2.0 in staging\nnext line');
  });

  test.each([
    ['a command after LF', 'version 0.0.1\n::error::pwned'],
    ['a command after a lone CR', 'version 0.0.1\r::add-mask::tiny-lm'],
    ['an indented command', '   ::set-output name=cache-hit::true'],
    ['the older form inside a line', 'requirements ##[add-mask]tiny-lm .txt'],
  ])('%s is shown but never acted on', (_, text) => {
    assert.ok(holdsWorkflowCommand(text));
    const out = printed(text);
    assert.ok(out.includes(text));
    assert.deepEqual(
      activeCommands(out).filter((line) => !/^::(stop-commands::inert-|inert-)/.test(line)),
      [],
    );
  });

  test('text that guesses a closing token cannot resume commands', () => {
    const out = printed('::inert-00000000-0000-0000-0000-000000000000::\n::error::pwned');
    assert.deepEqual(
      activeCommands(out).filter((line) => line.includes('pwned')),
      [],
    );
  });
});
