// A stand-in for the GitHub Actions cache service, so that a bundle test runs
// the real `@actions/cache` (its tar archive, its entry version, its HTTP
// calls) and reads back what was saved. It speaks the service's v1 protocol
// (`ACTIONS_CACHE_URL` + `_apis/artifactcache/…`), which `@actions/cache`
// uses when `ACTIONS_CACHE_SERVICE_V2` is unset; v2 uploads to Azure Blob
// storage, which has no local stand-in.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stopAfterTests } from './fs.js';

/** One entry the service holds: a key, the version `@actions/cache` computed from its paths, the archive. */
export interface CacheEntry {
  id: number;
  key: string;
  /** sha256 of the entry's paths, compression method and salt: restore finds only an entry of the same version. */
  version: string;
  /** The uploaded archive (tar, zstd or gzip), complete once committed. */
  archive: Buffer;
  committed: boolean;
}

/** A request the service answered: `GET cache`, `POST caches`, `PATCH caches/1`, `POST caches/1`, `GET archives/1`. */
export interface CacheRequest {
  method: string;
  resource: string;
}

export class CacheService {
  readonly entries: CacheEntry[] = [];
  readonly requests: CacheRequest[] = [];
  private readonly chunks = new Map<number, { start: number; data: Buffer }[]>();

  private constructor(private readonly server: Server) {
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      void this.answer(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: String(error) }));
      });
    });
  }

  /** Starts a service on 127.0.0.1 that stops when the test file ends. */
  static async start(): Promise<CacheService> {
    const service = new CacheService(createServer());
    await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
    stopAfterTests(() => service.close());
    return service;
  }

  /** `ACTIONS_CACHE_URL` (with its trailing `/`, as the runner sets it). */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  /** The environment a step needs to reach this service. */
  get env(): Record<string, string> {
    return { ACTIONS_CACHE_URL: this.url, ACTIONS_RUNTIME_TOKEN: 'cache-service-token' };
  }

  /** The committed entries saved under `key`. */
  saved(key: string): CacheEntry[] {
    return this.entries.filter((entry) => entry.committed && entry.key === key);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const method = request.method ?? 'GET';
    const body = await readBody(request);
    const api = url.pathname.match(/^\/_apis\/artifactcache\/(.+)$/);
    const archive = url.pathname.match(/^\/archives\/(\d+)$/);
    const resource = api?.[1] ?? url.pathname.slice(1);
    this.requests.push({ method, resource });
    const json = (status: number, value?: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(value === undefined ? undefined : JSON.stringify(value));
    };

    if (method === 'GET' && resource === 'cache') {
      const keys = (url.searchParams.get('keys') ?? '').split(',');
      const version = url.searchParams.get('version');
      const entry = this.find(keys, version);
      if (!entry) return json(204);
      return json(200, {
        cacheKey: entry.key,
        archiveLocation: `${this.url}archives/${entry.id}`,
        scope: 'refs/heads/main',
      });
    }
    if (method === 'POST' && resource === 'caches') {
      const { key, version } = JSON.parse(body.toString('utf8')) as { key: string; version: string };
      if (this.entries.some((entry) => entry.key === key && entry.version === version)) {
        return json(409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${key}, Version: ${version}` });
      }
      const entry: CacheEntry = {
        id: this.entries.length + 1,
        key,
        version,
        archive: Buffer.alloc(0),
        committed: false,
      };
      this.entries.push(entry);
      this.chunks.set(entry.id, []);
      return json(201, { cacheId: entry.id });
    }
    const id = Number(resource.match(/^caches\/(\d+)$/)?.[1]);
    const uploading = this.entries.find((entry) => entry.id === id && !entry.committed);
    if (method === 'PATCH' && uploading) {
      const start = Number(request.headers['content-range']?.match(/^bytes (\d+)-/)?.[1]);
      this.chunks.get(id)?.push({ start, data: body });
      return json(204);
    }
    if (method === 'POST' && uploading) {
      const chunks = (this.chunks.get(id) ?? []).sort((a, b) => a.start - b.start);
      uploading.archive = Buffer.concat(chunks.map((chunk) => chunk.data));
      const { size } = JSON.parse(body.toString('utf8')) as { size: number };
      if (size !== uploading.archive.length)
        return json(400, { message: `size ${size} != uploaded ${uploading.archive.length}` });
      uploading.committed = true;
      return json(204);
    }
    const stored = archive && this.entries.find((entry) => entry.id === Number(archive[1]) && entry.committed);
    if (method === 'GET' && stored) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': stored.archive.length });
      response.end(stored.archive);
      return;
    }
    json(404, { message: `no such resource: ${method} ${url.pathname}` });
  }

  /** As the service matches: each key in order, an exact key first, then the newest entry the key is a prefix of. */
  private find(keys: string[], version: string | null): CacheEntry | undefined {
    const candidates = this.entries.filter((entry) => entry.committed && entry.version === version).reverse();
    for (const key of keys) {
      const found =
        candidates.find((entry) => entry.key === key) ?? candidates.find((entry) => entry.key.startsWith(key));
      if (found) return found;
    }
    return undefined;
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
