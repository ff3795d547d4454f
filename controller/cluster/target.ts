// The system under test as the controller sees it: where clients connect and which faults it allows.
import type { NetworkFaultSpec } from '../faults/proxy.ts';

export interface BrokerInfo {
  readonly id: number;
  /** host:port for Kafka clients (the broker's fault proxy, where the target runs one). */
  readonly address: string;
  /** Base URL of the admin HTTP endpoint (metrics, readiness, fault injection), when known. */
  readonly adminUrl: string | undefined;
  readonly state: 'running' | 'paused' | 'stopped';
}

/** Process-level faults need an embedded target; an external cluster refuses them with a reason. */
export interface ClusterTarget {
  readonly kind: 'embedded' | 'external' | 'kubernetes';
  /** host:port list for bootstrap (the brokers' fault proxies, where the target runs them). */
  bootstrap(): string[];
  brokers(): readonly BrokerInfo[];
  /** Undefined when the target can kill/pause/restart brokers; otherwise why not. */
  readonly processControl: string | undefined;
  kill(id: number): Promise<void>;
  pause(id: number): Promise<void>;
  resume(id: number): Promise<void>;
  /** Starts a stopped broker again and resolves once it is ready. */
  start(id: number): Promise<void>;
  /** SIGTERM and wait for a clean exit. */
  stopGracefully(id: number): Promise<void>;
  /** Admin endpoint of a broker for object-store faults and self-test mutations. */
  adminUrl(id: number): string | undefined;
  /**
   * Sets the network fault of the TCP proxy in front of broker `id`, or heals it (undefined).
   * Rejects with the reason when the target puts no proxy in front of its brokers.
   */
  networkFault(id: number, spec: NetworkFaultSpec | undefined): Promise<void>;
  /**
   * Grows or shrinks the cluster to `brokers` (new brokers get the next ids; shrinking stops the
   * highest ids with SIGTERM, so they hand their partitions over). Undefined when not possible.
   */
  scale?(brokers: number): Promise<void>;
  close(): Promise<void>;
}
