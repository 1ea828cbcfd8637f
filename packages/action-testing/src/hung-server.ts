import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A server on 127.0.0.1 that accepts connections and never answers: a git
 * remote or an API that stopped responding. It counts the connections it took.
 */
export class HungServer {
  private readonly sockets = new Set<Socket>();
  connections = 0;

  private constructor(private readonly server: Server) {
    server.on('connection', (socket) => {
      this.connections++;
      this.sockets.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<HungServer> {
    const hung = new HungServer(createServer());
    await new Promise<void>((resolve) => hung.server.listen(0, '127.0.0.1', resolve));
    return hung;
  }

  /** `http://127.0.0.1:<port>` */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
