// Bundles every action's compiled entry (actions/<name>/lib/src/index.js)
// into dist/<name>/ with ncc. `tsc -b` has already type-checked and emitted.
// Beside each bundle: its chunks, undici.cjs and licenses.txt (see
// bundle-output.mjs).
import { readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { deferUndici, licensesOf, splitOutUndici, undiciBundle } from './bundle-output.mjs';

const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const only = process.argv.slice(2);
let undiciCode;

const actions = (await readdir('actions', { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join('actions', entry.name, 'action.yml')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name));

for (const name of actions) {
  const entry = join('actions', name, 'lib', 'src', 'index.js');
  const { code, assets, stats } = await ncc(join(process.cwd(), entry), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  const out = join('dist', name);
  await rm(out, { recursive: true, force: true });
  const file = `dist/${name}/index.js`;
  const chunks = Object.entries(assets)
    .filter(([chunk]) => chunk.endsWith('.js'))
    .map(([chunk, asset]) => [chunk, String(asset.source)]);
  const main = splitOutUndici(deferUndici(code, file), chunks, stats, file);
  const undici = main.includes('"./undici.cjs"')
    ? { 'undici.cjs': { source: (undiciCode ??= await undiciBundle(ncc)) } }
    : {};
  await writeAll(out, {
    'index.js': { source: main },
    'licenses.txt': { source: await licensesOf(stats) },
    ...undici,
    ...assets,
  });
  console.log(`dist/${name}/index.js  ${(Buffer.byteLength(main) / 1024).toFixed(0)} KiB`);
}

// The local workflow runner (developer tooling, not an action) is bundled too:
// GitHub's workflow parser imports JSON without import attributes, which plain
// Node ESM refuses. lib/bundle/ is ignored by git; cli.js is its command line.
if (only.length === 0 || only.includes('workflow-runner')) {
  const root = join('packages', 'workflow-runner');
  const { code, assets } = await ncc(join(process.cwd(), root, 'lib', 'src', 'index.js'), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  const out = join(root, 'lib', 'bundle');
  await rm(out, { recursive: true, force: true });
  const cli =
    "#!/usr/bin/env node\nimport { main } from './index.js';\n\nprocess.exitCode = await main(process.argv.slice(2));\n";
  await writeAll(out, { 'index.js': { source: code }, 'cli.js': { source: cli }, ...assets });
  console.log(`${out}/index.js  ${(Buffer.byteLength(code) / 1024).toFixed(0)} KiB`);
}

async function writeAll(dir, files) {
  const { mkdir } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  for (const [file, asset] of Object.entries(files)) {
    const target = join(dir, file);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, asset.source);
  }
}
