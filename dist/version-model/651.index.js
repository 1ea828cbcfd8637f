export const id = 651;
export const ids = [651];
export const modules = {

/***/ 2651:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FILEPATH_ANNOTATION: () => (/* reexport */ FILEPATH_ANNOTATION),
  FILE_SET_DIGEST_ANNOTATION: () => (/* reexport */ FILE_SET_DIGEST_ANNOTATION),
  IMAGE_MANIFEST_MEDIA_TYPE: () => (/* reexport */ IMAGE_MANIFEST_MEDIA_TYPE),
  LAYER_MEDIA_TYPES: () => (/* reexport */ LAYER_MEDIA_TYPES),
  MODEL_CONFIG_MEDIA_TYPE: () => (/* reexport */ MODEL_CONFIG_MEDIA_TYPE),
  MODEL_MANIFEST_ARTIFACT_TYPE: () => (/* reexport */ MODEL_MANIFEST_ARTIFACT_TYPE),
  ModelStoreError: () => (/* reexport */ errors/* ModelStoreError */.L),
  OciLayoutTarget: () => (/* reexport */ OciLayoutTarget),
  REF_NAME_ANNOTATION: () => (/* reexport */ REF_NAME_ANNOTATION),
  RegistryTarget: () => (/* reexport */ RegistryTarget),
  StoreHttpError: () => (/* reexport */ StoreHttpError),
  buildModelArtifact: () => (/* reexport */ buildModelArtifact),
  isSha256Digest: () => (/* reexport */ blob/* isSha256Digest */.q9),
  layerMediaType: () => (/* reexport */ layerMediaType),
  modelLocation: () => (/* reexport */ store_uri/* modelLocation */.Ju),
  openTarget: () => (/* reexport */ openTarget),
  parseStoreUri: () => (/* reexport */ store_uri/* parseStoreUri */.x8),
  pullVersion: () => (/* reexport */ pullVersion),
  pushVersion: () => (/* reexport */ pushVersion),
  readModelConfig: () => (/* reexport */ readModelConfig),
  readModelManifest: () => (/* reexport */ readModelManifest),
  registryEndpoint: () => (/* reexport */ registryEndpoint),
  storeUri: () => (/* reexport */ store_uri/* storeUri */.mg),
  tagVersion: () => (/* reexport */ tagVersion),
  versionTag: () => (/* reexport */ versionTag)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/digest/lib/src/index.js + 6 modules
var src = __webpack_require__(417);
// EXTERNAL MODULE: ./packages/model-store/lib/src/blob.js
var blob = __webpack_require__(723);
// EXTERNAL MODULE: ./packages/model-store/lib/src/errors.js
var errors = __webpack_require__(631);
;// CONCATENATED MODULE: ./packages/model-store/lib/src/artifact.js
// The ModelPack v1 artifact (modelpack/model-spec `docs/spec.md`, `docs/config.md`,
// `docs/annotations.md`) of one model version, as DESIGN.md's "The model store
// (OCI)" lays it out: an OCI image manifest with the model `artifactType`, a
// model config, and one uncompressed raw layer per file in the file-set
// digest's path order, so a layer's digest is its file's sha256 and the
// file-set digest can be recomputed from the manifest alone.




const IMAGE_MANIFEST_MEDIA_TYPE = 'application/vnd.oci.image.manifest.v1+json';
const MODEL_MANIFEST_ARTIFACT_TYPE = 'application/vnd.cncf.model.manifest.v1+json';
const MODEL_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.model.config.v1+json';
/** The raw (unarchived, uncompressed) layer media types of ModelPack v1, by what the file is. */
const LAYER_MEDIA_TYPES = {
    weight: 'application/vnd.cncf.model.weight.v1.raw',
    weightConfig: 'application/vnd.cncf.model.weight.config.v1.raw',
    doc: 'application/vnd.cncf.model.doc.v1.raw',
    code: 'application/vnd.cncf.model.code.v1.raw',
    dataset: 'application/vnd.cncf.model.dataset.v1.raw',
};
const RAW_LAYER_MEDIA_TYPES = new Set(Object.values(LAYER_MEDIA_TYPES));
/** ModelPack's layer annotation: the file's path below the model folder. */
const FILEPATH_ANNOTATION = 'org.cncf.model.filepath';
/** ModelPack's flag for a media type chosen by a heuristic (ours: the file's name), not checked against the contents. */
const MEDIA_TYPE_UNTESTED_ANNOTATION = 'org.cncf.model.file.mediatype.untested';
/** Ours: the file-set digest (DESIGN.md, "Digest of a set of files") the version was registered with. */
const FILE_SET_DIGEST_ANNOTATION = 'io.mlops-actions.file-set.digest';
const VERSION_ANNOTATION = 'org.opencontainers.image.version';
const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
const CREATED_ANNOTATION = 'org.opencontainers.image.created';
const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** Semantic-version characters; `+` is allowed here and mapped for OCI tags (`versionTag`). */
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,127}$/;
/** RFC 3339, section 5.6 (`date-time`): what the config schema's `createdAt` asks for. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** Builds the ModelPack artifact of a version from its file-set digest. */
function buildModelArtifact(fileSet, info) {
    checkVersionInfo(info);
    if (fileSet.files.length === 0) {
        throw new errors/* ModelStoreError */.L('empty-model', `Model ${(0,errors/* quoted */.T)(info.name)} has no files; a model artifact needs at least one.`);
    }
    // The paths a pull would refuse are refused here already, so no version is registered that cannot be fetched.
    const paths = new ModelPaths();
    for (const file of fileSet.files)
        paths.add(file.path);
    const files = fileSet.files.map((file) => ({ ...file, mediaType: layerMediaType(file.path) }));
    const config = Buffer.from(JSON.stringify(modelConfig(files, info)), 'utf8');
    const configDescriptor = {
        mediaType: MODEL_CONFIG_MEDIA_TYPE,
        digest: (0,blob/* sha256DigestOf */.Dw)(config),
        size: config.length,
    };
    const annotations = {
        [VERSION_ANNOTATION]: info.version,
        ...(info.revision === undefined ? {} : { [REVISION_ANNOTATION]: info.revision }),
        ...(info.sourceUrl === undefined ? {} : { [SOURCE_ANNOTATION]: info.sourceUrl }),
        [CREATED_ANNOTATION]: info.created,
        [FILE_SET_DIGEST_ANNOTATION]: fileSet.digest,
    };
    const manifest = Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: IMAGE_MANIFEST_MEDIA_TYPE,
        artifactType: MODEL_MANIFEST_ARTIFACT_TYPE,
        config: configDescriptor,
        layers: files.map(layerDescriptor),
        annotations,
    }), 'utf8');
    return { manifest, manifestDigest: (0,blob/* sha256DigestOf */.Dw)(manifest), config, configDescriptor, files };
}
function layerDescriptor(file) {
    return {
        mediaType: file.mediaType,
        digest: `sha256:${file.sha256}`,
        size: file.size,
        annotations: { [FILEPATH_ANNOTATION]: file.path, [MEDIA_TYPE_UNTESTED_ANNOTATION]: 'true' },
    };
}
/** The ModelPack config (`config-schema.json`): the descriptor, the layers' diffIds, and what metadata knows. */
function modelConfig(files, info) {
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
function known(metadata, strings, lists) {
    const picked = {};
    for (const key of strings)
        if (typeof metadata[key] === 'string')
            picked[key] = metadata[key];
    for (const key of lists) {
        const value = metadata[key];
        if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
            picked[key] = value;
    }
    return picked;
}
const DOC_NAMES = /^(readme|license|licence|notice|copying|authors|changelog|model_card|modelcard)([._-].*)?$/i;
const DOC_EXTENSIONS = new Set(['.md', '.markdown', '.rst', '.adoc', '.pdf', '.html']);
const WEIGHT_CONFIG_NAMES = /^(tokenizer|vocab|merges|special_tokens|added_tokens|generation_config|config)([._-].*)?$/i;
const WEIGHT_CONFIG_EXTENSIONS = new Set(['.json', '.yaml', '.yml', '.toml', '.ini', '.cfg', '.conf']);
const CODE_NAMES = /^(dockerfile|makefile|requirements([._-].*)?\.txt|pyproject\.toml|package\.json)$/i;
const CODE_EXTENSIONS = new Set('.py .pyi .ipynb .js .mjs .cjs .ts .sh .bash .go .rs .c .cc .cpp .h .hpp .cu .java .kt .scala .rb .r .jl .lua .swift'.split(' '));
/**
 * The ModelPack media type of a file, from its name: documentation, code,
 * configuration of the weights (JSON, YAML, tokenizer files), else weights.
 */
function layerMediaType(path) {
    const name = external_node_path_.posix.basename(path);
    const extension = external_node_path_.posix.extname(name).toLowerCase();
    if (DOC_NAMES.test(name) || DOC_EXTENSIONS.has(extension))
        return LAYER_MEDIA_TYPES.doc;
    if (CODE_NAMES.test(name) || CODE_EXTENSIONS.has(extension))
        return LAYER_MEDIA_TYPES.code;
    if (WEIGHT_CONFIG_EXTENSIONS.has(extension) || WEIGHT_CONFIG_NAMES.test(name))
        return LAYER_MEDIA_TYPES.weightConfig;
    return LAYER_MEDIA_TYPES.weight;
}
function checkVersionInfo(info) {
    const refuse = (what) => {
        throw new errors/* ModelStoreError */.L('invalid-version-info', what);
    };
    if (!MODEL_NAME.test(info.name)) {
        refuse(`The model name ${(0,errors/* quoted */.T)(info.name)} is not a registry name (lower-case letters, digits, '.', '_', '-').`);
    }
    if (!VERSION.test(info.version)) {
        refuse(`The version ${(0,errors/* quoted */.T)(info.version)} is not a semantic version such as 1.2.3.`);
    }
    if (!RFC3339.test(info.created) || Number.isNaN(Date.parse(info.created))) {
        refuse(`The creation time ${(0,errors/* quoted */.T)(info.created)} is not an RFC 3339 time such as 2026-01-01T00:00:00Z.`);
    }
    if (info.revision !== undefined && !/^[0-9A-Za-z._/-]{1,256}$/.test(info.revision)) {
        refuse(`The revision ${(0,errors/* quoted */.T)(info.revision)} is not a commit identifier.`);
    }
    if (info.sourceUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(info.sourceUrl)) {
        refuse(`The source URL ${(0,errors/* quoted */.T)(info.sourceUrl)} is not an http(s) URL.`);
    }
}
// -- Reading a stored artifact (untrusted: anyone who can push to the store wrote it) --
/** Reads and validates a stored manifest: a ModelPack artifact of raw layers with safe, distinct file paths. */
function readModelManifest(bytes) {
    const manifest = parseJsonObject(bytes, 'The manifest');
    if (manifest.schemaVersion !== 2)
        invalid('The manifest is not an OCI image manifest (schemaVersion is not 2).');
    if (manifest.mediaType !== undefined && manifest.mediaType !== IMAGE_MANIFEST_MEDIA_TYPE) {
        invalid(`The manifest's mediaType is ${quotedValue(manifest.mediaType)}, not ${IMAGE_MANIFEST_MEDIA_TYPE}.`);
    }
    if (manifest.artifactType !== MODEL_MANIFEST_ARTIFACT_TYPE) {
        invalid(`The manifest's artifactType is ${quotedValue(manifest.artifactType)}, not ${MODEL_MANIFEST_ARTIFACT_TYPE}: ` +
            'it is not a ModelPack model artifact.');
    }
    const configDescriptor = descriptorOf(manifest.config, 'The manifest config');
    if (configDescriptor.mediaType !== MODEL_CONFIG_MEDIA_TYPE) {
        invalid(`The manifest config's mediaType is ${(0,errors/* quoted */.T)(configDescriptor.mediaType)}, not ${MODEL_CONFIG_MEDIA_TYPE}.`);
    }
    if (!Array.isArray(manifest.layers) || manifest.layers.length === 0) {
        invalid('The manifest has no layers; a model artifact has one a file.');
    }
    const paths = new ModelPaths();
    const files = manifest.layers.map((value, index) => {
        const layer = descriptorOf(value, `Layer ${index + 1}`);
        if (!RAW_LAYER_MEDIA_TYPES.has(layer.mediaType)) {
            invalid(`Layer ${index + 1} has mediaType ${(0,errors/* quoted */.T)(layer.mediaType)}; only ModelPack raw layers (one file each, ` +
                'uncompressed) can be pulled.');
        }
        const path = layer.annotations?.[FILEPATH_ANNOTATION];
        if (path === undefined)
            invalid(`Layer ${index + 1} has no ${FILEPATH_ANNOTATION} annotation naming its file.`);
        paths.add(path);
        return { path, size: layer.size, sha256: layer.digest.slice('sha256:'.length), mediaType: layer.mediaType };
    });
    const annotations = stringMap(manifest.annotations, 'The manifest annotations') ?? {};
    return { configDescriptor, files, fileSetDigest: (0,src/* digestOfEntries */.ol)(files), annotations };
}
/** Reads a stored config and checks it describes the manifest's layers, in order. */
function readModelConfig(bytes, manifest) {
    const config = parseJsonObject(bytes, 'The model config');
    const modelfs = config.modelfs;
    if (typeof config.descriptor !== 'object' || config.descriptor === null || typeof config.config !== 'object') {
        invalid('The model config has no descriptor or config object; it is not a ModelPack config.');
    }
    if (typeof modelfs !== 'object' || modelfs === null || modelfs.type !== 'layers' || !Array.isArray(modelfs.diffIds)) {
        invalid('The model config has no modelfs of type layers; it is not a ModelPack config.');
    }
    const expected = manifest.files.map((file) => `sha256:${file.sha256}`);
    const diffIds = modelfs.diffIds;
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
    files = new Set();
    folders = new Set();
    add(path) {
        const refuse = (why) => {
            throw new errors/* ModelStoreError */.L('unsafe-path', `The model file path ${(0,errors/* quoted */.T)(path)} ${why}; refused.`);
        };
        if (path === '' || path.length > 4096)
            refuse('is empty or too long');
        if (/\p{Surrogate}|[\0\n\r\\]/u.test(path))
            refuse('holds a NUL, a line break, a backslash or a lone surrogate');
        if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
            refuse('is absolute');
        const parts = path.split('/');
        if (parts.some((part) => part === '' || part === '.' || part === '..')) {
            refuse("has an empty, '.' or '..' part (it could write outside the model folder)");
        }
        if (parts.some((part) => Buffer.byteLength(part) > 255))
            refuse('has a part longer than a file name can be');
        // Any `.git` part, not only the root's: a pulled `sub/.git/hooks/…` would run the next time git runs there.
        if (parts.some((part) => part.toLowerCase() === '.git'))
            refuse("is inside a '.git' folder");
        if (this.files.has(path))
            refuse('is named twice');
        if (this.folders.has(path))
            refuse('is also a folder of another file');
        for (let end = path.indexOf('/'); end !== -1; end = path.indexOf('/', end + 1)) {
            const folder = path.slice(0, end);
            if (this.files.has(folder))
                refuse(`needs the folder ${(0,errors/* quoted */.T)(folder)}, which is also a file`);
            this.folders.add(folder);
        }
        this.files.add(path);
    }
}
function descriptorOf(value, shown) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        invalid(`${shown} is not a descriptor.`);
    const { mediaType, digest, size, annotations } = value;
    if (typeof mediaType !== 'string')
        invalid(`${shown} has no mediaType.`);
    if (!(0,blob/* isSha256Digest */.q9)(digest)) {
        invalid(`${shown} has the digest ${typeof digest === 'string' ? (0,blob/* shownDigest */.uL)(digest) : 'of a wrong type'}; sha256 expected.`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
        invalid(`${shown} has no valid size.`);
    const map = stringMap(annotations, `${shown}'s annotations`);
    return { mediaType, digest, size, ...(map === undefined ? {} : { annotations: map }) };
}
function stringMap(value, shown) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        invalid(`${shown} are not a map.`);
    const entries = Object.entries(value);
    if (entries.some(([, item]) => typeof item !== 'string'))
        invalid(`${shown} hold a value that is not a string.`);
    return Object.fromEntries(entries);
}
function parseJsonObject(bytes, shown) {
    let value;
    try {
        value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch {
        invalid(`${shown} is not UTF-8 JSON.`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        invalid(`${shown} is not a JSON object.`);
    return value;
}
function quotedValue(value) {
    return typeof value === 'string' ? (0,errors/* quoted */.T)(value) : 'missing or not a string';
}
function invalid(message) {
    throw new errors/* ModelStoreError */.L('invalid-artifact', message);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./packages/model-store/lib/src/layout.js
// An OCI image-layout folder (image-spec `image-layout.md`) as an OciTarget:
// `oci-layout`, `index.json`, `blobs/sha256/<hex>`. `skopeo copy oci:<dir>:<tag>`
// and other OCI tools read what it writes. Several runs on one machine (a
// self-hosted runner's shared disk) may write the same layout at once: blobs
// are content-addressed and appear by rename, and index.json changes under a
// lock file.










const LAYOUT_VERSION = '1.0.0';
const INDEX_MEDIA_TYPE = 'application/vnd.oci.image.index.v1+json';
/** image-spec `annotations.md`: the reference (tag) of an index.json entry, as `skopeo copy oci:<dir>:<tag>` reads it. */
const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';
const DEFAULT_LOCK_WAIT_MS = 30_000;
class OciLayoutTarget {
    location;
    /** Absolute folder of the layout. */
    root;
    lockWaitMs;
    prepared;
    /** `path` is kept as given for `location` (a manifest's `uri` must not hold a machine's absolute path). */
    constructor(path, options = {}) {
        this.location = `oci-layout:${path}`;
        this.root = (0,external_node_path_.resolve)(options.base ?? '.', path);
        this.lockWaitMs = options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS;
    }
    async hasBlob(digest) {
        try {
            return (await (0,promises_.lstat)(this.blobPath(digest))).isFile();
        }
        catch (error) {
            if (isMissing(error))
                return false;
            throw error;
        }
    }
    async pushBlob(descriptor, open, onProgress) {
        const path = this.blobPath(descriptor.digest);
        await this.prepare();
        // No second HEAD: the store asked hasBlob first, and a blob written twice (two runs at once) is the same bytes.
        await this.writeAtomically(path, (temporary) => (0,external_node_stream_promises_.pipeline)(open(0), new blob/* VerifyingStream */.SC(descriptor, `The blob ${descriptor.digest}`, onProgress), (0,external_node_fs_.createWriteStream)(temporary, { flags: 'wx' })));
    }
    async pullBlob(descriptor) {
        const path = this.blobPath(descriptor.digest);
        await this.checkRegularFile(path, `blob ${descriptor.digest}`);
        const stream = (0,external_node_fs_.createReadStream)(path);
        // Opening is asynchronous: wait for it, so a blob removed meanwhile is a
        // not-found here rather than an error event on a stream the caller holds.
        await new Promise((done, fail) => {
            const failed = (error) => fail(isMissing(error) ? this.notFound(`blob ${descriptor.digest}`) : error);
            stream.once('error', failed);
            stream.once('open', () => {
                stream.off('error', failed);
                done();
            });
        });
        return stream;
    }
    async putManifest(manifest, mediaType, tag) {
        if (tag !== undefined && !(0,blob/* isOciTag */.i1)(tag)) {
            throw new errors/* ModelStoreError */.L('invalid-version-info', `${(0,errors/* quoted */.T)(tag)} is not an OCI tag.`);
        }
        const digest = (0,blob/* sha256DigestOf */.Dw)(manifest);
        await this.prepare();
        const path = this.blobPath(digest);
        if (!(await this.hasBlob(digest))) {
            await this.writeAtomically(path, (temporary) => (0,promises_.writeFile)(temporary, manifest, { flag: 'wx' }));
        }
        const entry = { mediaType, digest, size: manifest.length, ...artifactTypeOf(manifest) };
        await this.updateIndex((manifests) => withEntry(manifests, entry, tag));
        return digest;
    }
    async getManifest(reference) {
        const manifests = (await this.readIndex(true)).manifests;
        let entry;
        if ((0,blob/* isSha256Digest */.q9)(reference)) {
            entry = manifests.find((item) => item.digest === reference);
        }
        else {
            if (!(0,blob/* isOciTag */.i1)(reference)) {
                throw new errors/* ModelStoreError */.L('not-found', `${(0,errors/* quoted */.T)(reference)} is neither a digest nor a tag.`);
            }
            const tagged = manifests.filter((item) => item.annotations?.[REF_NAME_ANNOTATION] === reference);
            if (tagged.length > 1) {
                throw new errors/* ModelStoreError */.L('invalid-layout', `The ${this.shown()} has ${tagged.length} index.json entries tagged ${reference}.`);
            }
            entry = tagged[0];
            if (entry === undefined)
                throw this.notFound(`a manifest tagged ${reference}`);
        }
        const digest = entry?.digest ?? reference;
        const path = this.blobPath(digest);
        const size = await this.checkRegularFile(path, `manifest ${digest}`);
        if (size > blob/* MAX_DOCUMENT_BYTES */.bi) {
            throw new errors/* ModelStoreError */.L('invalid-artifact', `The manifest ${digest} is ${size} bytes; not a model manifest.`);
        }
        const bytes = await (0,promises_.readFile)(path);
        if ((0,blob/* sha256DigestOf */.Dw)(bytes) !== digest) {
            throw new errors/* ModelStoreError */.L('digest-mismatch', `The manifest ${digest} in the ${this.shown()} has bytes of another digest.`);
        }
        const mediaType = entry?.mediaType ?? mediaTypeOf(bytes);
        return { mediaType, bytes, digest };
    }
    blobPath(digest) {
        if (!(0,blob/* isSha256Digest */.q9)(digest)) {
            throw new errors/* ModelStoreError */.L('invalid-artifact', `${(0,blob/* shownDigest */.uL)(digest)} is not a sha256 digest; it names no blob.`);
        }
        return (0,external_node_path_.join)(this.root, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    shown() {
        return `OCI layout ${(0,errors/* quoted */.T)(this.location)}`;
    }
    notFound(what) {
        return new errors/* ModelStoreError */.L('not-found', `The ${this.shown()} has no ${what}.`);
    }
    /** The size of a regular file in the layout (a link or a pipe there is refused: it could point anywhere or block). */
    async checkRegularFile(path, what) {
        let stats;
        try {
            stats = await (0,promises_.lstat)(path);
        }
        catch (error) {
            if (isMissing(error))
                throw this.notFound(what);
            throw error;
        }
        if (!stats.isFile()) {
            throw new errors/* ModelStoreError */.L('invalid-layout', `The ${what} in the ${this.shown()} is not a regular file.`);
        }
        return stats.size;
    }
    /** Once per target: creates the layout on first write, or checks an existing one is of the version we write. */
    prepare() {
        this.prepared ??= this.prepareLayout().catch((error) => {
            this.prepared = undefined;
            throw error;
        });
        return this.prepared;
    }
    async prepareLayout() {
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.root, 'blobs', 'sha256'), { recursive: true });
        const marker = (0,external_node_path_.join)(this.root, 'oci-layout');
        let text;
        try {
            text = await (0,promises_.readFile)(marker, 'utf8');
        }
        catch (error) {
            if (!isMissing(error))
                throw error;
            const document = Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }), 'utf8');
            await this.writeAtomically(marker, (temporary) => (0,promises_.writeFile)(temporary, document, { flag: 'wx' }));
            return;
        }
        let version;
        try {
            version = JSON.parse(text).imageLayoutVersion;
        }
        catch {
            version = undefined;
        }
        if (version !== LAYOUT_VERSION) {
            throw new errors/* ModelStoreError */.L('invalid-layout', `The ${this.shown()} has an oci-layout file that does not say imageLayoutVersion ${LAYOUT_VERSION}; ` +
                'give a folder that is an OCI image layout, or an empty one.');
        }
    }
    /** Writes through a temporary file in the layout, then renames it into place: readers see all of it or none. */
    async writeAtomically(path, write) {
        const temporary = (0,external_node_path_.join)(this.root, `.partial-${(0,external_node_crypto_.randomUUID)()}`);
        try {
            await write(temporary);
            await (0,promises_.rename)(temporary, path);
        }
        catch (error) {
            await (0,promises_.rm)(temporary, { force: true });
            throw error;
        }
    }
    async readIndex(mustExist) {
        const path = (0,external_node_path_.join)(this.root, 'index.json');
        let bytes;
        try {
            await this.checkRegularFile(path, 'index.json');
            bytes = await (0,blob/* readBounded */.CB)((0,external_node_fs_.createReadStream)(path), blob/* MAX_DOCUMENT_BYTES */.bi, `The ${this.shown()}'s index.json`);
        }
        catch (error) {
            if (mustExist || !(error instanceof errors/* ModelStoreError */.L && error.code === 'not-found'))
                throw error;
            return { schemaVersion: 2, mediaType: INDEX_MEDIA_TYPE, manifests: [] };
        }
        let index;
        try {
            index = parseJsonObject(bytes, 'index.json');
        }
        catch {
            throw new errors/* ModelStoreError */.L('invalid-layout', `The ${this.shown()}'s index.json is not a JSON object.`);
        }
        const manifests = index.manifests;
        if (index.schemaVersion !== 2 || !Array.isArray(manifests) || !manifests.every(isIndexEntry)) {
            throw new errors/* ModelStoreError */.L('invalid-layout', `The ${this.shown()}'s index.json is not an OCI image index of manifests.`);
        }
        return index;
    }
    /**
     * Changes index.json under `index.json.lock`, so two writers on one machine
     * never lose each other's entries: each re-reads the index inside the lock,
     * and readers see the old or the new file, never part of one (rename).
     */
    async updateIndex(change) {
        const release = await this.lock();
        try {
            const index = await this.readIndex(false);
            const updated = Buffer.from(JSON.stringify({ ...index, manifests: change(index.manifests) }), 'utf8');
            await this.writeAtomically((0,external_node_path_.join)(this.root, 'index.json'), (temporary) => (0,promises_.writeFile)(temporary, updated, { flag: 'wx' }));
        }
        finally {
            await release();
        }
    }
    async lock() {
        const path = (0,external_node_path_.join)(this.root, 'index.json.lock');
        const owner = `${(0,external_node_os_.hostname)()} ${process.pid}\n`;
        const deadline = Date.now() + this.lockWaitMs;
        for (let pause = 5;; pause = Math.min(pause * 2, 100)) {
            try {
                const handle = await (0,promises_.open)(path, 'wx');
                try {
                    await handle.writeFile(owner);
                }
                catch (error) {
                    await (0,promises_.unlink)(path);
                    throw error;
                }
                finally {
                    await handle.close();
                }
                return () => (0,promises_.unlink)(path);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            if (Date.now() >= deadline) {
                // Not removed for the user: a lock only a crash can leave behind is
                // safer to clear by hand than to guess stale while its owner may live.
                const holder = await (0,promises_.readFile)(path, 'utf8').catch(() => '');
                throw new errors/* ModelStoreError */.L('layout-busy', `The ${this.shown()}'s index.json has been locked by another writer for over ${Math.round(this.lockWaitMs / 1000)} s ` +
                    `(${(0,errors/* quoted */.T)(holder.trim(), 100)}); if no run is writing to it, remove its index.json.lock.`);
            }
            await (0,external_node_timers_promises_.setTimeout)(pause);
        }
    }
}
/**
 * index.json entries after storing `entry`: an untagged manifest is listed
 * once (so it is reachable, not garbage); a tag names one manifest, and the
 * manifest it named before stays listed untagged (a git tag's `uri` may still
 * point at it).
 */
function withEntry(manifests, entry, tag) {
    const refName = (item) => item.annotations?.[REF_NAME_ANNOTATION];
    if (tag === undefined) {
        return manifests.some((item) => item.digest === entry.digest) ? [...manifests] : [...manifests, entry];
    }
    const kept = [];
    for (const item of manifests) {
        if (refName(item) === tag) {
            const stillListed = manifests.some((other) => other !== item && other.digest === item.digest);
            if (!stillListed && item.digest !== entry.digest) {
                const untagged = { ...item };
                delete untagged.annotations;
                const others = Object.entries(item.annotations ?? {}).filter(([key]) => key !== REF_NAME_ANNOTATION);
                kept.push(others.length === 0 ? untagged : { ...untagged, annotations: Object.fromEntries(others) });
            }
        }
        else if (!(item.digest === entry.digest && refName(item) === undefined)) {
            kept.push(item);
        }
    }
    return [...kept, { ...entry, annotations: { [REF_NAME_ANNOTATION]: tag } }];
}
function isIndexEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { mediaType, digest, size, annotations } = value;
    return (typeof mediaType === 'string' &&
        (0,blob/* isSha256Digest */.q9)(digest) &&
        typeof size === 'number' &&
        Number.isSafeInteger(size) &&
        size >= 0 &&
        (annotations === undefined ||
            (typeof annotations === 'object' &&
                annotations !== null &&
                Object.values(annotations).every((item) => typeof item === 'string'))));
}
function artifactTypeOf(manifest) {
    try {
        const { artifactType } = JSON.parse(manifest.toString('utf8'));
        return typeof artifactType === 'string' ? { artifactType } : {};
    }
    catch {
        return {};
    }
}
function mediaTypeOf(manifest) {
    try {
        const { mediaType } = JSON.parse(manifest.toString('utf8'));
        return typeof mediaType === 'string' ? mediaType : IMAGE_MANIFEST_MEDIA_TYPE;
    }
    catch {
        return IMAGE_MANIFEST_MEDIA_TYPE;
    }
}
function isMissing(error) {
    const code = error?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./packages/model-store/lib/src/store.js
// Pushing and pulling a model version, written once over OciTarget: the same
// code serves an OCI registry and an image-layout folder.










const DEFAULT_CONCURRENCY = 4;
const PROGRESS_EVERY_MS = 250;
/**
 * Pushes a version's artifact by digest, with no tag (DESIGN.md: the OCI tag
 * comes after the git tag wins, `tagVersion`). Only the blobs the target lacks
 * are uploaded, streamed from disk, several at once.
 */
async function pushVersion(target, files, info, options = {}) {
    const artifact = buildModelArtifact(files.fileSet, info);
    // Two files with the same bytes are one blob.
    const blobs = [...new Map(artifact.files.map((file) => [file.sha256, file])).values()];
    const progress = new TransferProgress(blobs.reduce((sum, file) => sum + file.size, 0), options.onProgress);
    let uploadedBytes = 0;
    await eachAtMost(options.concurrency ?? DEFAULT_CONCURRENCY, blobs, async (file) => {
        const descriptor = { digest: `sha256:${file.sha256}`, size: file.size };
        if (await target.hasBlob(descriptor.digest)) {
            progress.skip(file.size);
            return;
        }
        const absolute = (0,external_node_path_.join)(files.root, ...file.path.split('/'));
        try {
            await target.pushBlob(descriptor, (offset) => (0,external_node_fs_.createReadStream)(absolute, { start: offset }), progress.blob());
        }
        catch (error) {
            if (error.code === 'ENOENT') {
                throw new errors/* ModelStoreError */.L('file-changed', `${(0,errors/* quoted */.T)(file.path)} was removed after its digest was computed.`);
            }
            if (error instanceof errors/* ModelStoreError */.L && error.code === 'digest-mismatch') {
                throw new errors/* ModelStoreError */.L('file-changed', `${(0,errors/* quoted */.T)(file.path)} changed after its digest was computed (its bytes no longer hash to ` +
                    `${descriptor.digest}); push after whatever writes the model has finished.`);
            }
            throw error;
        }
        uploadedBytes += file.size;
    });
    if (!(await target.hasBlob(artifact.configDescriptor.digest))) {
        const config = artifact.config;
        await target.pushBlob(artifact.configDescriptor, (offset) => external_node_stream_.Readable.from([config.subarray(offset)]));
    }
    const manifestDigest = await target.putManifest(artifact.manifest, IMAGE_MANIFEST_MEDIA_TYPE);
    if (manifestDigest !== artifact.manifestDigest) {
        throw new Error(`The store answered the manifest digest ${(0,blob/* shownDigest */.uL)(manifestDigest)}, not ${artifact.manifestDigest}.`);
    }
    progress.finish();
    return { manifestDigest, uri: `${target.location}@${manifestDigest}`, uploadedBytes };
}
/** The OCI tag of a version: `v<version>`, with semver's `+` as `_` (a tag cannot hold `+`; Helm maps it the same way). */
function versionTag(version) {
    return `v${version.replaceAll('+', '_')}`;
}
/** Points `tag` at a manifest the target already holds (after the version's git tag was pushed). */
async function tagVersion(target, manifestDigest, tag) {
    if (!(0,blob/* isOciTag */.i1)(tag)) {
        throw new errors/* ModelStoreError */.L('invalid-version-info', `${(0,errors/* quoted */.T)(tag)} is not an OCI tag (letters, digits, '.', '_', '-').`);
    }
    const manifest = await verifiedManifest(target, manifestDigest);
    await target.putManifest(manifest.bytes, manifest.mediaType, tag);
}
/**
 * Writes a version's files into `directory` (empty or absent), verifying
 * each blob's sha256 and size while it is written, then the file-set digest
 * of the folder against `expectedFileSetDigest`. The files are written to a
 * folder beside `directory` and moved into place only when all is verified:
 * on any failure nothing is left, and `directory` is as it was.
 */
async function pullVersion(target, manifestDigest, directory, expectedFileSetDigest, options = {}) {
    if (!(0,blob/* isSha256Digest */.q9)(expectedFileSetDigest)) {
        throw new errors/* ModelStoreError */.L('invalid-artifact', `The file-set digest ${(0,blob/* shownDigest */.uL)(expectedFileSetDigest)} is not sha256:<64 hex>.`);
    }
    const destination = (0,external_node_path_.resolve)(directory);
    await checkEmptyOrAbsent(destination, directory);
    const manifest = readModelManifest((await verifiedManifest(target, manifestDigest)).bytes);
    // Cheap, before any download: the layers must describe the registered files.
    if (manifest.fileSetDigest !== expectedFileSetDigest) {
        throw new errors/* ModelStoreError */.L('file-set-mismatch', `The artifact ${manifestDigest} holds files whose digest is ${manifest.fileSetDigest}, not the registered ` +
            `${expectedFileSetDigest}; nothing was written.`);
    }
    readModelConfig(await pullDocument(target, manifest.configDescriptor, 'The model config'), manifest);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
    const staging = (0,external_node_path_.join)((0,external_node_path_.dirname)(destination), `.${(0,external_node_path_.basename)(destination)}.partial-${(0,external_node_crypto_.randomUUID)()}`);
    await (0,promises_.mkdir)(staging);
    try {
        const folders = new Set(manifest.files.map((file) => (0,external_node_path_.dirname)(file.path)).filter((folder) => folder !== '.'));
        for (const folder of folders)
            await (0,promises_.mkdir)((0,external_node_path_.join)(staging, ...folder.split('/')), { recursive: true });
        const progress = new TransferProgress(manifest.files.reduce((sum, file) => sum + file.size, 0), options.onProgress);
        await eachAtMost(options.concurrency ?? DEFAULT_CONCURRENCY, manifest.files, async (file) => {
            const descriptor = { digest: `sha256:${file.sha256}`, size: file.size };
            await (0,external_node_stream_promises_.pipeline)(await target.pullBlob(descriptor), new blob/* VerifyingStream */.SC(descriptor, `The file ${(0,errors/* quoted */.T)(file.path)} (blob ${descriptor.digest})`, progress.blob()), (0,external_node_fs_.createWriteStream)((0,external_node_path_.join)(staging, ...file.path.split('/')), { flags: 'wx' })).catch((error) => {
                // Paths are distinct, so only a file system that folds case (or Unicode forms) makes two of them one file.
                if (error.code !== 'EEXIST')
                    throw error;
                throw new errors/* ModelStoreError */.L('unsafe-path', `The artifact names ${(0,errors/* quoted */.T)(file.path)} and another file this file system takes for the same one; refused.`);
            });
        });
        // Every byte was hashed on its way to disk, against its layer, and the layers give the registered digest
        // (checked above): what is left is that the folder holds exactly those files. Reading the model back to hash
        // it again cost fetch-model a fifth of its time (bench/store.mjs).
        const difference = await differenceFrom(staging, manifest.files);
        if (difference !== undefined) {
            throw new errors/* ModelStoreError */.L('file-set-mismatch', `The files written are not the registered ones of ${expectedFileSetDigest}: ${difference}.`);
        }
        // rename(2) replaces an empty folder, so an empty `directory` given by the user works too.
        await (0,promises_.rename)(staging, destination).catch((error) => {
            if (error.code === 'ENOTEMPTY' || error.code === 'EEXIST') {
                throw notEmpty(directory);
            }
            throw error;
        });
        progress.finish();
        const size = manifest.files.reduce((sum, file) => sum + file.size, 0);
        return { directory: destination, files: manifest.files, fileSetDigest: manifest.fileSetDigest, size };
    }
    catch (error) {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        throw error;
    }
}
/**
 * What keeps the folder a pull wrote from holding exactly the verified files, as `digestOf` lists a folder (the
 * root's `.git` left out; links and other non-regular files refused), or undefined when nothing does: each
 * file's bytes were hashed against its layer while written, so the folder's digest is then the layers'.
 */
async function differenceFrom(folder, verified) {
    const sizes = new Map(verified.map((file) => [file.path, file.size]));
    for (const { path, size } of (await (0,src/* listRoot */.h_)(folder)).files) {
        const expected = sizes.get(path);
        if (expected === undefined)
            return `${(0,errors/* quoted */.T)(path)} is not one of them`;
        if (expected !== size)
            return `${(0,errors/* quoted */.T)(path)} has ${size} bytes, not ${expected}`;
        sizes.delete(path);
    }
    const [missing] = sizes.keys();
    return missing === undefined ? undefined : `${(0,errors/* quoted */.T)(missing)} is missing`;
}
/** A manifest by digest, its bytes checked against the digest (a target's answer is not trusted). */
async function verifiedManifest(target, manifestDigest) {
    if (!(0,blob/* isSha256Digest */.q9)(manifestDigest)) {
        throw new errors/* ModelStoreError */.L('invalid-artifact', `The manifest digest ${(0,blob/* shownDigest */.uL)(manifestDigest)} is not sha256:<64 hex>.`);
    }
    const manifest = await target.getManifest(manifestDigest);
    if (manifest.bytes.length > blob/* MAX_DOCUMENT_BYTES */.bi || (0,blob/* sha256DigestOf */.Dw)(manifest.bytes) !== manifestDigest) {
        throw new errors/* ModelStoreError */.L('digest-mismatch', `The store ${(0,errors/* quoted */.T)(target.location)} answered other bytes for the manifest ${manifestDigest}.`);
    }
    return manifest;
}
/** A small blob (the config), read whole after checking its descriptor's size is small, and verified. */
async function pullDocument(target, descriptor, shown) {
    if (descriptor.size > blob/* MAX_DOCUMENT_BYTES */.bi) {
        throw new errors/* ModelStoreError */.L('invalid-artifact', `${shown} is ${descriptor.size} bytes; it is not a model document.`);
    }
    const bytes = await (0,blob/* readBounded */.CB)(await target.pullBlob(descriptor), blob/* MAX_DOCUMENT_BYTES */.bi, shown);
    if (bytes.length !== descriptor.size || (0,blob/* sha256DigestOf */.Dw)(bytes) !== descriptor.digest) {
        throw new errors/* ModelStoreError */.L('digest-mismatch', `${shown} (blob ${descriptor.digest}) has bytes of another digest or size.`);
    }
    return bytes;
}
async function checkEmptyOrAbsent(destination, shown) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(destination);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return;
        if (code === 'ENOTDIR')
            throw notEmpty(shown);
        throw error;
    }
    if (entries.length > 0)
        throw notEmpty(shown);
}
function notEmpty(shown) {
    return new errors/* ModelStoreError */.L('destination-not-empty', `${(0,errors/* quoted */.T)(shown)} is not an empty folder; pull into an empty or absent folder so no other file mixes with the model.`);
}
/**
 * Runs `work` on every item, at most `limit` at once. After a failure no new
 * item starts; the first failure is thrown once the running ones settled (so
 * nothing keeps writing into a folder being removed).
 */
async function eachAtMost(limit, items, work) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failure !== undefined)
        throw failure.error;
}
/** Bytes done over all blobs, from each blob's running count, reported at most every 250 ms. */
class TransferProgress {
    total;
    onProgress;
    done = 0;
    last = Date.now();
    constructor(total, onProgress) {
        this.total = total;
        this.onProgress = onProgress;
    }
    skip(bytes) {
        this.add(bytes);
    }
    /** A listener for one blob's bytes so far; a retry that starts over counts its bytes once. */
    blob() {
        let counted = 0;
        return (bytesSoFar) => {
            this.add(bytesSoFar - counted);
            counted = bytesSoFar;
        };
    }
    finish() {
        this.onProgress?.(this.total, this.total);
    }
    add(bytes) {
        this.done += bytes;
        if (this.onProgress && Date.now() - this.last >= PROGRESS_EVERY_MS) {
            this.last = Date.now();
            this.onProgress(Math.min(this.done, this.total), this.total);
        }
    }
}

