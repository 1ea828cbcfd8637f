import { isLoopbackHost, parseStoreUri } from '../store-uri.js';
import { StoreHttpError } from './errors.js';

/** One repository of one registry, as requests reach it. */
export interface RegistryEndpoint {
  /** `host` or `host:port`, as written in references (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`). */
  readonly host: string;
  /** The repository name, lower case (OCI names are). */
  readonly repository: string;
  /** `https://<host>`, or `http://<host>` for a loopback host. */
  readonly origin: string;
}

/**
 * The endpoint of `oci://<host>[:<port>]/<repository>`, read by the one
 * parser of store addresses (`parseStoreUri`); anything else is refused with
 * a message that shows the right form.
 */
export function registryEndpoint(address: string): RegistryEndpoint {
  const location = parseStoreUri(address);
  if (location.kind !== 'registry' || location.digest !== undefined) {
    throw new StoreHttpError(
      'invalid-store',
      `The store ${JSON.stringify(address.slice(0, 200))} is not a registry repository: write it as ` +
        'oci://<host>[:<port>]/<repository>, e.g. oci://ghcr.io/owner/repo/models.',
    );
  }
  const { host, repository, plainHttpAllowed } = location;
  if (host.length + 1 + repository.length > 255) {
    throw new StoreHttpError(
      'invalid-store',
      `The store oci://${host}/${repository} is longer than the 255 characters a reference may have.`,
    );
  }
  return { host, repository, origin: `${plainHttpAllowed ? 'http' : 'https'}://${host}` };
}

/** Whether plain HTTP may be used to reach `url` (loopback only). */
export function isLoopback(url: URL): boolean {
  return isLoopbackHost(url.hostname);
}
