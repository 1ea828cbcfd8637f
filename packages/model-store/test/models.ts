import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { digestOf } from '@mlops-actions/digest';
import type { ModelFiles, VersionInfo } from '@mlops-actions/model-store';

/** A model folder written from `{ path: contents }`, with its file-set digest. */
export async function modelOf(files: Record<string, string | Buffer>): Promise<ModelFiles> {
  const root = await temporaryDirectory('model-store-model-');
  await writeTree(root, files);
  return { root, fileSet: await digestOf(root) };
}

export function versionInfo(version = '0.1.0', overrides: Partial<VersionInfo> = {}): VersionInfo {
  return {
    name: 'tiny-lm',
    version,
    revision: '0123456789abcdef0123456789abcdef01234567',
    sourceUrl: 'https://github.com/acme/llm-twin',
    created: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** Every file below `root` with its bytes, by relative path: what a byte-for-byte comparison needs. */
export async function treeOf(root: string): Promise<Record<string, Buffer>> {
  const tree: Record<string, Buffer> = {};
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    tree[path.slice(root.length + 1)] = await readFile(path);
  }
  return tree;
}

/** The names in a folder, sorted (an array of this realm: Jest's deepEqual compares prototypes). */
export async function namesIn(folder: string): Promise<string[]> {
  return [...(await readdir(folder))].sort();
}

/** Bytes that differ at every offset (a chunk written twice or skipped changes them). */
export function patterned(size: number, seed: number): Buffer {
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