// EXTERNAL MODULE: ./packages/model-store/lib/src/store-uri.js
var store_uri = __webpack_require__(5376);
;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/errors.js

/**
 * A registry that refused, failed or answered wrongly. The message says what
 * happened, on which host and repository, with at most a short sanitised
 * excerpt of what the registry said; it never holds a credential.
 */
class StoreHttpError extends errors/* ModelStoreError */.L {
    code;
    status;
    name = 'StoreHttpError';
    constructor(code, message, 
    /** The HTTP status that ended the request, when there was one. */
    status) {
        super(code, message);
        this.code = code;
        this.status = status;
    }
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/untrusted.js

// Everything a registry answers is untrusted: bodies are read to a bound,
// and what is quoted back in an error is a short, printable excerpt.

/** The most of a registry's error body ever read. */
const ERROR_BODY_LIMIT = 4096;
/** The most of it ever quoted in a message. */
const EXCERPT_LENGTH = 160;
/** Reads a response body whole, refusing one longer than `limit` bytes (without reading past it). */
async function readBounded(response, limit, what) {
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > limit) {
        await response.body?.cancel();
        throw new StoreHttpError('protocol', `The registry sent ${what} of ${declared} bytes, more than the ${limit} allowed.`);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const bytes = await (0,blob/* collectAtMost */.nA)(response.body, limit);
    if (bytes !== undefined)
        return bytes;
    await response.body.cancel().catch(() => undefined);
    throw new StoreHttpError('protocol', `The registry sent ${what} of more than the ${limit} bytes allowed.`);
}
/** Drops a body nobody reads, so that the connection can be reused. */
async function discard(response) {
    await response.body?.cancel().catch(() => undefined);
}
/** Printable, single-line, short: safe to put in a message and a log. */
function sanitise(text, length = EXCERPT_LENGTH) {
    // eslint-disable-next-line no-control-regex
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e]+/g, ' ').trim();
    return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}
