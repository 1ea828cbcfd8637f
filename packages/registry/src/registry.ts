import { setTimeout as sleep } from 'node:timers/promises';
import type { SemVer } from 'semver';
import { retryOnConflict, type Attempt, type RetryOptions } from './conflicts.js';
import { ForeignTagError, RegistryError, RemoteTimeoutError, shownValue, type RegistryErrorCode } from './errors.js';
import type { Git, GitResult } from './git.js';
import { assertRegistryName, assignmentOfTag, environmentTagName, versionTagName } from './names.js';
import {
  deploymentFromTag,
  formatTagMessage,
  manifestFromTag,
  type DeploymentRecord,
  type ModelManifest,
} from './records.js';
import { isRegistryVersion, parseRegistryVersion } from './semver.js';

/**
 * Where the registry tells what it ignored: tags in a model's namespace that
 * mlops-actions did not write. Typed by its shape, so that an action hands
 * in its logger; each message is one line, with every value read from a tag
 * escaped as JSON.
 */
export interface RegistryLog {
  warning(text: string): void;
}

export interface RegistryOptions {
  /** Told once per tag that is ignored; without it, ignored tags are ignored silently. */
  log?: RegistryLog;
}

/** A registered version of a model: a `<model>@v<semver>` tag on the remote. */
export interface ModelVersion {
  model: string;
  version: string;
  /** `tiny-lm@v0.3.0` */
  tag: string;
  /** The commit the tag points at (peeled). */
  commit: string;
  /** The tag object's id (equals `commit` for a lightweight tag). */
  object: string;
  /** False for a lightweight tag, which holds no manifest. */
  annotated: boolean;
}

/** One assignment of a model version to an environment: a `<model>#<env>#<n>` tag on the remote. */
export interface EnvironmentTag {
  model: string;
  environment: string;
  n: number;
  /** `tiny-lm#production#4` */
  tag: string;
  /** The commit the tag points at: the commit of the version deployed. */
  commit: string;
  object: string;
}

/** The newest assignment of an environment with its record. */
export interface Deployment {
  tag: EnvironmentTag;
  record: DeploymentRecord;
}

/** What happened to a tag: pushed, refused because the remote already has that name, or only created locally. */
export type TagPush = 'pushed' | 'exists' | 'local';

/** The identity tags are made with when the checkout has none (as actions/checkout leaves it). */
export const BOT_IDENTITY = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
} as const;

interface RemoteTag {
  name: string;
  object: string;
  commit: string;
}

/** An object id as git prints it: SHA-1 or SHA-256. */
const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Names of ignored tags given in one warning; the rest are counted. */
const NAMES_SHOWN = 5;

/** Warnings about ignored tags one registry gives; a flood of forged tags does not flood the log. */
const WARNINGS_GIVEN = 20;

/**
 * The git-tag model registry of one remote (DESIGN.md, "The registry
 * format"). Everything is read from the remote with `git ls-remote`, so a
 * shallow checkout with no tags fetched sees the whole registry; a tag's
 * message is fetched only when it is read. Writing makes an annotated tag
 * object and pushes it by its id to just that ref: the remote refuses a name
 * that exists, which makes the push the atomic step of every registration.
 *
 * Anyone who can push a tag can write one in a model's namespace, so every
 * name and record is checked where it is read. A tag that fails is foreign:
 * readers ignore it as if it were not there, and tell `options.log` once.
 * Only a version asked for by name (`readManifest`) is an error when its tag
 * is foreign, since there is nothing else to give.
 */
export class Registry {
  private identity: Promise<Record<string, string>> | undefined;
  private readonly git: Git;
  private readonly log: RegistryLog | undefined;
  /** Tag objects found foreign (`name object`): read once, told once. */
  private readonly foreign = new Set<string>();
  /** Names in a namespace that are not registry tag names, told once. */
  private readonly misnamed = new Set<string>();
  private warnings = 0;

