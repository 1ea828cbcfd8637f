import { resolve } from 'node:path';
import { UserError, isUserError, messageOf, quote, type Logger } from '@mlops-actions/action-kit';
import {
  RegistryError,
  versionTagName,
  type EnvironmentTag,
  type ModelManifest,
  type ModelVersion,
  type Registry,
} from '@mlops-actions/registry';
import { refAllowed } from './allowed-refs.js';
import type { DeploySettings } from './inputs.js';
import { downloadModel, isStored, type ModelFilesDependencies } from './model-files.js';
import type { RequiredEnvironment } from './report.js';
import type { StepDone, Steps } from './steps.js';

/**
 * The reads a plan makes. It has no way to write: a refused deploy changes
 * nothing. Every value it gives was checked where the registry read it;
 * tags that mlops-actions did not write are ignored there, with a warning.
 */
export type PlanRegistry = Pick<
  Registry,
  | 'remote'
  | 'listVersions'
  | 'findVersion'
  | 'readManifest'
  | 'findManifest'
  | 'listAssignments'
  | 'findDeployment'
  | 'newestDeployment'
  | 'currentDeployment'
>;

export interface PlanDependencies extends ModelFilesDependencies {
  registry: PlanRegistry;
  /** The digest of the model files at an absolute path. */
  digestOf: (root: string) => Promise<{ digest: string }>;
  /** What `path` is relative to: `GITHUB_WORKSPACE`. */
  workspace: string;
  logger: Logger;
}

/** A version about to run in the environment: what the command and the record need. */
export interface Candidate {
  version: string;
  tag: string;
  digest: string;
  /** The manifest's `uri`: the stored artifact by digest, when the version was registered with a store. */
  uri: string;
  /** The commit of the version tag: the ref of the GitHub deployment. */
  commit: string;
  /** Its version tag in the registry, made readable in the checkout for the command. */
  registered: ModelVersion;
}

/** The version to deploy: its tag in the registry and what its manifest records. */
export function candidateOf(found: ModelVersion, manifest: Pick<ModelManifest, 'digest' | 'uri'>): Candidate {
  return {
    version: found.version,
    tag: found.tag,
    digest: manifest.digest,
    uri: manifest.uri,
    commit: found.commit,
    registered: found,
  };
}

/** A candidate as resolved from the registry, with the ref its manifest says it was registered from. */
interface ResolvedCandidate {
  candidate: Candidate;
  /** `source.ref` of the manifest; empty when it was registered outside a workflow. */
  sourceRef: string;
}

/** A deploy that passed its checks: what to deploy, and what to roll back to. */
export interface DeployPlan {
  refused: false;
  candidate: Candidate;
  /** The version in the environment before; empty when there was none. Known even when its version tag is gone. */
  previousVersion: string;
  /** The version before, when it can be deployed again; undefined when there was none or its version tag is gone. */
  rollbackTarget: Candidate | undefined;
  requires: RequiredEnvironment[];
  /** The candidate's files for the command (`MODEL_DIR`): `path`, or its stored files downloaded; empty: neither. */
  modelDir: string;
}

/** A deploy that a check refused, with what was learned before the refusal (for the summary). */
export interface RefusedPlan {
  refused: true;
  /** The one-line error that says what to change. */
  reason: string;
  /** The version requested, resolved; empty when it could not be. */
  version: string;
  /** The version the registry names for the environment, read after the refusal; undefined when it could not be read. */
  current: string | undefined;
  /** The version known to run before, if the checks got that far. */
  previousVersion: string;
  requires: RequiredEnvironment[];
}

/**
 * The checks that may refuse a deploy, in order: resolve the version, check
 * the ref it was registered from, check the files' digest, check the
 * promotion, read what runs now. Reads only; a
 * refusal (a `UserError`) comes back as a `RefusedPlan`, anything else throws.
 */
export async function planDeploy(
  settings: DeploySettings,
  dependencies: PlanDependencies,
  steps: Steps,
): Promise<DeployPlan | RefusedPlan> {
  return new Planning(settings, dependencies, steps).plan();
}

class Planning {
  private version = '';
  private previousVersion = '';
  private readonly requires: RequiredEnvironment[];

  constructor(
    private readonly settings: DeploySettings,
    private readonly deps: PlanDependencies,
    private readonly steps: Steps,
  ) {
    this.requires = settings.requires.map((environment) => ({ environment, current: '' }));
  }

