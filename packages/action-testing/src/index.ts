export { runBundle, parseOutputFile, commandMessages, repoRoot, type BundleRun, type BundleResult } from './bundle.js';
export { temporaryDirectory, writeTree, coreutilsDigest } from './fs.js';
export { git, createGitFixture, cloneOf, tagsOf, type GitFixture } from './git.js';
