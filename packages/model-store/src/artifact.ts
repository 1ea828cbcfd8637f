// The ModelPack v1 artifact (modelpack/model-spec `docs/spec.md`, `docs/config.md`,
// `docs/annotations.md`) of one model version, as DESIGN.md's "The model store
// (OCI)" lays it out: an OCI image manifest with the model `artifactType`, a
// model config, and one uncompressed raw layer per file in the file-set
// digest's path order, so a layer's digest is its file's sha256 and the
// file-set digest can be recomputed from the manifest alone.
import { posix } from 'node:path';
import { digestOfEntries, type FileDigest, type FileSetDigest } from '@mlops-actions/digest';
import { isSha256Digest, sha256DigestOf, shownDigest } from './blob.js';
import { ModelStoreError, quoted } from './errors.js';
import type { Descriptor } from './target.js';

export const IMAGE_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
export const MODEL_MANIFEST_ARTIFACT_TYPE = 'application/vnd.cncf.model.manifest.v1+json';
export const MODEL_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.model.config.v1+json';

/** The raw (unarchived, uncompressed) layer media types of ModelPack v1, by what the file is. */
export const LAYER_MEDIA_TYPES = {
  weight: 'application/vnd.cncf.model.weight.v1.raw',
  weightConfig: 'application/vnd.cncf.model.weight.config.v1.raw',
  doc: 'application/vnd.cncf.model.doc.v1.raw',
  code: 'application/vnd.cncf.model.code.v1.raw',
  dataset: 'application/vnd.cncf.model.dataset.v1.raw',
} as const;
const RAW_LAYER_MEDIA_TYPES: ReadonlySet<string> = new Set(Object.values(LAYER_MEDIA_TYPES));

/** ModelPack's layer annotation: the file's path below the model folder. */
export const FILEPATH_ANNOTATION = 'org.cncf.model.filepath';
/** ModelPack's flag for a media type chosen by a heuristic (ours: the file's name), not checked against the contents. */
export const MEDIA_TYPE_UNTESTED_ANNOTATION = 'org.cncf.model.file.mediatype.untested';
/** Ours: the file-set digest (DESIGN.md, "Digest of a set of files") the version was registered with. */
export const FILE_SET_DIGEST_ANNOTATION = 'io.mlops-actions.file-set.digest';

const VERSION_ANNOTATION = 'org.opencontainers.image.version';
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';

/** What the artifact says about the version besides its files. */
export interface VersionInfo {
  /** The model name (registry names: `^[a-z0-9][a-z0-9._-]{0,63}$`). */
  name: string;
  /** The version, without `v`. */
  version: string;
  /** The commit the version was built from. */
  revision?: string;
  /** The repository's URL (`https://github.com/owner/repo`): on GitHub's registry it links the package to the repository. */
  sourceUrl?: string;
  /** RFC 3339 time (`2026-01-01T00:00:00.000Z`). */
  created: string;
  /** The registry manifest's `metadata`: ModelPack fields found in it go into the config. */
  metadata?: Record<string, unknown>;
}

/** One file of a stored model: its digest line, and how the artifact typed it. */
export interface StoredFile extends FileDigest {
  mediaType: string;
}

/** A ModelPack artifact ready to push: the blobs besides the files, and the descriptors of all. */
export interface ModelArtifact {
  manifest: Buffer;
  manifestDigest: string;
  config: Buffer;
  configDescriptor: Descriptor;
  /** In manifest order (the file-set digest's path order), one a file. */
  files: StoredFile[];
}

/** A stored manifest, read and validated. */
export interface ModelManifest {
  configDescriptor: Descriptor;
  files: StoredFile[];
  /** Recomputed from the layers (path, size, digest), not read from an annotation. */
  fileSetDigest: string;
  annotations: Record<string, string>;
}

