// A real OCI registry for tests: Debian's `docker-registry` (distribution
// 2.8) on 127.0.0.1, with filesystem storage in a temporary folder, and
// either no authentication, htpasswd Basic authentication, or the Bearer
// token flow with a small token server of our own that signs the JWTs the
// registry verifies (distribution's token authentication spec).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createPrivateKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { stopAfterTests, temporaryDirectory } from './fs.js';

export type RegistryAuth = 'none' | 'basic' | 'token';

/** One request the token server answered. */
export interface TokenRequest {
  /** The `scope` parameters, in order. */
  scopes: string[];
  /** The user of its Basic credentials, or undefined when it had none. */
  user: string | undefined;
  /** Whether a token was issued. */
  granted: boolean;
}

export interface OciRegistry {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `127.0.0.1:<port>`, as written in `oci://` addresses and skopeo references. */
  readonly host: string;
  /** Where the registry stores its blobs and repositories. */
  readonly storageDirectory: string;
  /** The user that may push and pull; empty without auth. */
  readonly username: string;
  readonly password: string;
  /** What the token server was asked (token auth only). */
  readonly tokenRequests: TokenRequest[];
  /** Stops the registry process (the storage and the port stay): a registry gone mid-test. */
  stop(): Promise<void>;
  /** Starts it again after `stop()`, on the same port with the same storage. */
  start(): Promise<void>;
  /** The file that holds a blob's bytes in the storage. */
  blobPath(digest: string): string;
  /** Changes one byte of a stored blob (keeping JSON parseable), as a failing disk would. */
  corruptBlob(digest: string): Promise<void>;
}

const TOKEN_SERVICE = 'mlops-test-registry';
const TOKEN_ISSUER = 'mlops-test-token-issuer';
const READY_WITHIN_MS = 15_000;

/**
 * Starts a registry on a port the OS picks; it is stopped when the test file
 * ends. `auth: 'basic'` and `'token'` admit one user, whose name and password
 * are returned.
 */
export async function startRegistry(options: { auth?: RegistryAuth } = {}): Promise<OciRegistry> {
  const auth = options.auth ?? 'none';
  ensureInstalled('docker-registry', 'docker-registry');
  const root = await temporaryDirectory('mlops-registry-');
  const storageDirectory = join(root, 'storage');
  const username = auth === 'none' ? '' : 'model-pusher';
  const password = auth === 'none' ? '' : randomBytes(12).toString('base64url');
  const tokenRequests: TokenRequest[] = [];

  let authSection = '';
  let tokenServer: Server | undefined;
  if (auth === 'basic') {
    const htpasswd = join(root, 'htpasswd');
    // Distribution reads bcrypt entries only; cost 4 keeps each check quick.
    await writeFile(htpasswd, `${username}:${bcrypt.hashSync(password, 4)}\n`);
    authSection = `auth:\n  htpasswd:\n    realm: mlops-test\n    path: ${htpasswd}\n`;
  } else if (auth === 'token') {
    const issuer = await tokenIssuer(root);
    tokenServer = await startTokenServer({ username, password, issuer, requests: tokenRequests });
    const { port } = tokenServer.address() as AddressInfo;
    authSection =
      `auth:\n  token:\n    realm: http://127.0.0.1:${port}/token\n    service: ${TOKEN_SERVICE}\n` +
      `    issuer: ${TOKEN_ISSUER}\n    rootcertbundle: ${issuer.certificatePath}\n`;
  }

  // A fixed secret: upload URLs signed before a stop() stay valid after start().
  const secret = randomBytes(16).toString('hex');
  const configFor = (port: number) =>
    'version: 0.1\n' +
    'log:\n  level: error\n  accesslog:\n    disabled: true\n' +
    `storage:\n  filesystem:\n    rootdirectory: ${storageDirectory}\n  delete:\n    enabled: true\n` +
    `http:\n  addr: 127.0.0.1:${port}\n  secret: ${secret}\n` +
    authSection;

  const configPath = join(root, 'config.yml');
  let port = 0;
  let child: ChildProcess | undefined;

  const launch = async (): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      const chosen = port || (await freePort());
      await writeFile(configPath, configFor(chosen));
      const started = await launchRegistry(configPath, chosen);
      if ('child' in started) {
        port = chosen;
        child = started.child;
        return;
      }
      // Another process took the port between our probe and the registry's bind: pick another.
      if (!port && started.portTaken && attempt < 5) continue;
      throw new Error(`docker-registry did not start on 127.0.0.1:${chosen}: ${started.output}`);
    }
  };

  const stop = async (): Promise<void> => {
    const running = child;
    child = undefined;
    if (running) await stopProcess(running);
  };

  await launch();
  stopAfterTests(async () => {
    await stop();
    tokenServer?.closeAllConnections();
    await new Promise<void>((resolve) => (tokenServer ? tokenServer.close(() => resolve()) : resolve()));
  });

  const blobPath = (digest: string): string => {
    const match = /^sha256:([a-f0-9]{64})$/.exec(digest);
    if (!match) throw new Error(`not a sha256 digest: ${digest}`);
    const hex = match[1];
    return join(storageDirectory, 'docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data');
  };

  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    storageDirectory,
    username,
    password,
    tokenRequests,
    stop,
    async start() {
      if (!child) await launch();
    },
    blobPath,
    async corruptBlob(digest) {
      const path = blobPath(digest);
      const bytes = await readFile(path);
      if (bytes.length === 0) throw new Error(`blob ${digest} is empty: nothing to corrupt`);
      // One letter in the middle changed for another: what was JSON stays JSON, so only a digest check notices.
      const middle = Math.floor(bytes.length / 2);
      bytes[middle] = bytes[middle] === 0x61 ? 0x62 : 0x61;
      await writeFile(path, bytes);
    },
  };
}

