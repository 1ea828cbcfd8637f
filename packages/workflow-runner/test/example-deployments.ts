// What a user looks at after the example workflows deployed: the records in
// the registry's bare remote, the version an inference server reports, the
// steps of a run. Shared by the workflow tests of cd.yml, cd-compose.yml and
// preview.yml.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join } from 'node:path';
import { git, repoRoot, tagsOf } from '@mlops-actions/action-testing';
import type { Reporter, RunWorkflowOptions, StepResult, WorkflowResult } from '../src/index.js';
import { runIn, runnerCheckout } from './example-projects.js';
import type { loadRunner } from './runner-bundle.js';

/** The store the example workflows use in the tests instead of ghcr.io: an image-layout folder in the workspace. */
export const STORE_FOLDER = '.model-store';

/**
 * Runs a workflow as GitHub would start it: on a fresh shallow checkout of
 * `remote`, with the model store the runs before left (kept in `keptStore`
 * between runs, as ghcr.io keeps it).
 */
export async function runOnFreshCheckout(
  runner: Awaited<ReturnType<typeof loadRunner>>,
  remote: string,
  keptStore: string,
  {
    afterStep,
    ...options
  }: Omit<RunWorkflowOptions, 'workspace' | 'log' | 'reporter'> & {
    /** Called as each step ends, before the next one starts: to look at the world mid-run. */
    afterStep?: (step: StepResult) => void;
  },
): Promise<{ result: WorkflowResult; log: string; workspace: string }> {
  const workspace = await runnerCheckout(remote);
  const store = join(workspace, STORE_FOLDER);
  if (existsSync(keptStore)) await cp(keptStore, store, { recursive: true });
  const lines: string[] = [];
  const terminal = new runner.TerminalReporter((line) => lines.push(line));
  const reporter = afterStep ? watchingSteps(terminal, afterStep) : terminal;
  const result = await runner.runWorkflow({ ...options, workspace, reporter });
  if (existsSync(store)) {
    await rm(keptStore, { recursive: true, force: true });
    await cp(store, keptStore, { recursive: true });
  }
  return { result, log: lines.join('\n'), workspace };
}

/** `reporter`, which also calls `afterStep` once it has shown a finished step. */
function watchingSteps(reporter: Reporter, afterStep: (step: StepResult) => void): Reporter {
  return new Proxy(reporter, {
    get(target, name) {
      if (name === 'stepFinished') {
        return (step: StepResult) => {
          target.stepFinished(step);
          afterStep(step);
        };
      }
      const value: unknown = Reflect.get(target, name);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * Makes the next model of the tiny-lm project in `project` a broken release:
 * its server starts but answers /health with 503 (`serve.simulate_failure`).
 */
export async function serveWithSimulatedFailure(project: string): Promise<void> {
  const settingsFile = join(project, 'tiny-lm.json');
  const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as { serve: { simulate_failure: boolean } };
  settings.serve.simulate_failure = true;
  await writeFile(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
}

/** A deployment record (an environment tag's JSON), as far as the tests read it. */
export interface DeploymentRecord {
  version: string;
  environment: string;
  rollback: boolean;
}

/** The JSON document of an annotated tag's message in `remote` (below its title line). */
function tagDocument<T>(remote: string, tag: string): T {
  const message = git(remote, 'tag', '-l', '--format=%(contents)', tag);
  return JSON.parse(message.slice(message.indexOf('{'))) as T;
}

/** The manifest the version tag records in the remote. */
export function manifestOf(remote: string, tag: string): { uri: string; files: { path: string; size: number }[] } {
  return tagDocument(remote, tag);
}

/** The environment tags of a model and environment in the remote (`<model>#<environment>#<n>`), oldest first. */
export function environmentTags(remote: string, model: string, environment: string): string[] {
  return tagsOf(remote)
    .filter((tag) => tag.startsWith(`${model}#${environment}#`))
    .sort((a, b) => Number(a.split('#')[2]) - Number(b.split('#')[2]));
}

/** The record of the newest environment tag in the remote: the version running there. */
export function runningIn(remote: string, model: string, environment: string): DeploymentRecord {
  const tag = environmentTags(remote, model, environment).at(-1);
  assert.ok(tag, `${remote} records no deployment of ${model} to ${environment}`);
  return tagDocument<DeploymentRecord>(remote, tag);
}

/** The version the server on `port` reports on /health, and the status it answers with. */
export function servedVersion(port: number): Promise<{ status: number; version?: string }> {
  return new Promise((resolveHealth, reject) => {
    const request = get({ host: '127.0.0.1', port, path: '/health', agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolveHealth({
          status: response.statusCode ?? 0,
          version: (JSON.parse(body) as { model_version?: string }).model_version,
        }),
      );
    });
    request.on('error', reject);
  });
}

/** What GitHub's runner does at the end of a job: the servers an example's deploy.sh started under `deployRoot` are stopped. */
export function stopServers(deployRoot: string, example: 'tiny-lm-node' | 'tiny-lm-python' = 'tiny-lm-node'): void {
  runIn(join(repoRoot, 'examples', example), 'bash', ['undeploy.sh'], { TINY_LM_DEPLOY_ROOT: deployRoot });
}

/** Commits everything in a developer's clone and pushes it to main. */
export function commitAndPush(clone: string, message: string): void {
  git(clone, 'add', '-A');
  git(clone, '-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', 'commit', '-q', '-m', message);
  git(clone, 'push', '-q', 'origin', 'HEAD:main');
}

/** The step of a job by its id. */
export function stepOf(result: WorkflowResult, job: string, id: string): StepResult {
  const found = result.jobs[job].steps.find((candidate) => candidate.id === id);
  assert.ok(found, `job ${job} has no step ${id}`);
  return found;
}

/** Every input the workflow sets is one the actions declare: GitHub only warns about the others. */
export function assertNoUnexpectedInputs(result: WorkflowResult): void {
  const unexpected = Object.values(result.jobs).flatMap((job) =>
    job.steps.flatMap((step) =>
      step.annotations.filter((annotation) => annotation.message.startsWith('Unexpected input')),
    ),
  );
  assert.deepEqual(unexpected, []);
}
