// A deploy that has to stop before its command ends: the command ran past
// 'command-timeout', or the runner cancelled the job (SIGINT, then SIGTERM
// 7.5 s later, as it does when a job is cancelled or times out).
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FakeGitHubApi } from '@mlops-actions/github/testing';
import { MODEL, ModelService, RegistryFixture, deployCommand, deployTo, gitHubEnv } from './fixtures.js';

const TOKEN = 'ghs_stoppingCanary00000000000000000000000';
/** The runner's gap between the SIGINT and the SIGTERM of a cancelled job. */
const RUNNER_GRACE_MS = 7_500;

/** The processes of a process group that still run (zombies, which only wait for their parent to reap them, do not). */
function runningInGroup(group: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === group && state !== 'Z') members.push(Number(entry));
  }
  return members;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** What the runner does to a step of a cancelled job: SIGINT, then SIGTERM `graceMs` later if it still runs. */
function cancelLikeTheRunner(child: ChildProcess, graceMs = RUNNER_GRACE_MS): { sigtermSent: () => boolean } {
  let sent = false;
  child.kill('SIGINT');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) {
      sent = true;
      child.kill('SIGTERM');
    }
  }, graceMs);
  child.on('exit', () => clearTimeout(timer));
  return { sigtermSent: () => sent };
}

/**
 * The deploy command: for 0.2.0 it hangs in a child (in the foreground, as
 * `kubectl rollout status` would) that notes each signal it gets: SIGINT and
 * it hangs on, SIGTERM and it exits. It writes its process group first.
 * Other versions deploy as usual.
 */
async function hangingCommand(service: ModelService): Promise<string> {
  await writeFile(
    join(service.dir, 'hang.sh'),
    `trap 'echo INT >> "$SERVICE_DIR/signals"' INT\n` +
      `trap 'echo TERM >> "$SERVICE_DIR/signals"; exit 143' TERM\n` +
      `echo $$ > "$SERVICE_DIR/child"\n` +
      `while :; do sleep 1000 & wait $!; done\n`,
  );
  return (
    `if [ "$MODEL_VERSION" = 0.2.0 ]; then\n` +
    `  echo $$ > "$SERVICE_DIR/group"\n` +
    `  bash "$SERVICE_DIR/hang.sh"\n` +
    `fi\n` +
    deployCommand()
  );
}

async function numberIn(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.trim() === '' ? undefined : Number(text.trim());
}

/** Production running 0.1.0 (recorded as production#1), 0.2.0 registered next. */
async function productionOn010(env: Record<string, string>, inputs: Record<string, string>) {
  const fixture = await RegistryFixture.create();
  await fixture.register('0.1.0');
  await fixture.register('0.2.0');
  const service = await ModelService.start();
  const first = await deployTo(fixture, service, { environment: 'production', version: '0.1.0', ...inputs }, env);
  assert.equal(first.exitCode, 0, first.stdout);
  return { fixture, service };
}

function lastLine(stdout: string): string {
  return stdout.trimEnd().split('\n').at(-1) ?? '';
}

void describe('a deploy command past its command-timeout', () => {
  const services: ModelService[] = [];
  afterAll(async () => {
    for (const service of services) await service.close();
  });

  void test('is stopped with its whole process group, and the previous version is rolled back', async () => {
    const { fixture, service } = await productionOn010({}, {});
    services.push(service);
    const started = Date.now();
    const result = await deployTo(fixture, service, {
      environment: 'production',
      version: '0.2.0',
      command: await hangingCommand(service),
      'command-timeout': '2',
    });
    const tookMs = Date.now() - started;

    // 2 s of command, then the rollback; the child exits on SIGTERM, so no SIGKILL grace is waited out.
    assert.ok(tookMs < 2_000 + 5_000, `took ${tookMs} ms`);
    assert.equal(result.exitCode, 1, result.stdout);
    assert.equal(result.outputs['status'], 'rolled-back');
    assert.equal(result.errors.length, 1, result.stdout);
    assert.match(
      result.errors[0],
      /^Deploying tiny-lm 0\.2\.0 to production failed: the deploy command was stopped after 2 s \('command-timeout'\), with every process it started\. Rolled back to 0\.1\.0 and is recorded as tiny-lm#production#2\.$/,
    );
    const group = (await numberIn(join(service.dir, 'group')))!;
    assert.deepEqual(runningInGroup(group), []);
    assert.equal(await readFile(join(service.dir, 'signals'), 'utf8'), 'TERM\n');
    // The rollback ran: 0.1.0 runs again and the newest record says so.
    assert.equal(await service.running(), '0.1.0');
    assert.equal(fixture.record(`${MODEL}#production#2`)['rollback'], true);
    assert.equal(fixture.record(`${MODEL}#production#2`)['version'], '0.1.0');
  }, 60_000);
});