/**
 * What the registry said about a failed request, for an error message: the
 * distribution spec's `{"errors":[{"code","message"}]}` when it sent that,
 * else the start of its body; empty when it said nothing.
 */
async function excerptOf(response) {
    let body;
    try {
        body = await readPrefix(response, ERROR_BODY_LIMIT);
    }
    catch {
        return '';
    }
    const text = body.toString('utf8');
    try {
        const parsed = JSON.parse(text);
        if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
            const [first] = parsed.errors;
            const code = typeof first?.code === 'string' ? first.code : '';
            const message = typeof first?.message === 'string' ? first.message : '';
            return sanitise([code, message].filter(Boolean).join(': '));
        }
    }
    catch {
        // Not JSON: quote the text.
    }
    return sanitise(text);
}
async function readPrefix(response, limit) {
    if (!response.body)
        return Buffer.alloc(0);
    const reader = response.body.getReader();
    const chunks = [];
    let length = 0;
    try {
        while (length < limit) {
            const { done, value } = await reader.read();
            if (done)
                break;
            chunks.push(Buffer.from(value));
            length += value.byteLength;
        }
    }
    finally {
        await reader.cancel().catch(() => undefined);
    }
    return Buffer.concat(chunks).subarray(0, limit);
}
/** ` (HTTP 404: MANIFEST_UNKNOWN: …)`, for the end of a message. */
async function statusNote(response) {
    const excerpt = await excerptOf(response);
    return ` (HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''})`;
}
/** `Retry-After` in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
function retryAfterOf(response, now = Date.now()) {
    const value = response.headers.get('retry-after')?.trim();
    if (!value)
        return undefined;
    if (/^\d{1,9}$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/challenge.js
// The `WWW-Authenticate` challenge of a registry (distribution's token
// authentication spec): which scheme it wants, and for Bearer where to get a
// token. The header is untrusted: bounded and parsed strictly.
const HEADER_LIMIT = 4096;
const PARAMETER = /\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*(?:,|$)/y;
/** The first Basic or Bearer challenge of the header, or undefined when there is none we can answer. */
function parseChallenge(header) {
    if (!header || header.length > HEADER_LIMIT)
        return undefined;
    const scheme = /^\s*([A-Za-z]+)(?:\s+|$)/.exec(header);
    if (!scheme)
        return undefined;
    const name = scheme[1].toLowerCase();
    if (name === 'basic')
        return { scheme: 'basic' };
    if (name !== 'bearer')
        return undefined;
    const parameters = new Map();
    PARAMETER.lastIndex = scheme[0].length;
    while (PARAMETER.lastIndex < header.length) {
        const match = PARAMETER.exec(header);
        if (!match)
            return undefined;
        parameters.set(match[1].toLowerCase(), match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]);
    }
    let realm;
    try {
        realm = new URL(parameters.get('realm') ?? '');
    }
    catch {
        return undefined;
    }
    const scope = parameters.get('scope');
    return {
        scheme: 'bearer',
        realm,
        ...(parameters.has('service') ? { service: parameters.get('service') } : {}),
        scopes: scope ? scope.split(' ').filter((item) => /^[a-z]+:[^\s:]+:[a-z*,]+$/.test(item)) : [],
    };
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/location.js


