// Copies of the example projects for tests: the tests build, train and write
// reports in the copy, never in the source tree.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { basename, join } from 'node:path';
import { git, repoRoot, temporaryDirectory } from '@mlops-actions/action-testing';

/** What the examples' builds and tests write; never copied. */
const GENERATED = new Set(['model', 'reports', 'metrics.json', 'node_modules', '__pycache__', '.pytest_cache']);

export function exampleSource(name: 'tiny-lm-node' | 'tiny-lm-python'): string {
  return join(repoRoot, 'examples', name);
}

/** A fresh copy of an example project's sources in `into` (default: a new temporary folder). */
export async function copyExample(name: 'tiny-lm-node' | 'tiny-lm-python', into?: string): Promise<string> {
  const target = into ?? join(await temporaryDirectory(`${name}-`), name);
  await cp(exampleSource(name), target, { recursive: true, filter: (source) => !GENERATED.has(basename(source)) });
  return target;
}

/**
 * The environment for a command a test starts: without NODE_OPTIONS (Jest's
 * --experimental-vm-modules) and NODE_TEST_CONTEXT, which would change how a
 * nested `node --test` runs and reports.
 */
export function childEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.NODE_TEST_CONTEXT;
  delete env.NODE_OPTIONS;
  return env;
}

/**
 * A checkout of `remote`'s default branch as actions/checkout leaves it on a
 * fresh GitHub runner: shallow (fetch-depth 1), no tags. A full clone would
 * hide what only a shallow one does (a push to an empty remote is refused,
 * older commits and their tags are not there).
 */
export async function runnerCheckout(remote: string): Promise<string> {
  const root = await temporaryDirectory('runner-checkout-');
  const workspace = join(root, 'workspace');
  // file:// so that --depth applies (a plain path clones locally, in full).
  git(root, 'clone', '--quiet', '--depth=1', '--no-tags', `file://${remote}`, workspace);
  return workspace;
}

/**
 * `count` different ports the OS picks on 127.0.0.1, free when this returns:
 * what the example servers listen on in the tests, so that two runs at once
 * never meet. All are held open until each is picked, so none repeats.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolveServer, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolveServer(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolveClosed) => server.close(resolveClosed))));
  return ports;
}

/** One port the OS picks (see freePorts). */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1);
  return port;
}

/**
 * A copy of a workflow file whose fixed ports (`'18081'`, quoted as the file
 * writes them) are replaced by the ones given: on GitHub each job has a
 * machine of its own, here two runs of the suite may share one. `store`
 * replaces the value of its `MODEL_STORE:` line.
 */
export async function withPorts(
  workflow: string,
  ports: Record<number, number>,
  { store }: { store?: string } = {},
): Promise<string> {
  let text = await readFile(workflow, 'utf8');
  for (const [fixed, picked] of Object.entries(ports)) {
    const quoted = `'${fixed}'`;
    if (!text.includes(quoted)) throw new Error(`${workflow} has no port ${quoted}`);
    text = text.split(quoted).join(`'${picked}'`);
  }
  if (store !== undefined) {
    // ghcr.io, the store the file names, is out of reach here: the same line with a store that is not.
    const line = /^(\s*MODEL_STORE: ).*$/m;
    if (!line.test(text)) throw new Error(`${workflow} sets no MODEL_STORE`);
    text = text.replace(line, `$1${store}`);
  }
  const copy = join(await temporaryDirectory('workflow-'), basename(workflow));
  await writeFile(copy, text);
  return copy;
}

/** Runs a command in `cwd` and returns what it did. */
export function runIn(
  cwd: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: childEnvironment(env), encoding: 'utf8', timeout: 120_000 });
}

/** The output of a finished command, for an assertion message. */
export function outputOf(result: SpawnSyncReturns<string>): string {
  return `exit ${result.status}\n${result.stdout}\n${result.stderr}`;
}
