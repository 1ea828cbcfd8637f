import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, temporaryDirectory, writeTree } from '@mlops-actions/action-testing';

/** The reports the real tools wrote (packages/junit/test/fixtures/scripts/regenerate.sh). */
export const FIXTURES = join(repoRoot, 'packages', 'junit', 'test', 'fixtures');
/** The workspace path the fixtures' absolute paths were rewritten to when generated. */
const FIXTURE_WORKSPACE = '/home/runner/work/project/project';

/** A fixture report, its absolute paths pointing into `workspace` when given (as if the tool had run there). */
export function fixtureReport(name: string, workspace?: string): string {
  const text = readFileSync(join(FIXTURES, 'reports', name), 'utf8');
  return workspace === undefined ? text : text.split(FIXTURE_WORKSPACE).join(workspace);
}

/** A fresh workspace holding `files`. */
export async function workspaceWith(files: Record<string, string | Buffer>): Promise<string> {
  const workspace = await temporaryDirectory('test-action-');
  await writeTree(workspace, files);
  return workspace;
}

// How these tests read the step's workflow commands: the one reader all bundle tests share.
export { activeCommands, errorAnnotations, type Annotation } from '@mlops-actions/action-testing';
