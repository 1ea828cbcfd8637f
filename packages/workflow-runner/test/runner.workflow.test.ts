import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitFixture, git, temporaryDirectory, writeTree } from '@mlops-actions/action-testing';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import type { RunWorkflowOptions, WorkflowResult } from '../src/index.js';
import { cliFile, loadRunner } from './runner-bundle.js';

const runner = await loadRunner();

let workspace: string;
let workflows: string;
beforeAll(async () => {
  ({ workspace } = await createGitFixture());
  workflows = await temporaryDirectory('workflows-');
});

/** Runs `yaml` as a workflow file in the fixture's workspace; returns the result and the log. */
async function run(
  yaml: string,
  options: Partial<RunWorkflowOptions> = {},
): Promise<{ result: WorkflowResult; log: string }> {
  const file = join(workflows, `workflow-${Math.random().toString(36).slice(2)}.yml`);
  await writeFile(file, yaml);
  const lines: string[] = [];
  const result = await runner.runWorkflow({ workflow: file, workspace, log: (line) => lines.push(line), ...options });
  return { result, log: lines.join('\n') };
}

describe('jobs, steps and expressions', () => {
  test('jobs run in needs order and job outputs reach later jobs through needs', async () => {
    const { result, log } = await run(`
on: push
jobs:
  staging:
    needs: release
    runs-on: ubuntu-latest
    steps:
      - id: show
        env:
          VERSION: \${{ needs.release.outputs.version }}
        run: echo "deploying=$VERSION" >> "$GITHUB_OUTPUT"
  release:
    runs-on: ubuntu-latest
    outputs:
      version: \${{ steps.register.outputs.version }}
    steps:
      - id: register
        run: echo "version=0.3.0" >> "$GITHUB_OUTPUT"
`);
    assert.equal(result.conclusion, 'success');
    assert.deepEqual(Object.keys(result.jobs), ['release', 'staging']);
    assert.deepEqual(result.jobs.release.outputs, { version: '0.3.0' });
    assert.deepEqual(result.jobs.staging.steps[0].outputs, { deploying: '0.3.0' });
    assert.match(log, /✓ Job release succeeded .*outputs: version=0\.3\.0/);
  });

  test('env comes from the workflow, the job, GITHUB_ENV and the step, the nearest winning', async () => {
    const { result } = await run(`
on: push
env:
  LEVEL: workflow
  FROM_WORKFLOW: w
jobs:
  one:
    runs-on: ubuntu-latest
    env:
      LEVEL: job
      FROM_JOB: j
    steps:
      - run: echo "EXPORTED=from-an-earlier-step" >> "$GITHUB_ENV"
      - id: look
        env:
          LEVEL: step
        run: |
          echo "seen=$LEVEL $FROM_WORKFLOW $FROM_JOB $EXPORTED" >> "$GITHUB_OUTPUT"
          echo "context=\${{ env.LEVEL }} \${{ env.EXPORTED }}" >> "$GITHUB_OUTPUT"
`);
    assert.deepEqual(result.jobs.one.steps[1].outputs, {
      seen: 'step w j from-an-earlier-step',
      context: 'step from-an-earlier-step',
    });
  });

  test('a failed step fails the job: later steps skip unless failure() or always(), dependent jobs skip', async () => {
    const { result, log } = await run(`
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: exit 3
      - run: echo never
      - if: failure()
        run: echo "cleanup after failure"
      - if: always()
        run: echo "job status \${{ job.status }}"
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  report:
    needs: build
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "build was \${{ needs.build.result }}"
`);
    assert.equal(result.conclusion, 'failure');
    const steps = result.jobs.build.steps.map((step) => `${step.name}: ${step.conclusion}`);
    assert.deepEqual(steps, [
      'Run exit 3: failure',
      'Run echo never: skipped',
      'Run echo "cleanup after failure": success',
      'Run echo "job status ${{ job.status }}": success',
    ]);
    assert.equal(result.jobs.build.steps[0].error, 'exited with code 3');
    assert.equal(result.jobs.deploy.result, 'skipped');
    assert.equal(result.jobs.deploy.reason, 'needs build (failure)');
    assert.equal(result.jobs.report.result, 'success');
    assert.match(log, /job status failure/);
    assert.match(log, /build was failure/);
    assert.match(log, /– Job deploy skipped: needs build \(failure\)/);
  });

  test('continue-on-error keeps the job going; the outcome still says failure', async () => {
    const { result } = await run(`
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 1
      - id: next
        run: echo "outcome=\${{ steps.flaky.outcome }}/\${{ steps.flaky.conclusion }}" >> "$GITHUB_OUTPUT"
`);
    assert.equal(result.conclusion, 'success');
    assert.deepEqual(result.jobs.one.steps[1].outputs, { outcome: 'failure/success' });
  });

  test('if: conditions read contexts; a false job if: skips the job', async () => {
    const { result } = await run(`
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - id: a
        if: github.event_name == 'push' && startsWith(github.ref, 'refs/heads/')
        run: echo "ran=yes" >> "$GITHUB_OUTPUT"
      - if: \${{ github.event_name == 'pull_request' }}
        run: exit 1
  only-on-tags:
    if: startsWith(github.ref, 'refs/tags/')
    runs-on: ubuntu-latest
    steps:
      - run: exit 1
`);
    assert.equal(result.conclusion, 'success');
    assert.deepEqual(result.jobs.one.steps[0].outputs, { ran: 'yes' });
    assert.equal(result.jobs.one.steps[1].conclusion, 'skipped');
    assert.equal(result.jobs['only-on-tags'].result, 'skipped');
  });

  test('run steps use bash -eo pipefail in the working directory, defaults.run applying', async () => {
    await writeTree(workspace, { 'project/marker.txt': 'here\n' });
    const { result } = await run(`
on: push
defaults:
  run:
    working-directory: project
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - id: where
        run: |
          echo "marker=$(cat marker.txt)" >> "$GITHUB_OUTPUT"
          echo "shell=$BASH_VERSION" | cut -c1-6 >> "$GITHUB_OUTPUT"
      - id: root
        working-directory: .
        run: echo "dir=$(basename "$PWD")" >> "$GITHUB_OUTPUT"
      - id: pipefail
        continue-on-error: true
        run: false | true
      - id: missing
        continue-on-error: true
        working-directory: not-there
        run: echo never
`);
    const [where, root, pipefail, missing] = result.jobs.one.steps;
    assert.equal(where.outputs.marker, 'here');
    assert.equal(where.outputs.shell, '');
    assert.equal(root.outputs.dir, 'workspace');
    assert.equal(pipefail.outcome, 'failure');
    assert.match(missing.error ?? '', /working-directory .*not-there does not exist/);
  });

  test('a step past its timeout-minutes is stopped and fails', async () => {
    const { result } = await run(`
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - timeout-minutes: 0.005
        run: sleep 30
`);
    assert.equal(result.conclusion, 'failure');
    assert.match(result.jobs.one.steps[0].error ?? '', /^timed out after \d+ s$/);
  });

  test('a background process that keeps stdout open does not keep the step running', async () => {
    const pidFile = join(workflows, 'background.pid');
    const { result } = await run(`
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - run: |
          sleep 30 &
          echo $! > "${pidFile}"
`);
    process.kill(Number(await readFile(pidFile, 'utf8')));
    assert.equal(result.conclusion, 'success');
  });
});