  constructor(
    git: Git,
    readonly remote = 'origin',
    options: RegistryOptions = {},
  ) {
    // A remote is passed to git as an argument: one starting with '-' would be read as an option.
    if (remote === '' || remote.startsWith('-')) {
      throw new RegistryError(
        'invalid-remote',
        `The git remote must be a remote name such as 'origin' or a URL, not ${JSON.stringify(remote)}.`,
      );
    }
    this.git = failingOnRemoteTimeout(git, remote);
    this.log = options.log;
  }

  /**
   * Registered versions of `model`, ascending by semver precedence. Other
   * models' tags are not listed; a `<model>@v…` tag whose rest is not a
   * registry version is ignored, with a warning.
   */
  async listVersions(model: string): Promise<ModelVersion[]> {
    assertRegistryName('model', model);
    const prefix = `${model}@v`;
    // Each version is parsed once, and the parsed values compared.
    const parsed: { semver: SemVer; version: ModelVersion }[] = [];
    const misnamed: string[] = [];
    for (const ref of await this.lsRemote(`refs/tags/${prefix}*`)) {
      if (!ref.name.startsWith(prefix)) continue;
      const version = ref.name.slice(prefix.length);
      const semver = parseRegistryVersion(version);
      if (semver) parsed.push({ semver, version: toModelVersion(model, version, ref) });
      else misnamed.push(ref.name);
    }
    this.ignoreNames(misnamed, 'version', model, `${model}@v<semantic version>`);
    return parsed.sort((a, b) => a.semver.compare(b.semver)).map(({ version }) => version);
  }

  /** The newest registered version (highest precedence), if any. */
  async latestVersion(model: string): Promise<ModelVersion | undefined> {
    return (await this.listVersions(model)).at(-1);
  }

  /** One version, or undefined when it is not registered. */
  async findVersion(model: string, version: string): Promise<ModelVersion | undefined> {
    assertRegistryName('model', model);
    if (!isRegistryVersion(version)) return undefined;
    const tag = versionTagName(model, version);
    const ref = (await this.lsRemote(`refs/tags/${tag}`)).find((r) => r.name === tag);
    return ref && toModelVersion(model, version, ref);
  }

  /** The manifest of a registered version; a `RegistryError` (`not-registered`) when it is not registered. */
  async readManifest(model: string, version: string | ModelVersion): Promise<ModelManifest> {
    const wanted = typeof version === 'string' ? version : version.version;
    const found = typeof version === 'string' ? await this.findVersion(model, version) : version;
    if (!found) {
      throw this.notRegistered(model, wanted);
    }
    const manifest = manifestFromTag(await this.readTag(found.tag, found.object, found.annotated), found.tag);
    if (manifest.name !== found.model || manifest.version !== found.version) {
      throw new ForeignTagError(
        'manifest-invalid',
        `The manifest in tag ${found.tag} names another version; the tag was not written by mlops-actions.`,
        found.tag,
        manifest.name === found.model ? 'version' : 'name',
      );
    }
    return manifest;
  }

  /**
   * The manifest of a listed version, or undefined when its tag was not
   * written by mlops-actions (a lightweight tag, a forged or malformed
   * manifest): that tag is ignored, with a warning.
   */
  async findManifest(version: ModelVersion): Promise<ModelManifest | undefined> {
    if (this.foreign.has(`${version.tag} ${version.object}`)) return undefined;
    try {
      return await this.readManifest(version.model, version);
    } catch (error) {
      if (!(error instanceof ForeignTagError)) throw error;
      this.ignoreForeign(version.tag, version.object, error);
      return undefined;
    }
  }

  /**
   * Makes a version's tag readable in the checkout (`git cat-file -p <tag>`),
   * as a deploy command may expect: a shallow checkout, as actions/checkout
   * leaves it, has neither the tag nor, for an older version, its objects.
   * The local tag is pointed at the registered tag object; a local tag of
   * that name that differs is a leftover, since the remote is the registry.
   */
  async fetchVersionTag(version: ModelVersion): Promise<void> {
    await this.ensureObject(version.tag, version.object);
    const ref = `refs/tags/${version.tag}`;
    const updated = await this.git.run(['update-ref', ref, version.object]);
    if (updated.exitCode === 0) return;
    // Another run in this checkout may hold the ref's lock to point it at the same object.
    const now = await this.git.run(['rev-parse', '--quiet', '--verify', ref]);
    if (now.exitCode === 0 && now.stdout.trim() === version.object) return;
    throw new Error(
      `could not create the local tag ${version.tag}: git update-ref failed: ${lastLines(updated.stderr)}`,
    );
  }

