import { describe, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RecordingLogger } from '@mlops-actions/action-testing';
import type { DeploySettings } from '../src/inputs.js';
import { deploy, type DeployReport } from '../src/deploy.js';
import { renderDeploySummary } from '../src/summary.js';
import type { ScriptOptions, ScriptResult } from '@mlops-actions/action-kit';
import { FakeCommandRunner, MODEL, RegistryFixture, deploySettings, refsOf, modelStoreOf } from './fixtures.js';

/** A registry where 0.1.0 runs in production (recorded as production#1) and 0.2.0 is registered next. */
async function productionOn010(): Promise<RegistryFixture> {
  const fixture = await RegistryFixture.create();
  await fixture.register('0.1.0');
  await fixture.register('0.2.0');
  const { report } = await deployWith(fixture, new FakeCommandRunner(), { version: '0.1.0' });
  assert.equal(report.status, 'success', report.failure);
  return fixture;
}

async function deployWith(
  fixture: RegistryFixture,
  runner: FakeCommandRunner,
  overrides: Partial<DeploySettings>,
  cancel?: AbortSignal,
): Promise<{ report: DeployReport; log: RecordingLogger }> {
  const log = new RecordingLogger();
  const report = await deploy(deploySettings(overrides), {
    ...(cancel ? { cancel } : {}),
    registry: fixture.registry,
    runner,
    connectGitHub: undefined,
    digestOf: () => Promise.reject(new Error('no path is given in these tests')),
    workspace: fixture.workspace,
    runUrl: '',
    logger: log,
    ...modelStoreOf(fixture.workspace),
  });
  return { report, log };
}

/** The outcome flags of a report, to compare in one assertion. */
function flags(report: DeployReport) {
  const { status, refused, live, recorded, rolledBack, mayBeDown } = report;
  return { status, refused, live, recorded, rolledBack, mayBeDown };
}

/** A command runner whose command is stopped by the job's cancellation, as the real one reports it. */
class CancelledCommandRunner extends FakeCommandRunner {
  constructor(private readonly job: AbortController) {
    super();
  }

  override script(_script: string, options: ScriptOptions): Promise<ScriptResult> {
    this.calls.push(options.env ?? {});
    this.job.abort('SIGINT');
    assert.equal(options.signal?.aborted, true);
    return Promise.resolve({ exitCode: 130, tail: '', durationMs: 1, stopped: 'aborted' });
  }
}

