// A small HTTP proxy between a client and a test registry that answers,
// drops or passes on each request as a test decides: the faults a network and
// a registry have (5xx, resets, lost answers, a registry that refuses).
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { stopAfterTests } from './fs.js';
import type { OciRegistry } from './oci-registry.js';

export interface ProxiedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The registry's answer, when it was passed back. */
  status?: number;
}

/** What the proxy does with one request instead of passing it on. */
export type Fault =
  | { respond: number; headers?: Record<string, string> }
  /** Reads part of the body, then drops the connection: the registry sees nothing. */
  | 'reset-before'
  /** Passes the request on, then drops the connection instead of answering: the answer is lost. */
  | 'reset-after'
  | ((request: IncomingMessage, response: ServerResponse) => void);

export class FaultProxy {
  readonly requests: ProxiedRequest[] = [];
  fault: (request: ProxiedRequest, index: number) => Fault | undefined = () => undefined;

  private constructor(private readonly server: Server) {}

  static async start(upstream: () => OciRegistry): Promise<FaultProxy> {
    const server = createServer();
    const proxy = new FaultProxy(server);
    server.on('request', (request: IncomingMessage, response: ServerResponse) =>
      proxy.handle(request, response, upstream()),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stopAfterTests(() => proxy.close());
    return proxy;
  }

  get host(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private handle(request: IncomingMessage, response: ServerResponse, registry: OciRegistry): void {
    const url = new URL(request.url ?? '/', 'http://proxy');
    const seen = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
    };
    this.requests.push(seen);
    const fault = this.fault(seen, this.requests.length - 1);
    if (typeof fault === 'function') return fault(request, response);
    if (fault === 'reset-before') {
      request.once('data', () => request.socket.destroy());
      return;
    }
    if (fault && typeof fault === 'object') {
      request.resume();
      request.on('end', () =>
        response.writeHead(fault.respond, fault.headers).end('{"errors":[{"code":"UNAVAILABLE"}]}'),
      );
      return;
    }
    const forwarded = httpRequest(
      `${registry.url}${request.url}`,
      { method: request.method, headers: request.headers },
      (answer) => {
        if (fault === 'reset-after') {
          answer.resume();
          answer.on('end', () => request.socket.destroy());
          return;
        }
        (seen as ProxiedRequest).status = answer.statusCode;
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => (response.headersSent ? response.destroy() : response.writeHead(502).end()));
    request.pipe(forwarded);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