const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Semantic-version characters; `+` is allowed here and mapped for OCI tags (`versionTag`). */
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,127}$/;
/** RFC 3339, section 5.6 (`date-time`): what the config schema's `createdAt` asks for. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Builds the ModelPack artifact of a version from its file-set digest. */
export function buildModelArtifact(fileSet: FileSetDigest, info: VersionInfo): ModelArtifact {
  checkVersionInfo(info);
  if (fileSet.files.length === 0) {
    throw new ModelStoreError(
      'empty-model',
      `Model ${quoted(info.name)} has no files; a model artifact needs at least one.`,
    );
  }
  // The paths a pull would refuse are refused here already, so no version is registered that cannot be fetched.
  const paths = new ModelPaths();
  for (const file of fileSet.files) paths.add(file.path);
  const files = fileSet.files.map((file): StoredFile => ({ ...file, mediaType: layerMediaType(file.path) }));
  const config = Buffer.from(JSON.stringify(modelConfig(files, info)), 'utf8');
  const configDescriptor: Descriptor = {
    mediaType: MODEL_CONFIG_MEDIA_TYPE,
    digest: sha256DigestOf(config),
    size: config.length,
  };
  const annotations: Record<string, string> = {
    [VERSION_ANNOTATION]: info.version,
    ...(info.revision === undefined ? {} : { [REVISION_ANNOTATION]: info.revision }),
    ...(info.sourceUrl === undefined ? {} : { [SOURCE_ANNOTATION]: info.sourceUrl }),
    [CREATED_ANNOTATION]: info.created,
    [FILE_SET_DIGEST_ANNOTATION]: fileSet.digest,
  };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: IMAGE_MANIFEST_MEDIA_TYPE,
      artifactType: MODEL_MANIFEST_ARTIFACT_TYPE,
      config: configDescriptor,
      layers: files.map(layerDescriptor),
      annotations,
    }),
    'utf8',
  );
  return { manifest, manifestDigest: sha256DigestOf(manifest), config, configDescriptor, files };
}

function layerDescriptor(file: StoredFile): Descriptor {
  return {
    mediaType: file.mediaType,
    digest: `sha256:${file.sha256}`,
    size: file.size,
    annotations: { [FILEPATH_ANNOTATION]: file.path, [MEDIA_TYPE_UNTESTED_ANNOTATION]: 'true' },
  };
}

/** The ModelPack config (`config-schema.json`): the descriptor, the layers' diffIds, and what metadata knows. */
function modelConfig(files: readonly StoredFile[], info: VersionInfo): object {
  const metadata = info.metadata ?? {};
  return {
    descriptor: {
      name: info.name,
      version: info.version,
      ...(info.revision === undefined ? {} : { revision: info.revision }),
      createdAt: info.created,
      ...(info.sourceUrl === undefined ? {} : { sourceURL: info.sourceUrl }),
      ...known(metadata, DESCRIPTOR_STRINGS, DESCRIPTOR_STRING_LISTS),
    },
    modelfs: { type: 'layers', diffIds: files.map((file) => `sha256:${file.sha256}`) },
    config: known(metadata, CONFIG_STRINGS, []),
  };
}

// ModelPack fields a user's metadata may carry under the spec's own names; a
// value of another type is left out rather than making the config invalid.
const DESCRIPTOR_STRINGS = ['family', 'vendor', 'title', 'description', 'docURL'];
const DESCRIPTOR_STRING_LISTS = ['authors', 'licenses', 'datasetsURL'];
const CONFIG_STRINGS = ['architecture', 'format', 'paramSize', 'precision', 'quantization'];

function known(metadata: Record<string, unknown>, strings: string[], lists: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of strings) if (typeof metadata[key] === 'string') picked[key] = metadata[key];
  for (const key of lists) {
    const value = metadata[key];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) picked[key] = value;
  }
  return picked;
}

const DOC_NAMES = /^(readme|license|licence|notice|copying|authors|changelog|model_card|modelcard)([._-].*)?$/i;
const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.rst', '.adoc', '.pdf', '.html']);
const WEIGHT_CONFIG_NAMES =
  /^(tokenizer|vocab|merges|special_tokens|added_tokens|generation_config|config)([._-].*)?$/i;
const WEIGHT_CONFIG_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf']);
const CODE_NAMES = /^(dockerfile|makefile|requirements([._-].*)?\.txt|pyproject\.toml|package\.json)$/i;
const CODE_EXTENSIONS = new Set(
  '.py .pyi .ipynb .js .mjs .cjs .ts .sh .bash .go .rs .c .cc .cpp .h .hpp .cu .java .kt .scala .rb .r .jl .lua .swift'.split(
    ' ',
  ),
);

/**
 * The ModelPack media type of a file, from its name: documentation, code,
 * configuration of the weights (JSON, YAML, tokenizer files), else weights.
 */
