// The runner is used from its ncc bundle (GitHub's workflow parser does not
// load as plain ESM); tests load it the same way, typed by the sources.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as WorkflowRunner from '../src/index.js';

/** lib/bundle/index.js and cli.js, beside lib/test. */
export const bundleFile = fileURLToPath(new URL('../bundle/index.js', import.meta.url));
export const cliFile = fileURLToPath(new URL('../bundle/cli.js', import.meta.url));

export async function loadRunner(): Promise<typeof WorkflowRunner> {
  if (!existsSync(bundleFile)) {
    throw new Error(`${bundleFile} is missing: run \`node scripts/bundle.mjs workflow-runner\` (npm run build does)`);
  }
  return (await import(bundleFile)) as typeof WorkflowRunner;
}
