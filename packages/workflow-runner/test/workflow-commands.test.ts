import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { Masks, WorkflowCommandReader, type LogEvent } from '../src/workflow-commands.js';

function readAll(lines: string[], masks = new Masks()): LogEvent[] {
  const reader = new WorkflowCommandReader(masks);
  return lines.flatMap((line) => reader.read(line));
}

describe('workflow commands', () => {
  test('annotations carry their decoded message, title and place', () => {
    assert.deepEqual(
      readAll(['::error file=src/a.ts,line=3,col=7,title=Gate%3A accuracy::accuracy 0.2%25 below%0Athe rule']),
      [
        {
          type: 'annotation',
          annotation: {
            level: 'error',
            message: 'accuracy 0.2% below\nthe rule',
            title: 'Gate: accuracy',
            location: 'src/a.ts:3:7',
          },
        },
      ],
    );
    assert.deepEqual(readAll(['::notice::done'])[0], {
      type: 'annotation',
      annotation: { level: 'notice', message: 'done' },
    });
  });

  test('groups open and close; plain lines stay lines', () => {
    assert.deepEqual(readAll(['::group::Install', 'added 0 packages', '::endgroup::']), [
      { type: 'group', title: 'Install' },
      { type: 'line', text: 'added 0 packages' },
      { type: 'endgroup' },
    ]);
  });

  test('::add-mask:: hides the value from every later line and annotation, and prints nothing itself', () => {
    const events = readAll(['::add-mask::hunter2', 'password=hunter2', '::warning::leaked hunter2?']);
    assert.deepEqual(events, [
      { type: 'line', text: 'password=***' },
      { type: 'annotation', annotation: { level: 'warning', message: 'leaked ***?' } },
    ]);
  });

  test('every line of a multiline secret is masked on its own', () => {
    const masks = new Masks();
    masks.add('line-one\nline-two');
    assert.equal(masks.apply('a line-two b line-one'), 'a *** b ***');
    assert.equal(masks.reveals('x line-one'), true);
    assert.equal(masks.reveals('nothing here'), false);
  });

  test('::stop-commands:: turns commands into text until the token comes back', () => {
    const events = readAll(['::stop-commands::pause-42', '::error::not an error', '::pause-42::', '::error::an error']);
    assert.deepEqual(events, [
      { type: 'line', text: '::error::not an error' },
      { type: 'annotation', annotation: { level: 'error', message: 'an error' } },
    ]);
  });

  test('masking still applies while commands are stopped', () => {
    const masks = new Masks();
    masks.add('s3cret');
    assert.deepEqual(readAll(['::stop-commands::t', 'value s3cret'], masks), [{ type: 'line', text: 'value ***' }]);
  });

  test('the disabled set-output command is reported as ignored', () => {
    const [event] = readAll(['::set-output name=x::1']);
    assert.equal(event.type, 'ignored');
  });

  test('text that only looks like a command is a line', () => {
    assert.deepEqual(readAll(['::not a command::x']), [{ type: 'line', text: '::not a command::x' }]);
  });
});
