// A TCP proxy in front of one broker whose network fault (delay, loss, reset, blackhole, bandwidth) can be switched at run time.
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import type { Logger } from '../../common/log.ts';
import { type AddressLookup, type HostPort, RequestTracker, ResponseRewriter } from './kafka-frames.ts';
import { Pipe, type PipeFault, type PipeOptions, TokenBucket } from './pipe.ts';

/** A network fault, as the suite's `network-fault` task states it (scenarios/suite.ts NetworkFault). */
export type ProxyFault =
  | { readonly kind: 'delay'; readonly latency_ms: number; readonly jitter_ms: number }
  | { readonly kind: 'loss'; readonly probability: number }
  | { readonly kind: 'reset'; readonly every_ms: number | undefined }
  | { readonly kind: 'blackhole' }
  | { readonly kind: 'bandwidth'; readonly limit_bytesPerSecond: number };

export type FaultDirection = 'both' | 'to-broker' | 'from-broker';

export interface NetworkFaultSpec {
  readonly fault: ProxyFault;
  /** Which bytes the fault hits; a reset always ends the whole connection. */
  readonly direction: FaultDirection;
}

export interface FaultProxyOptions {
  /** For logs and errors, e.g. `broker 0`. */
  readonly name: string;
  /** The broker's own address. */
  readonly upstream: HostPort;
  readonly logger: Logger;
  /** Default 127.0.0.1: clients are local workers and the controller. */
  readonly listenHost?: string;
  /** Default 0: any free port. */
  readonly listenPort?: number;
  /** Rewrites broker addresses in responses (see kafka-frames.ts); without it bytes pass as they are. */
  readonly addresses?: AddressLookup;
  /** Default Math.random; tests pass a seeded one. */
  readonly random?: () => number;
  /** Default 1024; further connections are closed at once. */
  readonly maxConnections?: number;
  /** Per connection and direction, default 8 MiB: reading stops while this much is held. */
  readonly maxHeld_bytes?: number;
  /** Stall of a lost chunk, default 200 ms (see PipeOptions). */
  readonly lossStall_ms?: number;
}

export interface ProxyStats {
  readonly accepted: number;
  readonly active: number;
  /** Connections this proxy reset on purpose. */
  readonly reset: number;
  /** Responses whose broker addresses were rewritten. */
  readonly rewritten: number;
}

/** The errno code of a socket error (ECONNRESET, ECONNREFUSED, ...), if any. */
function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function resetSocket(socket: Socket): void {
  if (socket.destroyed) return;
  try {
    socket.resetAndDestroy();
  } catch {
    socket.destroy();
  }
}

const upstreamConnectTimeout_ms = 10_000;

/** A client connection and the proxy's own connection to the broker, with one pipe per direction. */
class ProxiedConnection {
  readonly client: Socket;
  readonly upstream: Socket;
  readonly toBroker: Pipe;
  readonly fromBroker: Pipe;
  readonly rewriter: ResponseRewriter | undefined;
  private closed = false;
  private readonly onClosed: (connection: ProxiedConnection) => void;
  private connectTimer: NodeJS.Timeout | undefined;

  constructor(
    client: Socket,
    upstream: HostPort,
    options: { addresses: AddressLookup | undefined; pipe: PipeOptions },
    onClosed: (connection: ProxiedConnection) => void,
  ) {
    this.client = client;
    this.onClosed = onClosed;
    this.upstream = tcpConnect({ host: upstream.host, port: upstream.port, allowHalfOpen: true });
    client.setNoDelay(true);
    this.upstream.setNoDelay(true);
    // A broker that never answers the SYN must not hold the client for the kernel's two minutes.
    this.connectTimer = setTimeout(() => {
      const error: NodeJS.ErrnoException = new Error(`no connection to ${upstream.host}:${upstream.port}`);
      error.code = 'ECONNREFUSED';
      this.close(error, client);
    }, upstreamConnectTimeout_ms);
    this.upstream.once('connect', () => clearTimeout(this.connectTimer));
    this.toBroker = new Pipe(client, this.upstream, options.pipe);
    this.fromBroker = new Pipe(this.upstream, client, options.pipe);
    const tracker = options.addresses ? new RequestTracker() : undefined;
    this.rewriter = tracker ? new ResponseRewriter(tracker, options.addresses!) : undefined;

    client.on('data', (chunk: Buffer) => {
      tracker?.observe(chunk);
      this.toBroker.push([chunk]);
    });
    this.upstream.on('data', (chunk: Buffer) => {
      this.fromBroker.push(this.rewriter ? this.rewriter.push(chunk) : [chunk]);
    });
    client.on('end', () => this.toBroker.end());
    this.upstream.on('end', () => this.fromBroker.end());
    client.on('error', (error) => this.close(error, this.upstream));
    this.upstream.on('error', (error) => this.close(error, client));
    client.on('close', () => this.close(undefined, this.upstream));
    this.upstream.on('close', () => this.close(undefined, client));
  }

