/**
 * The dependency cache, behind the three calls the build makes. The real one
 * is `@actions/cache`, loaded only when a cache service is there, so a build
 * without caching never pays for loading it.
 */
export interface DependencyCache {
  /** False where no cache service is reachable (locally, on some GHES). */
  isAvailable(): boolean;
  /** The key that was restored (exact or by prefix), or undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `paths` under `key`. Throws when the service refused or failed. */
  save(paths: string[], key: string): Promise<void>;
}

export const actionsCache: DependencyCache = {
  isAvailable() {
    return Boolean(process.env['ACTIONS_CACHE_URL'] || process.env['ACTIONS_RESULTS_URL']);
  },
  async restore(paths, primaryKey, restoreKeys) {
    const cache = await import('@actions/cache');
    return cache.restoreCache(paths, primaryKey, restoreKeys);
  },
  async save(paths, key) {
    const cache = await import('@actions/cache');
    const id = await cache.saveCache(paths, key);
    // saveCache reports most failures as a warning itself and returns -1.
    if (id === -1) throw new Error(`the cache service did not accept the entry ${key}`);
  },
};
