// dist/build with a cache service: the real @actions/cache archives the
// folders and talks to a local stand-in of the service (CacheService), which
// records what was saved. HOME is a temporary folder, so `~/.cache/huggingface`
// is one the test filled, as a training step would.
import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CacheService,
  injectedCommands,
  runBundle,
  temporaryDirectory,
  writeTree,
  type BundleResult,
} from '@mlops-actions/action-testing';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';

/** A pip project: its install leaves pip's cache alone; what matters here is the model cache. */
const PROJECT = { 'requirements.txt': '# standard library only\n', 'train.py': "print('trained')\n" };
const MODEL_FILE = '.cache/huggingface/hub/models--tiny-lm/blobs/3f2a';

/** The names in a saved archive, as `tar` lists them (it reads zstd and gzip alike). */
async function archiveNames(archive: Buffer): Promise<string[]> {
  const file = join(await temporaryDirectory('archive-'), 'cache.tar');
  writeFileSync(file, archive);
  return execFileSync('tar', ['-tf', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\n')
    .filter(Boolean);
}

async function machine(): Promise<{ workspace: string; home: string }> {
  const workspace = await temporaryDirectory();
  const home = await temporaryDirectory('home-');
  await writeTree(workspace, PROJECT);
  await writeTree(home, { [MODEL_FILE]: 'tiny-lm weights' });
  return { workspace, home };
}

function build(
  service: CacheService,
  { workspace, home }: { workspace: string; home: string },
  inputs: Record<string, string>,
): Promise<BundleResult> {
  return runBundle({
    action: 'build',
    cwd: workspace,
    env: { ...service.env, HOME: home },
    inputs: { install: 'true', build: 'python3 train.py', ...inputs },
  });
}

describe('dist/build caches model folders named by cache-paths', () => {
  test('~/.cache/huggingface is in the saved entry; restore-only restores it and saves nothing', async () => {
    const service = await CacheService.start();
    const place = await machine();
    const first = await build(service, place, { 'cache-paths': '~/.cache/huggingface\n~/.cache/torch' });
    assert.equal(first.exitCode, 0, first.stdout);
    assert.deepEqual(first.warnings, []);
    const key = first.outputs['cache-key'] ?? '';
    assert.match(key, /^mlops-build-linux-x64-python-pip-[0-9a-f]{64}$/);
    assert.equal(first.outputs['cache-hit'], 'false');
    const [saved, ...more] = service.saved(key);
    assert.deepEqual(more, []);
    assert.ok(saved, 'an entry was saved under the cache-key output');
    const names = await archiveNames(saved.archive);
    assert.ok(
      names.some((name) => name.endsWith(MODEL_FILE)),
      `the model file is in the archive: ${names.join(', ')}`,
    );
    // The summary lists each folder: there with its size, or not there.
    const huggingface = join(place.home, '.cache/huggingface');
    assert.ok(first.summary.includes(`| \`${huggingface}\` | cache-paths | 15 B |`), first.summary);
    assert.ok(first.summary.includes(`| \`${join(place.home, '.cache/torch')}\` | cache-paths | not there |`));
    assert.match(first.summary, /^\| Cache saved \| yes \|$/m);

    // A pull request: the model folder is gone, the lock file changed (so no exact hit), and nothing is saved.
    rmSync(join(place.home, '.cache'), { recursive: true });
    writeFileSync(join(place.workspace, 'requirements.txt'), '# standard library only, still\n');
    const requestsBefore = service.requests.length;
    const second = await build(service, place, {
      cache: 'restore-only',
      'cache-paths': '~/.cache/huggingface\n~/.cache/torch',
    });
    assert.equal(second.exitCode, 0, second.stdout);
    assert.equal(second.outputs['cache-hit'], 'false');
    assert.notEqual(second.outputs['cache-key'], key);
    assert.equal(readFileSync(join(place.home, MODEL_FILE), 'utf8'), 'tiny-lm weights', 'restored');
    assert.deepEqual(
      service.requests.slice(requestsBefore).map((request) => request.method + ' ' + request.resource.split('?')[0]),
      ['GET cache', 'GET archives/1'],
      'looked up and downloaded, never reserved or uploaded',
    );
    assert.equal(service.entries.length, 1);
    assert.match(second.stdout, /^The cache is not saved: input 'cache' is restore-only\.$/m);
    assert.match(second.summary, /^\| Cache saved \| no — input 'cache' is restore-only \|$/m);
    assert.match(second.summary, /restored from an older key/);
  });

  test('an exact hit on the next run restores the folder and saves nothing', async () => {
    const service = await CacheService.start();
    const place = await machine();
    const inputs = { 'cache-paths': '~/.cache/huggingface', 'cache-key-suffix': 'tiny-lm-rev1' };
    const first = await build(service, place, inputs);
    assert.equal(first.exitCode, 0, first.stdout);
    assert.match(first.outputs['cache-key'] ?? '', /^mlops-build-linux-x64-python-pip-[0-9a-f]{64}-tiny-lm-rev1$/);
    rmSync(join(place.home, '.cache'), { recursive: true });
    const second = await build(service, place, inputs);
    assert.equal(second.exitCode, 0, second.stdout);
    assert.equal(second.outputs['cache-hit'], 'true');
    assert.equal(second.outputs['cache-key'], first.outputs['cache-key']);
    assert.ok(existsSync(join(place.home, MODEL_FILE)));
    assert.equal(service.entries.length, 1);
    assert.match(second.summary, /^\| Cache saved \| no — exact hit: the entry is there already \|$/m);
  });

  test('a cache-path named like a workflow command is shown as text in the log and the summary', async () => {
    const service = await CacheService.start();
    const place = await machine();
    const result = await build(service, place, {
      'cache-paths': '~/.cache/huggingface\n::error::PWNED by a cache path\n<img src=x onerror=alert(1)> _em_',
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(injectedCommands(result.stdout, ['group', 'endgroup', 'add-mask', 'debug'], 'PWNED'), []);
    // @actions/cache's own debug lines name the folders too, escaped as command messages by @actions/core.
    // Ours are data: the log and the summary cell show the name as it is.
    const folder = join(place.workspace, '::error::PWNED by a cache path');
    assert.ok(result.stdout.includes(`${folder}: not there`));
    assert.ok(result.summary.includes(`| \`${folder}\` | cache-paths | not there |`), result.summary);
    const rendered = renderMarkdown(result.summary);
    assert.ok(!rendered.elements.includes('img') && !rendered.elements.includes('em'), rendered.html);
    const markup = join(place.workspace, '<img src=x onerror=alert(1)> _em_');
    assert.ok(
      rendered.rows.some((row) => row[0] === markup && row[2] === 'not there'),
      rendered.html,
    );
  });
});