export function layerMediaType(path: string): string {
  const name = posix.basename(path);
  const extension = posix.extname(name).toLowerCase();
  if (DOC_NAMES.test(name) || DOC_EXTENSIONS.has(extension)) return LAYER_MEDIA_TYPES.doc;
  if (CODE_NAMES.test(name) || CODE_EXTENSIONS.has(extension)) return LAYER_MEDIA_TYPES.code;
  if (WEIGHT_CONFIG_EXTENSIONS.has(extension) || WEIGHT_CONFIG_NAMES.test(name)) return LAYER_MEDIA_TYPES.weightConfig;
  return LAYER_MEDIA_TYPES.weight;
}

function checkVersionInfo(info: VersionInfo): void {
  const refuse = (what: string): never => {
    throw new ModelStoreError('invalid-version-info', what);
  };
  if (!MODEL_NAME.test(info.name)) {
    refuse(`The model name ${quoted(info.name)} is not a registry name (lower-case letters, digits, '.', '_', '-').`);
  }
  if (!VERSION.test(info.version)) {
    refuse(`The version ${quoted(info.version)} is not a semantic version such as 1.2.3.`);
  }
  if (!RFC3339.test(info.created) || Number.isNaN(Date.parse(info.created))) {
    refuse(`The creation time ${quoted(info.created)} is not an RFC 3339 time such as 2026-01-01T00:00:00Z.`);
  }
  if (info.revision !== undefined && !/^[0-9A-Za-z._/-]{1,256}$/.test(info.revision)) {
    refuse(`The revision ${quoted(info.revision)} is not a commit identifier.`);
  }
  if (info.sourceUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(info.sourceUrl)) {
    refuse(`The source URL ${quoted(info.sourceUrl)} is not an http(s) URL.`);
  }
}

// -- Reading a stored artifact (untrusted: anyone who can push to the store wrote it) --

/** Reads and validates a stored manifest: a ModelPack artifact of raw layers with safe, distinct file paths. */
export function readModelManifest(bytes: Buffer): ModelManifest {
  const manifest = parseJsonObject(bytes, 'The manifest');
  if (manifest.schemaVersion !== 2) invalid('The manifest is not an OCI image manifest (schemaVersion is not 2).');
  if (manifest.mediaType !== undefined && manifest.mediaType !== IMAGE_MANIFEST_MEDIA_TYPE) {
    invalid(`The manifest's mediaType is ${quotedValue(manifest.mediaType)}, not ${IMAGE_MANIFEST_MEDIA_TYPE}.`);
  }
  if (manifest.artifactType !== MODEL_MANIFEST_ARTIFACT_TYPE) {
    invalid(
      `The manifest's artifactType is ${quotedValue(manifest.artifactType)}, not ${MODEL_MANIFEST_ARTIFACT_TYPE}: ` +
        'it is not a ModelPack model artifact.',
    );
  }
  const configDescriptor = descriptorOf(manifest.config, 'The manifest config');
  if (configDescriptor.mediaType !== MODEL_CONFIG_MEDIA_TYPE) {
    invalid(
      `The manifest config's mediaType is ${quoted(configDescriptor.mediaType)}, not ${MODEL_CONFIG_MEDIA_TYPE}.`,
    );
  }
  if (!Array.isArray(manifest.layers) || manifest.layers.length === 0) {
    invalid('The manifest has no layers; a model artifact has one a file.');
  }
  const paths = new ModelPaths();
  const files = (manifest.layers as unknown[]).map((value, index): StoredFile => {
    const layer = descriptorOf(value, `Layer ${index + 1}`);
    if (!RAW_LAYER_MEDIA_TYPES.has(layer.mediaType)) {
      invalid(
        `Layer ${index + 1} has mediaType ${quoted(layer.mediaType)}; only ModelPack raw layers (one file each, ` +
          'uncompressed) can be pulled.',
      );
    }
    const path = layer.annotations?.[FILEPATH_ANNOTATION];
    if (path === undefined) invalid(`Layer ${index + 1} has no ${FILEPATH_ANNOTATION} annotation naming its file.`);
    paths.add(path);
    return { path, size: layer.size, sha256: layer.digest.slice('sha256:'.length), mediaType: layer.mediaType };
  });
  const annotations = stringMap(manifest.annotations, 'The manifest annotations') ?? {};
  return { configDescriptor, files, fileSetDigest: digestOfEntries(files), annotations };
}

