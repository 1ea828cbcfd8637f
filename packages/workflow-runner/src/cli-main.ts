import { USAGE, parseArguments } from './cli-arguments.js';
import { WorkflowError } from './errors.js';
import { runWorkflow } from './runner.js';

/**
 * The command line: runs one workflow file and returns the exit code (0 when
 * every job that ran succeeded). Ctrl-C stops the running step.
 */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArguments(argv);
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const token = args.tokenFrom === undefined ? undefined : process.env[args.tokenFrom];
    if (args.tokenFrom !== undefined && !token)
      throw new WorkflowError(`--token-from ${args.tokenFrom}: the environment has no ${args.tokenFrom}`);
    const controller = new AbortController();
    const cancel = (): void => controller.abort();
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
    try {
      const result = await runWorkflow({
        workflow: args.workflow as string,
        workspace: args.workspace,
        event: args.event,
        pullRequest: args.pullRequest,
        githubStandIn: args.githubStandIn,
        jobs: args.jobs,
        env: args.env,
        secrets: args.secrets,
        vars: args.vars,
        inputs: args.inputs,
        token,
        repository: args.repository,
        sha: args.sha,
        ref: args.ref,
        verbose: args.verbose,
        keepTemp: args.keepTemp,
        color: args.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR),
        signal: controller.signal,
      });
      return result.conclusion === 'success' ? 0 : 1;
    } finally {
      process.removeListener('SIGINT', cancel);
      process.removeListener('SIGTERM', cancel);
    }
  } catch (error) {
    if (error instanceof WorkflowError) {
      process.stderr.write(`workflow-runner: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
