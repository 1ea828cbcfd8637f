// Runs every compiled test file (packages/*/lib/test, actions/*/lib/test)
// and the tooling tests (scripts/*.test.mjs)
// with node's test runner. `npm test` builds first, so dist/ is current.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const filter = process.argv.slice(2);
const files = [];
for (const group of ['packages', 'actions']) {
  for (const name of readdirSync(group)) {
    const dir = join(group, name, 'lib', 'test');
    if (existsSync(dir)) collect(dir);
  }
}
function collect(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) collect(path);
    else if (entry.endsWith('.test.js') && (filter.length === 0 || filter.some((f) => path.includes(f))))
      files.push(path);
  }
}
for (const entry of readdirSync('scripts')) {
  const path = join('scripts', entry);
  if (entry.endsWith('.test.mjs') && (filter.length === 0 || filter.some((f) => path.includes(f)))) files.push(path);
}
files.sort();
if (files.length === 0) {
  console.error('No test files found: run `npm run build` first.');
  process.exit(1);
}
// `npm test` hands its children npm_config_* variables (the npm cache, the
// user config); a runner does not, and they would override the settings of
// the projects the tests build.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
