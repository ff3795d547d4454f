// The external target: a Kafka-compatible cluster longhaul does not run; process faults are refused, network faults go through proxies.
import { UserError } from '../../common/errors.ts';
import type { Logger } from '../../common/log.ts';
import { discoverBrokers } from '../faults/probe.ts';
import { BrokerProxies } from '../faults/proxies.ts';
import type { NetworkFaultSpec } from '../faults/proxy.ts';
import type { BrokerInfo, ClusterTarget } from './target.ts';

export interface ExternalClusterOptions {
  /** host:port of one or more brokers, as given with --bootstrap or in the suite. */
  readonly bootstrap: readonly string[];
  readonly logger: Logger;
  /** Bound on each request that lists the brokers (default 10 s). */
  readonly requestTimeout_ms?: number;
  /**
   * Why clients cannot use proxies on this host (workers elsewhere), when they cannot: then they
   * get the brokers' own addresses and network faults are refused with this reason.
   */
  readonly noProxies?: string;
}

/**
 * Lists the brokers with a Metadata request and puts a fault proxy in front of each; clients only
 * ever get proxy addresses. Brokers the cluster gains later get a proxy when a response first names
 * them (until then clients reach them directly). With `noProxies` the clients get the bootstrap
 * addresses as given, and broker ids are their positions in that list.
 */
export class ExternalCluster implements ClusterTarget {
  readonly kind = 'external' as const;
  readonly processControl =
    'the target is an external cluster (--bootstrap): longhaul cannot kill, pause or restart its brokers';
  /** The addresses the cluster was given by; clients use the proxies instead. */
  readonly upstreamBootstrap: readonly string[];
  private readonly proxies: BrokerProxies | undefined;
  private readonly noProxies: string | undefined;

  private constructor(bootstrap: readonly string[], proxies: BrokerProxies | undefined, noProxies?: string) {
    this.upstreamBootstrap = bootstrap;
    this.proxies = proxies;
    this.noProxies = noProxies;
  }

  static async start(options: ExternalClusterOptions): Promise<ExternalCluster> {
    if (options.noProxies !== undefined)
      return new ExternalCluster(options.bootstrap, undefined, options.noProxies);
    let brokers: Awaited<ReturnType<typeof discoverBrokers>>;
    try {
      brokers = await discoverBrokers(options.bootstrap, options.requestTimeout_ms ?? 10_000);
    } catch (error) {
      throw new UserError(
        `cannot list the brokers of the cluster at ${options.bootstrap.join(',')}: ${(error as Error).message}`,
        { hint: 'check the --bootstrap address and that the cluster answers Kafka requests from here' },
      );
    }
    const proxies = new BrokerProxies({ logger: options.logger, discover: true });
    try {
      for (const broker of brokers) await proxies.add(broker.nodeId, `${broker.host}:${broker.port}`);
    } catch (error) {
      await proxies.close();
      throw error;
    }
    options.logger.info(
      {
        brokers: brokers.map((b) => ({ id: b.nodeId, advertised: `${b.host}:${b.port}` })),
        proxies: proxies.addresses(),
      },
      'external cluster behind fault proxies',
    );
    return new ExternalCluster(options.bootstrap, proxies);
  }

  bootstrap(): string[] {
    return this.proxies ? this.proxies.addresses() : [...this.upstreamBootstrap];
  }

  brokers(): readonly BrokerInfo[] {
    const proxies = this.proxies;
    const brokers = proxies
      ? proxies.ids().map((id) => ({ id, address: proxies.address(id) }))
      : this.upstreamBootstrap.map((address, id) => ({ id, address }));
    return brokers.map((broker) => ({ ...broker, adminUrl: undefined, state: 'running' as const }));
  }

  private refuse(): Promise<never> {
    return Promise.reject(new Error(this.processControl));
  }

  kill(): Promise<void> {
    return this.refuse();
  }
  pause(): Promise<void> {
    return this.refuse();
  }
  resume(): Promise<void> {
    return this.refuse();
  }
  start(): Promise<void> {
    return this.refuse();
  }
  stopGracefully(): Promise<void> {
    return this.refuse();
  }
  adminUrl(): string | undefined {
    return undefined;
  }
  async networkFault(id: number, spec: NetworkFaultSpec | undefined): Promise<void> {
    if (!this.proxies) throw new Error(`network faults need the fault proxies, but ${this.noProxies}`);
    this.proxies.setFault(id, spec);
  }
  async close(): Promise<void> {
    await this.proxies?.close();
  }
}
