/**
 * Variables of the calling process that a fresh runner would not hand a
 * step (they belong to the runner or to a test run), or that would change
 * what a step does.
 */
const HOST_ONLY = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|NODE_TEST_CONTEXT$|NODE_OPTIONS$|NODE_V8_COVERAGE$)/;

/**
 * The machine's own environment as a runner hands it to a step: the set
 * variables of `environment` (default: this process's) but the host-only
 * ones. The runner's variables go on top of it.
 */
export function machineEnvironment(environment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(environment)) {
    if (value !== undefined && !HOST_ONLY.test(key)) env[key] = value;
  }
  return env;
}
