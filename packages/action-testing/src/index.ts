export { runBundle, repoRoot, type BundleRun, type BundleResult } from './bundle.js';
export {
  temporaryDirectory,
  removeAfterTests,
  stopAfterTests,
  writeTree,
  coreutilsDigest,
  type SymbolicLink,
  type TreeEntry,
} from './fs.js';
export { HungServer } from './hung-server.js';
export { CacheService, type CacheEntry, type CacheRequest } from './cache-service.js';
export {
  git,
  createGitFixture,
  cloneOf,
  tagMessagesOf,
  tagsOf,
  type GitFixture,
  type GitFixtureOptions,
} from './git.js';
export { injectedCommands, placesHolding, plantCanary, type Canary } from './hostile.js';
export {
  activeCommands,
  activeCommandsOf,
  RUNNER_LINE_BREAK,
  commandMessages,
  errorAnnotations,
  parseCommand,
  CommandScanner,
  type Annotation,
  type CommandLine,
  type WorkflowCommand,
} from './workflow-commands.js';
export { FileCommandError, parseKeyValueFile, parsePathFile } from './file-commands.js';
export { machineEnvironment } from './step-environment.js';
export { RecordingLogger, type LogEntry, type LogLevel } from './recording-logger.js';
export {
  startRegistry,
  ensureInstalled,
  type OciRegistry,
  type RegistryAuth,
  type TokenRequest,
} from './oci-registry.js';
export { modelPackConfigProblems } from './modelpack.js';
export { FaultProxy, type Fault, type ProxiedRequest } from './fault-proxy.js';
