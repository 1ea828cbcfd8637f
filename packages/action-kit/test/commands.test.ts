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

/** Whether a process still runs: not gone and not a zombie waiting for its parent to reap it. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function pidsIn(file: string): Promise<number[]> {
  for (let i = 0; i < 100; i++) {
    try {
      const pids = readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
      if (pids.length >= 2) return pids;
    } catch {
      // Not written yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${file} was never written`);
}

describe('actionsCommandRunner.script, stoppable', () => {
  // The script and a child of it, both hung; their pids land in `pids`.
  const hung = 'sleep 1000 & echo "$$ $!" > pids; wait';

  test('a script past its timeout is stopped with every process of its group', async () => {
    const dir = temporaryDirectory();
    const started = Date.now();
    const result = await actionsCommandRunner.script(`echo started; ${hung}`, { cwd: dir, timeoutMs: 500 });
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.equal(result.stopped, 'timeout');
    assert.equal(result.exitCode, 128 + 15);
    assert.equal(result.tail, 'started');
    for (const pid of await pidsIn(join(dir, 'pids'))) assert.equal(running(pid), false, `${pid} still runs`);
  });

  test('a script that ignores SIGTERM gets SIGKILL after the grace', async () => {
    const dir = temporaryDirectory();
    const started = Date.now();
    const result = await actionsCommandRunner.script(`trap '' TERM; ${hung}`, {
      cwd: dir,
      timeoutMs: 300,
      killGraceMs: 700,
    });
    const took = Date.now() - started;
    assert.ok(took >= 1000 && took < 4000, `took ${took} ms`);
    assert.equal(result.stopped, 'timeout');
    assert.equal(result.exitCode, 128 + 9);
    for (const pid of await pidsIn(join(dir, 'pids'))) assert.equal(running(pid), false, `${pid} still runs`);
  });

  test('an abort sends the signal it names to the group', async () => {
    const dir = temporaryDirectory();
    const controller = new AbortController();
    const script = `trap 'echo got INT > signal; exit 130' INT; sleep 1000 & echo "$$ $!" > pids; wait`;
    // A short grace: the background sleep outlives its leader until the group's SIGKILL.
    const done = actionsCommandRunner.script(script, { cwd: dir, signal: controller.signal, killGraceMs: 500 });
    const pids = await pidsIn(join(dir, 'pids'));
    controller.abort('SIGINT');
    const result = await done;
    assert.equal(result.stopped, 'aborted');
    assert.equal(result.exitCode, 130);
    assert.equal(readFileSync(join(dir, 'signal'), 'utf8'), 'got INT\n');
    // The background sleep ignores SIGINT (bash starts it so): it dies with the rest of the group.
    for (const pid of pids) assert.equal(running(pid), false, `${pid} still runs`);
  });

  test('a script that ends in time is not stopped', async () => {
    const dir = temporaryDirectory();
    const result = await actionsCommandRunner.script('echo fine; exit 4', { cwd: dir, timeoutMs: 5000 });
    assert.deepEqual(
      { exitCode: result.exitCode, tail: result.tail, stopped: result.stopped },
      {
        exitCode: 4,
        tail: 'fine',
        stopped: undefined,
      },
    );
  });
});
