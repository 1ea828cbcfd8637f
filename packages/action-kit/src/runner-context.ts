/**
 * The page of this workflow run, attempt included (a re-run is its own
 * attempt, with its own logs), from the runner's `GITHUB_*` variables; empty
 * outside GitHub, where there is no run to link to.
 */
export function workflowRunUrl(env: NodeJS.ProcessEnv = process.env): string {
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  if (!repository || !runId) return '';
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const attempt = Number(env['GITHUB_RUN_ATTEMPT'] ?? '1');
  return `${server}/${repository}/actions/runs/${runId}${attempt > 1 ? `/attempts/${attempt}` : ''}`;
}

/**
 * A time limit in milliseconds: DESIGN's `fallbackMs`, unless `env[name]`
 * holds a positive number of milliseconds. The limits are fixed for users;
 * the variables exist so that tests of a hung remote or API take seconds.
 */
export function timeLimitMs(name: string, fallbackMs: number, env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env[name]);
  return env[name] && Number.isFinite(value) && value > 0 ? value : fallbackMs;
}
