import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { UserError, quote } from '@mlops-actions/action-kit';
import { isRegistryVersion } from '@mlops-actions/registry';

/** The format of a start's handover; another format is not read. */
export const STARTED_SCHEMA = 'mlops-actions/deploy-started@1';

/**
 * What `start` hands to the `finish` of the same job: the version it
 * checked, the digest it verified and where, and the GitHub deployment it
 * opened. Kept in a file under `RUNNER_TEMP`, one per model, environment and
 * version, which any later step of the job could rewrite: `finish` reads it
 * as untrusted and takes nothing on its word (the digest is compared with the
 * registry's, the files are hashed again, the deployment id with the input).
 */
export interface StartedDeployment {
  schema: typeof STARTED_SCHEMA;
  model: string;
  environment: string;
  version: string;
  /** The registered file-set digest that `start` verified. */
  digest: string;
  /** The `model-dir` output of start: the verified files; empty when the version has no files to check. */
  modelDir: string;
  /** The GitHub deployment start opened (digits); empty when none. */
  deploymentId: string;
  started_at: string;
}

/** A handover is a few hundred bytes; a bigger file was not written by start. */
const MAX_BYTES = 16 * 1024;

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const DEPLOYMENT_ID = /^(?:[1-9][0-9]{0,15})?$/;

/** Where the handovers of one job live: `$RUNNER_TEMP/mlops-deploys`, one folder per model and environment. */
export class Handovers {
  constructor(private readonly directory: string) {}

  /** Writes the handover of a start (replacing one for the same version: a start run again). */
  async save(started: StartedDeployment): Promise<void> {
    const folder = this.folder(started.model, started.environment);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const file = join(folder, `${started.version}.json`);
    const written = `${file}.${process.pid}.tmp`;
    const handle = await open(written, 'w', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(started, null, 2)}\n`);
    } finally {
      await handle.close();
    }
    await rename(written, file);
  }

  /**
   * The handover of `version`'s start in `environment`, checked field by
   * field; undefined when this job started no such deploy. A file that is not
   * a handover of start's (a link, too big, another shape) is a `UserError`.
   */
  async read(model: string, environment: string, version: string): Promise<StartedDeployment | undefined> {
    const file = join(this.folder(model, environment), `${version}.json`);
    const info = await lstat(file).catch(() => undefined);
    if (!info) return undefined;
    if (!info.isFile() || info.size > MAX_BYTES) throw forged(file, 'it is not a file the start step wrote');
    let parsed: unknown;
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(MAX_BYTES + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      parsed = JSON.parse(buffer.subarray(0, bytesRead).toString('utf8'));
    } catch {
      throw forged(file, 'it is not the JSON the start step wrote');
    } finally {
      await handle.close();
    }
    const problem = whatIsWrong(parsed, model, environment, version);
    if (problem) throw forged(file, problem);
    return parsed as StartedDeployment;
  }

  /** The versions this job started in `environment` and did not finish yet, by their handover files. */
  async versions(model: string, environment: string): Promise<string[]> {
    const names = await readdir(this.folder(model, environment)).catch(() => [] as string[]);
    return names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((version) => isRegistryVersion(version))
      .sort();
  }

  /** Forgets a start once its finish ended: a second finish of it is refused. */
  async remove(model: string, environment: string, version: string): Promise<void> {
    await rm(join(this.folder(model, environment), `${version}.json`), { force: true });
  }

  private folder(model: string, environment: string): string {
    // Both are registry names (checked with the inputs): safe as folder names.
    return join(this.directory, model, environment);
  }
}

/** Why `value` is not the handover of this model, environment and version; undefined when it is. */
function whatIsWrong(value: unknown, model: string, environment: string, version: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it holds no object';
  const fields = value as Record<string, unknown>;
  const expected: Record<keyof StartedDeployment, (v: unknown) => boolean> = {
    schema: (v) => v === STARTED_SCHEMA,
    model: (v) => v === model,
    environment: (v) => v === environment,
    version: (v) => v === version,
    digest: (v) => typeof v === 'string' && DIGEST.test(v),
    modelDir: (v) => typeof v === 'string' && (v === '' || (isAbsolute(v) && !/[\0\r\n]/.test(v))),
    deploymentId: (v) => typeof v === 'string' && DEPLOYMENT_ID.test(v),
    started_at: (v) => typeof v === 'string' && v.length <= 40,
  };
  for (const [name, valid] of Object.entries(expected)) {
    if (!valid(fields[name])) return `its field '${name}' is missing or not what start writes`;
  }
  const extra = Object.keys(fields).find((name) => !(name in expected));
  return extra === undefined ? undefined : `it has a field start does not write (${quote(extra, 40)})`;
}

function forged(file: string, why: string): UserError {
  return new UserError(
    `The record that the start step left for this finish (${file}) was changed or replaced: ${why}. ` +
      'Nothing was recorded: run the start step again, then your deploy steps, then finish.',
  );
}