  /**
   * Creates the version tag `<name>@v<version>` on `commit` with the manifest
   * as its message and pushes it. `exists` means another run registered that
   * version first; nothing is left locally then, nor when this throws.
   */
  async pushVersion(manifest: ModelManifest, commit: string, options: { push?: boolean } = {}): Promise<TagPush> {
    assertRegistryName('model', manifest.name);
    if (!isRegistryVersion(manifest.version)) throw new Error(`not a registry version: ${manifest.version}`);
    const tag = versionTagName(manifest.name, manifest.version);
    const title = `Register ${manifest.name} version ${manifest.version}`;
    const message = formatTagMessage(title, manifest);
    readBack(tag, message, manifestFromTag);
    return (await this.createTag(tag, commit, message, options.push ?? true)).result;
  }

  /**
   * Assignments of `model` to `environment`, ascending by `n`; without an
   * environment, those of every environment (by environment, then `n`). A
   * tag in the namespace whose name is not `<model>#<environment>#<n>` is
   * ignored, with a warning.
   */
  async listAssignments(model: string, environment?: string): Promise<EnvironmentTag[]> {
    assertRegistryName('model', model);
    if (environment !== undefined) assertRegistryName('environment', environment);
    const prefix = environment === undefined ? `${model}#` : `${model}#${environment}#`;
    const tags: EnvironmentTag[] = [];
    const misnamed: string[] = [];
    for (const ref of await this.lsRemote(`refs/tags/${prefix}*`)) {
      if (!ref.name.startsWith(prefix)) continue;
      const assignment = assignmentOfTag(model, ref.name);
      if (!assignment) misnamed.push(ref.name);
      else if (environment === undefined || assignment.environment === environment) {
        tags.push({ model, ...assignment, tag: ref.name, commit: ref.commit, object: ref.object });
      }
    }
    this.ignoreNames(misnamed, 'environment', model, `${model}#<environment>#<n>`);
    return tags.sort((a, b) => (a.environment === b.environment ? a.n - b.n : a.environment < b.environment ? -1 : 1));
  }

  /**
   * The record held by an environment tag; a `ForeignTagError` when the tag
   * was not written by mlops-actions. Readers that look for what runs where
   * use `findDeployment`, which ignores such a tag.
   */
  async readDeployment(tag: EnvironmentTag): Promise<DeploymentRecord> {
    const record = deploymentFromTag(await this.readTag(tag.tag, tag.object, tag.object !== tag.commit), tag.tag);
    if (record.name !== tag.model || record.environment !== tag.environment) {
      throw new ForeignTagError(
        'manifest-invalid',
        `The deployment record in tag ${tag.tag} names another model or environment; the tag was not written by mlops-actions.`,
        tag.tag,
        record.name === tag.model ? 'environment' : 'name',
      );
    }
    return record;
  }

  /**
   * The record held by an environment tag, or undefined when the tag was not
   * written by mlops-actions (a lightweight tag, a forged or malformed
   * record): that tag is ignored, with a warning.
   */
  async findDeployment(tag: EnvironmentTag): Promise<DeploymentRecord | undefined> {
    if (this.foreign.has(`${tag.tag} ${tag.object}`)) return undefined;
    try {
      return await this.readDeployment(tag);
    } catch (error) {
      if (!(error instanceof ForeignTagError)) throw error;
      this.ignoreForeign(tag.tag, tag.object, error);
      return undefined;
    }
  }

  /**
   * What runs in `environment` now: its newest assignment whose record
   * mlops-actions wrote, or undefined when nothing was deployed there. Newer
   * tags that hold no record of ours are ignored, with a warning.
   */
  async currentDeployment(model: string, environment: string): Promise<Deployment | undefined> {
    return this.newestDeployment(await this.listAssignments(model, environment));
  }

