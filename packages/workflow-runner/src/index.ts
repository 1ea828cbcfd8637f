// Developer tooling: runs this repository's workflow files on this machine.
// Load it from the bundle (`@mlops-actions/workflow-runner` resolves to
// lib/bundle/index.js): GitHub's workflow parser does not load as plain ESM.
export { runWorkflow, type RunWorkflowOptions } from './runner.js';
export { PULL_REQUEST_ACTIONS, type PullRequestEvent } from './events.js';
export { loadWorkflow, parseWorkflowText } from './workflow-file.js';
export { WorkflowError, UnsupportedFeatureError } from './errors.js';
export { TerminalReporter, formatDuration, type Reporter, type TerminalOptions } from './reporter.js';
export type { JobConclusion, JobResult, StepConclusion, StepResult, WorkflowResult } from './results.js';
export type { Annotation, AnnotationLevel, LogEvent } from './workflow-commands.js';
export type { Job, Step, ValueTemplate, Workflow } from './model.js';
export { main } from './cli-main.js';