void describe('the report of a deploy says what happened in flags', () => {
  void test('a deploy that went live and was recorded', async () => {
    const fixture = await productionOn010();
    const runner = new FakeCommandRunner();

    const { report } = await deployWith(fixture, runner, { version: '0.2.0' });

    assert.deepEqual(flags(report), {
      status: 'success',
      refused: false,
      live: true,
      recorded: true,
      rolledBack: false,
      mayBeDown: false,
    });
    assert.equal(report.recordedTag, `${MODEL}#production#2`);
    assert.equal(report.recordedVersion, '0.2.0');
    assert.equal(report.previousVersion, '0.1.0');
    assert.equal(report.failure, '');
    assert.deepEqual(runner.versions(), ['0.2.0']);
  });

  void test('a refusal: nothing ran, nothing was pushed', async () => {
    const fixture = await productionOn010();
    const runner = new FakeCommandRunner();
    const refs = refsOf(fixture.remote);

    const { report } = await deployWith(fixture, runner, { version: '0.2.0', requires: ['staging'] });

    assert.deepEqual(flags(report), {
      status: 'failed',
      refused: true,
      live: false,
      recorded: false,
      rolledBack: false,
      mayBeDown: false,
    });
    assert.match(report.failure, /^tiny-lm 0\.2\.0 may not be deployed to production/);
    assert.equal(report.version, '0.2.0');
    assert.equal(report.previousVersion, '0.1.0');
    assert.equal(report.recordedVersion, '0.1.0');
    assert.deepEqual(runner.calls, []);
    assert.equal(refsOf(fixture.remote), refs);
  });

  void test('a failed deploy that was rolled back: the rollback is what was recorded', async () => {
    const fixture = await productionOn010();
    const runner = new FakeCommandRunner();
    runner.failFor.add('0.2.0');

    const { report } = await deployWith(fixture, runner, { version: '0.2.0' });

    assert.deepEqual(flags(report), {
      status: 'rolled-back',
      refused: false,
      live: false,
      recorded: true,
      rolledBack: true,
      mayBeDown: false,
    });
    assert.equal(report.recordedTag, `${MODEL}#production#2`);
    assert.equal(report.recordedVersion, '0.1.0');
    assert.equal(fixture.record(`${MODEL}#production#2`)['rollback'], true);
    assert.deepEqual(runner.versions(), ['0.2.0', '0.1.0']);
    assert.deepEqual(
      report.steps.map((step) => `${step.name}: ${step.result}`),
      [
        'Resolve version: passed',
        'Check source ref: passed',
        'Check digest: skipped',
        'Check promotion: skipped',
        'Read current version: passed',
        'Download model: skipped',
        'GitHub deployment: skipped',
        'Deploy command: failed',
        'Health check: skipped',
        'GitHub status: skipped',
        'Rollback: GitHub deployment: skipped',
        'Rollback: Download model: skipped',
        'Rollback: Deploy command: passed',
        'Rollback: Health check: skipped',
        'Rollback: Record: passed',
        'Rollback: GitHub status: skipped',
      ],
    );
  });

  void test('a failed deploy without rollback: nothing recorded, nothing rolled back', async () => {
    const fixture = await productionOn010();
    const runner = new FakeCommandRunner();
    runner.failFor.add('0.2.0');

    const { report } = await deployWith(fixture, runner, { version: '0.2.0', rollback: false });

    assert.deepEqual(flags(report), {
      status: 'failed',
      refused: false,
      live: false,
      recorded: false,
      rolledBack: false,
      mayBeDown: false,
    });
    assert.equal(report.recordedVersion, '0.1.0');
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
  });

  void test('a deploy whose rollback failed too: the environment may be down', async () => {
    const fixture = await productionOn010();
    const runner = new FakeCommandRunner();
    runner.failFor.add('0.2.0');
    runner.failFor.add('0.1.0');

    const { report } = await deployWith(fixture, runner, { version: '0.2.0' });

    assert.deepEqual(flags(report), {
      status: 'failed',
      refused: false,
      live: false,
      recorded: false,
      rolledBack: false,
      mayBeDown: true,
    });
    assert.match(report.failure, /PRODUCTION MAY BE DOWN/);
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
  });

  void test('a deploy that went live but whose record the remote refused', async () => {
    const fixture = await productionOn010();
    // The remote takes no more environment tags, as a protected-tags rule would.
    const hook = join(fixture.remote, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      '#!/bin/sh\nwhile read old new ref; do case "$ref" in *"#"*) echo "records are frozen" >&2; exit 1;; esac; done\n',
    );
    await chmod(hook, 0o755);

    const { report } = await deployWith(fixture, new FakeCommandRunner(), { version: '0.2.0' });

    assert.deepEqual(flags(report), {
      status: 'failed',
      refused: false,
      live: true,
      recorded: false,
      rolledBack: false,
      mayBeDown: false,
    });
    assert.match(
      report.failure,
      /^tiny-lm 0\.2\.0 is live in production, but the deployment could not be recorded: The git remote 'origin' refused the tag tiny-lm#production#2: .* The registry still names 0\.1\.0 for production; fix the cause and run the job again\.$/,
    );
    assert.equal(report.recordedVersion, '0.1.0');
    const summary = renderDeploySummary(report).toString();
    assert.match(summary, /^⚠️ \*\*0\.2\.0 is live in production, but not recorded\.\*\*$/m);
    assert.match(summary, /e0\["production<br\/>0\.1\.0 → 0\.2\.0 \(not recorded\)"\]/);
  });
});

void describe('a cancelled job', () => {
  void test('during the command: no rollback, no record, and the failure says what may be running', async () => {
    const fixture = await productionOn010();
    const job = new AbortController();
    const runner = new CancelledCommandRunner(job);

    const { report } = await deployWith(fixture, runner, { version: '0.2.0' }, job.signal);

    assert.deepEqual(flags(report), {
      status: 'failed',
      refused: false,
      live: false,
      recorded: false,
      rolledBack: false,
      mayBeDown: false,
    });
    assert.equal(report.cancelled, true);
    assert.deepEqual(runner.versions(), ['0.2.0']);
    assert.deepEqual(fixture.environmentTags('production'), [`${MODEL}#production#1`]);
    assert.equal(
      report.failure,
      'Deploying tiny-lm 0.2.0 to production was cancelled during the deploy command; nothing was recorded and its ' +
        'newest record still names 0.1.0. production may be running 0.2.0 or still 0.1.0: check it, then deploy again.',
    );
    const summary = renderDeploySummary(report).toString();
    assert.match(summary, /^> \*\*Cancelled\.\*\* Deploying tiny-lm 0\.2\.0/m);
    assert.match(summary, /e0\["production<br\/>0\.1\.0 → 0\.2\.0 \(cancelled\)"\]/);
  });

  void test('before the command: nothing runs', async () => {
    const fixture = await productionOn010();
    const job = new AbortController();
    job.abort('SIGINT');
    const runner = new FakeCommandRunner();

    const { report } = await deployWith(fixture, runner, { version: '0.2.0' }, job.signal);

    assert.equal(report.cancelled, true);
    assert.deepEqual(runner.versions(), []);
    assert.equal(
      report.failure,
      'Deploying tiny-lm 0.2.0 to production was cancelled before the deploy command ran: production still runs 0.1.0.',
    );
  });
});