  /**
   * The newest of `tags` (one environment's, ascending by `n` as
   * `listAssignments` gives them) whose record mlops-actions wrote; newer
   * ones are ignored, with a warning.
   */
  async newestDeployment(tags: readonly EnvironmentTag[]): Promise<Deployment | undefined> {
    for (const tag of [...tags].reverse()) {
      const record = await this.findDeployment(tag);
      if (record) return { tag, record };
    }
    return undefined;
  }

  /**
   * Records a deployment that succeeded: pushes `<model>#<env>#<n>` with
   * `n` one above the highest, on the commit of the version's tag. When
   * another run takes that `n` first, re-reads the remote and takes the next.
   */
  async recordDeployment(
    record: DeploymentRecord,
    options: RetryOptions & { push?: boolean } = {},
  ): Promise<EnvironmentTag> {
    assertRegistryName('model', record.name);
    assertRegistryName('environment', record.environment);
    const verb = record.rollback ? 'Roll back' : 'Deploy';
    const title = `${verb} ${record.name} ${record.version} to ${record.environment}`;
    const message = formatTagMessage(title, record);
    readBack(environmentTagName(record.name, record.environment, 1), message, deploymentFromTag);
    const version = await this.findVersion(record.name, record.version);
    if (!version) throw this.notRegistered(record.name, record.version);
    // The environment tag points at the version's commit, which a shallow checkout may not have.
    await this.ensureObject(version.tag, version.object);
    return retryOnConflict(
      async (): Promise<Attempt<EnvironmentTag>> => {
        const n = ((await this.listAssignments(record.name, record.environment)).at(-1)?.n ?? 0) + 1;
        const tag = environmentTagName(record.name, record.environment, n);
        const { result, object } = await this.createTag(tag, version.commit, message, options.push ?? true);
        if (result === 'exists') return { taken: tag };
        return {
          done: { model: record.name, environment: record.environment, n, tag, commit: version.commit, object },
        };
      },
      (tries) =>
        `Could not record the deployment of ${record.name} ${record.version} to ${record.environment}: ` +
        `other runs took each assignment number first, ${tries} times.`,
      options,
    );
  }

  /**
   * Removes every record of `environment` (a preview environment keeps no
   * history): deletes each `<model>#<environment>#<n>` tag the remote lists,
   * each only while it still points at the tag object that was listed
   * (`--force-with-lease`), so a tag written again under a name meanwhile is
   * never deleted unseen. Then reads the remote again: a record that another
   * run pushed meanwhile (a deploy overlapping the removal) is removed in the
   * next round and told to `onConflict`, a bounded number of times. A record
   * pushed after the last round stays. Gives the tags removed.
   */
  async removeDeployments(model: string, environment: string, options: RetryOptions = {}): Promise<EnvironmentTag[]> {
    const removed: EnvironmentTag[] = [];
    return retryOnConflict(
      async (): Promise<Attempt<EnvironmentTag[]>> => {
        const listed = await this.listAssignments(model, environment);
        if (listed.length === 0) return { done: removed };
        const refused = await this.deleteTags(listed);
        const left = await this.listAssignments(model, environment);
        for (const tag of listed) {
          if (!left.some((l) => l.tag === tag.tag)) removed.push(tag);
        }
        const stuck = left.find(
          (l) => refused.has(l.tag) && listed.some((t) => t.tag === l.tag && t.object === l.object),
        );
        if (stuck) {
          throw new RegistryError(
            'push-refused',
            `The git remote '${this.remote}' refused to delete the tag ${stuck.tag}: ${refused.get(stuck.tag)}.`,
          );
        }
        // Left over: records pushed while these were deleted.
        return left.length === 0 ? { done: removed } : { taken: left[0].tag };
      },
      (tries) =>
        `Could not remove the records of ${model} in ${environment}: other runs recorded new deployments there ` +
        `while they were removed, ${tries} times.`,
      options,
    );
  }

