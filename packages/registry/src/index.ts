export { REGISTRY_NAME_PATTERN, assertRegistryName, versionTagName, environmentTagName } from './names.js';
export { createGit, type Git, type GitResult, type GitRunOptions } from './git.js';
export {
  MANIFEST_SCHEMA,
  DEPLOYMENT_SCHEMA,
  formatTagMessage,
  parseTagDocument,
  ForeignTagError,
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
  compareVersions,
  nextVersion,
  assertExplicitVersion,
} from './semver.js';
export {
  Registry,
  BOT_IDENTITY,
  PUSH_PERMISSION_HINT,
  type ModelVersion,
  type EnvironmentTag,
  type Deployment,
  type TagPush,
  type RetryOptions,
} from './registry.js';
export { registerVersion, type VersionRequest, type VersionRegistration } from './register.js';