  async plan(): Promise<DeployPlan | RefusedPlan> {
    try {
      const { candidate, sourceRef } = await this.resolveVersion();
      await this.checkSourceRef(candidate, sourceRef);
      await this.checkDigest(candidate);
      await this.checkPromotion(candidate);
      const rollbackTarget = await this.readCurrent();
      const modelDir = await this.modelFiles(candidate);
      return {
        refused: false,
        candidate,
        previousVersion: this.previousVersion,
        rollbackTarget,
        requires: this.requires,
        modelDir,
      };
    } catch (error) {
      if (!isUserError(error)) throw error;
      // A remote that stopped answering is not asked again (another timeout) for the summary.
      const timedOut = error instanceof RegistryError && error.code === 'remote-timeout';
      return {
        refused: true,
        reason: timedOut
          ? `${messageOf(error)} Nothing was deployed to ${this.settings.environment}.`
          : messageOf(error),
        version: this.version,
        current: timedOut ? undefined : await this.currentVersion(),
        previousVersion: this.previousVersion,
        requires: this.requires,
      };
    }
  }

  private async resolveVersion(): Promise<ResolvedCandidate> {
    return this.steps.run('Resolve version', async () => {
      const { registry } = this.deps;
      const { modelName, version: wanted } = this.settings;
      const versions = await registry.listVersions(modelName);
      const { found, manifest } =
        wanted === 'latest' ? await this.newestOurs(versions) : await this.named(versions, wanted);
      const candidate = candidateOf(found, manifest);
      const latest = wanted === 'latest' ? ' (latest)' : '';
      return {
        value: { candidate, sourceRef: manifest.source.ref },
        detail: `${found.tag}${latest}, ${manifest.digest}`,
      };
    });
  }

  /**
   * The version asked for by name and its manifest. A version tag that
   * mlops-actions did not write is refused by name: it is not to be deployed.
   */
  private async named(
    versions: ModelVersion[],
    wanted: string,
  ): Promise<{ found: ModelVersion; manifest: ModelManifest }> {
    const { registry } = this.deps;
    const found = versions.find((v) => v.version === wanted);
    if (!found) throw new UserError(notRegistered(this.settings.modelName, wanted, versions, registry.remote));
    this.version = found.version;
    return { found, manifest: await registry.readManifest(this.settings.modelName, found) };
  }

  /** The newest version whose tag mlops-actions wrote: newer tags that are not ours are ignored, with a warning. */
  private async newestOurs(versions: ModelVersion[]): Promise<{ found: ModelVersion; manifest: ModelManifest }> {
    const { registry } = this.deps;
    for (const found of [...versions].reverse()) {
      const manifest = await registry.findManifest(found);
      if (manifest) {
        this.version = found.version;
        return { found, manifest };
      }
    }
    const { modelName } = this.settings;
    throw new UserError(
      versions.length === 0
        ? notRegistered(modelName, 'latest', versions, registry.remote)
        : `No version tag of ${modelName} in '${registry.remote}' holds a manifest written by mlops-actions ` +
            `(${versions.length} ignored, see the warnings): register a version with the version-model action first.`,
    );
  }

  /** A version registered from a ref that `allowed-refs` does not list (a pull request's, by default) is not deployed. */
  private async checkSourceRef(candidate: Candidate, sourceRef: string): Promise<void> {
    await this.steps.run('Check source ref', () =>
      Promise.resolve().then(() => this.sourceRefAllowed(candidate, sourceRef)),
    );
  }

  private sourceRefAllowed(candidate: Candidate, sourceRef: string): StepDone<undefined> {
    const { allowedRefs, modelName } = this.settings;
    // A version registered outside a workflow records no ref: there is nothing to hold it to.
    if (sourceRef === '') return { value: undefined, detail: `${candidate.tag} records no source ref` };
    if (!refAllowed(sourceRef, allowedRefs)) {
      throw new UserError(
        `${modelName} ${candidate.version} was registered from ${quote(sourceRef)}, which 'allowed-refs' ` +
          `(${allowedRefs.join(', ')}) does not allow: register the version from a branch or a tag, ` +
          `or add a glob that matches this ref to 'allowed-refs'.`,
      );
    }
    return { value: undefined, detail: `registered from ${quote(sourceRef)}` };
  }

  private async checkDigest(candidate: Candidate): Promise<void> {
    const { path } = this.settings;
    if (path === '') {
      this.steps.skip('Check digest', "no 'path' given");
      return;
    }
    await this.steps.run('Check digest', async () => {
      const { digest } = await this.deps.digestOf(resolve(this.deps.workspace, path));
      if (digest !== candidate.digest) {
        throw new UserError(
          `The files at '${path}' have the digest ${digest}, but ${candidate.tag} was registered with ${candidate.digest}: ` +
            `deploy the files that were registered, or register these with the version-model action.`,
        );
      }
      return { value: undefined, detail: `'${path}' matches ${digest}` };
    });
  }