  /** The commit checked out (`HEAD`); a `RegistryError` (`not-a-checkout`) when the workspace is not a git checkout. */
  async headCommit(): Promise<string> {
    const result = await this.git.run(['rev-parse', '--verify', 'HEAD^{commit}']);
    if (result.exitCode !== 0) {
      throw new RegistryError(
        'not-a-checkout',
        `The workspace is not a git checkout with a commit (${lastLine(result.stderr)}).`,
      );
    }
    return result.stdout.trim();
  }

  // --- reading ---

  /** Tags of the remote matching `pattern`, with the commit each points at. */
  private async lsRemote(pattern: string): Promise<RemoteTag[]> {
    // ls-remote matches the tail of a ref name: an exact name needs its `^{}` line asked for too.
    const patterns = pattern.endsWith('*') ? [pattern] : [pattern, `${pattern}^{}`];
    const result = await this.git.run(['ls-remote', '--tags', this.remote, ...patterns]);
    if (result.exitCode !== 0) {
      throw new RegistryError(
        remoteFailure(result.stderr),
        `Could not read the registry from the git remote '${this.remote}': ${lastLines(result.stderr)}.`,
      );
    }
    const objects = new Map<string, string>();
    const peeled = new Map<string, string>();
    for (const line of result.stdout.split('\n')) {
      const [oid, ref] = line.split('\t');
      if (!oid || !OBJECT_ID.test(oid) || !ref?.startsWith('refs/tags/')) continue;
      const name = ref.slice('refs/tags/'.length);
      if (name.endsWith('^{}')) peeled.set(name.slice(0, -3), oid);
      else objects.set(name, oid);
    }
    return [...objects].map(([name, object]) => ({ name, object, commit: peeled.get(name) ?? object }));
  }

  /** The tag object as `git cat-file tag` prints it. */
  private async readTag(tag: string, object: string, annotated: boolean): Promise<string> {
    if (!annotated) {
      throw new ForeignTagError(
        'foreign-tag',
        `The tag ${tag} is a lightweight tag and holds no record; registry tags are annotated tags made by mlops-actions.`,
        tag,
      );
    }
    await this.ensureObject(tag, object);
    return this.must(['cat-file', 'tag', object], `read the tag ${tag}`);
  }

  /**
   * Fetches one tag's objects when they are not here, without creating a
   * local ref or touching FETCH_HEAD. In a shallow checkout it fetches the
   * tagged commit alone (`--depth=1`); in a full one, depth would make it shallow.
   */
  private async ensureObject(tag: string, object: string): Promise<void> {
    if ((await this.git.run(['cat-file', '-e', object])).exitCode === 0) return;
    const inspected = await this.git.run(['rev-parse', '--is-shallow-repository']);
    if (inspected.exitCode !== 0) {
      // With a repository URL as the remote, ls-remote works without a checkout; fetching needs one.
      throw new RegistryError('not-a-checkout', `The workspace is not a git checkout (${lastLine(inspected.stderr)}).`);
    }
    const shallow = inspected.stdout.trim() === 'true';
    const args = [
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-write-fetch-head',
      ...(shallow ? ['--depth=1'] : []),
      this.remote,
      `refs/tags/${tag}`,
    ];
    let result = await this.git.run(args);
    // Runs sharing a checkout fetch into one repository: git refuses a fetch whose shallow file or
    // lock another fetch changed meanwhile. The other fetch may have brought the object; else try again.
    for (let attempt = 1; result.exitCode !== 0 && LOCAL_CONTENTION.test(result.stderr) && attempt <= 8; attempt++) {
      await sleep(50 + Math.random() * 100 * attempt);
      if ((await this.git.run(['cat-file', '-e', object])).exitCode === 0) return;
      result = await this.git.run(args);
    }
    if (result.exitCode !== 0) {
      throw new RegistryError(
        remoteFailure(result.stderr),
        `Could not fetch the tag ${tag} from '${this.remote}': ${lastLines(result.stderr)}.`,
      );
    }
  }

  // --- writing ---

