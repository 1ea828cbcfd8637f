// Real parts for the deploy-env tests: a git remote with registered versions,
// and a model service on 127.0.0.1 that the deploy command reconfigures.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  coreutilsDigest,
  createGitFixture,
  git,
  runBundle,
  temporaryDirectory,
  writeTree,
  type BundleResult,
  type BundleRun,
} from '@mlops-actions/action-testing';
import { createGit, type CommandRunner, type ScriptOptions, type ScriptResult } from '@mlops-actions/action-kit';
import { DEPLOYMENT_SCHEMA, MANIFEST_SCHEMA, Registry, type ModelManifest } from '@mlops-actions/registry';
import { openTarget } from '@mlops-actions/model-store';
import { digestOf } from '@mlops-actions/digest';
import type { DeployDependencies } from '../src/deploy.js';
import type { DeploySettings } from '../src/inputs.js';

export const MODEL = 'tiny-lm';

/** Git as on a fresh runner: no global identity or config from this machine. */
export const FRESH_GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export interface RegisteredVersion {
  version: string;
  commit: string;
  digest: string;
}

/** A checkout whose remote is the registry, with versions registered the way version-model does. */
export class RegistryFixture {
  readonly registry: Registry;
  readonly versions = new Map<string, RegisteredVersion>();

  private constructor(
    readonly remote: string,
    readonly workspace: string,
  ) {
    this.registry = new Registry(createGit(workspace, { env: FRESH_GIT_ENV }));
  }

  static async create(): Promise<RegistryFixture> {
    const { remote, workspace } = await createGitFixture();
    return new RegistryFixture(remote, workspace);
  }

  /**
   * Commits `model/` with weights unique to `version`, pushes the commit and registers the version on it,
   * as a run on `ref` would (empty: registered outside a workflow).
   */
  async register(version: string, ref = 'refs/heads/main'): Promise<RegisteredVersion> {
    await writeTree(this.workspace, {
      'model/config.json': JSON.stringify({ layers: 2, version }),
      'model/weights.bin': `weights of ${version}\n`,
    });
    const identity = ['-c', 'user.name=Trainer', '-c', 'user.email=trainer@example.com'];
    git(this.workspace, 'add', 'model');
    git(this.workspace, ...identity, 'commit', '--quiet', '-m', `Train ${version}`);
    git(this.workspace, 'push', '--quiet', 'origin', 'main');
    const commit = git(this.workspace, 'rev-parse', 'HEAD');
    const digest = coreutilsDigest(join(this.workspace, 'model'));
    const manifest: ModelManifest = {
      schema: MANIFEST_SCHEMA,
      name: MODEL,
      version,
      digest,
      size: 0,
      files: [],
      source: { repository: 'octo-org/models', commit, ref, run_id: '1', run_url: '' },
      metrics: {},
      metadata: {},
      uri: '',
      created_at: new Date().toISOString(),
    };
    const pushed = await this.registry.pushVersion(manifest, commit);
    if (pushed !== 'pushed') throw new Error(`could not register ${version}: ${pushed}`);
    const registered = { version, commit, digest };
    this.versions.set(version, registered);
    return registered;
  }

  /**
   * Pushes a tag as anyone with push access could, not through the registry:
   * an annotated tag object written with `git mktag`, holding `message` as it
   * is (a title, a blank line, then any text), on `commit` (default: HEAD), or
   * a lightweight tag when `message` is undefined.
   */
  forge(tag: string, message: string | undefined, commit = git(this.workspace, 'rev-parse', 'HEAD')): void {
    let object = commit;
    if (message !== undefined) {
      const text = `object ${commit}\ntype commit\ntag ${tag}\ntagger Mallory <mallory@example.com> 1767225600 +0000\n\n${message}`;
      object = execFileSync('git', ['mktag'], { cwd: this.workspace, input: text, encoding: 'utf8' }).trim();
    }
    git(this.workspace, 'push', '--quiet', 'origin', `${object}:refs/tags/${tag}`);
  }

  /** Environment tags of the model in the remote, sorted by environment then `n`. */
  environmentTags(environment: string): string[] {
    const out = git(this.remote, 'tag', '--list', `${MODEL}#${environment}#*`);
    const tags = out === '' ? [] : out.split('\n');
    return tags.sort((a, b) => Number(a.split('#')[2]) - Number(b.split('#')[2]));
  }

  /** The record in an environment tag of the remote, read with plain git as a user would. */
  record(tag: string): Record<string, unknown> {
    const message = git(this.remote, 'tag', '--list', '--format=%(contents)', tag);
    const json = message.slice(message.indexOf('\n\n') + 2);
    const record = JSON.parse(json) as Record<string, unknown>;
    if (record['schema'] !== DEPLOYMENT_SCHEMA) throw new Error(`${tag} holds no deployment record`);
    return record;
  }

