export {
  digestOf,
  digestOfFiles,
  digestOfEntries,
  type DigestOptions,
  type FileDigest,
  type FileSetDigest,
} from './digest.js';
