import { accessSync, constants, statSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { runProcess } from './processes.js';
import { workspaceFacts } from './workspace.js';

export interface ToolchainStep {
  /** The step's `with:` values. */
  with: Record<string, string>;
  workspace: string;
  /** The environment a step's process would get. */
  env: Record<string, string>;
  runnerTemp: string;
  /** The step's GITHUB_OUTPUT and GITHUB_PATH files. */
  outputFile: string;
  pathFile: string;
  log: (line: string) => void;
}

/**
 * actions/checkout, actions/setup-node and actions/setup-python, run as
 * no-ops over the local workspace and toolchain. Resolves with an error
 * message when the step must fail.
 */
export async function runToolchainAction(
  kind: 'checkout' | 'setup-node' | 'setup-python',
  step: ToolchainStep,
): Promise<string | undefined> {
  const version = async (command: string): Promise<string | undefined> => {
    const lines: string[] = [];
    const outcome = await runProcess(
      { command, args: ['--version'], cwd: step.workspace, env: step.env, timeoutMs: 30_000 },
      (line) => lines.push(line),
    );
    return outcome.exitCode === 0 ? lines.join(' ').trim() : undefined;
  };
  const asked = (input: string): string => (step.with[input] ? ` (the workflow asks for ${step.with[input]})` : '');
  switch (kind) {
    case 'checkout': {
      const facts = await workspaceFacts(step.workspace);
      if (facts.sha === undefined) {
        return `the workspace ${step.workspace} is not a git clone: locally, actions/checkout does not fetch; run the workflow in a clone (e.g. of a local bare remote)`;
      }
      step.log(
        `Local runner: the workspace is already a clone of ${facts.originUrl ?? '(no origin)'} at ${facts.sha.slice(0, 7)}; checkout is a no-op.`,
      );
      const ignored = Object.keys(step.with).filter((input) => ['repository', 'ref', 'path'].includes(input));
      if (ignored.length > 0) step.log(`::warning::actions/checkout inputs ignored locally: ${ignored.join(', ')}`);
      return undefined;
    }
    case 'setup-node': {
      const node = await version('node');
      if (node === undefined) return 'node is not on PATH: install Node.js to run this workflow locally';
      step.log(`Local runner: using the local Node.js ${node}${asked('node-version')}; setup-node is a no-op.`);
      await writeFile(step.outputFile, `node-version=${node}\ncache-hit=false\n`);
      return undefined;
    }
    case 'setup-python': {
      const path = step.env.PATH;
      const python = findExecutable('python', path) ?? findExecutable('python3', path);
      if (python === undefined) return 'python3 is not on PATH: install Python to run this workflow locally';
      if (findExecutable('python', path) === undefined) {
        // setup-python puts `python` on PATH; a machine with only python3 gets a link to it.
        const shims = join(step.runnerTemp, '_python');
        await mkdir(shims, { recursive: true });
        await symlink(python, join(shims, 'python')).catch(() => undefined);
        await writeFile(step.pathFile, `${shims}\n`);
      }
      const pythonVersion = await version(python);
      step.log(
        `Local runner: using the local ${pythonVersion ?? python}${asked('python-version')}; setup-python is a no-op.`,
      );
      await writeFile(
        step.outputFile,
        `python-version=${(pythonVersion ?? '').replace(/^Python\s*/, '')}\npython-path=${python}\ncache-hit=false\n`,
      );
      return undefined;
    }
  }
}

/** The first executable file called `name` in the folders of `path`. */
export function findExecutable(name: string, path: string | undefined): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '' || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}
