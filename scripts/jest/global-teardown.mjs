// Removes the run's temporary folder (see global-setup.mjs).
import { rmSync } from 'node:fs';

export default function globalTeardown() {
  const root = process.env.MLOPS_ACTIONS_TEST_TMPDIR;
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