  setFaults(toBroker: PipeFault | undefined, fromBroker: PipeFault | undefined): void {
    this.toBroker.setFault(toBroker);
    this.fromBroker.setFault(fromBroker);
  }

  /** RST to the client (and to the broker), as a middlebox that resets a flow does. */
  reset(): void {
    this.closed = true;
    this.dispose();
    resetSocket(this.client);
    resetSocket(this.upstream);
    this.onClosed(this);
  }

  destroy(): void {
    this.close(undefined, undefined);
  }

  private close(error: unknown, other: Socket | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.dispose();
    // A reset on one side is passed on as a reset, so the client sees what the broker did (and
    // a broker that is down, ECONNREFUSED, looks to the client like a refused connection: a reset).
    const code = codeOf(error);
    if (other && (code === 'ECONNRESET' || code === 'ECONNREFUSED')) resetSocket(other);
    this.client.destroy();
    this.upstream.destroy();
    this.onClosed(this);
  }

  private dispose(): void {
    clearTimeout(this.connectTimer);
    this.toBroker.dispose();
    this.fromBroker.dispose();
  }
}

/**
 * Listens on `listenHost:<port>` and forwards every connection to the broker. Without a fault it is a
 * plain pass-through (plus the address rewriting); `setFault` changes what happens to the bytes of
 * every open and future connection, and `setFault(undefined)` heals, releasing held bytes in order.
 */
export class FaultProxy {
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly upstream: HostPort;
  private readonly server: Server;
  private readonly options: FaultProxyOptions;
  private readonly pipeOptions: PipeOptions;
  private readonly connections = new Set<ProxiedConnection>();
  private spec: NetworkFaultSpec | undefined;
  private toBrokerFault: PipeFault | undefined;
  private fromBrokerFault: PipeFault | undefined;
  /** A reset without `every`: each new connection is reset too, for as long as the fault lasts. */
  private resetNew = false;
  private resetTimer: NodeJS.Timeout | undefined;
  private readonly counts = { accepted: 0, reset: 0, rewrittenByClosed: 0 };

  private constructor(server: Server, port: number, options: FaultProxyOptions) {
    this.server = server;
    this.port = port;
    this.options = options;
    this.name = options.name;
    this.host = options.listenHost ?? '127.0.0.1';
    this.upstream = options.upstream;
    this.pipeOptions = {
      random: options.random ?? Math.random,
      maxHeld_bytes: options.maxHeld_bytes ?? 8 * 1024 * 1024,
      lossStall_ms: options.lossStall_ms ?? 200,
      maxLossStall_ms: Math.max(options.lossStall_ms ?? 200, 3200),
    };
    server.on('connection', (client) => this.accept(client));
  }

  static async start(options: FaultProxyOptions): Promise<FaultProxy> {
    const server = createServer({ allowHalfOpen: true, pauseOnConnect: false });
    server.maxConnections = options.maxConnections ?? 1024;
    const host = options.listenHost ?? '127.0.0.1';
    const port = await new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.listenPort ?? 0, host, () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
    server.on('error', (error) => options.logger.error({ proxy: options.name, err: error }, 'proxy error'));
    const proxy = new FaultProxy(server, port, options);
    options.logger.debug(
      {
        proxy: options.name,
        listen: proxy.address,
        upstream: `${options.upstream.host}:${options.upstream.port}`,
      },
      'fault proxy listening',
    );
    return proxy;
  }

  /** host:port that clients connect to. */
  get address(): string {
    return `${this.host}:${this.port}`;
  }

  get fault(): NetworkFaultSpec | undefined {
    return this.spec;
  }

  get stats(): ProxyStats {
    let rewritten = this.counts.rewrittenByClosed;
    for (const connection of this.connections) rewritten += connection.rewriter?.rewritten ?? 0;
    return {
      accepted: this.counts.accepted,
      active: this.connections.size,
      reset: this.counts.reset,
      rewritten,
    };
  }

