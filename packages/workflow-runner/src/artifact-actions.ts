// actions/upload-artifact and actions/download-artifact, kept locally in the
// run's folder: how one job hands files to another (a read-only build job to
// the job that registers what it built) without either job rebuilding them.
import { appendFile, cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface ArtifactStep {
  /** The step's `with:` values. */
  with: Record<string, string>;
  workspace: string;
  /** Where the run keeps its artifacts, one folder per name. */
  artifactsRoot: string;
  outputFile: string;
  log: (line: string) => void;
}

/** The artifact's folder for `name`, refusing names GitHub refuses too (path separators and the like). */
function artifactFolder(root: string, name: string): string | { error: string } {
  if (name === '' || /[\\/":<>|*?\r\n]/.test(name) || name === '.' || name === '..') {
    return { error: `artifact name '${name}' is not valid: no \\ / " : < > | * ? or line breaks` };
  }
  return join(root, name);
}

/**
 * upload-artifact: copies the files of `path` (files or folders, one a line;
 * the root is their common folder, as GitHub's action takes it). Globs are
 * not supported locally. Resolves with an error message when the step fails.
 */
export async function uploadArtifact(step: ArtifactStep): Promise<string | undefined> {
  const name = step.with['name'] || 'artifact';
  const folder = artifactFolder(step.artifactsRoot, name);
  if (typeof folder !== 'string') return folder.error;
  const lines = (step.with['path'] ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return "input 'path' of actions/upload-artifact is required";
  const glob = lines.find((line) => /[*?[\]!]/.test(line));
  if (glob !== undefined) {
    return `actions/upload-artifact path '${glob}': the local runner uploads files and folders, not globs`;
  }
  const includeHidden = step.with['include-hidden-files'] === 'true';
  const sources: { path: string; directory: boolean }[] = [];
  for (const line of lines) {
    const path = resolve(step.workspace, line.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
    const found = await stat(path).catch(() => undefined);
    if (found !== undefined) sources.push({ path, directory: found.isDirectory() });
  }
  const files = (await Promise.all(sources.map((source) => filesOf(source, includeHidden)))).flat();
  if (files.length === 0) {
    const missing = `No files were found with the provided path: ${lines.join(', ')}. No artifacts will be uploaded.`;
    const ifNone = step.with['if-no-files-found'] || 'warn';
    if (ifNone === 'error') return missing;
    step.log(ifNone === 'ignore' ? missing : `::warning::${missing}`);
    return undefined;
  }
  if (await stat(folder).catch(() => undefined)) {
    if (step.with['overwrite'] !== 'true') {
      return `an artifact named '${name}' was already uploaded in this run: give another name or set overwrite: true`;
    }
    await rm(folder, { recursive: true, force: true });
  }
  const root = commonFolder(sources.map((source) => (source.directory ? source.path : dirname(source.path))));
  let size = 0;
  for (const file of files) {
    const target = join(folder, relative(root, file));
    await mkdir(dirname(target), { recursive: true });
    await cp(file, target);
    size += (await stat(file)).size;
  }
  step.log(`Local runner: uploaded ${files.length} files (${size} bytes) as artifact '${name}', kept for this run.`);
  await appendOutputs(step.outputFile, { 'artifact-id': String(Date.now()), 'artifact-url': '' });
  return undefined;
}

/** download-artifact of one artifact by `name`, into `path` (default: the workspace). */
export async function downloadArtifact(step: ArtifactStep): Promise<string | undefined> {
  const name = step.with['name'];
  if (!name) return 'the local runner downloads one artifact by name: set input name of actions/download-artifact';
  const folder = artifactFolder(step.artifactsRoot, name);
  if (typeof folder !== 'string') return folder.error;
  if (!(await stat(folder).catch(() => undefined))) {
    return `Unable to download artifact(s): Artifact not found for name: ${name} (no earlier job of this run uploaded it)`;
  }
  const target = resolve(step.workspace, step.with['path'] || '.');
  await mkdir(target, { recursive: true });
  await cp(folder, target, { recursive: true });
  step.log(`Local runner: downloaded artifact '${name}' to ${target}.`);
  await appendOutputs(step.outputFile, { 'download-path': target });
  return undefined;
}

async function filesOf(source: { path: string; directory: boolean }, includeHidden: boolean): Promise<string[]> {
  if (!source.directory) return includeHidden || !basename(source.path).startsWith('.') ? [source.path] : [];
  const files: string[] = [];
  for (const entry of await readdir(source.path, { withFileTypes: true })) {
    if (!includeHidden && entry.name.startsWith('.')) continue;
    const path = join(source.path, entry.name);
    if (entry.isDirectory()) files.push(...(await filesOf({ path, directory: true }, includeHidden)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function commonFolder(folders: string[]): string {
  let common = folders[0];
  for (const folder of folders.slice(1)) {
    while (common !== dirname(common) && folder !== common && !folder.startsWith(common + sep)) {
      common = dirname(common);
    }
  }
  return common;
}

async function appendOutputs(file: string, outputs: Record<string, string>): Promise<void> {
  await appendFile(
    file,
    Object.entries(outputs)
      .map(([key, value]) => `${key}=${value}\n`)
      .join(''),
  );
}