  /**
   * Makes the annotated tag `tag` on `commit` and, when `push`, pushes it.
   * The tag object is made without a named ref and pushed by its id, so runs
   * that share a checkout never see, push or delete each other's tags; a lost
   * push leaves nothing behind. Without `push`, the local tag is created only
   * if the checkout has none of that name (atomically: another run may be
   * creating it at the same moment).
   */
  private async createTag(
    tag: string,
    commit: string,
    message: string,
    push: boolean,
  ): Promise<{ result: TagPush; object: string }> {
    const object = await this.makeTagObject(tag, commit, message);
    if (!push) {
      await this.createLocalTag(tag, object);
      return { result: 'local', object };
    }
    // --no-verify: a checkout's pre-push hook (husky's, installed by a build step's `npm ci`) guards
    // developers' pushes; run here, its failure would be reported as a refused tag.
    const pushed = await this.git.run([
      'push',
      '--porcelain',
      '--no-verify',
      this.remote,
      `${object}:refs/tags/${tag}`,
    ]);
    // Porcelain lines are `<flag>\t<from>:<to>\t<summary>`. Only `*` (a new ref) means this run
    // created it: `=` (up to date) means another run pushed an identical tag object first, which is not ours.
    const line = (flag: string) =>
      pushed.stdout
        .split('\n')
        .find((l) => l.startsWith(`${flag}\t`) && l.split('\t')[1]?.endsWith(`:refs/tags/${tag}`));
    if (pushed.exitCode === 0 && line('*')) {
      return { result: 'pushed', object };
    }
    // Decide by what the remote holds now, not by messages that vary between git hosts.
    const remote = (await this.lsRemote(`refs/tags/${tag}`)).find((r) => r.name === tag);
    if (remote) return { result: 'exists', object };
    // With --porcelain the remote's own reason ("[remote rejected] (shallow
    // update not allowed)") is on stdout; stderr only says the push failed.
    const rejection = line('!')?.split('\t')[2]?.trim();
    const reason = [rejection, lastLines(pushed.stderr)].filter(Boolean).join('; ');
    const refused = `The git remote '${this.remote}' refused the tag ${tag}: ${reason}.`;
    // A shallow checkout can push a tag only to a remote that already has the tagged commit's
    // history, as the repository's own origin does; a separate registry repository refuses it.
    if (/shallow update not allowed/.test(rejection ?? '')) {
      throw new RegistryError(
        'shallow-refused',
        `${refused} The checkout is shallow and the remote does not have the history of commit ${commit}.`,
      );
    }
    throw new RegistryError('push-refused', refused);
  }

  /**
   * Deletes `tags` from the remote in one push, each only while it still
   * points at its listed object. Gives the tags the remote refused to delete
   * for a reason other than a changed tag (a ruleset, permissions), with the
   * reason; the caller reads the remote to see what is gone.
   */
  private async deleteTags(tags: readonly EnvironmentTag[]): Promise<Map<string, string>> {
    const pushed = await this.git.run([
      'push',
      '--porcelain',
      '--no-verify',
      ...tags.map((t) => `--force-with-lease=refs/tags/${t.tag}:${t.object}`),
      this.remote,
      ...tags.map((t) => `:refs/tags/${t.tag}`),
    ]);
    const refused = new Map<string, string>();
    for (const line of pushed.stdout.split('\n')) {
      const [flag, refs, summary = ''] = line.split('\t');
      const tag = /:refs\/tags\/(.+)$/.exec(refs ?? '')?.[1];
      // `stale info`: the tag changed since it was listed, which the next round reads again.
      if (flag === '!' && tag !== undefined && !summary.includes('stale info')) {
        refused.set(tag, [summary.trim(), lastLines(pushed.stderr)].filter(Boolean).join('; '));
      }
    }
    // A push refused as a whole (credentials, a hook) names no ref.
    if (pushed.exitCode !== 0 && !/^[-!=]\t/m.test(pushed.stdout)) {
      for (const t of tags) refused.set(t.tag, lastLines(pushed.stderr));
    }
    return refused;
  }

