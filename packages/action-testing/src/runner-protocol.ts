// What a step and GitHub's runner say to each other, read the way the runner
// reads it: workflow commands on stdout, file commands, the machine's
// environment. The local workflow runner imports this entry
// (`@mlops-actions/action-testing/runner-protocol`); it pulls in nothing else
// of the test tooling.
export { CommandScanner, parseCommand, type CommandLine, type WorkflowCommand } from './workflow-commands.js';
export { FileCommandError, parseKeyValueFile, parsePathFile } from './file-commands.js';
export { machineEnvironment } from './step-environment.js';
