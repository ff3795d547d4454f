// The fault proxies of one target: one per broker, sharing the map from broker to proxy address.
import type { Logger } from '../../common/log.ts';
import { type HostPort, parseHostPort } from './kafka-frames.ts';
import { FaultProxy, type NetworkFaultSpec } from './proxy.ts';

export interface BrokerProxiesOptions {
  readonly logger: Logger;
  /**
   * Start a proxy for a broker that shows up in a response but has none yet (an external cluster
   * that grows). Until its proxy runs, clients are told the broker's own address.
   */
  readonly discover?: boolean;
  /** Default Math.random (jitter, loss); tests pass a seeded one. */
  readonly random?: () => number;
  /** Stall of a lost chunk (default 200 ms). */
  readonly lossStall_ms?: number;
}

/** A cluster far larger than any longhaul tests: beyond this, discovery stops adding proxies. */
const maxProxies = 256;

/**
 * Clients get only proxy addresses: in bootstrap lists from the target, and in every Metadata,
 * FindCoordinator and DescribeCluster response, where each proxy replaces the broker addresses by
 * node id. Brokers added later (scaling) get a proxy through `add`, and the map follows.
 */
export class BrokerProxies {
  private readonly options: BrokerProxiesOptions;
  private readonly proxies = new Map<number, FaultProxy>();
  private readonly starting = new Map<number, Promise<FaultProxy>>();
  private readonly warned = new Set<number>();
  private closed = false;

  constructor(options: BrokerProxiesOptions) {
    this.options = options;
  }

  /** Starts the proxy of broker `nodeId` (once; a second call returns the running one). */
  add(nodeId: number, upstream: string): Promise<FaultProxy> {
    if (this.closed) return Promise.reject(new Error(`cannot add a proxy for broker ${nodeId}: closed`));
    const running = this.proxies.get(nodeId) ?? this.starting.get(nodeId);
    if (running) return Promise.resolve(running);
    if (this.proxies.size + this.starting.size >= maxProxies)
      return Promise.reject(
        new Error(`cannot add a proxy for broker ${nodeId}: already ${maxProxies} proxies`),
      );
    const started = FaultProxy.start({
      name: `broker ${nodeId}`,
      upstream: parseHostPort(upstream),
      logger: this.options.logger,
      addresses: this.lookup,
      random: this.options.random,
      lossStall_ms: this.options.lossStall_ms,
    }).then(
      async (proxy) => {
        this.starting.delete(nodeId);
        if (this.closed) {
          await proxy.close();
          throw new Error(`proxy of broker ${nodeId} started after close`);
        }
        this.proxies.set(nodeId, proxy);
        this.options.logger.info({ broker: nodeId, proxy: proxy.address, upstream }, 'broker proxy ready');
        return proxy;
      },
      (error: unknown) => {
        this.starting.delete(nodeId);
        throw error;
      },
    );
    this.starting.set(nodeId, started);
    return started;
  }

  /** Stops the proxy of a broker that left the cluster (scaling down); its connections are closed. */
  async remove(nodeId: number): Promise<void> {
    await this.starting.get(nodeId)?.catch(() => undefined);
    const proxy = this.proxies.get(nodeId);
    this.proxies.delete(nodeId);
    await proxy?.close();
  }

  ids(): number[] {
    return [...this.proxies.keys()].sort((a, b) => a - b);
  }

  get(nodeId: number): FaultProxy | undefined {
    return this.proxies.get(nodeId);
  }

  require(nodeId: number): FaultProxy {
    const proxy = this.proxies.get(nodeId);
    if (!proxy)
      throw new Error(`no proxy for broker ${nodeId} (proxied brokers: ${this.ids().join(', ') || 'none'})`);
    return proxy;
  }

  /** host:port of the proxy in front of broker `nodeId`. */
  address(nodeId: number): string {
    return this.require(nodeId).address;
  }

  /** Proxy addresses by broker id, for bootstrap lists. */
  addresses(): string[] {
    return this.ids().map((id) => this.address(id));
  }

  /** Sets (or clears, with undefined) the network fault in front of broker `nodeId`. */
  setFault(nodeId: number, spec: NetworkFaultSpec | undefined): void {
    this.require(nodeId).setFault(spec);
  }

  /** The AddressLookup every proxy's rewriter uses: by node id, so it follows brokers as they are added. */
  readonly lookup = (nodeId: number, host: string, port: number): HostPort | undefined => {
    const proxy = this.proxies.get(nodeId);
    if (proxy) return { host: proxy.host, port: proxy.port };
    if (!this.warned.has(nodeId) && this.warned.size < maxProxies) {
      this.warned.add(nodeId);
      this.options.logger.warn(
        { broker: nodeId, advertised: `${host}:${port}`, discover: this.options.discover === true },
        'broker has no fault proxy: clients reach it directly (until its proxy runs and they refresh metadata)',
      );
    }
    if (this.options.discover && !this.closed && port > 0)
      this.add(nodeId, `${host}:${port}`).catch((error: unknown) =>
        this.options.logger.warn({ broker: nodeId, err: error }, 'could not start a proxy for a new broker'),
      );
    return undefined;
  };

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.starting.values()]);
    await Promise.all([...this.proxies.values()].map((proxy) => proxy.close()));
    this.proxies.clear();
  }
}