  /**
   * Writes the tag object (as `git tag --annotate --cleanup=verbatim` would)
   * into the object store and returns its id; no ref names it yet.
   */
  private async makeTagObject(tag: string, commit: string, message: string): Promise<string> {
    const ident = await this.git.run(['var', 'GIT_COMMITTER_IDENT'], { env: await this.identityEnv() });
    if (ident.exitCode !== 0) throw new Error(`could not tell the tagger of ${tag}: ${lastLines(ident.stderr)}`);
    const text = `object ${commit}\ntype commit\ntag ${tag}\ntagger ${ident.stdout.trim()}\n\n${message}`;
    const made = await this.git.run(['mktag'], { input: text });
    if (made.exitCode !== 0) throw new Error(`git mktag ${tag} failed: ${lastLines(made.stderr)}`);
    return made.stdout.trim();
  }

  /**
   * Creates the local tag `tag` at `object`. The empty old value makes
   * `update-ref` refuse a tag that exists, so a run never replaces a tag that
   * another run in this checkout made.
   */
  private async createLocalTag(tag: string, object: string): Promise<void> {
    const ref = `refs/tags/${tag}`;
    const created = await this.git.run(['update-ref', ref, object, '']);
    if (created.exitCode === 0) return;
    const existing = await this.git.run(['rev-parse', '--quiet', '--verify', ref]);
    if (existing.exitCode !== 0) throw new Error(`could not create the local tag ${tag}: ${lastLines(created.stderr)}`);
    throw new RegistryError(
      'local-tag-exists',
      `The checkout already has a tag ${tag} (${existing.stdout.trim().slice(0, 12)}), made by another run ` +
        'in this checkout or left by an earlier one; a tag made without pushing never replaces it.',
    );
  }

  /** Tells the log, once per tag object, that a tag holding no record of ours is ignored. */
  private ignoreForeign(tag: string, object: string, error: ForeignTagError): void {
    const key = `${tag} ${object}`;
    if (this.foreign.has(key)) return;
    this.foreign.add(key);
    // The tag's name passed the name checks; the message shows any value of the record as JSON.
    this.warn(`${error.message} It is ignored.`);
  }

  /** One warning about ignored tags, while fewer than `WARNINGS_GIVEN` were given; then one that says so. */
  private warn(text: string): void {
    this.warnings++;
    if (this.warnings <= WARNINGS_GIVEN) this.log?.warning(text);
    else if (this.warnings === WARNINGS_GIVEN + 1) {
      this.log?.warning(
        `More tags in '${this.remote}' that mlops-actions did not write are ignored, ` +
          `without a warning each after the first ${WARNINGS_GIVEN}.`,
      );
    }
  }

  /**
   * Tells the log, in one warning, of the tags of one listing in `model`'s
   * namespace whose names are not `format`, each named once.
   */
  private ignoreNames(names: readonly string[], kind: 'version' | 'environment', model: string, format: string): void {
    const fresh = names.filter((name) => !this.misnamed.has(name));
    if (fresh.length === 0) return;
    for (const name of fresh) this.misnamed.add(name);
    // Git refuses line breaks and ':' in a ref name, but a name is still text from the remote: shown as JSON.
    const shown = fresh.slice(0, NAMES_SHOWN).map(shownValue).join(', ');
    const more = fresh.length > NAMES_SHOWN ? ` and ${fresh.length - NAMES_SHOWN} more` : '';
    const one = fresh.length === 1;
    this.warn(
      `${one ? 'The tag' : 'The tags'} ${shown}${more} in '${this.remote}' ` +
        `${one ? `is not ${kind === 'version' ? 'a' : 'an'} ${kind} tag` : `are not ${kind} tags`} of ${model} ` +
        `(${format}): ${one ? 'it is' : 'they are'} ignored.`,
    );
  }

  private notRegistered(model: string, version: string): RegistryError {
    return new RegistryError(
      'not-registered',
      `${model} ${version} is not registered in '${this.remote}': there is no tag ${versionTagName(model, version)}.`,
    );
  }