/**
 * The endpoint of `oci://<host>[:<port>]/<repository>`, read by the one
 * parser of store addresses (`parseStoreUri`); anything else is refused with
 * a message that shows the right form.
 */
function registryEndpoint(address) {
    const location = (0,store_uri/* parseStoreUri */.x8)(address);
    if (location.kind !== 'registry' || location.digest !== undefined) {
        throw new StoreHttpError('invalid-store', `The store ${JSON.stringify(address.slice(0, 200))} is not a registry repository: write it as ` +
            'oci://<host>[:<port>]/<repository>, e.g. oci://ghcr.io/owner/repo/models.');
    }
    const { host, repository, plainHttpAllowed } = location;
    if (host.length + 1 + repository.length > 255) {
        throw new StoreHttpError('invalid-store', `The store oci://${host}/${repository} is longer than the 255 characters a reference may have.`);
    }
    return { host, repository, origin: `${plainHttpAllowed ? 'http' : 'https'}://${host}` };
}
/** Whether plain HTTP may be used to reach `url` (loopback only). */
function isLoopback(url) {
    return (0,store_uri/* isLoopbackHost */.cW)(url.hostname);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/session.js
// One client's conversation with one registry repository: authentication
// (anonymous, Basic, or the Bearer token flow its challenge asks for),
// per-request idle timeouts, retries with back-off, and redirects that never
// carry the registry's credentials to another host.





/** A request failed in a way that may pass: a reset, a timeout, 5xx or 429. */
class TransientFailure extends Error {
    retryAfterMs;
    name = 'TransientFailure';
    constructor(message, 
    /** What the registry asked us to wait, in milliseconds. */
    retryAfterMs) {
        super(message);
        this.retryAfterMs = retryAfterMs;
    }
}
const TOKEN_RESPONSE_LIMIT = 64 * 1024;
// A token goes into a header: only the characters of a JWT or an opaque base64 token.
const TOKEN = /^[A-Za-z0-9._~+/=-]{1,16384}$/;
const REDIRECT_LIMIT = 5;
const USER_AGENT = 'mlops-actions-model-store';
class RegistrySession {
    location;
    options;
    scheme = 'unknown';
    bearer;
    tokens = new Map();
    constructor(location, options) {
        this.location = location;
        this.options = options;
    }
    /** `<origin>/v2/<repository>/<path>` */
    url(path) {
        return new URL(`/v2/${this.location.repository}/${path}`, this.location.origin);
    }
    /**
     * Sends a request, answering the registry's authentication challenge and
     * following redirects of GET. A request with a body in memory is
     * retried on transient failures; a streamed one is not (the registry may
     * hold part of it: the caller asks where it stands), and its transient
     * failure is thrown as `TransientFailure`. 401 and 403 become
     * `StoreHttpError('access-denied')`; every other status is the caller's.
     */
    async send(request) {
        const replayable = !(request.body && !Buffer.isBuffer(request.body));
        for (let attempt = 0;; attempt++) {
            try {
                const response = await this.exchange(request);
                if (response.status >= 500 || response.status === 429) {
                    const note = await statusNote(response);
                    throw new TransientFailure(`${request.method} ${this.shown(request.url)}${note}`, retryAfterOf(response));
                }
                return response;
            }
            catch (error) {
                if (!(error instanceof TransientFailure) || !replayable)
                    throw error;
                await this.pause(attempt, error);
            }
        }
    }
    /**
     * Waits before retry `attempt` (0 for the first), exponentially longer each
     * time and as long as `Retry-After` asks within the cap; throws
     * `StoreHttpError('unavailable')` once the retries are spent.
     */
    async pause(attempt, failure) {
        const { retries, retryDelayMs, maxRetryDelayMs } = this.options;
        if (attempt >= retries) {
            throw new StoreHttpError('unavailable', `The registry ${this.location.host} kept failing after ${retries} retries: ${failure.message}`);
        }
        const backoff = retryDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
        const delay = Math.min(maxRetryDelayMs, Math.max(backoff, failure.retryAfterMs ?? 0));
        this.options.onRetry?.(`The registry ${this.location.host} failed: ${failure.message}; trying again in ` +
            `${(delay / 1000).toFixed(1)} s (retry ${attempt + 1} of ${retries}).`);
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
    /** One request with its authentication round and redirects. */
    async exchange(request) {
        const sentAuthorization = await this.authorization(request);
        let response = await this.transmit(request, request.url, sentAuthorization);
        if (response.status === 401) {
            const challenge = parseChallenge(response.headers.get('www-authenticate'));
            if (!challenge || !(await this.answer(challenge, request, sentAuthorization !== undefined))) {
                throw await this.denied(request, response);
            }
            await discard(response);
            response = await this.transmit(request, request.url, await this.authorization(request));
            if (response.status === 401)
                throw await this.denied(request, response);
        }
        if (response.status === 403)
            throw await this.denied(request, response);
        return this.follow(request, response);
    }
    /** Follows the redirects of a GET, sending the registry's credentials only back to the registry. */
    async follow(request, first) {
        let response = first;
        let url = request.url;
        for (let hop = 0; [301, 302, 303, 307, 308].includes(response.status); hop++) {
            // Only GET: a storage URL is often signed for GET alone, and a redirected HEAD already says the blob exists.
            if (request.method !== 'GET')
                return response;
            const location = response.headers.get('location');
            await discard(response);
            if (!location || location.length > 8192 || hop >= REDIRECT_LIMIT) {
                throw new StoreHttpError('protocol', `The registry ${this.location.host} redirected ${request.method} ${this.shown(request.url)} ` +
                    (location ? `more than ${REDIRECT_LIMIT} times.` : 'without a Location.'), response.status);
            }
            const next = new URL(location, url);
            if (next.protocol !== 'https:' && !(next.protocol === 'http:' && isLoopback(next))) {
                throw new StoreHttpError('protocol', `The registry ${this.location.host} redirected to ${sanitise(next.origin, 100)}, which is not HTTPS.`);
            }
            url = next;
            const sameOrigin = next.origin === this.location.origin;
            response = await this.transmit(request, next, sameOrigin ? await this.authorization(request) : undefined);
            if (!sameOrigin && response.status >= 400 && response.status < 500) {
                throw new StoreHttpError(response.status === 404 ? 'not-found' : 'refused', `The storage ${sanitise(next.host, 100)} that ${this.location.host} redirected to refused ` +
                    `${request.method}${await statusNote(response)}.`, response.status);
            }
        }
        return response;
    }
    /**
     * Takes in a 401 challenge: true when the request is worth sending again
     * (credentials not tried yet, or a new token), false when they were refused.
     */
    async answer(challenge, request, hadAuthorization) {
        if (challenge.scheme === 'basic') {
            if (!this.options.credentials || (hadAuthorization && this.scheme === 'basic'))
                return false;
            this.scheme = 'basic';
            return true;
        }
        this.scheme = 'bearer';
        this.bearer = challenge;
        // A token we sent was refused (expired, or narrower than the challenge asks): fetch one for both.
        const scopes = scopesOf(this.location.repository, request);
        this.tokens.delete(scopes.join(' '));
        await this.fetchToken(request, [...new Set([...scopes, ...challenge.scopes])]);
        return true;
    }
    /** The Authorization header for a request to the registry itself, fetching a token when the scheme is known to be Bearer. */
    async authorization(request) {
        const { credentials } = this.options;
        if (this.scheme === 'basic' && credentials) {
            return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
        }
        if (this.scheme !== 'bearer')
            return undefined;
        const key = scopesOf(this.location.repository, request);
        const cached = this.tokens.get(key.join(' '));
        if (cached && cached.expiresAt > Date.now())
            return `Bearer ${cached.token}`;
        return `Bearer ${await this.fetchToken(request, key)}`;
    }
    /** GET realm?service=…&scope=… (with Basic credentials when given), cached by the request's own scopes. */
    async fetchToken(request, scopes) {
        const challenge = this.bearer;
        const { realm } = challenge;
        if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm))) {
            throw new StoreHttpError('protocol', `The registry ${this.location.host} asks for a token from ${sanitise(realm.origin, 100)}, which is not HTTPS: ` +
                'no credentials are sent there.');
        }
        const url = new URL(realm);
        if (challenge.service !== undefined)
            url.searchParams.set('service', challenge.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const { credentials } = this.options;
        const authorization = credentials
            ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
            : undefined;
        const response = await this.transmit({ method: 'GET', url, access: request.access }, url, authorization);
        if (response.status === 401 || response.status === 403)
            throw await this.denied(request, response);
        if (response.status >= 500 || response.status === 429) {
            throw new TransientFailure(`token from ${sanitise(realm.host, 100)}${await statusNote(response)}`, retryAfterOf(response));
        }
        if (response.status !== 200) {
            throw new StoreHttpError('protocol', `The token service ${sanitise(realm.host, 100)} of ${this.location.host} answered${await statusNote(response)}.`, response.status);
        }
        const body = await readBounded(response, TOKEN_RESPONSE_LIMIT, 'a token response');
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            parsed = {};
        }
        const token = typeof parsed.token === 'string' ? parsed.token : parsed.access_token;
        if (typeof token !== 'string' || !TOKEN.test(token)) {
            throw new StoreHttpError('protocol', `The token service ${sanitise(realm.host, 100)} of ${this.location.host} sent no usable token.`);
        }
        // The spec's default lifetime is 60 s; keep a margin so that a token does not expire in flight.
        const seconds = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 60;
        this.tokens.set(scopesOf(this.location.repository, request).join(' '), {
            token,
            expiresAt: Date.now() + Math.max(0, seconds - 10) * 1000,
        });
        return token;
    }
    /** One HTTP exchange, abandoned after `timeoutMs` without progress; network failures become `TransientFailure`. */
    async transmit(request, url, authorization) {
        const controller = new AbortController();
        let timer;
        let answered = false;
        // Re-armed by every chunk sent; a body still being read after the answer arms nothing.
        const idle = () => {
            clearTimeout(timer);
            if (!answered)
                timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
        };
        const headers = { 'user-agent': USER_AGENT, ...request.headers };
        if (authorization)
            headers.authorization = authorization;
        let body;
        if (Buffer.isBuffer(request.body)) {
            body = new Uint8Array(request.body);
            headers['content-length'] = String(request.body.length);
        }
        else if (request.body) {
            headers['content-length'] = String(request.body.length);
            let sent = 0;
            const counted = new external_node_stream_.Transform({
                transform(chunk, _encoding, done) {
                    idle();
                    sent += chunk.length;
                    request.onSent?.(sent);
                    done(null, chunk);
                },
            });
            // pipeline, not pipe: when fetch stops reading (an early answer, an abort) the source is closed too.
            (0,external_node_stream_.pipeline)(request.body.open(), counted, () => undefined);
            body = external_node_stream_.Readable.toWeb(counted);
        }
        const streamed = request.body !== undefined && !Buffer.isBuffer(request.body);
        idle();
        try {
            return await this.options.fetch(url, {
                method: request.method,
                headers,
                body,
                // fetch clones a request whose redirect mode is not 'error', and the clone tees a streamed body: the
                // branch never sent keeps every byte until the answer, a whole chunk in memory per upload. Only GET
                // follows redirects (follow()), so an upload loses nothing by refusing them.
                redirect: streamed ? 'error' : 'manual',
                signal: controller.signal,
                ...(streamed ? { duplex: 'half' } : {}),
            });
        }
        catch (error) {
            if (error instanceof StoreHttpError)
                throw error;
            if (streamed && error.cause?.message === 'unexpected redirect') {
                throw new StoreHttpError('protocol', `The registry ${this.location.host} redirected the upload ${request.method} ${this.shown(url)}; ` +
                    'blob bytes are sent to the registry only.');
            }
            const cause = controller.signal.aborted ? `no progress for ${this.options.timeoutMs} ms` : networkFailure(error);
            throw new TransientFailure(`${request.method} ${this.shown(url)}: ${cause}`);
        }
        finally {
            answered = true;
            clearTimeout(timer);
        }
    }
    /** A path for messages: the registry's own paths, never a query (upload states, signed storage URLs). */
    shown(url) {
        return sanitise(url.origin === this.location.origin ? url.pathname : `${url.host}${url.pathname}`, 200);
    }
    async denied(request, response) {
        const { host, repository } = this.location;
        const verb = request.access === 'pull' ? 'read' : 'write to';
        const change = this.options.credentials
            ? 'Check that the username and password or token given for it are right and may ' +
                (request.access === 'pull' ? 'read' : 'write') +
                ' the repository.'
            : 'It needs credentials: give a username and a password or token.';
        // GitHub's registry takes the workflow's GITHUB_TOKEN only with the job's packages permission.
        const github = host === 'ghcr.io'
            ? ' On GitHub the workflow needs `permissions: packages: write` to push (`packages: read` to pull).'
            : '';
        return new StoreHttpError('access-denied', `The registry ${host} refused to let us ${verb} ${repository}${await statusNote(response)}. ${change}${github}`, response.status);
    }
}
/** The token scopes a request needs, sorted: `repository:<name>:pull[,push]`. */
function scopesOf(repository, request) {
    const scopes = [`repository:${repository}:${request.access}`];
    if (request.alsoPulls)
        scopes.push(`repository:${request.alsoPulls}:pull`);
    return scopes.sort();
}
/** What fetch's "fetch failed" was underneath (ECONNRESET, ECONNREFUSED, "other side closed"), short. */
function networkFailure(error) {
    const { message, cause } = error;
    const detail = [cause?.code, cause?.message, message].find((part) => typeof part === 'string' && part !== '');
    return sanitise(typeof detail === 'string' ? detail : 'the connection failed', 120);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/blob-upload.js
// The distribution spec's blob push (spec.md, "Pushing blobs"): HEAD first,
// a cross-repository mount where one is offered, then one upload session
// that sends the bytes in chunks (PATCH) and closes with the final PUT
// `?digest=`. A blob no larger than one chunk goes in that PUT alone: the
// monolithic POST-then-PUT upload. A chunk that fails resumes from where the
// registry says it stands (GET on the session), and only when the registry
// no longer knows the session does it start over.




/** Pushes one blob; `onProgress` hears of the bytes sent (none when the registry had it or mounted it). */
async function uploadBlob(session, descriptor, open, options) {
    if (await blobExists(session, descriptor.digest, 'pull,push'))
        return;
    let upload = await startUpload(session, descriptor, options.mountFrom);
    if (upload === 'mounted')
        return;
    const transfer = new Transfer(session, descriptor, open, options, upload);
    for (let attempt = 0;; attempt++) {
        try {
            await transfer.send();
            return;
        }
        catch (error) {
            if (!(error instanceof TransientFailure))
                throw error;
            await session.pause(attempt, error);
            // The final PUT may have landed before the connection broke.
            if (await blobExists(session, descriptor.digest, 'pull,push'))
                return;
            // Asked at the newest URL the registry gave: older ones carry a state it has moved past.
            upload = (await uploadStatus(session, transfer.session.url)) ?? (await startUpload(session, descriptor));
            if (upload === 'mounted')
                return;
            transfer.session = upload;
        }
    }
}
/** HEAD on the blob: true when the repository holds it. */
async function blobExists(session, digest, access) {
    const response = await session.send({ method: 'HEAD', url: session.url(`blobs/${digest}`), access });
    await discard(response);
    // A redirect to blob storage means the registry has the blob.
    if (response.status === 200 || (response.status >= 301 && response.status <= 308 && response.status !== 304))
        return true;
    if (response.status === 404)
        return false;
    throw new StoreHttpError('refused', `The registry ${session.location.host} answered HEAD of blob ${digest} in ${session.location.repository} with HTTP ${response.status}.`, response.status);
}
/** POST …/blobs/uploads/, with `?mount=&from=` when a source repository is known. */
async function startUpload(session, descriptor, mountFrom) {
    const url = session.url('blobs/uploads/');
    const mount = mountFrom !== undefined && mountFrom !== session.location.repository;
    if (mount) {
        url.searchParams.set('mount', descriptor.digest);
        url.searchParams.set('from', mountFrom);
    }
    const response = await session.send({
        method: 'POST',
        url,
        access: 'pull,push',
        ...(mount ? { alsoPulls: mountFrom } : {}),
        body: Buffer.alloc(0),
    });
    if (response.status === 201 && mount) {
        await discard(response);
        return 'mounted';
    }
    if (response.status !== 202)
        throw await unexpected(session, 'POST blobs/uploads/', response);
    await discard(response);
    return { url: sessionUrl(session, response), offset: 0 };
}
/** GET on the session: where the registry stands, or undefined when it no longer knows the session. */
async function uploadStatus(session, url) {
    const response = await session.send({ method: 'GET', url, access: 'pull,push' });
    // Distribution answers 400 BLOB_UPLOAD_INVALID (and cancels the session) when the
    // state in the URL is behind the bytes it holds: a chunk landed whose answer was lost.
    if (response.status === 404 || response.status === 400) {
        await discard(response);
        return undefined;
    }
    if (response.status !== 204 && response.status !== 202 && response.status !== 200) {
        throw await unexpected(session, 'GET of the upload session', response);
    }
    await discard(response);
    return { url: sessionUrl(session, response, url), offset: receivedOf(response) ?? 0 };
}
/** Sends the bytes of one blob into a session, chunk by chunk, and closes it. */
class Transfer {
    registry;
    descriptor;
    open;
    options;
    session;
    constructor(registry, descriptor, open, options, 
    /** The upload session as the registry last described it. */
    session) {
        this.registry = registry;
        this.descriptor = descriptor;
        this.open = open;
        this.options = options;
        this.session = session;
    }
    /** Sends what the session lacks, from its offset. */
    async send() {
        const { size } = this.descriptor;
        while (size - this.session.offset > this.options.chunkSize) {
            this.session = await this.patch(this.session.url, this.session.offset, this.options.chunkSize);
        }
        await this.close(this.session.url, this.session.offset, size - this.session.offset);
    }
    /** PATCH one chunk; the registry's answer says the next URL and how much it holds. */
    async patch(url, offset, length) {
        const response = await this.registry.send({
            method: 'PATCH',
            url,
            access: 'pull,push',
            headers: {
                'content-type': 'application/octet-stream',
                'content-range': `${offset}-${offset + length - 1}`,
            },
            body: { length, open: () => take(this.open(offset), length) },
            onSent: (sent) => this.options.onProgress?.(offset + sent),
        });
        if (response.status === 416) {
            // The registry holds a different amount than we thought: ask it, then go on from there.
            throw new TransientFailure(`PATCH at ${offset}${await statusNote(response)}`);
        }
        if (response.status !== 202)
            throw await unexpected(this.registry, 'PATCH of a chunk', response);
        await discard(response);
        const received = receivedOf(response) ?? offset + length;
        if (received > offset + length) {
            throw new StoreHttpError('protocol', `The registry ${this.registry.location.host} says it holds ${received} bytes after a chunk that ended at ${offset + length}.`);
        }
        return { url: sessionUrl(this.registry, response, url), offset: received };
    }
    /** The final PUT `?digest=`, carrying the last `length` bytes (all of a small blob). */
    async close(url, offset, length) {
        const target = new URL(url);
        target.searchParams.set('digest', this.descriptor.digest);
        const response = await this.registry.send({
            method: 'PUT',
            url: target,
            access: 'pull,push',
            headers: { 'content-type': 'application/octet-stream' },
            body: length === 0 ? Buffer.alloc(0) : { length, open: () => take(this.open(offset), length) },
            onSent: (sent) => this.options.onProgress?.(offset + sent),
        });
        if (response.status === 201) {
            await discard(response);
            this.options.onProgress?.(this.descriptor.size);
            return;
        }
        if (response.status === 416)
            throw new TransientFailure(`PUT at ${offset}${await statusNote(response)}`);
        const excerpt = await excerptOf(response);
        if (response.status === 400 && /DIGEST_INVALID|SIZE_INVALID/.test(excerpt)) {
            throw new StoreHttpError('digest-mismatch', `The registry ${this.registry.location.host} refused blob ${this.descriptor.digest}: ` +
                `the bytes sent do not have that digest or size (${excerpt}). Did the file change while it was uploaded?`, response.status);
        }
        throw new StoreHttpError('refused', `The registry ${this.registry.location.host} refused the final PUT of blob ${this.descriptor.digest} ` +
            `(HTTP ${response.status}${excerpt ? `: ${excerpt}` : ''}).`, response.status);
    }
}
/** The first `length` bytes of `source`; the source is closed after them. */
function take(source, length) {
    async function* bytes() {
        let left = length;
        try {
            for await (const chunk of source) {
                const part = chunk.length > left ? chunk.subarray(0, left) : chunk;
                left -= part.length;
                yield part;
                if (left === 0)
                    return;
            }
        }
        finally {
            source.destroy();
        }
        throw new Error(`the blob's bytes ended ${left} bytes short of its size`);
    }
    return external_node_stream_.Readable.from(bytes(), { objectMode: false });
}
/** The session URL a response names in `Location`, which must stay on the registry (it gets our credentials). */
function sessionUrl(session, response, previous) {
    const location = response.headers.get('location');
    if (!location) {
        if (previous)
            return previous;
        throw new StoreHttpError('protocol', `The registry ${session.location.host} opened an upload without a Location.`);
    }
    let url;
    try {
        url = location.length <= 8192 ? new URL(location, session.location.origin) : undefined;
    }
    catch {
        url = undefined;
    }
    if (!url || url.origin !== session.location.origin) {
        throw new StoreHttpError('protocol', `The registry ${session.location.host} sent an upload Location that is not on ${session.location.origin}.`);
    }
    return url;
}
/**
 * How many bytes the registry holds, from `Range: 0-<last>`. Distribution
 * writes `0-0` for an empty session too; a session holding exactly one byte
 * is not one this client makes (chunks are large), so `0-0` reads as empty.
 */
function receivedOf(response) {
    const match = /^(?:bytes=)?0-(\d{1,15})$/.exec(response.headers.get('range')?.trim() ?? '');
    if (!match)
        return undefined;
    const last = Number(match[1]);
    return last === 0 ? 0 : last + 1;
}
async function unexpected(session, what, response) {
    return new StoreHttpError('refused', `The registry ${session.location.host} answered ${what} in ${session.location.repository}${await statusNote(response)}.`, response.status);
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/registry/registry-target.js







/** The media types a manifest is asked for with: OCI first, Docker's for registries that still speak it. */
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
];
/** Distribution's own limit for a manifest. */
const MANIFEST_LIMIT = 4 * 1024 * 1024;
const DIGEST = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * One repository of an OCI registry (`oci://<host>[:<port>]/<repository>`),
 * spoken to by the distribution spec over HTTPS (plain HTTP on loopback).
 */
class RegistryTarget {
    location;
    session;
    chunkSize;
    mountFrom;
    constructor(address, options = {}) {
        const location = registryEndpoint(address);
        this.location = `oci://${location.host}/${location.repository}`;
        // Each chunk is a request the registry ends by saving its hash state: 64 MiB pushed 1 GiB to docker-registry
        // about a fifth faster than 16 MiB (bench/store.mjs), stays under the 100 MB request bodies proxies such as
        // Cloudflare's admit, and a chunk that fails is sent again at most once whole. Memory does not grow with it.
        this.chunkSize = options.chunkSize ?? 64 * 1024 * 1024;
        if (!Number.isSafeInteger(this.chunkSize) || this.chunkSize < 1) {
            throw new RangeError(`chunkSize must be a positive integer, not ${this.chunkSize}`);
        }
        this.mountFrom = options.mountFrom?.toLowerCase();
        this.session = new RegistrySession(location, {
            ...(options.credentials ? { credentials: options.credentials } : {}),
            timeoutMs: options.timeoutMs ?? 60_000,
            retries: options.retries ?? 5,
            retryDelayMs: options.retryDelayMs ?? 1000,
            maxRetryDelayMs: options.maxRetryDelayMs ?? 30_000,
            fetch: options.fetch ?? fetch,
            ...(options.onRetry ? { onRetry: options.onRetry } : {}),
        });
    }
    /** `host[:port]` */
    get host() {
        return this.session.location.host;
    }
    get repository() {
        return this.session.location.repository;
    }
    async hasBlob(digest) {
        return blobExists(this.session, checkedDigest(digest), 'pull');
    }
    async pushBlob(descriptor, open, onProgress) {
        checkedDigest(descriptor.digest);
        if (!Number.isSafeInteger(descriptor.size) || descriptor.size < 0) {
            throw new RangeError(`A blob size must be a non-negative integer, not ${descriptor.size}`);
        }
        await uploadBlob(this.session, descriptor, open, {
            chunkSize: this.chunkSize,
            ...(this.mountFrom !== undefined ? { mountFrom: this.mountFrom } : {}),
            ...(onProgress ? { onProgress } : {}),
        });
    }
    async pullBlob(descriptor) {
        const digest = checkedDigest(descriptor.digest);
        const response = await this.session.send({
            method: 'GET',
            url: this.session.url(`blobs/${digest}`),
            access: 'pull',
            // The bytes as stored: a transfer encoding would make them unverifiable against the digest.
            headers: { 'accept-encoding': 'identity' },
        });
        if (response.status !== 200)
            throw await this.failure(`blob ${digest}`, response);
        const declared = response.headers.get('content-length');
        if (declared !== null && Number(declared) !== descriptor.size) {
            await discard(response);
            throw new StoreHttpError('digest-mismatch', `The registry ${this.host} sent ${Number(declared)} bytes for blob ${digest} of ${descriptor.size} bytes.`);
        }
        return this.watched(external_node_stream_.Readable.fromWeb(response.body), digest);
    }
    async putManifest(manifest, mediaType, tag) {
        if (manifest.length > MANIFEST_LIMIT) {
            throw new StoreHttpError('refused', `A manifest of ${manifest.length} bytes is over the ${MANIFEST_LIMIT} registries take.`);
        }
        if (tag !== undefined && !TAG.test(tag)) {
            throw new RangeError(`${JSON.stringify(tag)} is not an OCI tag (letters, digits, _ . -, at most 128)`);
        }
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(manifest).digest('hex')}`;
        for (const reference of tag === undefined ? [digest] : [digest, tag]) {
            const response = await this.session.send({
                method: 'PUT',
                url: this.session.url(`manifests/${reference}`),
                access: 'pull,push',
                headers: { 'content-type': mediaType },
                body: manifest,
            });
            if (response.status !== 201)
                throw await this.failure(`manifest ${reference}`, response, 'refused');
            await discard(response);
            const stored = response.headers.get('docker-content-digest');
            if (stored !== null && stored !== digest) {
                throw new StoreHttpError('digest-mismatch', `The registry ${this.host} stored manifest ${reference} under another digest than its bytes have (${digest}).`);
            }
        }
        return digest;
    }
    async getManifest(reference) {
        const byDigest = DIGEST.test(reference);
        if (!byDigest && !TAG.test(reference)) {
            throw new RangeError(`${JSON.stringify(reference)} is neither a digest nor an OCI tag`);
        }
        const response = await this.session.send({
            method: 'GET',
            url: this.session.url(`manifests/${reference}`),
            access: 'pull',
            headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
        });
        if (response.status !== 200)
            throw await this.failure(`manifest ${reference}`, response);
        const bytes = await readBounded(response, MANIFEST_LIMIT, 'a manifest');
        const expected = byDigest ? reference : response.headers.get('docker-content-digest');
        const algorithm = expected && DIGEST.test(expected) ? expected.split(':')[0] : 'sha256';
        const digest = `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
        if (expected !== null && expected !== digest) {
            throw new StoreHttpError('digest-mismatch', `The registry ${this.host} sent manifest ${reference} whose bytes have digest ${digest}, not ${expected.slice(0, 80)}.`);
        }
        const contentType = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
        let mediaType = MANIFEST_MEDIA_TYPES.includes(contentType) ? contentType : '';
        if (!mediaType) {
            try {
                const declared = JSON.parse(bytes.toString('utf8')).mediaType;
                if (typeof declared === 'string' && MANIFEST_MEDIA_TYPES.includes(declared))
                    mediaType = declared;
            }
            catch {
                // Not JSON: refused below.
            }
        }
        if (!mediaType) {
            throw new StoreHttpError('protocol', `The registry ${this.host} sent manifest ${reference} of no known media type.`);
        }
        return { mediaType, bytes, digest };
    }
    /** A blob download that fails, rather than hangs, when the registry stops sending. */
    watched(body, digest) {
        const { timeoutMs } = this.session.options;
        const out = new external_node_stream_.PassThrough();
        let timer;
        const idle = () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
                body.destroy(new StoreHttpError('unavailable', `The registry ${this.host} stopped sending blob ${digest} for ${timeoutMs} ms.`));
            }, timeoutMs);
        };
        body.on('data', idle);
        idle();
        (0,external_node_stream_.pipeline)(body, out, (error) => {
            clearTimeout(timer);
            if (error)
                out.destroy(error);
        });
        return out;
    }
    async failure(what, response, otherwise = 'protocol') {
        const note = await statusNote(response);
        if (response.status === 404) {
            return new StoreHttpError('not-found', `The registry ${this.host} has no ${what} in ${this.repository}${note}.`, 404);
        }
        return new StoreHttpError(otherwise, `The registry ${this.host} answered the request for ${what} in ${this.repository}${note}.`, response.status);
    }
}
function checkedDigest(digest) {
    if (!DIGEST.test(digest))
        throw new RangeError(`${JSON.stringify(digest.slice(0, 100))} is not a sha256 or sha512 digest`);
    return digest;
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/open.js


/** The target a location names: an image-layout folder, or a repository of a registry. */
function openTarget(location, access) {
    if (location.kind === 'layout')
        return new OciLayoutTarget(location.path, { base: access.base });
    // A registry takes any user name with a token (GitHub's does); an empty one would send no credentials at all.
    const credentials = access.token
        ? { credentials: { username: access.username || 'token', password: access.token } }
        : {};
    return new RegistryTarget(`oci://${location.host}/${location.repository}`, {
        ...credentials,
        ...(access.onRetry ? { onRetry: access.onRetry } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/model-store/lib/src/index.js
// The model store: the files of each registered version, as one ModelPack
// artifact in an OCI registry or an OCI image-layout folder (DESIGN, "The
// model store (OCI)"). Plain package: no import of action-kit or @actions/*.












/***/ })

};
