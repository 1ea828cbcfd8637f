import { OciLayoutTarget } from './layout.js';
import { RegistryTarget } from './registry/registry-target.js';
import type { StoreLocation } from './store-uri.js';
import type { OciTarget } from './target.js';

export interface StoreAccess {
  /** What a relative layout path is relative to (the workspace). */
  base: string;
  username?: string;
  /** A registry password or token; empty: anonymous. */
  token?: string;
  /** Told of each retry of a registry request, for a line in the log. */
  onRetry?: (message: string) => void;
}

/** The target a location names: an image-layout folder, or a repository of a registry. */
export function openTarget(location: StoreLocation, access: StoreAccess): OciTarget {
  if (location.kind === 'layout') return new OciLayoutTarget(location.path, { base: access.base });
  // A registry takes any user name with a token (GitHub's does); an empty one would send no credentials at all.
  const credentials = access.token
    ? { credentials: { username: access.username || 'token', password: access.token } }
    : {};
  return new RegistryTarget(`oci://${location.host}/${location.repository}`, {
    ...credentials,
    ...(access.onRetry ? { onRetry: access.onRetry } : {}),
  });
}
