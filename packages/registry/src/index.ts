export {
  REGISTRY_NAME_PATTERN,
  isRegistryName,
  assertRegistryName,
  versionTagName,
  environmentTagName,
  assignmentOfTag,
} from './names.js';
export { type Git, type GitResult, type GitRunOptions } from './git.js';
export { RegistryError, ForeignTagError, RemoteTimeoutError, type RegistryErrorCode } from './errors.js';
export { retryOnConflict, backoff, type RetryOptions, type Attempt } from './conflicts.js';
export {
  MANIFEST_SCHEMA,
  DEPLOYMENT_SCHEMA,
  formatTagMessage,
  parseTagDocument,
  isOneLine,
  manifestFromTag,
  deploymentFromTag,
  type ModelManifest,
  type ManifestFile,
  type ManifestSource,
  type DeploymentRecord,
} from './records.js';
export {
  BUMPS,
  type Bump,
  VERSION_RULE,
  isRegistryVersion,
  parseRegistryVersion,
  compareVersions,
  nextVersion,
  assertExplicitVersion,
} from './semver.js';
export {
  Registry,
  BOT_IDENTITY,
  type ModelVersion,
  type EnvironmentTag,
  type Deployment,
  type TagPush,
  type RegistryLog,
  type RegistryOptions,
} from './registry.js';
export { registerVersion, type VersionRequest, type VersionRegistration } from './register.js';
