// The model CD workflows users copy (examples/workflows/cd.yml for the Node
// example, cd-python.yml for the Python one), set up to run end to end through
// the local runner against a local bare remote that holds the example. As on
// GitHub, each run starts on a fresh machine: a shallow checkout (what
// actions/checkout gives), nothing deployed from before, and the servers a run
// started are stopped when it ends. Only the model store outlives a run, as
// ghcr.io would: an image-layout folder in place of the registry. A release is
// built, registered with its files in the store, then deployed from the store
// to staging and production; a release that fails its health check in staging
// is rolled back (the files of the version before downloaded again) and never
// reaches production. Both workflows must tell that same story.
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createGitFixture, repoRoot, tagsOf, temporaryDirectory } from '@mlops-actions/action-testing';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import type { WorkflowResult } from '../src/index.js';
import {
  assertNoUnexpectedInputs,
  commitAndPush as commitToMain,
  manifestOf,
  runOnFreshCheckout,
  runningIn,
  servedVersion,
  serveWithSimulatedFailure,
  STORE_FOLDER,
  stepOf,
  stopServers as stopServersIn,
} from './example-deployments.js';
import { copyExample, freePorts, withPorts } from './example-projects.js';
import { loadRunner } from './runner-bundle.js';

type Environment = 'staging' | 'production';

/** A CD workflow over its example project, ready once Jest's `beforeAll` ran. */
interface CdPipeline {
  /** The port of each environment's server (DEPLOY_PORT), picked by the OS. */
  readonly ports: Record<Environment, number>;
  /** GitHub's API for every run (the REST stand-in): what the runs made there outlives them, as on GitHub. */
  readonly github: () => FakeGitHubApi;
  /**
   * Runs the workflow as a push to main, on a fresh checkout and with nothing
   * deployed on this machine yet; the model store is what the runs before
   * left in it.
   */
  run(): Promise<{ result: WorkflowResult; log: string; deployRoot: string }>;
  /** Makes the example serve with a failing health check (`serve.simulate_failure` in tiny-lm.json), pushed to main. */
  pushSimulatedFailure(): Promise<void>;
  /** What GitHub's runner does at the end of a job: the processes it started are gone. */
  stopServers(deployRoot: string): void;
  /** The tags in the remote. */
  tags(): string[];
  /** The manifest the version tag records in the remote. */
  manifestOf(tag: string): { uri: string; files: { path: string; size: number }[] };
  /** The deployment record of the newest environment tag in the remote (the version running there). */
  runningIn(environment: Environment): { version: string; rollback: boolean };
  /** The version the server of an environment reports on /health. */
  servedVersion(environment: Environment): Promise<{ status: number; version?: string }>;
}

/**
 * Registers the Jest hooks that set up `examples/workflows/<file>` over a
 * copy of `example` in a bare remote (with its own ports and a layout store),
 * and stop every server its runs started.
 */
