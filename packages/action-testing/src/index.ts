export { runBundle, parseOutputFile, repoRoot, type BundleRun, type BundleResult } from './bundle.js';
export { temporaryDirectory, removeAfterTests, writeTree, coreutilsDigest } from './fs.js';
export { git, createGitFixture, cloneOf, tagsOf, type GitFixture } from './git.js';
export {
  activeCommands,
  commandMessages,
  errorAnnotations,
  parseCommand,
  type Annotation,
  type WorkflowCommand,
} from './workflow-commands.js';
export { RecordingLogger, type LogEntry, type LogLevel } from './recording-logger.js';
