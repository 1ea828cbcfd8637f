// Several deploy-env steps started together in ONE checkout (two steps of one job, a matrix on a
// self-hosted runner, the local runner): each run must push its own record, never another's.
import { afterAll, test } from '@jest/globals';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { git, temporaryDirectory } from '@mlops-actions/action-testing';
import { MODEL, ModelService, RegistryFixture, deployTo } from './fixtures.js';

const services: ModelService[] = [];
afterAll(async () => {
  for (const service of services) await service.close();
});

/**
 * Rounds per test: 20 rounds of 2, 4 and 6 runs are 240 bundle runs, about
 * 75 s for this file alone on two shared cores. Before runs stopped sharing
 * local tags, 2 runs broke by round 9 and 4 or 6 runs in round 1 or 2.
 */
const ROUNDS = 20;
const VERSIONS = ['0.1.0', '0.2.0', '0.3.0', '0.4.0'];

for (const runs of [2, 4, 6]) {
  void test(`${runs} concurrent deploys to one environment in one checkout, ${ROUNDS} rounds: consecutive records, each run's own`, async () => {
    const fixture = await RegistryFixture.create();
    for (const version of VERSIONS) await fixture.register(version);
    // The job's checkout as actions/checkout leaves it: one commit deep, no tags. The runs of a
    // round fetch the version's tag into it together the first time that version is deployed.
    const checkout = join(await temporaryDirectory(), 'checkout');
    git(fixture.workspace, 'clone', '--quiet', '--depth=1', '--no-tags', `file://${fixture.remote}`, checkout);
    const service = await ModelService.start();
    services.push(service);
    const environment = `qa${runs}`;
    const reported: string[] = [];

    for (let round = 1; round <= ROUNDS; round++) {
      const version = VERSIONS[(round - 1) % VERSIONS.length];
      // Each run its own run id, so that a record shows which run wrote it (its run_url).
      const runIds = Array.from({ length: runs }, (_, i) => `${round}0${i}`);
      const results = await Promise.all(
        runIds.map((id) =>
          deployTo(
            { workspace: checkout },
            service,
            { environment, version },
            { GITHUB_REPOSITORY: 'octo-org/models', GITHUB_RUN_ID: id },
          ),
        ),
      );
      for (const [i, result] of results.entries()) {
        const context = `round ${round}:\n${result.stdout}${result.stderr}`;
        assert.equal(result.exitCode, 0, context);
        assert.deepEqual(result.errors, [], context);
        assert.doesNotMatch(result.stdout, /internal error/, context);
        assert.equal(result.outputs['status'], 'success', context);
        assert.equal(result.outputs['version'], version, context);
        const recorded = /recorded as `([^`]+)`/.exec(result.summary)?.[1];
        assert.ok(recorded, `round ${round}: the summary names no record:\n${result.summary}`);
        // The record the run names is the one this run wrote.
        const record = fixture.record(recorded);
        assert.equal(record['environment'], environment, context);
        assert.equal(record['version'], version, context);
        assert.equal(record['run_url'], `https://github.com/octo-org/models/actions/runs/${runIds[i]}`, context);
        reported.push(recorded);
      }
      const expected = Array.from({ length: round * runs }, (_, i) => `${MODEL}#${environment}#${i + 1}`);
      // No record lost, none doubled: the remote holds #1..n, and the runs named exactly those.
      assert.deepEqual(fixture.environmentTags(environment), expected, `round ${round}`);
      assert.deepEqual([...reported].sort(), [...expected].sort(), `round ${round}`);
    }
  });
}
