// `npm run demo:pr`: a pull request as its reviewer sees it, run locally.
//   1. examples/workflows/cd.yml puts a first version of tiny-lm in production:
//      the baseline the pull request's gate compares against;
//   2. a pull request changes a training setting (more smoothing) that makes
//      perplexity worse, and examples/workflows/ci.yml runs for it
//      (pull_request, opened): the test step comments on the pull request with
//      the branch's metrics next to production's, and the gate fails;
//   3. a fix is pushed to the branch and ci.yml runs again (synchronize): the
//      same comment is edited, now passing.
// GitHub's REST API is a local stand-in, one for all three runs as one
// repository on GitHub would be; the demo prints each comment as the stand-in
// received it (the raw Markdown, control characters escaped) and its table as
// text.
import { join } from 'node:path';
import { renderMarkdown } from '@mlops-actions/action-testing/markdown';
import { FakeGitHubApi, issueCommentsTranscript, visible } from '@mlops-actions/github/testing';
import {
  bold,
  changeSettings,
  color,
  createDemoRepository,
  git,
  loadRunner,
  MODEL,
  ProgressReporter,
  root,
  say,
  stopServers,
} from './demo-repository.mjs';

const cdWorkflow = join(root, 'examples', 'workflows', 'cd.yml');
const ciWorkflow = join(root, 'examples', 'workflows', 'ci.yml');
const PULL_REQUEST = 1;
const BRANCH = 'smoother-model';

async function main() {
  const { runWorkflow } = await loadRunner();

  say(bold('mlops-actions demo: a pull request as its reviewer sees it (examples/workflows/ci.yml, run locally)'));
  // The servers cd.yml starts only give production its version: ports the OS picks, so they never meet another run.
  const { workspace, project, deployRoot, localWorkflow, push } = await createDemoRepository({
    workflow: cdWorkflow,
    freePorts: true,
  });
  const github = await FakeGitHubApi.start();
  say(`GitHub's REST API: a local stand-in for ${github.repository}, shared by every run; nothing reaches github.com.`);

  const run = async (title, options) => {
    say();
    say(bold(title));
    return runWorkflow({
      workspace,
      githubStandIn: github,
      color,
      reporter: process.env.DEMO_VERBOSE ? undefined : new ProgressReporter(),
      ...options,
    });
  };
  const pullRequest = (action) => ({
    number: PULL_REQUEST,
    action,
    headRef: BRANCH,
    title: 'Smooth the bigram counts more',
  });
  let opened, synchronized;
  try {
    const release = await run('1/3  Production: cd.yml builds, registers and deploys a first version', {
      workflow: localWorkflow,
      event: 'push',
      env: { TINY_LM_DEPLOY_ROOT: deployRoot },
    });
    stopServers(project, deployRoot);
    if (release.conclusion !== 'success') throw new Error('the first version did not reach production');
    const production = release.jobs.register?.outputs.version ?? '';

    git(workspace, 'checkout', '-q', '-b', BRANCH);
    await changeSettings(project, (settings) => {
      settings.smoothing = 10;
    });
    push('Smooth the bigram counts more (smoothing 0.1 → 10)', BRANCH);
    const first = await run(
      `2/3  Pull request #${PULL_REQUEST} opened from ${BRANCH} (smoothing 0.1 → 10): ci.yml runs, ` +
        `its gate against ${production} in production`,
      { workflow: ciWorkflow, pullRequest: pullRequest('opened') },
    );
    opened = showComment(github, first);

    await changeSettings(project, (settings) => {
      settings.smoothing = 0.05;
    });
    push('Smooth less (smoothing 0.05): perplexity back under production', BRANCH);
    const second = await run(
      `3/3  A fix pushed to ${BRANCH} (smoothing 0.05): ci.yml runs again (synchronize) and edits the same comment`,
      { workflow: ciWorkflow, pullRequest: pullRequest('synchronize') },
    );
    synchronized = showComment(github, second);
  } finally {
    stopServers(project, deployRoot);
    await github.close();
  }

  const edits = github.requestsTo('update-issue-comment').length;
  const problems = [
    opened.gate !== 'failed' && `the first run's gate ${opened.gate || 'did not run'}, not failed`,
    synchronized.gate !== 'passed' && `the second run's gate ${synchronized.gate || 'did not run'}, not passed`,
    synchronized.count !== 1 && `the pull request has ${synchronized.count} comments, not one`,
    synchronized.id !== opened.id && `the second run wrote comment #${synchronized.id}, not #${opened.id}`,
    edits !== 1 && `the comment was edited ${edits} times, not once`,
  ].filter(Boolean);
  say();
  if (problems.length > 0) throw new Error(problems.join('; '));
  // The first run ends in "failure" on purpose; say so, or a newcomer reads it as the demo failing.
  say(
    bold(
      `As intended: the gate failed the first push and passed the fix, and pull request #${PULL_REQUEST} holds ` +
        `one comment, #${opened.id}, written by the first run and edited by the second.`,
    ),
  );
  say('What the reviewer learned, rule by rule: the metric on the branch against the version running in production.');
  say('  After the first push:');
  for (const rule of opened.rules) say(`    ${rule}`);
  say('  After the fix:');
  for (const rule of synchronized.rules) say(`    ${rule}`);
  say();
  say(
    'Where to look on GitHub: the pull request\'s "Conversation" tab holds that one comment (by github-actions[bot]),',
  );
  say('edited by every run of the same workflow, job and model; its link opens the run, whose job summary has the');
  say('same table. The same run by hand, in the clone kept above (each run starts its own stand-in):');
  say(
    `  node packages/workflow-runner/lib/bundle/cli.js examples/workflows/ci.yml --workspace ${workspace} ` +
      `--pr ${PULL_REQUEST} --action synchronize --github-stand-in`,
  );
}

/**
 * Prints the pull request's comments as the stand-in received them, then the
 * gate table of its one comment as plain text; returns what the demo checks
 * and the reviewer reads.
 */
function showComment(github, result) {
  const step = result.jobs.test?.steps.find((candidate) => candidate.id === 'test');
  const comments = github.commentsOn(PULL_REQUEST);
  say();
  say(bold(`The pull request's comments, as the reviewer reads them (raw Markdown):`));
  for (const line of issueCommentsTranscript(github)) say(`  ${line}`);
  const rules = [];
  const [comment] = comments;
  if (comment) {
    // Rendered by a Markdown renderer as GitHub would; every cell is text the comment was sent, so it is escaped again.
    const [header, ...rows] = renderMarkdown(comment.body ?? '').rows.map((row) => row.map(visible));
    say();
    say(bold('Its gate table, rendered:'));
    printTable([header, ...rows]);
    // Columns: metric, this branch, baseline (version and environment), delta, rule, verdict.
    for (const [metric, branch, baseline, delta, rule, verdict] of rows) {
      rules.push(`${verdict} · ${metric} ${branch} against ${baseline}: ${delta} · rule ${rule}`);
    }
  }
  return { gate: step?.outputs.gate ?? '', count: comments.length, id: comment?.id, rules };
}

function printTable(rows) {
  if (rows.length === 0 || rows[0] === undefined) return say(`  (no table: the comment has no gate for ${MODEL})`);
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? '')].length)));
  for (const [index, row] of rows.entries()) {
    say(`  ${row.map((cell, column) => cell + ' '.repeat(widths[column] - [...cell].length)).join('  ')}`.trimEnd());
    if (index === 0) say(`  ${widths.map((width) => '─'.repeat(width)).join('  ')}`);
  }
}

main().catch((error) => {
  console.error(`\ndemo failed: ${error.message}`);
  process.exit(1);
});