function cdPipeline(file: string, example: 'tiny-lm-node' | 'tiny-lm-python'): CdPipeline {
  const ports: Record<Environment, number> = { staging: 0, production: 0 };
  /** The workflow with those ports instead of its own 18081 and 18082, and that store. */
  let workflow: string;
  /** Where the store is kept between runs (each run has a fresh checkout). */
  let keptStore: string;
  let remote: string;
  /** The developer's clone, where changes are committed and pushed. */
  let development: string;
  /** Each run's deploy root, so that every server started can be stopped. */
  const deployRoots: string[] = [];
  let runner: Awaited<ReturnType<typeof loadRunner>>;
  let github: FakeGitHubApi;

  const commitAndPush = (message: string) => commitToMain(development, message);
  const stopServers = (deployRoot: string) => stopServersIn(deployRoot, example);

  beforeAll(async () => {
    runner = await loadRunner();
    github = await FakeGitHubApi.start({ repository: 'octo-org/models' });
    [ports.staging, ports.production] = await freePorts(2);
    workflow = await withPorts(
      join(repoRoot, 'examples', 'workflows', file),
      { 18081: ports.staging, 18082: ports.production },
      { store: `oci-layout:${STORE_FOLDER}` },
    );
    keptStore = join(await temporaryDirectory('model-store-'), 'store');
    ({ remote, workspace: development } = await createGitFixture());
    await copyExample(example, join(development, 'examples', example));
    commitAndPush(`Add the ${example} example`);
  });
  afterAll(async () => {
    for (const deployRoot of deployRoots) stopServers(deployRoot);
    await github?.close();
  });

  return {
    ports,
    github: () => github,
    stopServers,
    async run() {
      const deployRoot = await temporaryDirectory('tiny-lm-deployments-');
      deployRoots.push(deployRoot);
      const { result, log } = await runOnFreshCheckout(runner, remote, keptStore, {
        workflow,
        event: 'push',
        env: {
          TINY_LM_DEPLOY_ROOT: deployRoot,
          // The runner's Python is this machine's (setup-python is a no-op locally); Debian's is "externally
          // managed" (PEP 668) and refuses any `pip install`, even of a pytest it already has from python3-pytest.
          // With pytest installed, pip changes nothing.
          PIP_BREAK_SYSTEM_PACKAGES: '1',
        },
        githubStandIn: github,
      });
      return { result, log, deployRoot };
    },
    async pushSimulatedFailure() {
      await serveWithSimulatedFailure(join(development, 'examples', example));
      commitAndPush('Serve with a simulated failure');
    },
    tags: () => tagsOf(remote),
    manifestOf: (tag) => manifestOf(remote, tag),
    runningIn: (environment) => runningIn(remote, 'tiny-lm', environment),
    servedVersion: (environment) => servedVersion(ports[environment]),
  };
}

/**
 * The tests of a CD workflow: `examples/workflows/<file>` over `example`,
 * whose jobs set up their language with `setupStep` (`actions/setup-node@v5`).
 */
