// Where a model store is, as written in version-model's `store` input (a place)
// and in a registry manifest's `uri` (a place and a manifest digest): DESIGN.md,
// "The model store (OCI)".
import { isSha256Digest } from './blob.js';
import { ModelStoreError, quoted } from './errors.js';

export type StoreLocation = RegistryLocation | LayoutLocation;

export interface RegistryLocation {
  kind: 'registry';
  /** `host` or `host:port` (`[::1]:5000`), lower case: the authority of the registry's URLs. */
  host: string;
  /** The repository, lower case (OCI names are lower case). */
  repository: string;
  /** Only a registry on this machine may be reached over plain HTTP; everywhere else, HTTPS. */
  plainHttpAllowed: boolean;
  /** The manifest, when the text named one (`…@sha256:<hex>`). */
  digest?: string;
}

export interface LayoutLocation {
  kind: 'layout';
  /** The folder as written (relative paths are relative to the workspace), without a trailing `/`. */
  path: string;
  digest?: string;
}

// Plain HTTP would send credentials and unverified bytes across a network; on loopback nothing leaves the machine.
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a host name (`127.0.0.1`, `[::1]`, as a URL's `hostname` gives it) is this machine: plain HTTP allowed. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}
const HOST_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;
/** distribution-spec: the repository name grammar (path components joined by `/`). */
const REPOSITORY = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

const FORMS = 'write oci://<host>[:<port>]/<repository> or oci-layout:<path>';

/**
 * Reads `oci://host[:port]/repository[@sha256:…]` or `oci-layout:path[@sha256:…]`.
 * A repository is lower-cased; anything else wrong is refused, saying which form to write.
 */
export function parseStoreUri(text: string): StoreLocation {
  const refuse = (why: string): never => {
    throw new ModelStoreError('invalid-store', `The store ${quoted(text)} ${why}; ${FORMS}.`);
  };
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\0-\x1f\x7f]/.test(text)) refuse('holds a control character');
  const { place, digest } = splitDigest(text, refuse);
  if (place.startsWith('oci-layout:')) {
    const path = place.slice('oci-layout:'.length).replace(/(?<=.)\/+$/, '');
    if (path === '') refuse('names no folder');
    return { kind: 'layout', path, ...(digest === undefined ? {} : { digest }) };
  }
  if (!place.startsWith('oci://')) {
    if (/^(https?|docker):\/\//i.test(place)) refuse('is a URL, not a store (registries are written oci://)');
    refuse('is in neither store form');
  }
  const rest = place.slice('oci://'.length);
  const slash = rest.indexOf('/');
  const authority = (slash === -1 ? rest : rest.slice(0, slash)).toLowerCase();
  const repository = (slash === -1 ? '' : rest.slice(slash + 1)).replace(/\/+$/, '').toLowerCase();
  if (authority.includes('@')) refuse('holds credentials; give them as store-username and store-token instead');
  if (/[?#]/.test(rest)) refuse('holds a query or a fragment');
  const { hostname, port } = splitPort(authority, refuse);
  if (!HOST_NAME.test(hostname) && !IPV6.test(hostname)) refuse(`has ${quoted(hostname)}, which is not a host name`);
  if (repository === '') refuse('names no repository after the host');
  if (/:/.test(repository)) refuse('names a tag; a store names a repository, versions are tagged by the store');
  if (!REPOSITORY.test(repository)) {
    refuse(
      `has the repository ${quoted(repository)}, which is not an OCI repository name (a-z, 0-9, '.', '_', '-' between '/')`,
    );
  }
  return {
    kind: 'registry',
    host: port === undefined ? hostname : `${hostname}:${port}`,
    repository,
    plainHttpAllowed: isLoopbackHost(hostname),
    ...(digest === undefined ? {} : { digest }),
  };
}

/** The place of one model's artifacts in a store: `<repository>/<model>` in a registry, `<path>/<model>` for layouts. */
export function modelLocation(store: StoreLocation, modelName: string): StoreLocation {
  if (!MODEL_NAME.test(modelName)) {
    throw new ModelStoreError('invalid-version-info', `The model name ${quoted(modelName)} is not a registry name.`);
  }
  if (store.digest !== undefined) {
    throw new ModelStoreError(
      'invalid-store',
      `The store ${quoted(storeUri(store))} names a manifest; a store names a place only.`,
    );
  }
  return store.kind === 'registry'
    ? { ...store, repository: `${store.repository}/${modelName}` }
    : { ...store, path: store.path === '/' ? `/${modelName}` : `${store.path}/${modelName}` };
}

/** The text of a location, as a manifest's `uri` records it (with the digest, when it has one). */
export function storeUri(location: StoreLocation): string {
  const place =
    location.kind === 'registry' ? `oci://${location.host}/${location.repository}` : `oci-layout:${location.path}`;
  return location.digest === undefined ? place : `${place}@${location.digest}`;
}

function splitDigest(text: string, refuse: (why: string) => never): { place: string; digest?: string } {
  const at = text.lastIndexOf('@sha256:');
  if (at === -1) {
    if (/@sha\d*:/i.test(text)) refuse('names a digest that is not sha256:<64 hex>');
    return { place: text };
  }
  const digest = text.slice(at + 1);
  if (!isSha256Digest(digest)) refuse('names a digest that is not sha256:<64 lower-case hex>');
  return { place: text.slice(0, at), digest };
}

function splitPort(authority: string, refuse: (why: string) => never): { hostname: string; port?: number } {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(authority);
  if (match === null) return refuse(`has ${quoted(authority)}, which is not host[:port]`);
  const [, hostname, portText] = match;
  if (portText === undefined) return { hostname };
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port < 1 || port > 65535)
    refuse(`has the port ${quoted(portText)}, not 1 to 65535`);
  return { hostname, port };
}