/** Reads a stored config and checks it describes the manifest's layers, in order. */
export function readModelConfig(bytes: Buffer, manifest: ModelManifest): Record<string, unknown> {
  const config = parseJsonObject(bytes, 'The model config');
  const modelfs = config.modelfs as { type?: unknown; diffIds?: unknown } | undefined;
  if (typeof config.descriptor !== 'object' || config.descriptor === null || typeof config.config !== 'object') {
    invalid('The model config has no descriptor or config object; it is not a ModelPack config.');
  }
  if (typeof modelfs !== 'object' || modelfs === null || modelfs.type !== 'layers' || !Array.isArray(modelfs.diffIds)) {
    invalid('The model config has no modelfs of type layers; it is not a ModelPack config.');
  }
  const expected = manifest.files.map((file) => `sha256:${file.sha256}`);
  const diffIds = modelfs.diffIds as unknown[];
  if (diffIds.length !== expected.length || diffIds.some((diffId, index) => diffId !== expected[index])) {
    invalid("The model config's modelfs.diffIds are not the manifest's layer digests in order.");
  }
  return config;
}

/**
 * The paths of a model's files as they will be written: relative, `/`
 * separated, no `.` or `..` part, not in a `.git` folder, no NUL or line
 * break (a digest line could not hold it), each once, and no file where
 * another file needs a folder. Checked before anything is written.
 */
class ModelPaths {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();

  add(path: string): void {
    const refuse = (why: string): never => {
      throw new ModelStoreError('unsafe-path', `The model file path ${quoted(path)} ${why}; refused.`);
    };
    if (path === '' || path.length > 4096) refuse('is empty or too long');
    if (/\p{Surrogate}|[\0\n\r\\]/u.test(path)) refuse('holds a NUL, a line break, a backslash or a lone surrogate');
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) refuse('is absolute');
    const parts = path.split('/');
    if (parts.some((part) => part === '' || part === '.' || part === '..')) {
      refuse("has an empty, '.' or '..' part (it could write outside the model folder)");
    }
    if (parts.some((part) => Buffer.byteLength(part) > 255)) refuse('has a part longer than a file name can be');
    // Any `.git` part, not only the root's: a pulled `sub/.git/hooks/…` would run the next time git runs there.
    if (parts.some((part) => part.toLowerCase() === '.git')) refuse("is inside a '.git' folder");
    if (this.files.has(path)) refuse('is named twice');
    if (this.folders.has(path)) refuse('is also a folder of another file');
    for (let end = path.indexOf('/'); end !== -1; end = path.indexOf('/', end + 1)) {
      const folder = path.slice(0, end);
      if (this.files.has(folder)) refuse(`needs the folder ${quoted(folder)}, which is also a file`);
      this.folders.add(folder);
    }
    this.files.add(path);
  }
}

function descriptorOf(value: unknown, shown: string): Descriptor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(`${shown} is not a descriptor.`);
  const { mediaType, digest, size, annotations } = value as Record<string, unknown>;
  if (typeof mediaType !== 'string') invalid(`${shown} has no mediaType.`);
  if (!isSha256Digest(digest)) {
    invalid(
      `${shown} has the digest ${typeof digest === 'string' ? shownDigest(digest) : 'of a wrong type'}; sha256 expected.`,
    );
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) invalid(`${shown} has no valid size.`);
  const map = stringMap(annotations, `${shown}'s annotations`);
  return { mediaType, digest, size, ...(map === undefined ? {} : { annotations: map }) };
}

function stringMap(value: unknown, shown: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(`${shown} are not a map.`);
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.some(([, item]) => typeof item !== 'string')) invalid(`${shown} hold a value that is not a string.`);
  return Object.fromEntries(entries) as Record<string, string>;
}

export function parseJsonObject(bytes: Buffer, shown: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    invalid(`${shown} is not UTF-8 JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(`${shown} is not a JSON object.`);
  return value as Record<string, unknown>;
}

function quotedValue(value: unknown): string {
  return typeof value === 'string' ? quoted(value) : 'missing or not a string';
}

function invalid(message: string): never {
  throw new ModelStoreError('invalid-artifact', message);
}
