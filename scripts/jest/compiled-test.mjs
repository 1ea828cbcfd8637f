// Jest runs the JS that tsc emits, not the TypeScript: a test file's source
// path stands for its compiled file (<package>/test/a.test.ts runs
// <package>/lib/test/a.test.js). So `npx jest <source path>` works, and the
// JUnit report names the files people edit.
import { pathToFileURL } from 'node:url';

/** `<package>/test/sub/a.test.ts` → `<package>/lib/test/sub/a.test.js`. */
export function compiledPath(source) {
  const compiled = source.replace(/^(.*\/(?:packages|actions)\/[^/]+)\/test\/(.*)\.ts$/, '$1/lib/test/$2.js');
  if (compiled === source) throw new Error(`${source} is not a test source of a package or action`);
  return compiled;
}

export default {
  process(_source, path) {
    return { code: `import ${JSON.stringify(pathToFileURL(compiledPath(path)).href)};\n` };
  },
};
