// Each workspace package declares what it imports, so that its package.json
// says what it needs (and `registry`, `digest`, `junit`, `gate`, `paths` stay plain:
// no run-time import of action-kit or @actions/*).
import { test } from '@jest/globals';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Static imports and re-exports (group 1: `type` when type-only), side-effect imports, dynamic imports. */
const STATIC = /^\s*(?:import|export)(\s+type\b)?[^'"();=]*?\bfrom\s+'([^']+)'/gm;
const BARE = /^\s*import\s+()'([^']+)'/gm;
const DYNAMIC = /\bimport\(()\s*'([^']+)'\s*\)/g;

function sourceFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Bare imports of the files in `dirs`: package name → whether every import of it is type-only. */
function importsOf(root, dirs) {
  const found = new Map();
  for (const file of dirs.flatMap((dir) => sourceFiles(join(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const [, typeOnly, specifier] of [STATIC, BARE, DYNAMIC].flatMap((pattern) => [...text.matchAll(pattern)])) {
      if (specifier.startsWith('node:') || specifier.startsWith('.')) continue;
      const parts = specifier.split('/');
      const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
      found.set(name, (found.get(name) ?? true) && Boolean(typeOnly));
    }
  }
  return found;
}

/** The test framework is the repository's (root package.json), not each package's. */
const TEST_FRAMEWORK = new Set(['@jest/globals']);

const packages = readdirSync('packages').filter((name) => statSync(join('packages', name)).isDirectory());

for (const name of packages) {
  const root = join('packages', name);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dependencies = Object.keys(manifest.dependencies ?? {});
  const all = [...dependencies, ...Object.keys(manifest.devDependencies ?? {})];
  // A package consumed as a bundle (workflow-runner) needs its imports only to build it.
  const bundled = /\/bundle\//.test(manifest.exports?.['.']?.default ?? '');

  test(`packages/${name} declares every package it imports`, () => {
    // Its own name resolves to itself; a type-only import needs its types at build time, a dev dependency.
    const missing = [];
    for (const [imported, typeOnly] of importsOf(root, ['src'])) {
      if (imported === manifest.name) continue;
      if (!(typeOnly || bundled ? all : dependencies).includes(imported)) missing.push(`${imported} (src)`);
    }
    for (const [imported] of importsOf(root, ['test', 'testing'])) {
      if (imported === manifest.name || TEST_FRAMEWORK.has(imported)) continue;
      if (!all.includes(imported)) missing.push(`${imported} (tests)`);
    }
    assert.deepEqual(missing, []);
  });
}

test('registry, digest, junit, gate, paths and model-store import nothing from action-kit or @actions/* at run time', () => {
  for (const name of ['registry', 'digest', 'junit', 'gate', 'paths', 'model-store']) {
    const runTime = [...importsOf(join('packages', name), ['src'])]
      .filter(([imported, typeOnly]) => !typeOnly && /^@actions\/|^@mlops-actions\/action-kit$/.test(imported))
      .map(([imported]) => imported);
    assert.deepEqual(runTime, [], `packages/${name}`);
  }
});