  /**
   * The committer identity a tag is made with: the checkout's own when it has
   * one, otherwise github-actions[bot], given through the environment so that
   * the user's git config is never changed.
   */
  private identityEnv(): Promise<Record<string, string>> {
    this.identity ??= this.git
      .run(['-c', 'user.useConfigOnly=true', 'var', 'GIT_COMMITTER_IDENT'])
      .then((result): Record<string, string> =>
        result.exitCode === 0 ? {} : { GIT_COMMITTER_NAME: BOT_IDENTITY.name, GIT_COMMITTER_EMAIL: BOT_IDENTITY.email },
      );
    return this.identity;
  }

  /** Runs git and returns stdout; a failure here is an internal error, not the user's. */
  private async must(args: string[], what: string): Promise<string> {
    const result: GitResult = await this.git.run(args);
    if (result.exitCode !== 0) throw new Error(`could not ${what}: git ${args[0]} failed: ${lastLines(result.stderr)}`);
    return result.stdout;
  }
}

/**
 * Checks that a tag message about to be written reads back as a record of
 * ours: the registry never writes a tag that its readers would ignore. A
 * failure is a bug of the caller (actions check their inputs first).
 */
function readBack(tag: string, message: string, read: (raw: string, tag: string) => unknown): void {
  try {
    read(`tag ${tag}\n\n${message}`, tag);
  } catch (error) {
    if (!(error instanceof ForeignTagError)) throw error;
    throw new Error(`refusing to write ${tag}, which the registry would ignore: ${error.message}`);
  }
}

function toModelVersion(model: string, version: string, ref: RemoteTag): ModelVersion {
  return {
    model,
    version,
    tag: ref.name,
    commit: ref.commit,
    object: ref.object,
    annotated: ref.object !== ref.commit,
  };
}

/** git's messages when another git process in the same repository holds or changed what a fetch writes. */
const LOCAL_CONTENTION = /shallow file has changed since we read it|Unable to create '[^']*\.lock': File exists/;

/**
 * `git` whose calls to the remote throw a `RegistryError` (`remote-timeout`)
 * when git had to be stopped, so that no caller reads a stopped call as an
 * answer (an empty `ls-remote` would look like an empty registry).
 */
function failingOnRemoteTimeout(git: Git, remote: string): Git {
  return {
    async run(args, options) {
      const result = await git.run(args, options);
      const [command] = args;
      if (result.timedOutAfterMs === undefined || !REMOTE_COMMANDS.has(command)) return result;
      const tag = /refs\/tags\/(.+)$/.exec(args.at(-1) ?? '')?.[1];
      const during =
        command === 'ls-remote'
          ? 'while the registry was read (git ls-remote)'
          : `while the tag ${tag} was ${command === 'push' ? 'pushed' : 'fetched'} (git ${command})`;
      const left =
        command === 'push' ? `: the remote may or may not hold ${tag} now` : ' and nothing was written to the registry';
      throw new RemoteTimeoutError(
        `The git remote '${remote}' did not answer within ${result.timedOutAfterMs / 1000} s ${during}, ` +
          `so git was stopped${left}.`,
        command as RemoteTimeoutError['command'],
      );
    },
  };
}

/** The git commands the registry sends to the remote: the ones a remote that stops answering can hang. */
const REMOTE_COMMANDS = new Set(['ls-remote', 'fetch', 'push']);

/** Why git could not read the remote, from its (English: `LC_ALL=C`) messages. */
function remoteFailure(stderr: string): RegistryErrorCode {
  if (/not a git repository/i.test(stderr) && !/does not appear/i.test(stderr)) return 'not-a-checkout';
  if (/does not appear to be a git repository|no such remote/i.test(stderr)) return 'remote-not-found';
  if (/could not read Username|Authentication failed|403|401|denied/i.test(stderr)) return 'remote-denied';
  return 'remote-unreadable';
}

/**
 * The last lines of git's stderr on one line, for an error message. The
 * `To <url>` line is dropped: it says nothing and could hold a token in a URL.
 */
function lastLines(stderr: string, count = 4): string {
  const lines = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('To '));
  return (
    lines
      .slice(-count)
      .join(' ')
      .replace(/[.\s]+$/, '') || 'no message from git'
  );
}

function lastLine(stderr: string): string {
  return lastLines(stderr, 1);
}
