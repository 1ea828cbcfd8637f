export { UserError, isUserError, messageOf } from './errors.js';
export { explainError, isPackageError, PUSH_PERMISSION_HINT } from './package-errors.js';
export { createGit, GIT_TIMEOUT_MS, type GitCli, type GitCallResult, type GitOptions } from './git.js';
export {
  Inputs,
  runnerInputs,
  workspaceDirectory,
  parseList,
  parseCommaList,
  quote,
  type InputSource,
} from './inputs.js';
export {
  actionsCommandRunner,
  environmentWith,
  OutputTail,
  type CommandRunner,
  type ScriptOptions,
  type ScriptResult,
  type ToolOptions,
  type ToolResult,
} from './commands.js';
export {
  BoundedSummary,
  STEP_SUMMARY_LIMIT,
  cell,
  code,
  formatBytes,
  formatDuration,
  inertMarkdown,
  mermaidText,
  type LiveCell,
} from './summary.js';
export {
  actionsLogger,
  holdsWorkflowCommand,
  maskSecret,
  printInert,
  type Logger,
  type AnnotationPlace,
} from './logger.js';
export { byteProgress } from './progress.js';
export { findFiles, pathExists, type FindFilesOptions } from './files.js';
export { timeLimitMs, workflowRunUrl } from './runner-context.js';
export { OutputFileError, runAction, setOutputs, writeSummary } from './run.js';