void describe('a cancelled job', () => {
  let github: FakeGitHubApi;
  const services: ModelService[] = [];
  beforeAll(async () => {
    github = await FakeGitHubApi.start({ token: TOKEN, repository: 'octo-org/models' });
  });
  afterAll(async () => {
    for (const service of services) await service.close();
    await github.close();
  });

  void test('mid-command: the command group gets the signal, GitHub a final status, the registry nothing', async () => {
    const env = gitHubEnv(github);
    const { fixture, service } = await productionOn010(env, { token: TOKEN });
    services.push(service);
    let cancelledAt = 0;
    let runner: { sigtermSent: () => boolean } | undefined;
    const result = await deployTo(
      fixture,
      service,
      { environment: 'production', version: '0.2.0', command: await hangingCommand(service), token: TOKEN },
      env,
      {
        started: (child) => {
          void waitFor('the hung command', () => numberIn(join(service.dir, 'child'))).then(() => {
            cancelledAt = Date.now();
            runner = cancelLikeTheRunner(child);
          });
        },
      },
    );
    const stoppedMs = Date.now() - cancelledAt;

    // The child traps SIGINT and hangs on: SIGKILL reaches the group within the runner's grace.
    assert.ok(stoppedMs < RUNNER_GRACE_MS, `took ${stoppedMs} ms after SIGINT`);
    assert.equal(runner?.sigtermSent(), false);
    assert.notEqual(result.exitCode, 0);
    assert.equal(result.outputs['status'], 'failed');
    assert.equal(await readFile(join(service.dir, 'signals'), 'utf8'), 'INT\n');
    assert.deepEqual(runningInGroup((await numberIn(join(service.dir, 'group')))!), []);
    // No record: the registry still names 0.1.0, which may or may not run now.
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
    const deployment = github.deployments.at(-1)!;
    assert.equal((deployment.payload as Record<string, unknown>)['version'], '0.2.0');
    assert.deepEqual(
      github.statusesOf(deployment.id).map((status) => [status.state, status.description]),
      [
        ['in_progress', 'Deploying tiny-lm 0.2.0'],
        ['error', 'Cancelled'],
      ],
    );
    assert.equal(
      lastLine(result.stdout),
      '::error::Deploying tiny-lm 0.2.0 to production was cancelled during the deploy command; nothing was recorded ' +
        'and its newest record still names 0.1.0. production may be running 0.2.0 or still 0.1.0: check it, then ' +
        'deploy again.',
    );
    assert.equal(result.errors.length, 1);
  }, 60_000);

  void test('mid-health-check: the check stops at once, GitHub gets a final status, nothing is recorded', async () => {
    const env = gitHubEnv(github);
    const { fixture, service } = await productionOn010(env, { token: TOKEN });
    services.push(service);
    service.broken.add('0.2.0');
    let output = '';
    let cancelledAt = 0;
    let runner: { sigtermSent: () => boolean } | undefined;
    const result = await deployTo(
      fixture,
      service,
      {
        environment: 'production',
        version: '0.2.0',
        'health-url': service.healthUrl,
        'health-timeout': '60',
        token: TOKEN,
      },
      env,
      {
        started: (child) => {
          child.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (cancelledAt === 0 && output.includes('Health check 2:')) {
              cancelledAt = Date.now();
              // A short gap: the SIGTERM comes while the step is still closing up, and changes nothing.
              runner = cancelLikeTheRunner(child, 20);
            }
          });
        },
      },
    );
    const stoppedMs = Date.now() - cancelledAt;

    assert.ok(cancelledAt > 0, result.stdout);
    assert.ok(stoppedMs < 5_000, `took ${stoppedMs} ms after SIGINT`);
    assert.equal(runner?.sigtermSent(), true);
    assert.notEqual(result.exitCode, 0);
    assert.equal(result.outputs['status'], 'failed');
    assert.equal(await service.running(), '0.2.0');
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
    // No rollback was started in the grace: one deployment, closed as an error.
    const deployment = github.deployments.at(-1)!;
    assert.equal((deployment.payload as Record<string, unknown>)['version'], '0.2.0');
    assert.deepEqual(
      github.statusesOf(deployment.id).map((status) => status.state),
      ['in_progress', 'error'],
    );
    assert.equal(
      lastLine(result.stdout),
      '::error::Deploying tiny-lm 0.2.0 to production was cancelled during the health check; nothing was recorded ' +
        'and its newest record still names 0.1.0. production may be running 0.2.0 or still 0.1.0: check it, then ' +
        'deploy again.',
    );
  }, 60_000);
});
