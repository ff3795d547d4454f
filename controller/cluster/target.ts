// The system under test as the controller sees it: where clients connect and which faults it allows.

export interface BrokerInfo {
  readonly id: number;
  /** host:port for Kafka clients. */
  readonly address: string;
  /** Base URL of the admin HTTP endpoint (metrics, readiness, fault injection), when known. */
  readonly adminUrl: string | undefined;
  readonly state: 'running' | 'paused' | 'stopped';
}

/** Process-level faults need an embedded target; an external cluster refuses them with a reason. */
export interface ClusterTarget {
  readonly kind: 'embedded' | 'external' | 'kubernetes';
  /** host:port list for bootstrap. */
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
  close(): Promise<void>;
}
