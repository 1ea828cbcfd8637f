import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { commandMessages } from '@mlops-actions/action-testing';

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
