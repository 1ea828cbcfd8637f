// The model store: the files of each registered version, as one ModelPack
// artifact in an OCI registry or an OCI image-layout folder (DESIGN, "The
// model store (OCI)"). Plain package: no import of action-kit or @actions/*.
export const MODEL_MANIFEST_ARTIFACT_TYPE = 'application/vnd.cncf.model.manifest.v1+json';
export type { Descriptor, OciTarget, ProgressListener } from './target.js';
export { RegistryTarget, type RegistryTargetOptions } from './registry/registry-target.js';
export type { Credentials } from './registry/session.js';
export { StoreHttpError, type StoreHttpErrorCode } from './registry/errors.js';
export { parseRegistryLocation, type RegistryLocation } from './registry/location.js';
