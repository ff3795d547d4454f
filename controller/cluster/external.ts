// The external target: a Kafka-compatible cluster longhaul does not run; process faults are refused.
import type { BrokerInfo, ClusterTarget } from './target.ts';

export class ExternalCluster implements ClusterTarget {
  readonly kind = 'external' as const;
  readonly processControl =
    'the target is an external cluster (--bootstrap): longhaul cannot kill, pause or restart its brokers';
  private readonly addresses: readonly string[];

  constructor(bootstrap: readonly string[]) {
    this.addresses = bootstrap;
  }

  bootstrap(): string[] {
    return [...this.addresses];
  }

  brokers(): readonly BrokerInfo[] {
    return this.addresses.map((address, id) => ({
      id,
      address,
      adminUrl: undefined,
      state: 'running' as const,
    }));
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
  async close(): Promise<void> {}
}
