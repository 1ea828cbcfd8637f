// What scripts/bundle.mjs does to ncc's output before writing dist/: the
// licences file beside each bundle, and undici kept off the start-up path
// (its evaluation deferred to first use, its code moved to undici.cjs).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * undici is about half of a bundle's start-up time, and at start-up only
 * @actions/core reaches it: core imports @actions/http-client for its OIDC
 * token, and http-client imports undici for a proxy agent. None of our actions
 * needs it on its common path. So the main chunk's binding of undici becomes
 * a proxy that evaluates the real module on first property access: the OIDC,
 * cache and GitHub paths get the real undici when they run, and a start that
 * never touches it never pays for it. The chunks loaded by dynamic import()
 * (@actions/cache, @actions/github) are left as they are: they are lazy already.
 *
 * webpack writes the binding as
 *   // EXTERNAL MODULE: ./node_modules/undici/index.js
 *   var undici = __nccwpck_require__(6752);
 * and uses it only as `undici.<export>`. When that shape changes (an ncc or
 * toolkit upgrade), the build fails here instead of silently starting slower.
 */
export function deferUndici(code, file) {
  const binding =
    /^(\/\/ EXTERNAL MODULE: \.\/node_modules\/undici\/index\.js\n)var (\w+) = __nccwpck_require__\((\d+)\);$/gm;
  let found = 0;
  const deferred = code.replace(binding, (_, comment, name, id, offset) => {
    found++;
    // The binding's scope: the rest of the module factory that declares it.
    const end = code.indexOf('\n/***/ })', offset);
    const scope = code.slice(offset, end === -1 ? undefined : end);
    const otherUses = scope.match(new RegExp(`(?<![./\\w$'"])${name}(?![./\\w$'"])`, 'g')) ?? [];
    // The declaration itself is the one use that is not a property access.
    if (otherUses.length !== 1) {
      throw new Error(`${file}: undici's binding '${name}' is used other than as ${name}.<export>.`);
    }
    return (
      `${comment}// Evaluated on first use, not at start-up (scripts/bundle-output.mjs).\n` +
      `var ${name} = new Proxy({}, { get: (_, key) => __nccwpck_require__(${id})[key] });`
    );
  });
  const modules = code.match(/^\/\/ EXTERNAL MODULE: \.\/node_modules\/undici\/index\.js$/gm)?.length ?? 0;
  if (found !== modules) {
    throw new Error(`${file}: ${modules - found} binding(s) of undici not in the shape deferUndici() expects.`);
  }
  return deferred;
}

/**
 * The third-party licences of every package bundled into any chunk, beside
 * the bundle as licenses.txt: name@version, the licence of its package.json,
 * then its licence file(s). Built from webpack's module list rather than ncc's
 * `license` option, which misses the packages whose ES modules webpack
 * concatenates (most of @azure/* and fast-xml-parser in the cache chunk) and,
 * with several chunks, keeps only the last chunk's list. This repository's own
 * packages are under its LICENSE.
 */
export async function licensesOf(stats) {
  const packageDirs = new Set();
  const visit = (module) => {
    const match = module.resource?.match(/^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (match) packageDirs.add(match[1]);
    for (const inner of module.modules ?? []) visit(inner);
  };
  for (const module of stats.compilation.modules) visit(module);
  const entries = [];
  for (const dir of packageDirs) {
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const license = typeof manifest.license === 'string' ? manifest.license : JSON.stringify(manifest.license ?? null);
    const files = (await readdir(dir)).filter((file) => /^(licen[cs]e|copying|notice)/i.test(file)).sort();
    const texts = await Promise.all(files.map(async (file) => (await readFile(join(dir, file), 'utf8')).trim()));
    const text =
      texts.length > 0 ? texts.join('\n\n') : '(no licence file in the package: its licence is the one named above)';
    entries.push({
      id: `${manifest.name}@${manifest.version}`,
      text: `${manifest.name}@${manifest.version}\n${license}\n${text}`,
    });
  }
  const unique = [...new Map(entries.map((entry) => [entry.id, entry])).values()];
  unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return unique.map((entry) => entry.text.replace(/\r\n/g, '\n')).join('\n\n\n') + '\n';
}

/**
 * Deferring undici's evaluation still leaves its code, about half of each
 * main chunk, for Node to parse at every start. So its modules leave the main
 * chunk: the module of undici's entry becomes a require of undici.cjs beside
 * the bundle (undici bundled alone, `undiciBundle()`), which Node reads only
 * when something first requires undici; its inner modules go. Returns the
 * main chunk's code; throws when a removed module is still referenced.
 */
export function splitOutUndici(code, chunks, stats, file) {
  const compilation = stats.compilation;
  const undiciDir = join(process.cwd(), 'node_modules', 'undici') + '/';
  const modules = [...compilation.modules].filter((module) => module.resource?.startsWith(undiciDir));
  const entry = modules.find((module) => module.resource === `${undiciDir}index.js`);
  if (!entry) return code;
  const entryId = compilation.chunkGraph.getModuleId(entry);
  // webpack shortens the names of exports that only this chunk's ES modules use (`ProxyAgent` -> `kT`):
  // the stand-in module offers the short names over the real module's exports.
  const aliases = [...compilation.moduleGraph.getExportsInfo(entry).orderedExports]
    .map((info) => [info.getUsedName(info.name, undefined), info.name])
    .filter(([used, name]) => used && used !== name)
    .map(([used, name]) => `${JSON.stringify(used)}: undici[${JSON.stringify(name)}]`);
  const exports = aliases.length === 0 ? 'undici' : `Object.assign({}, undici, { ${aliases.join(', ')} })`;
  const removed = new Set();
  let split = code;
  for (const module of modules) {
    const id = compilation.chunkGraph.getModuleId(module);
    const start = split.indexOf(`\n/***/ ${id}:\n`);
    const end = split.indexOf('\n/***/ }),\n', start);
    if (start === -1 || end === -1) throw new Error(`${file}: undici's module ${id} is not in the main chunk's shape.`);
    const replacement =
      id === entryId
        ? `\n/***/ ${id}:\n/***/ ((module) => {\n\n` +
          '// undici, bundled alone beside this file: read only when first required (scripts/bundle-output.mjs).\n' +
          'const undici = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./undici.cjs");\n' +
          `module.exports = ${exports};\n`
        : '';
    split = split.slice(0, start) + replacement + split.slice(id === entryId ? end : end + '\n/***/ }),'.length);
    if (id !== entryId) removed.add(id);
  }
  for (const [name, source] of [[file, split], ...chunks]) {
    for (const id of removed) {
      if (new RegExp(`(?:__nccwpck_require__|__webpack_require__)\\(${id}\\)|\\n/\\*\\*\\*/ ${id}:\\n`).test(source)) {
        throw new Error(`${name} still refers to undici's inner module ${id}: it cannot leave the main chunk.`);
      }
    }
  }
  return split;
}

/** undici alone, as the CommonJS file that splitOutUndici() points the bundles at. */
export async function undiciBundle(ncc) {
  const { code, assets } = await ncc(join(process.cwd(), 'node_modules', 'undici', 'index.js'), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  if (Object.keys(assets).length > 0)
    throw new Error(`undici bundled with assets (${Object.keys(assets)}): ship them too.`);
  return code;
}
