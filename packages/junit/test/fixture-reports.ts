import { join } from 'node:path';
import { repoRoot } from '@mlops-actions/action-testing';

/** The reports the real tools wrote (see fixtures/scripts/regenerate.sh). */
export const FIXTURE_REPORTS = join(repoRoot, 'packages', 'junit', 'test', 'fixtures', 'reports');

/** The workspace path the fixtures' absolute paths were rewritten to when they were generated. */
export const FIXTURE_WORKSPACE = '/home/runner/work/project/project';

export function fixtureReport(name: string): string {
  return join(FIXTURE_REPORTS, name);
}
