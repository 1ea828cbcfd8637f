// One client's conversation with one registry repository: authentication
// (anonymous, Basic, or the Bearer token flow its challenge asks for),
// per-request idle timeouts, retries with back-off, and redirects that never
// carry the registry's credentials to another host.
import { Readable, Transform, pipeline } from 'node:stream';
import { parseChallenge, type Challenge } from './challenge.js';
import { StoreHttpError } from './errors.js';
import { isLoopback, type RegistryEndpoint } from './location.js';
import { discard, readBounded, retryAfterOf, sanitise, statusNote } from './untrusted.js';

/** A registry user and password or token. */
export interface Credentials {
  username: string;
  password: string;
}

export interface SessionOptions {
  credentials?: Credentials;
  /** Milliseconds a request may go without progress (connecting, sending or receiving bytes) before it is abandoned. */
  timeoutMs: number;
  /** Retries of a failed request (5xx, 429, a reset or a timeout) before giving up. */
  retries: number;
  /** The first back-off; it doubles at each retry. */
  retryDelayMs: number;
  /** The longest single back-off, `Retry-After` included. */
  maxRetryDelayMs: number;
  fetch: typeof fetch;
  /** Told of each retry before its back-off: what failed, and when the next try is. */
  onRetry?: (message: string) => void;
}

/** What the request does to the repository: the token scope it needs. */
export type Access = 'pull' | 'pull,push';

export interface RegistryRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: URL;
  access: Access;
  /** Other repositories of the registry the request reads (a mount's source). */
  alsoPulls?: string;
  headers?: Record<string, string>;
  /**
   * A body in memory, or one streamed from `open()` (called again when the
   * request is sent again after an authentication challenge).
   */
  body?: Buffer | { length: number; open: () => Readable };
  /** Bytes of a streamed body sent so far. */
  onSent?: (bytes: number) => void;
}

/** A request failed in a way that may pass: a reset, a timeout, 5xx or 429. */
export class TransientFailure extends Error {
  override readonly name = 'TransientFailure';
  constructor(
    message: string,
    /** What the registry asked us to wait, in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const TOKEN_RESPONSE_LIMIT = 64 * 1024;
// A token goes into a header: only the characters of a JWT or an opaque base64 token.
const TOKEN = /^[A-Za-z0-9._~+/=-]{1,16384}$/;
const REDIRECT_LIMIT = 5;
const USER_AGENT = 'mlops-actions-model-store';

interface CachedToken {
  token: string;
  expiresAt: number;
}

export class RegistrySession {
  private scheme: 'unknown' | 'basic' | 'bearer' = 'unknown';
  private bearer: Extract<Challenge, { scheme: 'bearer' }> | undefined;
  private readonly tokens = new Map<string, CachedToken>();

  constructor(
    readonly location: RegistryEndpoint,
    readonly options: SessionOptions,
  ) {}

  /** `<origin>/v2/<repository>/<path>` */
  url(path: string): URL {
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
  async send(request: RegistryRequest): Promise<Response> {
    const replayable = !(request.body && !Buffer.isBuffer(request.body));
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await this.exchange(request);
        if (response.status >= 500 || response.status === 429) {
          const note = await statusNote(response);
          throw new TransientFailure(`${request.method} ${this.shown(request.url)}${note}`, retryAfterOf(response));
        }
        return response;
      } catch (error) {
        if (!(error instanceof TransientFailure) || !replayable) throw error;
        await this.pause(attempt, error);
      }
    }
  }

