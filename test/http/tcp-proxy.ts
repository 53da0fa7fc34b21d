import net from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a database, to play its outages:
 * `stop()` refuses connections and cuts the open ones (a dead server),
 * `hang()` keeps accepting but forwards nothing either way (a server that
 * stopped answering), `start()` / `resume()` bring it back on the same port.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  private hanging = false;
  port = 0;

  constructor(private readonly targetPort: number, private readonly targetHost = '127.0.0.1') {}

  async start(): Promise<number> {
    this.hanging = false;
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as net.AddressInfo).port;
    return this.port;
  }

  private accept(client: net.Socket): void {
    const upstream = net.connect(this.targetPort, this.targetHost);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const drop = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (chunk) => {
      if (!this.hanging) upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (!this.hanging) client.write(chunk);
    });
  }

  /** The server is gone: new connections are refused, open ones reset. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The server stops answering: bytes go nowhere, nothing is closed. */
  hang(): void {
    this.hanging = true;
  }

  /** Answers again; connections that hung are cut (their protocol state is lost), new ones work. */
  resume(): void {
    this.hanging = false;
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  get connections(): number {
    return this.pairs.size;
  }
}