  /** The commit an environment tag of the remote points at. */
  commitOf(tag: string): string {
    return git(this.remote, 'rev-parse', `refs/tags/${tag}^{commit}`);
  }
}

/**
 * A model server on 127.0.0.1 as a deploy command would manage it: the
 * command writes the version to run into `dir/version` (and logs its
 * environment to `dir/calls`); the server serves that version on /health,
 * or fails for a version marked broken.
 */
export class ModelService {
  /** Versions that fail to load: their health check answers 500. */
  readonly broken = new Set<string>();

  private constructor(
    private readonly server: Server,
    readonly dir: string,
  ) {}

  static async start(): Promise<ModelService> {
    const dir = await temporaryDirectory('model-service-');
    const server = createServer();
    const service = new ModelService(server, dir);
    server.on('request', (_request, response) => {
      service
        .running()
        .then((version) => {
          if (version === '') {
            response.writeHead(503, { 'content-type': 'text/plain' });
            response.end('no model loaded\n');
          } else if (service.broken.has(version)) {
            // A body that tries to issue a workflow command: it must reach the log as plain text.
            response.writeHead(500, { 'content-type': 'text/plain' });
            response.end(`model ${version} failed to load: CUDA out of memory\n::error::injected by the service\n`);
          } else {
            response.writeHead(200, { 'content-type': 'application/json' });
            response.end(JSON.stringify({ status: 'ok', version }));
          }
        })
        .catch(() => response.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return service;
  }

  get healthUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/health`;
  }

  /** The version the service runs now; empty before the first deploy. */
  async running(): Promise<string> {
    return (await readFile(join(this.dir, 'version'), 'utf8').catch(() => '')).trim();
  }

  /** Each time the command ran: the MODEL_* and DEPLOY_* variables it received. */
  async calls(): Promise<Record<string, string>[]> {
    const text = await readFile(join(this.dir, 'calls'), 'utf8').catch(() => '');
    return text
      .split('---\n')
      .filter((block) => block.trim() !== '')
      .map((block) =>
        Object.fromEntries(
          block
            .trim()
            .split('\n')
            .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
        ),
      );
  }

  /** The whole environment of the command's last run, to check what it could see. */
  async lastEnvironment(): Promise<string> {
    return readFile(join(this.dir, 'environment'), 'utf8').catch(() => '');
  }

  async setRunning(version: string): Promise<void> {
    await writeFile(join(this.dir, 'version'), version);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * The deploy command of the tests: it logs what it received, then points the
 * service at the version (via SERVICE_DIR, given to the step's environment).
 * `exit` makes it fail for one version.
 */
export function deployCommand(options: { failFor?: string } = {}): string {
  const fail = options.failFor
    ? `if [ "$MODEL_VERSION" = "${options.failFor}" ]; then echo "cannot pull image for $MODEL_VERSION" >&2; exit 3; fi\n`
    : '';
  return (
    `{ echo '---'; env | grep -E '^(MODEL|DEPLOY)_' | sort; } >> "$SERVICE_DIR/calls"\n` +
    `env > "$SERVICE_DIR/environment"\n` +
    fail +
    `printf '%s' "$MODEL_VERSION" > "$SERVICE_DIR/version"\n` +
    `echo "serving $MODEL_NAME $MODEL_VERSION in $DEPLOY_ENVIRONMENT (rollback: $DEPLOY_ROLLBACK)"\n`
  );
}

/** The inputs of a two-phase or deactivate step that the runner passes with their action.yml defaults. */
export const RUNNER_DEFAULTS: Record<string, string> = {
  step: 'deploy',
  command: '',
  'deployment-id': '',
  'deploy-outcome': '',
  'is-rollback': 'false',
  transient: 'false',
};

/** The runner environment of a run on GitHub whose API is `github` (a fake). */
export function gitHubEnv(github: { url: string; repository: string }): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
  };
}

/**
 * Runs dist/deploy-env/index.js as the runner does, in a checkout of the registry,
 * with the test command pointed at `service`.
 */
export function deployTo(
  checkout: { workspace: string },
  service: ModelService,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  run: Pick<BundleRun, 'started'> = {},
): Promise<BundleResult> {
  return runBundle({
    ...run,
    action: 'deploy-env',
    cwd: checkout.workspace,
    inputs: { 'model-name': MODEL, command: deployCommand(), 'health-interval': '0.2', ...inputs },
    env: { ...FRESH_GIT_ENV, SERVICE_DIR: service.dir, ...env },
  });
}

/** Settings as readSettings gives them for a deploy of MODEL, without a health check or GitHub. */
export function deploySettings(overrides: Partial<DeploySettings>): DeploySettings {
  return {
    step: 'deploy',
    environment: 'production',
    modelName: MODEL,
    version: 'latest',
    command: './deploy.sh',
    deploymentId: '',
    deployOutcome: undefined,
    isRollback: false,
    transient: false,
    commandTimeoutMs: 1_800_000,
    path: '',
    requires: [],
    allowedRefs: ['refs/heads/*', 'refs/tags/*'],
    url: '',
    health: undefined,
    rollback: true,
    githubDeployment: false,
    token: '',
    storeUsername: '',
    storeToken: '',
    remote: 'origin',
    ...overrides,
  };
}

/** A deploy command runner that runs nothing: it keeps each call's environment and fails for chosen versions. */
export class FakeCommandRunner implements CommandRunner {
  readonly calls: Record<string, string>[] = [];
  /** Versions whose deploy command exits with 3. */
  readonly failFor = new Set<string>();

  script(_script: string, options: ScriptOptions): Promise<ScriptResult> {
    const env = options.env ?? {};
    this.calls.push(env);
    const exitCode = this.failFor.has(env['MODEL_VERSION'] ?? '') ? 3 : 0;
    return Promise.resolve({ exitCode, tail: '', durationMs: 1 });
  }

  tool(): never {
    throw new Error('deploy-env runs no tools through the command runner');
  }

  /** The MODEL_VERSION of each call, in order. */
  versions(): string[] {
    return this.calls.map((env) => env['MODEL_VERSION'] ?? '');
  }
}

/** Every ref of a repository and what it points at: to show that nothing was pushed. */
export function refsOf(repository: string): string {
  return git(repository, 'for-each-ref', '--format=%(refname) %(objectname)');
}

/** The model store of deploys in `workspace`: layouts relative to it, downloads beside it. */
export function modelStoreOf(
  workspace: string,
): Pick<DeployDependencies, 'modelsDirectory' | 'openStore' | 'digestOfDownload'> {
  const modelsDirectory = join(dirname(workspace), 'runner-temp', 'mlops-models');
  return {
    modelsDirectory,
    openStore: (location) => Promise.resolve(openTarget(location, { base: workspace })),
    digestOfDownload: (root) => digestOf(root, { workspace: modelsDirectory }),
  };
}

/** The command a team would write once the files come from the store: serve what MODEL_DIR holds. */
export const SERVE_MODEL_DIR =
  `{ echo '---'; env | grep -E '^(MODEL|DEPLOY)_' | sort; } >> "$SERVICE_DIR/calls"\n` +
  `sed -E 's/.*"version": *"([^"]*)".*/\\1/' "$MODEL_DIR/config.json" > "$SERVICE_DIR/version"\n`;

/** The files `version` trains: its own config and weights, and a tokenizer every version shares. */
export function modelFilesOf(version: string): Record<string, string | Buffer> {
  return {
    'model/config.json': JSON.stringify({ version, layers: 2 }),
    'model/weights.bin': Buffer.alloc(64 * 1024, version.length + Number(version.at(-1))),
    'model/tokenizer.json': '{"vocab": ["a", "b"]}\n',
  };
}

/**
 * Trains `version` (`files`, by default `modelFilesOf(version)`), commits it and registers it with the
 * version-model bundle, its files in `store` (extra inputs: the store's credentials). Gives the run.
 */
export async function registerStored(
  fixture: RegistryFixture,
  version: string,
  options: { store?: string; inputs?: Record<string, string>; files?: Record<string, string | Buffer> } = {},
): Promise<BundleResult> {
  await writeTree(fixture.workspace, options.files ?? modelFilesOf(version));
  const identity = ['-c', 'user.name=Trainer', '-c', 'user.email=trainer@example.com'];
  git(fixture.workspace, 'add', 'model');
  git(fixture.workspace, ...identity, 'commit', '--quiet', '-m', `Train ${version}`);
  git(fixture.workspace, 'push', '--quiet', 'origin', 'main');
  const result = await runBundle({
    action: 'version-model',
    cwd: fixture.workspace,
    inputs: {
      'model-name': MODEL,
      path: 'model',
      version,
      store: options.store ?? 'oci-layout:models',
      ...options.inputs,
    },
    env: { ...FRESH_GIT_ENV, GITHUB_REF: 'refs/heads/main' },
  });
  if (result.exitCode !== 0) throw new Error(`version-model failed for ${version}:\n${result.stdout}`);
  return result;
}
