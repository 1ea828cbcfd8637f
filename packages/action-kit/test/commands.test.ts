import { afterAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputTail, actionsCommandRunner } from '../src/index.js';

// action-testing depends on this package, so these tests make (and remove) their own folders.
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
function temporaryDirectory(): string {
  const folder = mkdtempSync(join(tmpdir(), 'script-'));
  folders.push(folder);
  return folder;
}

describe('actionsCommandRunner.script', () => {
  test('runs with bash -e -o pipefail in the directory, values passed only through the environment', async () => {
    const dir = temporaryDirectory();
    const hostile = '$(touch pwned); `touch pwned2`; "quoted"';
    const result = await actionsCommandRunner.script('printf "%s" "$MODEL_NAME" > name.txt; pwd > where.txt', {
      cwd: dir,
      env: { MODEL_NAME: hostile },
    });
    assert.equal(result.exitCode, 0);
    assert.equal(readFileSync(join(dir, 'name.txt'), 'utf8'), hostile);
    assert.equal(readFileSync(join(dir, 'where.txt'), 'utf8').trim(), dir);
  });

  test('a failing pipeline stage fails the script and the tail holds its last lines', async () => {
    const dir = temporaryDirectory();
    const result = await actionsCommandRunner.script(
      'for i in $(seq 1 50); do echo "line $i"; done; false | cat; echo never',
      {
        cwd: dir,
      },
    );
    assert.equal(result.exitCode, 1);
    const lines = result.tail.split('\n');
    assert.equal(lines.length, 20);
    assert.equal(lines.at(-1), 'line 50');
    assert.ok(!result.tail.includes('never'));
  });

  test('tools get argument arrays, never a shell', async () => {
    const result = await actionsCommandRunner.tool('printf', ['%s', '$(echo no); rm -rf /']);
    assert.equal(result.exitCode, 0);
    assert.equal(result.stdout, '$(echo no); rm -rf /');
  });
});

describe('OutputTail', () => {
  test('drops terminal colour codes and hyperlinks, which read as garbage in an annotation', () => {
    const tail = new OutputTail();
    tail.push(
      Buffer.from('\u001b[1;31mERROR\u001b[0m: see \u001b]8;;https://example.com\u0007the docs\u001b]8;;\u0007\n'),
    );
    assert.equal(tail.text(), 'ERROR: see the docs');
  });

  test('keeps only the last bytes of long output', () => {
    const tail = new OutputTail();
    for (let i = 0; i < 10_000; i++) tail.push(Buffer.from(`chunk ${i}\n`));
    assert.equal(tail.text(2), 'chunk 9998\nchunk 9999');
  });
});
