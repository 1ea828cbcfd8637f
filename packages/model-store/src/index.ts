// The model store: the files of each registered version, as one ModelPack
// artifact in an OCI registry or an OCI image-layout folder (DESIGN, "The
// model store (OCI)"). Plain package: no import of action-kit or @actions/*.
export {
  buildModelArtifact,
  readModelConfig,
  readModelManifest,
  layerMediaType,
  FILE_SET_DIGEST_ANNOTATION,
  FILEPATH_ANNOTATION,
  IMAGE_MANIFEST_MEDIA_TYPE,
  LAYER_MEDIA_TYPES,
  MODEL_CONFIG_MEDIA_TYPE,
  MODEL_MANIFEST_ARTIFACT_TYPE,
  type ModelArtifact,
  type ModelManifest,
  type StoredFile,
  type VersionInfo,
} from './artifact.js';
export { isSha256Digest } from './blob.js';
export { ModelStoreError, type ModelStoreErrorCode } from './errors.js';
export { OciLayoutTarget, REF_NAME_ANNOTATION, type LayoutOptions } from './layout.js';
export {
  pullVersion,
  pushVersion,
  tagVersion,
  versionTag,
  type ModelFiles,
  type PulledVersion,
  type PushedVersion,
  type TransferOptions,
} from './store.js';
export {
  modelLocation,
  parseStoreUri,
  storeUri,
  type LayoutLocation,
  type RegistryLocation,
  type StoreLocation,
} from './store-uri.js';
export type { Descriptor, OciTarget, ProgressListener } from './target.js';
export { openTarget, type StoreAccess } from './open.js';
export { RegistryTarget, type RegistryTargetOptions } from './registry/registry-target.js';
export type { Credentials } from './registry/session.js';
export { StoreHttpError, type StoreHttpErrorCode } from './registry/errors.js';
export { registryEndpoint, type RegistryEndpoint } from './registry/location.js';