  /**
   * The candidate's files for the command: `path` when given (its digest was
   * checked), else the stored files, downloaded and verified before anything
   * runs; empty when the version has no stored files.
   */
  private async modelFiles(candidate: Candidate): Promise<string> {
    const { path, modelName } = this.settings;
    if (path !== '') return resolve(this.deps.workspace, path);
    if (!isStored(candidate)) {
      this.steps.skip('Download model', `${candidate.tag} was registered without a store, and no 'path' is given`);
      return '';
    }
    return this.steps.run('Download model', async () => {
      const files = await downloadModel(modelName, candidate, this.deps);
      const how = files.downloadedBytes > 0 ? 'downloaded and verified' : 'verified, downloaded earlier in the job';
      return { value: files.directory, detail: `${candidate.tag} ${how}` };
    });
  }

  private async checkPromotion(candidate: Candidate): Promise<void> {
    if (this.settings.requires.length === 0) {
      this.steps.skip('Check promotion', "no 'requires' given");
      return;
    }
    await this.steps.run('Check promotion', async () => {
      const missing: string[] = [];
      for (const required of this.requires) {
        const { passed, current } = await this.hasRun(candidate, required.environment);
        required.current = current;
        if (!passed) {
          missing.push(
            current === ''
              ? `${required.environment} (nothing was deployed there yet)`
              : `${required.environment} (it runs ${current})`,
          );
        }
      }
      const { modelName, environment } = this.settings;
      if (missing.length > 0) {
        throw new UserError(
          `${modelName} ${candidate.version} may not be deployed to ${environment}: it has not been deployed ` +
            `successfully to ${missing.join(' and ')}. Deploy it there first (${environment} requires ` +
            `${this.settings.requires.join(', ')}).`,
        );
      }
      return { value: undefined, detail: `${candidate.version} passed ${this.settings.requires.join(', ')}` };
    });
  }

  /**
   * Whether `candidate` was ever recorded in `environment`, and the version
   * that runs there now. Tags that hold no record of ours count for neither.
   */
  private async hasRun(candidate: Candidate, environment: string): Promise<{ passed: boolean; current: string }> {
    const { registry } = this.deps;
    const assignments = await registry.listAssignments(this.settings.modelName, environment);
    const newest = await registry.newestDeployment(assignments);
    const current = newest?.record.version ?? '';
    if (current === candidate.version) return { passed: true, current };
    // An environment tag points at its version's commit, so only those tags can name this version;
    // versions registered on one commit share it, so the record decides. Tags newer than the
    // newest record of ours were ignored already.
    const older = (tag: EnvironmentTag) => newest === undefined || tag.n < newest.tag.n;
    const onCommit = assignments.filter((tag) => tag.commit === candidate.commit && older(tag));
    for (const tag of onCommit.reverse()) {
      if ((await registry.findDeployment(tag))?.version === candidate.version) return { passed: true, current };
    }
    return { passed: false, current };
  }

  private async readCurrent(): Promise<Candidate | undefined> {
    return this.steps.run('Read current version', async () => {
      const { registry, logger: log } = this.deps;
      const { modelName, environment } = this.settings;
      const current = await registry.currentDeployment(modelName, environment);
      if (!current) return { value: undefined, detail: `nothing was deployed to ${environment} yet` };
      const { record, tag } = current;
      this.previousVersion = record.version;
      const version: ModelVersion | undefined = await registry.findVersion(modelName, record.version);
      if (!version) {
        log.warning(
          `${environment} runs ${record.version} (${tag.tag}), whose version tag ${versionTagName(modelName, record.version)} ` +
            'is gone from the registry: a failed deploy cannot be rolled back to it.',
        );
        return {
          value: undefined,
          detail: `${environment} runs ${record.version} (${tag.tag}); its version tag is gone`,
        };
      }
      // Its stored files, for a rollback, are where its own manifest says (a forged one names none).
      const uri = (await registry.findManifest(version))?.uri ?? '';
      const previous = {
        version: record.version,
        tag: version.tag,
        digest: record.digest,
        uri,
        commit: version.commit,
        registered: version,
      };
      return { value: previous, detail: `${environment} runs ${record.version} (${tag.tag})` };
    });
  }

  /** After a refusal, what still runs in the environment, for the summary; undefined when it cannot be read. */
  private async currentVersion(): Promise<string | undefined> {
    try {
      const current = await this.deps.registry.currentDeployment(this.settings.modelName, this.settings.environment);
      return current?.record.version ?? '';
    } catch {
      // The refusal is what matters; the summary then shows no versions.
      return undefined;
    }
  }
}

function notRegistered(model: string, wanted: string, versions: ModelVersion[], remote: string): string {
  if (versions.length === 0) {
    return `No version of ${model} is registered in '${remote}': register one with the version-model action first.`;
  }
  const shown = versions.slice(-5).map((v) => v.version);
  const more = versions.length > shown.length ? `${versions.length - shown.length} older and ` : '';
  return (
    `${model} ${wanted} is not registered in '${remote}' (there is no tag ${versionTagName(model, wanted)}). ` +
    `Registered: ${more}${shown.join(', ')}. Deploy one of those, or register this version with the version-model action first.`
  );
}