describe('the runner environment', () => {
  const saved: Record<string, string | undefined> = {};
  beforeAll(() => {
    // As if the tests themselves ran on GitHub: none of this may reach a step.
    for (const [key, value] of Object.entries({
      ACTIONS_CACHE_URL: 'https://cache.invalid/',
      GITHUB_TOKEN: 'ghs_host',
      INPUT_STALE: 'x',
      NODE_TEST_CONTEXT: 'child-v8',
    })) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  afterAll(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  test("steps get the runner's GITHUB_* and RUNNER_* variables and none of the calling process's", async () => {
    const { result } = await run(
      `
on: [pull_request, push]
jobs:
  look:
    runs-on: ubuntu-latest
    steps:
      - id: env
        run: |
          for name in GITHUB_ACTIONS CI GITHUB_REPOSITORY GITHUB_SHA GITHUB_REF GITHUB_EVENT_NAME GITHUB_JOB GITHUB_WORKSPACE GITHUB_SERVER_URL; do
            echo "$name=\${!name}" >> "$GITHUB_OUTPUT"
          done
          echo "host=\${ACTIONS_CACHE_URL:-}\${GITHUB_TOKEN:-}\${INPUT_STALE:-}\${NODE_TEST_CONTEXT:-}" >> "$GITHUB_OUTPUT"
          test -d "$RUNNER_TEMP" && test -f "$GITHUB_EVENT_PATH"
          echo "event_sha=$(node -e 'console.log(require(process.env.GITHUB_EVENT_PATH).after)')" >> "$GITHUB_OUTPUT"
`,
      { event: 'push' },
    );
    const head = git(workspace, 'rev-parse', 'HEAD');
    assert.deepEqual(result.jobs.look.steps[0].outputs, {
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_REPOSITORY: 'local/remote',
      GITHUB_SHA: head,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_JOB: 'look',
      GITHUB_WORKSPACE: workspace,
      GITHUB_SERVER_URL: 'https://github.com',
      host: '',
      event_sha: head,
    });
  });

  test('a JavaScript action runs as the runner runs it: INPUT_* from with: and action.yml defaults, outputs and summary by file', async () => {
    await writeTree(workspace, {
      'tools/echo/action.yml': `name: echo
inputs:
  message:
    description: what to say
    required: true
  token:
    description: a token
    default: \${{ github.token }}
  greeting:
    description: a default
    default: hello
runs:
  using: node24
  main: index.mjs
`,
      'tools/echo/index.mjs': `import { appendFileSync } from 'node:fs';
const env = process.env;
appendFileSync(env.GITHUB_OUTPUT, 'said=' + env.INPUT_GREETING + ' ' + env.INPUT_MESSAGE + '\\n');
appendFileSync(env.GITHUB_OUTPUT, 'token=[' + env.INPUT_TOKEN + ']\\n');
appendFileSync(env.GITHUB_OUTPUT, 'cwd=' + process.cwd() + '\\n');
appendFileSync(env.GITHUB_STEP_SUMMARY, '### Echo\\n\\n| said | to |\\n| --- | --- |\\n| ' + env.INPUT_MESSAGE + ' | you |\\n');
console.log('::notice::echoed');
`,
    });
    const { result, log } = await run(`
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - id: echo
        uses: ./tools/echo
        with:
          message: \${{ github.event_name }} world
          unknown-input: x
`);
    const step = result.jobs.one.steps[0];
    assert.equal(step.conclusion, 'success');
    assert.deepEqual(step.outputs, { said: 'hello push world', token: '[]', cwd: workspace });
    assert.deepEqual(
      step.annotations.map((annotation) => `${annotation.level}: ${annotation.message}`),
      [
        "warning: Unexpected input(s) 'unknown-input', valid inputs are ['message', 'token', 'greeting']",
        'notice: echoed',
      ],
    );
    assert.ok(
      log.includes(
        [
          '    ┌ summary',
          '    │ Echo',
          '    │ ----',
          '    │',
          '    │ said        to',
          '    │ ──────────  ───',
          '    │ push world  you',
          '    └',
        ].join('\n'),
      ),
      log,
    );
  });

  test("<owner>/mlops-actions/actions/<name>@<ref> and ./actions/<name> run this repository's built action", async () => {
    const actionsRoot = await temporaryDirectory('actions-root-');
    await writeTree(actionsRoot, {
      'actions/hello/action.yml':
        'name: hello\ninputs:\n  who:\n    description: x\n    default: world\nruns:\n  using: node24\n  main: ../../dist/hello/index.js\n',
      'dist/hello/index.js':
        "require('node:fs').appendFileSync(process.env.GITHUB_OUTPUT, `said=hello ${process.env.INPUT_WHO} from ${process.env.GITHUB_ACTION_REPOSITORY ?? ''}@${process.env.GITHUB_ACTION_REF ?? ''}\\n`);\n",
      'packages/workflow-runner/package.json': '{}',
    });
    const { result } = await run(
      `
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - id: remote
        uses: someone/mlops-actions/actions/hello@v1
        with:
          who: you
      - id: local
        uses: ./actions/hello
`,
      { actionsRoot },
    );
    const [remote, local] = result.jobs.one.steps;
    assert.equal(remote.outputs.said, 'hello you from someone/mlops-actions@v1');
    assert.equal(local.outputs.said, 'hello world from @');
  });

  test('secrets and ::add-mask:: values never reach the log, and a job output holding one is not passed on', async () => {
    const { result, log } = await run(
      `
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    outputs:
      leaked: \${{ steps.s.outputs.value }}
      fine: \${{ steps.s.outputs.fine }}
    steps:
      - id: s
        env:
          API_KEY: \${{ secrets.API_KEY }}
        run: |
          echo "key is $API_KEY"
          echo "::add-mask::runtime-value"
          echo "later: runtime-value"
          echo "value=runtime-value" >> "$GITHUB_OUTPUT"
          echo "fine=ok" >> "$GITHUB_OUTPUT"
          echo "summary $API_KEY" >> "$GITHUB_STEP_SUMMARY"
`,
      { secrets: { API_KEY: 'sk-live-123' } },
    );
    assert.doesNotMatch(log, /sk-live-123|runtime-value/);
    assert.match(log, /key is \*\*\*/);
    assert.match(log, /later: \*\*\*/);
    assert.equal(result.jobs.one.steps[0].summary, 'summary ***\n');
    assert.deepEqual(result.jobs.one.outputs, { fine: 'ok' });
    assert.match(log, /output leaked is not passed on because it may contain a secret/);
  });

  test('actions/checkout and actions/setup-node are no-ops over the workspace and the local toolchain', async () => {
    const { result, log } = await run(`
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - id: node
        uses: actions/setup-node@v5
        with:
          node-version: 24
`);
    assert.equal(result.conclusion, 'success');
    assert.equal(result.jobs.one.steps[1].outputs['node-version'], process.version);
    assert.match(log, /already a clone of file:\/\/.*remote\.git at [0-9a-f]{7}; checkout is a no-op/);
    assert.match(log, new RegExp(`using the local Node.js ${process.version} \\(the workflow asks for 24\\)`));
  });

  test('actions/setup-python puts the local python on PATH; shell: python runs a script with it', async () => {
    const { result } = await run(`
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - id: version
        run: echo "major=$(python -c 'import sys; print(sys.version_info[0])')" >> "$GITHUB_OUTPUT"
      - id: script
        shell: python
        run: |
          import os
          with open(os.environ["GITHUB_OUTPUT"], "a") as out:
              out.write("said=hello from python\\n")
`);
    assert.equal(result.conclusion, 'success');
    assert.match(result.jobs.one.steps[0].outputs['python-version'], /^3\.\d+/);
    assert.equal(result.jobs.one.steps[1].outputs.major, '3');
    assert.equal(result.jobs.one.steps[2].outputs.said, 'hello from python');
  });

  test('actions/upload-artifact hands a folder to a later job; download-artifact puts it back under path', async () => {
    await writeTree(workspace, { 'built/model/weights.json': '[1,2]', 'built/model/sub/vocab.json': '"ab"' });
    const { result, log } = await run(`
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/upload-artifact@v4
        with:
          name: model
          path: built/model
  register:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - id: download
        uses: actions/download-artifact@v4
        with:
          name: model
          path: registered/model
      - id: read
        run: echo "files=$(cd registered/model && find . -type f | sort | xargs cat | tr -d '\\n')" >> "$GITHUB_OUTPUT"
      - uses: actions/download-artifact@v4
        with:
          name: no-such-artifact
`);
    assert.equal(result.jobs.build.result, 'success', log);
    assert.match(log, /uploaded 2 files \(9 bytes\) as artifact 'model'/);
    assert.equal(result.jobs.register.steps[0].outputs['download-path'], join(workspace, 'registered', 'model'));
    assert.equal(result.jobs.register.steps[1].outputs.files, '"ab"[1,2]');
    assert.match(result.jobs.register.steps[2].error ?? '', /Artifact not found for name: no-such-artifact/);
    await rm(join(workspace, 'built'), { recursive: true });
    await rm(join(workspace, 'registered'), { recursive: true });
  });

  test('actions/checkout fails the step when the workspace is not a clone', async () => {
    const notAClone = await temporaryDirectory('plain-');
    const { result } = await run(
      'on: push\njobs:\n  one:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v5\n',
      {
        workspace: notAClone,
      },
    );
    assert.equal(result.conclusion, 'failure');
    assert.match(result.jobs.one.steps[0].error ?? '', /is not a git clone: locally, actions\/checkout does not fetch/);
  });
});

describe('pull request events', () => {
  /** Prints what a pull_request workflow reads of its event, as outputs. */
  const READ_EVENT = `
    runs-on: ubuntu-latest
    steps:
      - id: event
        env:
          ACTION: \${{ github.event.action }}
          MERGED: \${{ github.event.pull_request.merged }}
          FORK: \${{ github.event.pull_request.head.repo.fork }}
          HEAD_REPOSITORY: \${{ github.event.pull_request.head.repo.full_name }}
          HEAD_SHA: \${{ github.event.pull_request.head.sha }}
          CONTEXT_HEAD_REF: \${{ github.head_ref }}
        run: |
          for name in GITHUB_REF GITHUB_REF_NAME GITHUB_HEAD_REF GITHUB_BASE_REF ACTION MERGED FORK HEAD_REPOSITORY HEAD_SHA CONTEXT_HEAD_REF; do
            echo "$name=\${!name}" >> "$GITHUB_OUTPUT"
          done
          echo "file=$(node -e 'const e = require(process.env.GITHUB_EVENT_PATH); console.log(e.number, e.pull_request.number, e.repository.full_name)')" >> "$GITHUB_OUTPUT"
`;

  test('a closed and merged pull request from a fork: the payload, the refs and github.event as GitHub gives them', async () => {
    const head = git(workspace, 'rev-parse', 'HEAD');
    const { result } = await run(`on:\n  pull_request:\n    types: [opened, closed]\njobs:\n  look:${READ_EVENT}`, {
      pullRequest: {
        number: 7,
        action: 'closed',
        merged: true,
        headRef: 'feature/tokenizer',
        headRepository: 'someone/fork',
      },
    });
    assert.equal(result.event, 'pull_request');
    assert.deepEqual(result.jobs.look.steps[0].outputs, {
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_REF_NAME: '7/merge',
      GITHUB_HEAD_REF: 'feature/tokenizer',
      GITHUB_BASE_REF: 'main',
      ACTION: 'closed',
      MERGED: 'true',
      FORK: 'true',
      HEAD_REPOSITORY: 'someone/fork',
      HEAD_SHA: head,
      CONTEXT_HEAD_REF: 'feature/tokenizer',
      file: '7 7 local/remote',
    });
  });

  test("by default: an open pull request #1 from the same repository, its branch the workspace's", async () => {
    const { result } = await run(`on: [push, pull_request]\njobs:\n  look:${READ_EVENT}`, { event: 'pull_request' });
    const outputs = result.jobs.look.steps[0].outputs;
    assert.equal(outputs.GITHUB_REF, 'refs/pull/1/merge');
    assert.equal(outputs.ACTION, 'synchronize');
    assert.equal(outputs.MERGED, 'false');
    assert.equal(outputs.FORK, 'false');
    assert.equal(outputs.HEAD_REPOSITORY, 'local/remote');
    assert.equal(outputs.GITHUB_HEAD_REF, 'main');
  });

  test("an action the workflow's types: leave out does not start it, as on GitHub", async () => {
    await assert.rejects(
      run('on: pull_request\njobs:\n  one:\n    runs-on: x\n    steps:\n      - run: "true"\n', {
        pullRequest: { number: 7, action: 'closed' },
      }),
      /does not run on a closed pull request: it runs on pull_request opened, synchronize, reopened \(GitHub's default without types:\)/,
    );
  });

  test('a pull request GitHub could not send is refused before anything runs', async () => {
    const yaml = 'on: [push, pull_request]\njobs:\n  one:\n    runs-on: x\n    steps:\n      - run: "true"\n';
    await assert.rejects(
      run(yaml, { pullRequest: { number: 7, action: 'merged' } }),
      /"merged" is not a pull_request action/,
    );
    await assert.rejects(
      run(yaml, { pullRequest: { number: 7, merged: true } }),
      /only a closed pull request can be merged/,
    );
    await assert.rejects(
      run(yaml, { pullRequest: { number: 7, headRef: 'a b' } }),
      /the head branch "a b" is not a branch name git accepts/,
    );
    await assert.rejects(
      run(yaml, { event: 'push', pullRequest: { number: 7 } }),
      /a pull request is given but the event is push: pass the event pull_request/,
    );
  });

  test('the command line: --pr 7 --action opened', async () => {
    const file = join(workflows, 'pr.yml');
    await writeFile(
      file,
      `on:\n  pull_request:\njobs:\n  look:${READ_EVENT}          echo "ref is $GITHUB_REF, $ACTION"\n`,
    );
    const cli = spawnSync(
      process.execPath,
      [cliFile, file, '--workspace', workspace, '--pr', '7', '--action', 'opened'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(cli.status, 0, cli.stdout + cli.stderr);
    assert.match(cli.stdout, /event pull_request · local\/remote/);
    assert.match(cli.stdout, /ref is refs\/pull\/7\/merge, opened/);
  });
});

describe('the GitHub stand-in', () => {
  /** A step that creates a deployment through GITHUB_API_URL with github.token, as an action would. */
  const DEPLOY = `
on: [push, pull_request]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - id: call
        env:
          TOKEN: \${{ github.token }}
          SECRET_TOKEN: \${{ secrets.GITHUB_TOKEN }}
        run: |
          echo "token is $TOKEN"
          test "$TOKEN" = "$SECRET_TOKEN"
          echo "api=$GITHUB_API_URL" >> "$GITHUB_OUTPUT"
          node --input-type=module -e '
            const { GITHUB_API_URL: api, GITHUB_REPOSITORY: repository, TOKEN: token } = process.env;
            const create = (authorization) =>
              fetch(api + "/repos/" + repository + "/deployments", {
                method: "POST",
                headers: { authorization, "content-type": "application/json" },
                body: JSON.stringify({ ref: "main", environment: "pr-7", transient_environment: true }),
              });
            const anonymous = await create("");
            const given = await create("token " + token);
            console.log("status=" + anonymous.status + "," + given.status);
          ' >> "$GITHUB_OUTPUT"
`;

  test("without it, steps get no token and GitHub's API URL, so an action set to auto leaves GitHub alone", async () => {
    const { result } = await run(
      `on: push\njobs:\n  one:\n    runs-on: x\n    steps:\n      - id: look\n        run: echo "seen=[\${{ github.token }}] $GITHUB_API_URL" >> "$GITHUB_OUTPUT"\n`,
    );
    assert.equal(result.jobs.one.steps[0].outputs.seen, '[] https://api.github.com');
  });

  test("githubStandIn: true starts one for the run's repository, which takes only the token the steps get", async () => {
    const { result, log } = await run(DEPLOY, { githubStandIn: true });
    const step = result.jobs.deploy.steps[0];
    assert.equal(step.conclusion, 'success', log);
    assert.match(step.outputs.api, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(step.outputs.status, '401,201');
    assert.match(log, /token is \*\*\*$/m);
    assert.doesNotMatch(log, /ghs_/);
  });

  test('a stand-in passed in records what the steps did, and its faults reach them', async () => {
    const api = await FakeGitHubApi.start({ repository: 'octo-org/models' });
    try {
      api.injectFault('create-deployment', { kind: 'validation-failed' });
      const { result } = await run(DEPLOY, { githubStandIn: api, pullRequest: { number: 7, action: 'opened' } });
      assert.equal(result.jobs.deploy.steps[0].outputs.status, '422,201');
      assert.deepEqual(
        api.deployments.map((deployment) => [deployment.environment, deployment.transient_environment]),
        [['pr-7', true]],
      );
      const [, created] = api.requestsTo('create-deployment');
      assert.match(created.authorization ?? '', /^token ghs_[0-9a-f]{36}$/);
    } finally {
      await api.close();
    }
  });

  test("a stand-in for another repository than the run's is refused", async () => {
    const api = await FakeGitHubApi.start({ repository: 'octo-org/models' });
    try {
      await assert.rejects(
        run(DEPLOY, { githubStandIn: api, repository: 'acme/llm' }),
        /the GitHub stand-in serves octo-org\/models but the run's repository is acme\/llm/,
      );
    } finally {
      await api.close();
    }
  });
});

describe('what the runner refuses', () => {
  const refused: [string, string, string][] = [
    ['matrix', 'strategy:\n      matrix:\n        node: [20, 22]', 'run: echo hi'],
    ['container', 'container: node:20', 'run: echo hi'],
    ['services', 'services:\n      db:\n        image: postgres', 'run: echo hi'],
    ['uses: actions/cache@v4', '', 'uses: actions/cache@v4'],
    ['docker actions', '', 'uses: docker://alpine:3'],
    ['shell: pwsh', '', 'shell: pwsh\n        run: echo hi'],
    ['job continue-on-error', 'continue-on-error: true', 'run: echo hi'],
  ];
  for (const [feature, jobExtra, step] of refused) {
    test(`${feature}: a clear error naming it, before any step ran`, async () => {
      const marker = join(workflows, `ran-${feature.replace(/\W/g, '')}`);
      const yaml = `
on: push
jobs:
  first:
    runs-on: ubuntu-latest
    steps:
      - run: touch "${marker}"
  second:
    runs-on: ubuntu-latest
    ${jobExtra}
    steps:
      - ${step}
`;
      await assert.rejects(run(yaml), (error: unknown) => {
        assert.ok(error instanceof runner.UnsupportedFeatureError, String(error));
        assert.equal(error.feature, feature);
        assert.match(error.message, /local workflow runner/);
        return true;
      });
      assert.equal(existsSync(marker), false);
    });
  }

  const beforeAnyStep: [string, string][] = [
    ['runs-on: windows-latest', 'jobs:\n  one:\n    runs-on: windows-latest'],
    ['runs-on: macos-14', 'jobs:\n  one:\n    runs-on: [self-hosted, macos-14]'],
    ['shell: pwsh', 'defaults:\n  run:\n    shell: pwsh\njobs:\n  one:\n    runs-on: ubuntu-latest'],
    ['shell: cmd', 'jobs:\n  one:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        shell: cmd'],
  ];
  for (const [feature, head] of beforeAnyStep) {
    test(`${feature} (job level): a clear error naming it, before any step ran`, async () => {
      const marker = join(workflows, `ran-${feature.replace(/\W/g, '')}`);
      await assert.rejects(run(`on: push\n${head}\n    steps:\n      - run: touch "${marker}"\n`), (error: unknown) => {
        assert.ok(error instanceof runner.UnsupportedFeatureError, String(error));
        assert.equal(error.feature, feature);
        assert.match(error.message, /local workflow runner/);
        return true;
      });
      assert.equal(existsSync(marker), false);
    });
  }

  test('a reusable workflow call is refused', async () => {
    await assert.rejects(
      run('on: push\njobs:\n  call:\n    uses: ./.github/workflows/other.yml\n'),
      /job 'call' calls a reusable workflow/,
    );
  });

  test("an invalid workflow is refused with the parser's message", async () => {
    await assert.rejects(
      run('on: push\njobs:\n  one:\n    runs-on: x\n    steps:\n      - frobnicate: true\n'),
      (error: unknown) => error instanceof runner.WorkflowError && /is not a valid workflow/.test(error.message),
    );
  });

  test('the event must be one the workflow runs on', async () => {
    await assert.rejects(
      run('on: pull_request\njobs:\n  one:\n    runs-on: x\n    steps:\n      - run: "true"\n', { event: 'push' }),
      /does not run on push; it runs on: pull_request/,
    );
  });
});

describe('command line', () => {
  test('exit code 0 on success, 1 when a job failed, 2 with one line for a bad workflow', async () => {
    const file = (name: string) => join(workflows, name);
    await writeFile(file('ok.yml'), 'on: push\njobs:\n  one:\n    runs-on: x\n    steps:\n      - run: echo fine\n');
    await writeFile(file('fail.yml'), 'on: push\njobs:\n  one:\n    runs-on: x\n    steps:\n      - run: exit 4\n');
    await writeFile(
      file('bad.yml'),
      'on: push\njobs:\n  one:\n    runs-on: x\n    strategy:\n      matrix:\n        a: [1]\n    steps:\n      - run: echo\n',
    );
    const cli = (name: string) =>
      spawnSync(process.execPath, [cliFile, file(name), '--workspace', workspace], { encoding: 'utf8' });
    const ok = cli('ok.yml');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /✓ Run echo fine \(\d+ ms\)/);
    assert.equal(cli('fail.yml').status, 1);
    const bad = cli('bad.yml');
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    assert.match(bad.stderr, /^workflow-runner: job 'one' uses a strategy\/matrix/);
  });
});

afterAll(async () => {
  await rm(workflows, { recursive: true, force: true });
});
