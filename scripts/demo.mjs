// `npm run demo`: the whole pipeline of examples/workflows/cd.yml, run locally
// with the workflow runner on a clone of a throwaway bare remote, with the
// model store an OCI image-layout folder in that clone instead of ghcr.io:
//   1. a first release is trained, tested and gated, its files uploaded to the
//      store and registered, then downloaded from the store and deployed to
//      staging and then to production, each health-checked;
//   2. a second release (one file changed: the others are not uploaded again)
//      whose server fails its health check is rolled back in staging, with the
//      files of the first release downloaded again, and never reaches
//      production.
// It ends with the version running in each environment, read from the
// registry, and where the store is.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  bold,
  changeSettings,
  color,
  createDemoRepository,
  loadRunner,
  MODEL,
  printRegistry,
  ProgressReporter,
  root,
  say,
  stopServers,
  STORE_FOLDER,
} from './demo-repository.mjs';

const workflow = join(root, 'examples', 'workflows', 'cd.yml');
const ENVIRONMENTS = ['staging', 'production'];

async function main() {
  const { runWorkflow } = await loadRunner();

  say(bold('mlops-actions demo: examples/workflows/cd.yml, run locally'));
  const { scratch, workspace, project, deployRoot, localWorkflow, push } = await createDemoRepository({ workflow });

  const run = async (title) => {
    say();
    say(bold(title));
    const reporter = process.env.DEMO_VERBOSE ? undefined : new ProgressReporter();
    return runWorkflow({
      workflow: localWorkflow,
      workspace,
      event: 'push',
      env: { TINY_LM_DEPLOY_ROOT: deployRoot },
      // The GitHub API the register job's release and the deploy jobs' deployments talk to: a local stand-in.
      githubStandIn: true,
      color,
      reporter,
    });
  };
  let outcome = 'as expected';
  const released = { good: '', broken: '' };
  const uploaded = { good: 0, broken: 0 };
  try {
    const first = await run(
      '1/2  A release: build → test → store and register → staging → production, deployed from the store',
    );
    if (first.conclusion !== 'success') outcome = 'the first release did not reach production';
    released.good = first.jobs.register?.outputs.version ?? '';
    uploaded.good = Number(registerStep(first)?.outputs['uploaded-bytes'] ?? 0);

    await changeSettings(project, (settings) => {
      settings.serve.simulate_failure = true;
    });
    push('Serve with a bug: /health answers 503');
    const second = await run(
      '2/2  A broken release: its health check fails in staging, so staging is rolled back to the stored first release',
    );
    released.broken = second.jobs.register?.outputs.version ?? '';
    uploaded.broken = Number(registerStep(second)?.outputs['uploaded-bytes'] ?? 0);
    const deploy = second.jobs.staging?.steps.find((step) => step.id === 'deploy');
    const status = deploy?.outputs.status;
    if (status !== 'rolled-back' || second.jobs.production?.result !== 'skipped') {
      outcome = `the broken release ended with staging ${status ?? 'not deployed'}, not rolled back`;
    } else if (!(uploaded.broken > 0 && uploaded.broken < uploaded.good)) {
      outcome = `the second release uploaded ${uploaded.broken} bytes; only its changed file was expected`;
    }

    await printRegistry(workspace, ENVIRONMENTS);
  } finally {
    stopServers(project, deployRoot);
  }
  say();
  if (outcome !== 'as expected') throw new Error(outcome);
  // The second run ends in "failure" on purpose; say so, or a newcomer reads it as the demo failing.
  say(
    bold(
      `As intended: ${released.good} runs in staging and production; ${released.broken} failed its health check ` +
        'in staging, was rolled back there, and never reached production.',
    ),
  );
  say(
    `The store got ${uploaded.good} bytes for ${released.good}, then only the ${uploaded.broken} bytes of the one file ` +
      `${released.broken} changed; the rollback downloaded the files of ${released.good} again. Nothing was rebuilt ` +
      'after the build job.',
  );
  printStore(workspace, released.good);
  say('The servers are stopped. Read the registry yourself:');
  say(`  git -C ${workspace} ls-remote --tags origin`);
  if (!process.env.KEEP_DEMO) await rm(join(scratch, 'deployments'), { recursive: true, force: true });
}

function registerStep(result) {
  return result.jobs.register?.steps.find((step) => step.id === 'register');
}

/** Where the store is, and how to look inside it with OCI tools. */
function printStore(workspace, version) {
  const layout = join(workspace, STORE_FOLDER, MODEL);
  say();
  say(bold('The model store (an OCI image layout: one ModelPack artifact per version, one layer per file)'));
  say(`  ${layout}`);
  if (spawnSync('skopeo', ['--version'], { stdio: 'ignore' }).status === 0) {
    say(`  skopeo inspect --raw oci:${layout}:v${version}     # the manifest: a layer per file, by sha256`);
    say(`  skopeo copy oci:${layout}:v${version} dir:/tmp/tiny-lm-${version}`);
  } else {
    say(`  cat ${join(layout, 'index.json')}     # the versions (v${version}, …) and their manifests`);
    say('  (with skopeo installed: skopeo inspect --raw oci:<that folder>:v${version})');
  }
}

main().catch((error) => {
  console.error(`\ndemo failed: ${error.message}`);
  process.exit(1);
});
