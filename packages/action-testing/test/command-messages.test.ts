import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import {
  CommandScanner,
  activeCommands,
  commandMessages,
  errorAnnotations,
  machineEnvironment,
  parseCommand,
} from '@mlops-actions/action-testing';

void test('lines between stop-commands and its token are text, as the runner treats them', () => {
  const stdout = [
    '::warning::before',
    '::stop-commands::untrusted-1234',
    '::error::from a response body',
    '::untrusted-1234::',
    '::error file=a.ts,line=3::after%0Asecond line',
  ].join('\n');
  assert.deepEqual(commandMessages(stdout, 'error'), ['after\nsecond line']);
  assert.deepEqual(commandMessages(stdout, 'warning'), ['before']);
});

void describe('the workflow-command reader', () => {
  test('text that only looks like a command is not one', () => {
    assert.equal(parseCommand('a::b::c'), undefined);
    assert.equal(parseCommand('::no end'), undefined);
  });

  test('properties lose their escapes, the message only the escapes @actions/core gives it', () => {
    assert.deepEqual(parseCommand('  ::error file=src/a.ts,line=3,title=Gate%3A a%2Cb::0.2%25 below%0Aat 10%3A00'), {
      command: 'error',
      properties: { file: 'src/a.ts', line: '3', title: 'Gate: a,b' },
      message: '0.2% below\nat 10%3A00',
    });
  });

  test('the scanner stops at ::stop-commands::TOKEN and resumes at ::TOKEN::; an empty token stops nothing', () => {
    const scanner = new CommandScanner();
    const types = ['::stop-commands::', '::stop-commands::t1', '::error::x', '::t1::', '::notice::y', 'plain'].map(
      (line) => scanner.scan(line).type,
    );
    assert.deepEqual(types, ['text', 'stop', 'text', 'resume', 'command', 'text']);
  });

  test('activeCommands gives the trimmed command lines the runner acts on, indented ones included', () => {
    const stdout = ['  ::group::Install', '::pwned', 'text ::error::x', '::endgroup::  '].join('\n');
    assert.deepEqual(activeCommands(stdout), ['::group::Install', '::endgroup::']);
  });

  test('errorAnnotations gives title, file and line of each active ::error', () => {
    const stdout = '::error title=Test%3A a,file=t.py,line=7::failed%0Ahere\n::warning::not an error\n';
    assert.deepEqual(errorAnnotations(stdout), [{ title: 'Test: a', file: 't.py', line: 7, message: 'failed\nhere' }]);
  });
});

void describe('the machine environment a step gets', () => {
  test("keeps the machine's variables and drops the runner's, the test run's and unset ones", () => {
    const env = machineEnvironment({
      PATH: '/usr/bin',
      HOME: '/home/me',
      GITHUB_OUTPUT: '/x',
      RUNNER_TEMP: '/y',
      ACTIONS_CACHE_URL: 'http://z',
      INPUT_NAME: 'a',
      STATE_pid: '1',
      NODE_OPTIONS: '--inspect',
      NODE_TEST_CONTEXT: 'child',
      NODE_V8_COVERAGE: '/cov',
      UNSET: undefined,
    });
    assert.deepEqual(env, { PATH: '/usr/bin', HOME: '/home/me' });
  });
});

void describe('lines as the runner splits and reads them', () => {
  test('a lone CR ends a line, so a command after it is live', () => {
    assert.deepEqual(activeCommands('version 0.0.1\r::add-mask::tiny-lm\r\n::error::x'), [
      '::add-mask::tiny-lm',
      '::error::x',
    ]);
  });

  test('the older ##[command] form counts anywhere in a line, with its own escapes', () => {
    assert.deepEqual(parseCommand('test ##[error file=a%3Bb.py;line=3]model%5D drifted'), {
      command: 'error',
      properties: { file: 'a;b.py', line: '3' },
      message: 'model] drifted',
    });
    assert.equal(parseCommand('see ##[not-a-command]x'), undefined);
  });
});