export function describeCdWorkflow(file: string, example: 'tiny-lm-node' | 'tiny-lm-python', setupStep: string): void {
  const cd = cdPipeline(file, example);

  describe(`examples/workflows/${file}`, () => {
    test('a release is built read-only, stored and registered, then deployed from the store to staging and production', async () => {
      const { result, log, deployRoot } = await cd.run();
      assert.equal(result.conclusion, 'success', log);
      assertNoUnexpectedInputs(result);
      // The build job hands on the model and its metrics, nothing else.
      assert.match(log, /uploaded 4 files \(\d+ bytes\) as artifact 'model'/);
      assert.deepEqual(result.jobs.register.outputs.version, '0.0.1');
      assert.deepEqual(result.jobs.register.outputs.tag, 'tiny-lm@v0.0.1');
      const storeUri = result.jobs.register.outputs['store-uri'];
      assert.match(storeUri, /^oci-layout:\.model-store\/tiny-lm@sha256:[0-9a-f]{64}$/);
      const manifest = cd.manifestOf('tiny-lm@v0.0.1');
      assert.equal(manifest.uri, storeUri);
      const modelBytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
      assert.equal(stepOf(result, 'register', 'register').outputs['uploaded-bytes'], String(modelBytes));

      // The version's GitHub Release: its model card, its manifest, never the repository's latest release.
      const github = cd.github();
      const [release] = github.releases;
      assert.equal(github.releases.length, 1);
      assert.deepEqual([release.tag_name, release.name, release.draft], ['tiny-lm@v0.0.1', 'tiny-lm v0.0.1', false]);
      assert.equal(github.makeLatest.get(release.id), 'false');
      assert.equal(result.jobs.register.outputs['release-url'], release.html_url);
      const card = renderMarkdown(release.body ?? '');
      assert.equal(card.rows.find((row) => row[0] === 'Stored at')?.[1], storeUri);
      assert.ok(
        card.rows.some((row) => row[0] === 'eval.accuracy'),
        release.body ?? '',
      );
      assert.deepEqual(
        release.assets.map((asset) => [
          asset.name,
          JSON.parse(github.assetContent(asset.id)?.toString() ?? '') as unknown,
        ]),
        [['manifest.json', manifest]],
      );
      assert.match(
        log,
        /Created the GitHub Release of tiny-lm@v0\.0\.1 \(https:\/\/github\.com\/octo-org\/models\/releases\/tag\/tiny-lm%40v0\.0\.1\)/,
      );

      for (const environment of ['staging', 'production'] as const) {
        const deploy = stepOf(result, environment, 'deploy');
        assert.equal(deploy.outputs.status, 'success');
        // Downloaded from the store, never rebuilt: the deploy jobs run no build.
        assert.match(deploy.outputs['model-dir'], /mlops-models\/tiny-lm\/0\.0\.1$/);
        assert.deepEqual(
          result.jobs[environment].steps.map((candidate) => candidate.name),
          ['Run actions/checkout@v5', `Run ${setupStep}`, `Deploy 0.0.1 to ${environment}`],
        );
      }
      assert.equal(
        (log.match(/Downloading tiny-lm@v0\.0\.1 from oci-layout:\.model-store\/tiny-lm@sha256:/g) ?? []).length,
        2,
        log,
      );
      assert.deepEqual(result.jobs.production.environment, {
        name: 'production',
        url: `http://127.0.0.1:${cd.ports.production}`,
      });

      assert.ok(cd.tags().includes('tiny-lm@v0.0.1'));
      assert.equal(cd.runningIn('staging').version, '0.0.1');
      assert.equal(cd.runningIn('production').version, '0.0.1');
      assert.deepEqual(await cd.servedVersion('staging'), { status: 200, version: '0.0.1' });
      assert.deepEqual(await cd.servedVersion('production'), { status: 200, version: '0.0.1' });
      cd.stopServers(deployRoot);
    });

    test('a release that fails its health check in staging is rolled back and never reaches production', async () => {
      await cd.pushSimulatedFailure();

      const { result, log } = await cd.run();
      assert.equal(result.conclusion, 'failure', log);
      assertNoUnexpectedInputs(result);
      assert.equal(result.jobs.register.outputs.version, '0.0.2');
      // The broken version is registered, so it has its release too: one per version.
      assert.deepEqual(
        cd.github().releases.map((release) => release.tag_name),
        ['tiny-lm@v0.0.1', 'tiny-lm@v0.0.2'],
      );
      // Only config.json changed: the store already had the other files.
      const changed = cd.manifestOf('tiny-lm@v0.0.2').files.find((file) => file.path === 'config.json');
      assert.equal(stepOf(result, 'register', 'register').outputs['uploaded-bytes'], String(changed?.size));
      const deploy = stepOf(result, 'staging', 'deploy');
      assert.equal(deploy.outcome, 'failure');
      assert.equal(deploy.outputs.status, 'rolled-back');
      assert.equal(deploy.outputs['previous-version'], '0.0.1');
      assert.ok(
        deploy.annotations.some((annotation) => annotation.level === 'error'),
        log,
      );
      assert.equal(result.jobs.production.result, 'skipped');
      // This machine never ran 0.0.1: the rollback downloaded its stored files again.
      assert.match(
        log,
        /Downloading tiny-lm@v0\.0\.2 from [^]*rolling staging back to 0\.0\.1[^]*Downloading tiny-lm@v0\.0\.1 from oci-layout:\.model-store\/tiny-lm@sha256:/,
      );

      assert.deepEqual(cd.runningIn('staging'), { ...cd.runningIn('staging'), version: '0.0.1', rollback: true });
      assert.equal(cd.runningIn('production').version, '0.0.1');
      assert.deepEqual(await cd.servedVersion('staging'), { status: 200, version: '0.0.1' });
    });
  });
}
