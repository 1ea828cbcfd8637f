export {
  digestOf,
  digestOfFiles,
  digestOfEntries,
  type DigestOptions,
  type FileDigest,
  type FileSetDigest,
} from './digest.js';
export { DigestError, type DigestErrorCode } from './errors.js';
export { listRoot, type FileSet, type ListedFile } from './file-set.js';
