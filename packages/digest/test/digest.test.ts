import { afterAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coreutilsDigest, temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { DigestError, digestOf, digestOfEntries, digestOfFiles, type FileSetDigest } from '@mlops-actions/digest';

const MiB = 1024 * 1024;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Bytes that differ at every offset, so a chunk hashed twice or skipped changes the digest. */
function patterned(size: number, seed: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let state = seed >>> 0 || 1;
  for (let offset = 0; offset < size; offset++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[offset] = state & 0xff;
  }
  return bytes;
}

/** Large contents, quickly: a patterned block whose length does not divide the 4 MiB read size, repeated. */
function bulky(size: number, seed: number): Buffer {
  const block = patterned(1_000_003, seed);
  const bytes = Buffer.allocUnsafe(size);
  for (let offset = 0; offset < size; offset += block.length) block.copy(bytes, offset);
  return bytes;
}

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function folder(): Promise<string> {
  const path = await temporaryDirectory('digest-');
  folders.push(path);
  return path;
}

async function model(files: Record<string, string | Buffer>): Promise<string> {
  const root = await folder();
  await writeTree(root, files);
  return root;
}

async function userErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DigestError, `expected a DigestError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected the digest to be refused');
}

function sha256(contents: string | Buffer): string {
  return createHash('sha256').update(contents).digest('hex');
}

void test('a nested model matches the coreutils recipe, file by file and as a whole', async () => {
  const root = await model({
    'config.json': '{"layers": 2}\n',
    'weights/layer-0.bin': patterned(1000, 1),
    'weights/layer-1.bin': patterned(2000, 2),
    'weights/deeper/still/empty.bin': '',
    'tokenizer/vocab.txt': 'a\nb\n',
  });
  const result = await digestOf(root);
  assert.equal(result.digest, coreutilsDigest(root));
  assert.deepEqual(
    result.files.map((file) => file.path),
    [
      'config.json',
      'tokenizer/vocab.txt',
      'weights/deeper/still/empty.bin',
      'weights/layer-0.bin',
      'weights/layer-1.bin',
    ],
  );
  assert.deepEqual(result.files[2], { path: 'weights/deeper/still/empty.bin', size: 0, sha256: EMPTY_SHA256 });
  assert.deepEqual(result.files[3], { path: 'weights/layer-0.bin', size: 1000, sha256: sha256(patterned(1000, 1)) });
  assert.equal(result.size, 14 + 1000 + 2000 + 0 + 4);
});

void test('names with spaces, punctuation and unicode sort in UTF-8 byte order, like LC_ALL=C sort', async () => {
  // 'ﬀ' (U+FB00) sorts after '𝔸' (U+1D538) in UTF-16 but before it in UTF-8;
  // 'a b' sorts before 'a/b' (space is 0x20, slash 0x2f); capitals before lower case.
  const names = ['𝔸.txt', 'ﬀ.txt', 'a b.txt', 'a/b.txt', 'a-b.txt', 'B.txt', 'b.txt', ' lead', 'é/x', 'z\\y'];
  const root = await model(Object.fromEntries(names.map((name, index) => [name, `file ${index}\n`])));
  const result = await digestOf(root);
  assert.equal(result.digest, coreutilsDigest(root));
  assert.deepEqual(
    result.files.map((file) => file.path),
    [' lead', 'B.txt', 'a b.txt', 'a-b.txt', 'a/b.txt', 'b.txt', 'z\\y', 'é/x', 'ﬀ.txt', '𝔸.txt'],
  );
});

void test('an empty directory, or one holding only empty directories, is the digest of no lines', async () => {
  const root = await folder();
  await mkdir(join(root, 'a', 'b'), { recursive: true });
  await mkdir(join(root, 'c'));
  const result = await digestOf(root);
  assert.equal(result.digest, coreutilsDigest(root));
  assert.equal(result.digest, `sha256:${EMPTY_SHA256}`);
  assert.deepEqual(result.files, []);
  assert.equal(result.size, 0);
});

void test("the root's .git is skipped; a .git deeper down is content, as in the recipe", async () => {
  const root = await model({
    'model.bin': 'weights',
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/objects/ab/cdef': 'object',
    '.gitignore': '*.tmp\n',
    'vendor/lib/.git/HEAD': 'nested\n',
  });
  const result = await digestOf(root);
  assert.equal(result.digest, coreutilsDigest(root));
  assert.deepEqual(
    result.files.map((file) => file.path),
    ['.gitignore', 'model.bin', 'vendor/lib/.git/HEAD'],
  );
});

void test('a single file is hashed alone, its parent being the root', async () => {
  const root = await model({ 'weights.safetensors': patterned(5000, 3), 'README.md': 'not part of it' });
  const alone = await model({ 'weights.safetensors': patterned(5000, 3) });
  const result = await digestOf(join(root, 'weights.safetensors'));
  assert.equal(result.digest, coreutilsDigest(alone));
  assert.deepEqual(result.files, [{ path: 'weights.safetensors', size: 5000, sha256: sha256(patterned(5000, 3)) }]);
});

// A set is split across threads only when it is large enough to pay for a
// worker thread (64 MiB a thread); these tests use such sets where they mean to.

void test('many small files give the same digest on one thread, two, and more threads than batches', async () => {
  // Small files travel to worker threads in batches of up to 4 MiB or 256
  // files: these make batches of both kinds.
  const files: Record<string, Buffer> = {};
  const bytes = bulky(4 * MiB, 5);
  for (let index = 0; index < 280; index++) {
    const size = index < 20 ? 3.5 * MiB + index : index * 3;
    files[`shard-${index % 7}/part-${index}.bin`] = bytes.subarray(index, index + size);
  }
  const root = await model(files);
  const expected = coreutilsDigest(root);
  for (const workers of [1, 2, 3, 100]) {
    assert.equal((await digestOf(root, { workers })).digest, expected, `workers: ${workers}`);
  }
  assert.equal((await digestOf(root)).digest, expected, 'default workers');

  const few = await model({ 'a.bin': patterned(10, 1), 'b.bin': patterned(20, 2), 'c.bin': '' });
  assert.equal((await digestOf(few, { workers: 8 })).digest, coreutilsDigest(few));
});

void test('files larger than the 4 MiB read buffer, on this thread and on worker threads, with progress', async () => {
  const sizes = { 'big.bin': 64 * MiB + 123, 'exact.bin': 4 * MiB, 'small.bin': 1 };
  const root = await model({
    'big.bin': bulky(sizes['big.bin'], 7),
    'exact.bin': bulky(sizes['exact.bin'], 8),
    'small.bin': 'x',
  });
  const total = sizes['big.bin'] + sizes['exact.bin'] + sizes['small.bin'];
  const expected = coreutilsDigest(root);
  for (const workers of [1, 2]) {
    const calls: [number, number][] = [];
    const result = await digestOf(root, { workers, onProgress: (hashed, of) => calls.push([hashed, of]) });
    assert.equal(result.digest, expected, `workers: ${workers}`);
    assert.equal(result.size, total);
    assert.deepEqual(calls.at(-1), [total, total]);
    for (const [index, [hashed, of]] of calls.entries()) {
      assert.equal(of, total);
      assert.ok(hashed <= total && (index === 0 || hashed >= calls[index - 1][0]), `progress ${hashed}`);
    }
  }

  const single = await digestOf(join(root, 'big.bin'));
  assert.deepEqual(single.files, [
    { path: 'big.bin', size: sizes['big.bin'], sha256: sha256(bulky(sizes['big.bin'], 7)) },
  ]);
});

void test('worker threads start only for a large set, and even under --input-type=module; the process then exits', async () => {
  // Worker threads inherit the parent's flags unless told otherwise, and this
  // flag would turn their CommonJS source into an ES module. The child counts
  // the workers started, and must exit by itself (timeout otherwise).
  const large = await model({ 'a.bin': bulky(40 * MiB, 1), 'b.bin': bulky(40 * MiB, 2), 'c.bin': 'c' });
  const small = await model({ 'a.bin': patterned(100, 1), 'b.bin': patterned(200, 2), 'c.bin': 'c' });
  const script = `
    import module from 'node:module';
    import threads from 'node:worker_threads';
    let started = 0;
    threads.Worker = class extends threads.Worker {
      constructor(...args) { super(...args); started++; }
    };
    module.syncBuiltinESMExports();
    const { digestOf } = await import(process.argv[1]);
    const { digest } = await digestOf(process.argv[2], { workers: 2 });
    console.log(JSON.stringify({ digest, started }));`;
  for (const [root, workers] of [
    [large, 1],
    [small, 0],
  ] as const) {
    const printed = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', script, import.meta.resolve('@mlops-actions/digest'), root],
      { encoding: 'utf8', timeout: 30_000 },
    );
    assert.deepEqual(JSON.parse(printed), { digest: coreutilsDigest(root), started: workers });
  }
});

void test('digestOfEntries recomputes the digest from hashed files in any order', async () => {
  const root = await model({ 'b/c.bin': 'c', 'a.bin': 'a', ﬀ: 'ff', '𝔸': 'A' });
  const result = await digestOf(root);
  assert.equal(digestOfEntries([...result.files].reverse()), result.digest);
  assert.equal(digestOfEntries([]), `sha256:${EMPTY_SHA256}`);
  const line = `${sha256('x')}  1  x.bin\n`;
  assert.equal(digestOfEntries([{ path: 'x.bin', size: 1, sha256: sha256('x') }]), `sha256:${sha256(line)}`);
});

void test('digestOfFiles hashes only the named files, as if they were alone under the root', async () => {
  const contents = { 'a.bin': 'a', 'skip.bin': 'not named', 'c/d.bin': 'd', 'c/e.bin': 'e', 'f/g/h.bin': 'h' };
  const root = await model({ ...contents, '.git/HEAD': 'ref\n' });
  const subset = await model({ 'a.bin': 'a', 'c/e.bin': 'e', 'f/g/h.bin': 'h' });
  const result: FileSetDigest = await digestOfFiles(root, ['c/e.bin', './a.bin', 'f', 'f/g/h.bin', '.git/HEAD']);
  assert.equal(result.digest, coreutilsDigest(subset));
  assert.deepEqual(
    result.files.map((file) => file.path),
    ['a.bin', 'c/e.bin', 'f/g/h.bin'],
  );
  assert.equal(result.size, 3);
  assert.equal((await digestOfFiles(root, [])).digest, `sha256:${EMPTY_SHA256}`);
  assert.equal((await digestOfFiles(root, ['.'])).digest, coreutilsDigest(root));
  const absolute = await digestOfFiles(root, [join(root, 'a.bin'), join(root, 'c', 'e.bin'), join(root, 'f')]);
  assert.equal(absolute.digest, result.digest);
});

void test('digestOfFiles refuses a path outside the root, and a missing one', async () => {
  const root = await model({ 'a.bin': 'a' });
  assert.match(await userErrorOf(digestOfFiles(root, ['../elsewhere.bin'])), /'\.\.\/elsewhere\.bin' is outside/);
  assert.match(
    await userErrorOf(digestOfFiles(root, ['a.bin', 'dist/model.onnx'])),
    /dist\/model\.onnx' does not exist/,
  );
});

void test('a symbolic link inside the model is refused, naming it', async () => {
  const root = await model({ 'weights/real.bin': 'w', 'other/file.txt': 't' });
  await symlink('real.bin', join(root, 'weights', 'alias.bin'));
  const message = await userErrorOf(digestOf(root));
  assert.ok(message.includes(join(root, 'weights', 'alias.bin')), message);
  assert.match(message, /is a symbolic link; links are refused/);

  await rm(join(root, 'weights', 'alias.bin'));
  await symlink(join(root, 'other'), join(root, 'linked-dir'));
  assert.match(await userErrorOf(digestOf(root)), /linked-dir' is a symbolic link/);
  assert.match(await userErrorOf(digestOfFiles(root, ['linked-dir'])), /linked-dir' is a symbolic link/);
  assert.match(
    await userErrorOf(digestOfFiles(root, ['weights/real.bin', 'linked-dir/file.txt'])),
    /linked-dir\/file\.txt' is reached through a symbolic link/,
  );
});

void test('a root that is a link to a directory is followed: the user named it', async () => {
  const target = await model({ 'a.bin': 'a' });
  const parent = await folder();
  await symlink(target, join(parent, 'model'));
  assert.equal((await digestOf(join(parent, 'model'))).digest, coreutilsDigest(target));
});

void test('with a workspace, a root is followed only as far as the workspace, before anything is listed', async () => {
  const workspace = await model({ 'shared/model/a.bin': 'a', 'named.bin': 'n' });
  const outside = await model({ 'secret.bin': 's' });
  await symlink('shared/model', join(workspace, 'model'));
  await symlink(outside, join(workspace, 'linked-out'));
  await symlink(join(outside, 'secret.bin'), join(workspace, 'file-out.bin'));
  await symlink('/', join(workspace, 'root'));
  assert.equal(
    (await digestOf(join(workspace, 'model'), { workspace })).digest,
    coreutilsDigest(join(workspace, 'shared/model')),
  );
  for (const root of ['linked-out', 'file-out.bin', 'root', '../']) {
    const shown = join(workspace, root);
    const error = await userErrorOf(digestOf(shown, { workspace }));
    assert.equal(
      error,
      `'${shown}' resolves outside the workspace (symbolic links are followed); only files of the checkout are ` +
        'hashed. Give a path inside the workspace, or copy the files there first.',
    );
    assert.doesNotMatch(error, /secret/);
  }
  assert.match(
    await userErrorOf(digestOfFiles(join(workspace, 'linked-out'), ['secret.bin'], { workspace })),
    /linked-out' resolves outside the workspace/,
  );
  assert.equal((await digestOfFiles(workspace, ['named.bin'], { workspace })).files.length, 1);
});

void test('a named file whose name holds a line break is refused, as it is in a whole-root digest', async () => {
  const root = await model({ 'a.bin': 'a', 'x\n::error::injected\n.bin': 'x', 'd\nir/f.bin': 'f' });
  assert.match(
    await userErrorOf(digestOfFiles(root, ['a.bin', 'x\n::error::injected\n.bin'])),
    /contains a line break/,
  );
  assert.match(await userErrorOf(digestOfFiles(root, ['d\nir/f.bin'])), /contains a line break/);
});

void test('a path that does not exist is refused, naming it', async () => {
  const root = await folder();
  const missing = join(root, 'no-such-model');
  assert.match(await userErrorOf(digestOf(missing)), new RegExp(`'${missing}' does not exist`));
});

void test('a pipe inside the model, or as the root, is refused as not a regular file', async () => {
  const root = await model({ 'a.bin': 'a' });
  execFileSync('mkfifo', [join(root, 'queue')]);
  assert.match(await userErrorOf(digestOf(root)), /queue' is not a regular file/);
  assert.match(await userErrorOf(digestOf(join(root, 'queue'))), /queue' is neither a regular file nor a directory/);
});

void test('a file name with a line break is refused: it would split its digest line', async () => {
  const root = await model({ 'bad\nname.bin': 'x' });
  assert.match(await userErrorOf(digestOf(root)), /contains a line break; rename the file/);
});

/** Root reads and lists any file, so a permission check cannot fail for it: those tests run as any other user. */
const testAsNonRoot = process.getuid?.() === 0 ? test.skip : test;

void testAsNonRoot('an unreadable file is refused, naming it (skipped as root, which reads any file)', async () => {
  // With two threads, a.bin is hashed on this one and the rest on a worker.
  const root = await model({ 'a.bin': bulky(70 * MiB, 1), 'b.bin': patterned(100, 2), 'secret.bin': 's', c: '' });
  await chmod(join(root, 'secret.bin'), 0o000);
  try {
    assert.match(
      await userErrorOf(digestOf(root, { workers: 2 })),
      /secret\.bin' cannot be read \(permission denied\)/,
    );
    assert.match(await userErrorOf(digestOf(root, { workers: 1 })), /secret\.bin' cannot be read/);
  } finally {
    await chmod(join(root, 'secret.bin'), 0o600);
  }
});

void testAsNonRoot(
  'a directory that cannot be listed is refused, naming it (skipped as root, which lists any directory)',
  async () => {
    const root = await model({ 'locked/a.bin': 'a' });
    await chmod(join(root, 'locked'), 0o000);
    try {
      assert.match(await userErrorOf(digestOf(root)), /locked' cannot be read/);
    } finally {
      await chmod(join(root, 'locked'), 0o700);
    }
  },
);

void test('a file name that is not valid UTF-8 is refused', async () => {
  const root = await folder();
  await writeFile(Buffer.from(`${root}/caf\xe9.bin`, 'latin1'), 'x');
  assert.match(await userErrorOf(digestOf(root)), /is not valid UTF-8.*rename it/);
});
