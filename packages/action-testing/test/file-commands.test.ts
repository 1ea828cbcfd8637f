import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { FileCommandError, parseKeyValueFile, parsePathFile } from '../src/file-commands.js';

describe('file commands', () => {
  test('name=value and multiline name<<DELIMITER values; the last assignment wins', () => {
    const text = 'version=0.3.0\nnotes<<EOF_1\nline one\nline = two\nEOF_1\nversion=0.3.1\nempty=\n';
    assert.deepEqual(parseKeyValueFile(text, 'GITHUB_OUTPUT'), {
      version: '0.3.1',
      notes: 'line one\nline = two',
      empty: '',
    });
  });

  test('a value with << after = is a plain value', () => {
    assert.deepEqual(parseKeyValueFile('shift=a<<b\n', 'GITHUB_OUTPUT'), { shift: 'a<<b' });
  });

  test('a missing closing delimiter or a line without = is an error naming the file', () => {
    assert.throws(
      () => parseKeyValueFile('notes<<EOF\nopen', 'GITHUB_OUTPUT'),
      /GITHUB_OUTPUT: the value of notes has no closing delimiter EOF/,
    );
    assert.throws(() => parseKeyValueFile('oops\n', 'GITHUB_ENV'), /GITHUB_ENV: cannot read the line "oops"/);
  });

  test('CRLF line ends are read as LF; errors are FileCommandErrors', () => {
    assert.deepEqual(parseKeyValueFile('a=1\r\nnotes<<EOF\r\nx\r\nEOF\r\n', 'GITHUB_OUTPUT'), { a: '1', notes: 'x' });
    assert.throws(() => parseKeyValueFile('=value\n', 'GITHUB_OUTPUT'), FileCommandError);
  });

  test('GITHUB_PATH holds one folder a line', () => {
    assert.deepEqual(parsePathFile('/opt/a\n\n  /opt/b  \n'), ['/opt/a', '/opt/b']);
  });
});