  /** Sets the fault of every open and future connection; undefined heals. */
  setFault(spec: NetworkFaultSpec | undefined): void {
    if (spec) checkSpec(spec, this.name);
    if (this.resetTimer) clearInterval(this.resetTimer);
    this.resetTimer = undefined;
    this.resetNew = false;
    this.spec = spec;
    const hits = (direction: 'to-broker' | 'from-broker'): boolean =>
      spec !== undefined && (spec.direction === 'both' || spec.direction === direction);
    // One token bucket per direction, shared by all connections: the limit is the link's.
    const bucket = spec?.fault.kind === 'bandwidth' ? spec.fault.limit_bytesPerSecond : undefined;
    this.toBrokerFault = hits('to-broker') ? pipeFault(spec!.fault, bucket) : undefined;
    this.fromBrokerFault = hits('from-broker') ? pipeFault(spec!.fault, bucket) : undefined;
    for (const connection of this.connections) connection.setFaults(this.toBrokerFault, this.fromBrokerFault);
    if (spec?.fault.kind === 'reset') {
      this.resetAll();
      const every_ms = spec.fault.every_ms;
      if (every_ms === undefined) this.resetNew = true;
      else this.resetTimer = setInterval(() => this.resetAll(), every_ms);
    }
    if (spec) this.options.logger.info({ proxy: this.name, fault: spec }, 'network fault set');
    else this.options.logger.info({ proxy: this.name }, 'network fault cleared');
  }

  /** Resets every open connection (RST to the client). */
  resetAll(): void {
    for (const connection of [...this.connections]) {
      this.counts.reset++;
      connection.reset();
    }
  }

  async close(): Promise<void> {
    if (this.resetTimer) clearInterval(this.resetTimer);
    this.resetTimer = undefined;
    for (const connection of [...this.connections]) connection.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    this.counts.accepted++;
    if (this.resetNew) {
      this.counts.reset++;
      client.on('error', () => {});
      resetSocket(client);
      return;
    }
    const connection = new ProxiedConnection(
      client,
      this.upstream,
      { addresses: this.options.addresses, pipe: this.pipeOptions },
      (closed) => {
        if (this.connections.delete(closed)) this.counts.rewrittenByClosed += closed.rewriter?.rewritten ?? 0;
      },
    );
    this.connections.add(connection);
    connection.setFaults(this.toBrokerFault, this.fromBrokerFault);
  }
}

function pipeFault(fault: ProxyFault, bandwidth_bytesPerSecond: number | undefined): PipeFault | undefined {
  switch (fault.kind) {
    case 'delay':
      return { kind: 'delay', latency_ms: fault.latency_ms, jitter_ms: fault.jitter_ms };
    case 'loss':
      return { kind: 'loss', probability: fault.probability };
    case 'blackhole':
      return { kind: 'blackhole' };
    case 'bandwidth':
      return { kind: 'bandwidth', bucket: new TokenBucket(bandwidth_bytesPerSecond!) };
    case 'reset':
      return undefined;
  }
}

function checkSpec(spec: NetworkFaultSpec, name: string): void {
  const fault = spec.fault;
  const bad = (what: string): never => {
    throw new Error(`network fault for ${name}: ${what}`);
  };
  if (!['both', 'to-broker', 'from-broker'].includes(spec.direction))
    bad(`direction must be both, to-broker or from-broker, got ${spec.direction}`);
  switch (fault.kind) {
    case 'delay':
      if (!(fault.latency_ms >= 0) || !(fault.jitter_ms >= 0))
        bad(`delay needs latency_ms and jitter_ms >= 0, got ${fault.latency_ms} and ${fault.jitter_ms}`);
      break;
    case 'loss':
      if (!(fault.probability > 0 && fault.probability <= 1))
        bad(`loss probability must be in (0, 1], got ${fault.probability}`);
      break;
    case 'reset':
      if (fault.every_ms !== undefined && !(fault.every_ms > 0))
        bad(`reset every_ms must be above 0, got ${fault.every_ms}`);
      break;
    case 'bandwidth':
      if (!(fault.limit_bytesPerSecond > 0))
        bad(`bandwidth must be above 0 B/s, got ${fault.limit_bytesPerSecond}`);
      break;
    case 'blackhole':
      break;
  }
}
