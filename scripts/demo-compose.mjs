// `npm run demo:compose`: examples/workflows/cd-compose.yml, run locally with
// the workflow runner on a clone of a throwaway bare remote (the model store an
// OCI image-layout folder in that clone), and GitHub's Deployments API answered
// by the local REST stand-in, so that what would show on GitHub shows here:
//   1. a release is built, registered and deployed to staging by the team's
//      own deploy step (examples/actions/start-inference-server) between
//      deploy-env's `start` and `finish`: one record, deployment `success`;
//   2. a broken release: the team's step deploys it, finish's health check
//      fails, nothing is recorded and finish names the version before it;
//      the workflow's own rollback steps redeploy that version and a second
//      finish records it with "rollback": true.
// It ends with staging's records, read from the registry, and what the
// GitHub stand-in received.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import {
  bold,
  breakNextRelease,
  color,
  createDemoRepository,
  git,
  loadRunner,
  MODEL,
  printRegistry,
  ProgressReporter,
  root,
  say,
  stopServers,
} from './demo-repository.mjs';

const workflow = join(root, 'examples', 'workflows', 'cd-compose.yml');
/** The run's repository as the stand-in serves it (the clone's origin is a local path). */
const REPOSITORY = 'demo/tiny-lm';

async function main() {
  const { runWorkflow } = await loadRunner();

  say(bold('mlops-actions demo: examples/workflows/cd-compose.yml (deploy-env start → your deploy step → finish)'));
  const { scratch, remote, workspace, project, deployRoot, localWorkflow, push } = await createDemoRepository({
    workflow,
    folders: ['examples/actions/start-inference-server'],
  });
  const github = await FakeGitHubApi.start({ repository: REPOSITORY });
  say(`GitHub's API: a local stand-in on ${github.url}, which keeps the deployments of both runs.`);

  const run = async (title) => {
    say();
    say(bold(title));
    return runWorkflow({
      workflow: localWorkflow,
      workspace,
      event: 'push',
      env: { TINY_LM_DEPLOY_ROOT: deployRoot },
      githubStandIn: github,
      color,
      reporter: process.env.DEMO_VERBOSE ? undefined : new ProgressReporter(),
    });
  };
  const problems = [];
  let released = '';
  let broken = '';
  try {
    const first = await run('1/2  A release: start → our own deploy step → finish (health check, then the record)');
    released = first.jobs.register?.outputs.version ?? '';
    if (first.conclusion !== 'success') problems.push('the first release was not deployed');

    await breakNextRelease(project);
    push('Serve with a bug: /health answers 503');
    const second = await run(
      "2/2  A broken release: finish's health check fails; the workflow's own steps redeploy the version before it",
    );
    broken = second.jobs.register?.outputs.version ?? '';
    const step = (id) => second.jobs.staging?.steps.find((candidate) => candidate.id === id);
    if (step('finish')?.outputs['rollback-version'] !== released) {
      problems.push(`finish named '${step('finish')?.outputs['rollback-version'] ?? ''}' to roll back to`);
    }
    if (step('rollback-finish')?.outputs.status !== 'success') problems.push('the rollback was not recorded');

    await printRegistry(workspace, ['staging']);
    say();
    say(bold("staging's records, oldest first (git tags in the remote)"));
    const records = git(
      remote,
      'tag',
      '--list',
      `${MODEL}#staging#*`,
      '--sort=version:refname',
      '--format=%(refname:short)  %(contents:subject)',
    );
    for (const line of records.split('\n')) say(`  ${line}`);
    say();
    say(bold('What GitHub would show (the stand-in received)'));
    for (const line of github.transcript()) say(`  │ ${line}`);
  } finally {
    stopServers(project, deployRoot);
    await github.close();
  }
  say();
  if (problems.length > 0) throw new Error(problems.join('; '));
  // The second run ends in "failure" on purpose; say so, or a newcomer reads it as the demo failing.
  say(
    bold(
      `As intended: ${released} was deployed by the workflow's own step and recorded once healthy; ${broken} ` +
        `failed its health check, was never recorded, and the workflow rolled staging back to ${released}, ` +
        'recorded as a rollback.',
    ),
  );
  say('The servers are stopped. Read the registry yourself:');
  say(`  git -C ${workspace} ls-remote --tags origin`);
  if (!process.env.KEEP_DEMO) await rm(join(scratch, 'deployments'), { recursive: true, force: true });
}

main().catch((error) => {
  console.error(`\ndemo failed: ${error.message}`);
  process.exit(1);
});