  /**
   * Waits before retry `attempt` (0 for the first), exponentially longer each
   * time and as long as `Retry-After` asks within the cap; throws
   * `StoreHttpError('unavailable')` once the retries are spent.
   */
  async pause(attempt: number, failure: TransientFailure): Promise<void> {
    const { retries, retryDelayMs, maxRetryDelayMs } = this.options;
    if (attempt >= retries) {
      throw new StoreHttpError(
        'unavailable',
        `The registry ${this.location.host} kept failing after ${retries} retries: ${failure.message}`,
      );
    }
    const backoff = retryDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
    const delay = Math.min(maxRetryDelayMs, Math.max(backoff, failure.retryAfterMs ?? 0));
    this.options.onRetry?.(
      `The registry ${this.location.host} failed: ${failure.message}; trying again in ` +
        `${(delay / 1000).toFixed(1)} s (retry ${attempt + 1} of ${retries}).`,
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  /** One request with its authentication round and redirects. */
  private async exchange(request: RegistryRequest): Promise<Response> {
    const sentAuthorization = await this.authorization(request);
    let response = await this.transmit(request, request.url, sentAuthorization);
    if (response.status === 401) {
      const challenge = parseChallenge(response.headers.get('www-authenticate'));
      if (!challenge || !(await this.answer(challenge, request, sentAuthorization !== undefined))) {
        throw await this.denied(request, response);
      }
      await discard(response);
      response = await this.transmit(request, request.url, await this.authorization(request));
      if (response.status === 401) throw await this.denied(request, response);
    }
    if (response.status === 403) throw await this.denied(request, response);
    return this.follow(request, response);
  }

  /** Follows the redirects of a GET, sending the registry's credentials only back to the registry. */
  private async follow(request: RegistryRequest, first: Response): Promise<Response> {
    let response = first;
    let url = request.url;
    for (let hop = 0; [301, 302, 303, 307, 308].includes(response.status); hop++) {
      // Only GET: a storage URL is often signed for GET alone, and a redirected HEAD already says the blob exists.
      if (request.method !== 'GET') return response;
      const location = response.headers.get('location');
      await discard(response);
      if (!location || location.length > 8192 || hop >= REDIRECT_LIMIT) {
        throw new StoreHttpError(
          'protocol',
          `The registry ${this.location.host} redirected ${request.method} ${this.shown(request.url)} ` +
            (location ? `more than ${REDIRECT_LIMIT} times.` : 'without a Location.'),
          response.status,
        );
      }
      const next = new URL(location, url);
      if (next.protocol !== 'https:' && !(next.protocol === 'http:' && isLoopback(next))) {
        throw new StoreHttpError(
          'protocol',
          `The registry ${this.location.host} redirected to ${sanitise(next.origin, 100)}, which is not HTTPS.`,
        );
      }
      url = next;
      const sameOrigin = next.origin === this.location.origin;
      response = await this.transmit(request, next, sameOrigin ? await this.authorization(request) : undefined);
      if (!sameOrigin && response.status >= 400 && response.status < 500) {
        throw new StoreHttpError(
          response.status === 404 ? 'not-found' : 'refused',
          `The storage ${sanitise(next.host, 100)} that ${this.location.host} redirected to refused ` +
            `${request.method}${await statusNote(response)}.`,
          response.status,
        );
      }
    }
    return response;
  }

  /**
   * Takes in a 401 challenge: true when the request is worth sending again
   * (credentials not tried yet, or a new token), false when they were refused.
   */
  private async answer(challenge: Challenge, request: RegistryRequest, hadAuthorization: boolean): Promise<boolean> {
    if (challenge.scheme === 'basic') {
      if (!this.options.credentials || (hadAuthorization && this.scheme === 'basic')) return false;
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
  private async authorization(request: RegistryRequest): Promise<string | undefined> {
    const { credentials } = this.options;
    if (this.scheme === 'basic' && credentials) {
      return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    }
    if (this.scheme !== 'bearer') return undefined;
    const key = scopesOf(this.location.repository, request);
    const cached = this.tokens.get(key.join(' '));
    if (cached && cached.expiresAt > Date.now()) return `Bearer ${cached.token}`;
    return `Bearer ${await this.fetchToken(request, key)}`;
  }

  /** GET realm?service=…&scope=… (with Basic credentials when given), cached by the request's own scopes. */
  private async fetchToken(request: RegistryRequest, scopes: string[]): Promise<string> {
    const challenge = this.bearer!;
    const { realm } = challenge;
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm))) {
      throw new StoreHttpError(
        'protocol',
        `The registry ${this.location.host} asks for a token from ${sanitise(realm.origin, 100)}, which is not HTTPS: ` +
          'no credentials are sent there.',
      );
    }
    const url = new URL(realm);
    if (challenge.service !== undefined) url.searchParams.set('service', challenge.service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const { credentials } = this.options;
    const authorization = credentials
      ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
      : undefined;
    const response = await this.transmit({ method: 'GET', url, access: request.access }, url, authorization);
    if (response.status === 401 || response.status === 403) throw await this.denied(request, response);
    if (response.status >= 500 || response.status === 429) {
      throw new TransientFailure(
        `token from ${sanitise(realm.host, 100)}${await statusNote(response)}`,
        retryAfterOf(response),
      );
    }
    if (response.status !== 200) {
      throw new StoreHttpError(
        'protocol',
        `The token service ${sanitise(realm.host, 100)} of ${this.location.host} answered${await statusNote(response)}.`,
        response.status,
      );
    }
    const body = await readBounded(response, TOKEN_RESPONSE_LIMIT, 'a token response');
    let parsed: { token?: unknown; access_token?: unknown; expires_in?: unknown };
    try {
      parsed = JSON.parse(body.toString('utf8')) as typeof parsed;
    } catch {
      parsed = {};
    }
    const token = typeof parsed.token === 'string' ? parsed.token : parsed.access_token;
    if (typeof token !== 'string' || !TOKEN.test(token)) {
      throw new StoreHttpError(
        'protocol',
        `The token service ${sanitise(realm.host, 100)} of ${this.location.host} sent no usable token.`,
      );
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
  private async transmit(request: RegistryRequest, url: URL, authorization: string | undefined): Promise<Response> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let answered = false;
    // Re-armed by every chunk sent; a body still being read after the answer arms nothing.
    const idle = () => {
      clearTimeout(timer);
      if (!answered) timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    };
    const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...request.headers };
    if (authorization) headers.authorization = authorization;
    let body: RequestInit['body'];
    if (Buffer.isBuffer(request.body)) {
      body = new Uint8Array(request.body);
      headers['content-length'] = String(request.body.length);
    } else if (request.body) {
      headers['content-length'] = String(request.body.length);
      let sent = 0;
      const counted = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          idle();
          sent += chunk.length;
          request.onSent?.(sent);
          done(null, chunk);
        },
      });
      // pipeline, not pipe: when fetch stops reading (an early answer, an abort) the source is closed too.
      pipeline(request.body.open(), counted, () => undefined);
      body = Readable.toWeb(counted) as ReadableStream<Uint8Array>;
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
    } catch (error) {
      if (error instanceof StoreHttpError) throw error;
      if (streamed && (error as { cause?: { message?: unknown } }).cause?.message === 'unexpected redirect') {
        throw new StoreHttpError(
          'protocol',
          `The registry ${this.location.host} redirected the upload ${request.method} ${this.shown(url)}; ` +
            'blob bytes are sent to the registry only.',
        );
      }
      const cause = controller.signal.aborted ? `no progress for ${this.options.timeoutMs} ms` : networkFailure(error);
      throw new TransientFailure(`${request.method} ${this.shown(url)}: ${cause}`);
    } finally {
      answered = true;
      clearTimeout(timer);
    }
  }

  /** A path for messages: the registry's own paths, never a query (upload states, signed storage URLs). */
  private shown(url: URL): string {
    return sanitise(url.origin === this.location.origin ? url.pathname : `${url.host}${url.pathname}`, 200);
  }

  private async denied(request: RegistryRequest, response: Response): Promise<StoreHttpError> {
    const { host, repository } = this.location;
    const verb = request.access === 'pull' ? 'read' : 'write to';
    const change = this.options.credentials
      ? 'Check that the username and password or token given for it are right and may ' +
        (request.access === 'pull' ? 'read' : 'write') +
        ' the repository.'
      : 'It needs credentials: give a username and a password or token.';
    // GitHub's registry takes the workflow's GITHUB_TOKEN only with the job's packages permission.
    const github =
      host === 'ghcr.io'
        ? ' On GitHub the workflow needs `permissions: packages: write` to push (`packages: read` to pull).'
        : '';
    return new StoreHttpError(
      'access-denied',
      `The registry ${host} refused to let us ${verb} ${repository}${await statusNote(response)}. ${change}${github}`,
      response.status,
    );
  }
}

/** The token scopes a request needs, sorted: `repository:<name>:pull[,push]`. */
function scopesOf(repository: string, request: RegistryRequest): string[] {
  const scopes = [`repository:${repository}:${request.access}`];
  if (request.alsoPulls) scopes.push(`repository:${request.alsoPulls}:pull`);
  return scopes.sort();
}

/** What fetch's "fetch failed" was underneath (ECONNRESET, ECONNREFUSED, "other side closed"), short. */
function networkFailure(error: unknown): string {
  const { message, cause } = error as { message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const detail = [cause?.code, cause?.message, message].find((part) => typeof part === 'string' && part !== '');
  return sanitise(typeof detail === 'string' ? detail : 'the connection failed', 120);
}