/**
 * Installs a Debian package whose command is missing (the tests run as root,
 * as CI does); fails with a one-line instruction where that is not possible.
 */
export function ensureInstalled(command: string, debianPackage: string): void {
  const found = ['/usr/bin', '/usr/local/bin', '/bin'].some((folder) => existsSync(join(folder, command)));
  if (found) return;
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    try {
      apt('install', '-y', '--no-install-recommends', debianPackage);
    } catch {
      // A fresh machine has no package lists yet.
      apt('update', '-qq');
      apt('install', '-y', '--no-install-recommends', debianPackage);
    }
  } catch {
    throw new Error(`These tests need ${command}: run 'apt-get install -y ${debianPackage}' (as root) and try again.`);
  }
}

/** A port no one listens on now (the OS picks it; the caller retries when someone takes it first). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

type Launch = { child: ChildProcess } | { output: string; portTaken: boolean };

/** Starts `docker-registry serve` and waits until it answers /v2/, or until it exits. */
async function launchRegistry(configPath: string, port: number): Promise<Launch> {
  // REGISTRY_* variables override the config file: none of the machine's may leak in.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('REGISTRY_')));
  const child = spawn('docker-registry', ['serve', configPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  child.once('error', (error) => keep(Buffer.from(String(error))));
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!exited && Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`, { signal: AbortSignal.timeout(1000) });
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) return { child };
    } catch {
      // Not listening yet.
    }
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  if (!exited) await stopProcess(child);
  return { output: output.trim() || 'no output', portTaken: /address already in use/i.test(output) };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

interface TokenIssuer {
  certificatePath: string;
  key: KeyObject;
  /** The certificate, base64 DER, for the JWT header's `x5c`. */
  certificate: string;
}

/**
 * An ES256 key and a self-signed certificate for it. Distribution trusts a
 * token whose `x5c` header chains to its `rootcertbundle`; Node cannot write
 * X.509 certificates, so openssl makes it.
 */
async function tokenIssuer(root: string): Promise<TokenIssuer> {
  ensureInstalled('openssl', 'openssl');
  const keyPath = join(root, 'token-issuer.key');
  const certificatePath = join(root, 'token-issuer.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyPath,
      '-out',
      certificatePath,
      '-days',
      '2',
      '-subj',
      `/CN=${TOKEN_ISSUER}`,
    ],
    { stdio: 'ignore' },
  );
  const pem = await readFile(certificatePath, 'utf8');
  const certificate = pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
  return { certificatePath, key: createPrivateKey(await readFile(keyPath)), certificate };
}

/**
 * The token service of distribution's token authentication spec: GET
 * /token?service=…&scope=… with the user's Basic credentials answers a JWT
 * granting what each scope asks; anything else is 401.
 */
async function startTokenServer(settings: {
  username: string;
  password: string;
  issuer: TokenIssuer;
  requests: TokenRequest[];
}): Promise<Server> {
  const { username, password, issuer, requests } = settings;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Copied: URLSearchParams answers with arrays of Node's own realm, which a test's deepEqual tells apart.
    const scopes = [...url.searchParams.getAll('scope')];
    const basic = /^Basic (.+)$/.exec(request.headers.authorization ?? '');
    const [user, secret] = basic ? splitOnce(Buffer.from(basic[1], 'base64').toString('utf8'), ':') : [];
    const granted =
      url.pathname === '/token' &&
      url.searchParams.get('service') === TOKEN_SERVICE &&
      user === username &&
      secret === password;
    requests.push({ scopes, user, granted });
    if (!granted) {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const access = scopes.flatMap((scope) => {
      const match = /^(repository):(.+):([a-z,*]+)$/.exec(scope);
      return match ? [{ type: match[1], name: match[2], actions: match[3].split(',') }] : [];
    });
    const token = jwt(issuer, {
      iss: TOKEN_ISSUER,
      sub: user,
      aud: TOKEN_SERVICE,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(8).toString('hex'),
      access,
    });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ token, expires_in: 300, issued_at: new Date(now * 1000).toISOString() }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** An ES256 JWS with the signer's certificate in `x5c` (the signature as r||s, as JWS wants). */
function jwt(issuer: TokenIssuer, claims: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signed = `${encode({ typ: 'JWT', alg: 'ES256', x5c: [issuer.certificate] })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(signed), { key: issuer.key, dsaEncoding: 'ieee-p1363' });
  return `${signed}.${signature.toString('base64url')}`;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
