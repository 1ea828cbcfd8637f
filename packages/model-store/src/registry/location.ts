import { StoreHttpError } from './errors.js';

/** One repository of one registry: `oci://<host>[:<port>]/<repository>`. */
export interface RegistryLocation {
  /** `host` or `host:port`, as written in references (`ghcr.io`, `127.0.0.1:5000`, `[::1]:5000`). */
  readonly host: string;
  /** The repository name, lower case (OCI names are). */
  readonly repository: string;
  /** `https://<host>`, or `http://<host>` for a loopback host. */
  readonly origin: string;
}

// The distribution spec's repository name grammar (spec.md, "Pulling manifests").
const REPOSITORY = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;
// Plain HTTP would send credentials and unverified bytes across a network; on loopback nothing leaves the machine.
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Reads `oci://<host>[:<port>]/<repository>`; refuses anything else with a message that shows the right form. */
export function parseRegistryLocation(address: string): RegistryLocation {
  const shown = JSON.stringify(address.length > 200 ? `${address.slice(0, 200)}…` : address);
  const refuse = (why: string): never => {
    throw new StoreHttpError(
      'invalid-location',
      `The store ${shown} ${why}: write it as oci://<host>[:<port>]/<repository>, e.g. oci://ghcr.io/owner/repo/models.`,
    );
  };
  const match = /^oci:\/\/([^/]+)\/(.+)$/i.exec(address);
  if (!match) return refuse('is not an OCI registry address');
  const host = match[1].toLowerCase();
  const repository = match[2].replace(/\/+$/, '').toLowerCase();
  const hostMatch = HOST.exec(host);
  if (!hostMatch) return refuse('has no valid host name');
  const port = hostMatch[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return refuse(`has an invalid port ${port}`);
  if (!REPOSITORY.test(repository)) {
    return refuse(
      'has an invalid repository name (lower-case letters, digits, and ., _, __ or - between them, parts separated by /)',
    );
  }
  if (host.length + 1 + repository.length > 255)
    return refuse('is longer than the 255 characters a reference may have');
  const hostname = port === undefined ? host : host.slice(0, -(port.length + 1));
  const scheme = LOOPBACK.has(hostname) ? 'http' : 'https';
  return { host, repository, origin: `${scheme}://${host}` };
}

/** Whether plain HTTP may be used to reach `url` (loopback only). */
export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}
