// The kubernetes target: brokers as a StatefulSet on S3; faults are pod deletions and scaling.
import { UserError } from '../../common/errors.ts';
import type { Logger } from '../../common/log.ts';
import type { KubeApi } from '../kube/api.ts';
import type { PodWatch } from '../kube/pod-watch.ts';
import { type PodView, podGone, podView } from '../kube/pods.ts';
import type { BrokerInfo, ClusterTarget } from './target.ts';

export interface KubernetesClusterOptions {
  readonly api: KubeApi;
  readonly logger: Logger;
  /** The brokers' StatefulSet (default `longhaul-broker`, from deploy/kustomize). */
  readonly statefulSet?: string;
  /** Headless Service giving each broker pod a DNS name (default: the StatefulSet's serviceName). */
  readonly service?: string;
  readonly kafkaPort?: number;
  readonly adminPort?: number;
  readonly clusterDomain?: string;
  /** Scale the StatefulSet to this many brokers at start (default: leave it as it is). */
  readonly brokers?: number;
  /** Bound on waiting for a broker pod to be Ready (default 5 min: a new node may be needed). */
  readonly readyTimeout_ms?: number;
}

export const kubernetesPauseRefusal =
  'brokers on Kubernetes cannot be paused: SIGSTOP does not reach from the controller pod into a broker pod, and Kubernetes has no pod freeze; use broker-kill or rolling-restart';

/** Task kinds the kubernetes target cannot run, with the reason to report instead. */
export const kubernetesRefusals: Readonly<Partial<Record<string, string>>> = {
  'broker-pause': kubernetesPauseRefusal,
  'network-fault':
    'network faults need a TCP proxy between the clients and each broker, which the kubernetes target does not deploy',
};

/**
 * Broker ids are StatefulSet ordinals (the pods pass `apps.kubernetes.io/pod-index` as
 * `--node-id`), addresses are the per-pod DNS names of the headless Service. A deleted broker pod
 * is re-created by the StatefulSet at once: `start` waits for that replacement to be Ready, so a
 * kill cannot keep a broker down longer than the StatefulSet takes to replace it.
 */
export class KubernetesCluster implements ClusterTarget {
  readonly kind = 'kubernetes' as const;
  readonly processControl = undefined;
  readonly statefulSet: string;
  private readonly options: KubernetesClusterOptions;
  private readonly service: string;
  private readonly terminationGrace_s: number;
  private readonly members = new Map<number, PodView>();
  /** uid of the pod a fault removed, per broker: `start` waits for a different one. */
  private readonly removedUid = new Map<number, string>();
  private readonly watch: PodWatch;
  private replicas: number;

  private constructor(
    options: KubernetesClusterOptions,
    selector: string,
    service: string,
    replicas: number,
    terminationGrace_s: number,
  ) {
    this.options = options;
    this.statefulSet = options.statefulSet ?? 'longhaul-broker';
    this.service = service;
    this.replicas = replicas;
    this.terminationGrace_s = terminationGrace_s;
    this.watch = options.api.watchPods(selector, {
      logger: options.logger,
      onEvent: (type, pod) => {
        const view = podView(pod);
        const id = this.ordinalOf(view.name);
        if (id === undefined) return;
        if (type === 'deleted') {
          if (this.members.get(id)?.uid === view.uid) this.members.delete(id);
        } else this.members.set(id, view);
      },
    });
  }

  /** Attaches to the StatefulSet, scales it when asked, and resolves once every broker is Ready. */
  static async start(options: KubernetesClusterOptions): Promise<KubernetesCluster> {
    const name = options.statefulSet ?? 'longhaul-broker';
    const { api } = options;
    const sts = await api.getStatefulSet(name);
    if (!sts) {
      throw new UserError(`no broker StatefulSet ${name} in namespace ${api.namespace}`, {
        hint: 'apply deploy/kustomize/overlays/<cloud> (it creates the brokers), or name yours with --broker-statefulset',
      });
    }
    const matchLabels = sts.spec?.selector?.matchLabels ?? {};
    if (Object.keys(matchLabels).length === 0 || (sts.spec?.selector?.matchExpressions?.length ?? 0) > 0) {
      throw new UserError(`the StatefulSet ${name} must select its pods with matchLabels only`);
    }
    const selector = Object.entries(matchLabels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const service = options.service ?? sts.spec?.serviceName ?? name;
    const grace_s = sts.spec?.template?.spec?.terminationGracePeriodSeconds ?? 30;
    const cluster = new KubernetesCluster(options, selector, service, sts.spec?.replicas ?? 1, grace_s);
    await cluster.watch.start();
    try {
      if (options.brokers !== undefined && options.brokers !== cluster.replicas)
        await cluster.scale(options.brokers);
      else for (let id = 0; id < cluster.replicas; id++) await cluster.start(id);
    } catch (error) {
      await cluster.close();
      throw error;
    }
    options.logger.info(
      {
        statefulSet: name,
        namespace: api.namespace,
        brokers: cluster.replicas,
        bootstrap: cluster.bootstrap(),
      },
      'kubernetes brokers ready',
    );
    return cluster;
  }

  bootstrap(): string[] {
    return this.ids().map((id) => this.address(id));
  }

  brokers(): readonly BrokerInfo[] {
    return this.ids().map((id) => {
      return {
        id,
        address: this.address(id),
        adminUrl: this.adminUrl(id),
        state: this.running(id) ? 'running' : 'stopped',
      };
    });
  }

  adminUrl(id: number): string {
    return `http://${this.host(id)}:${this.options.adminPort ?? 9644}`;
  }

  /** Deletes the broker's pod with grace 0: the kubelet SIGKILLs it, as a node loss would. */
  async kill(id: number): Promise<void> {
    await this.deletePod(id, 0, 30_000);
  }

  /** Deletes the broker's pod gracefully (SIGTERM, then its terminationGracePeriodSeconds) and waits until it is gone. */
  async stopGracefully(id: number): Promise<void> {
    await this.deletePod(id, undefined, (this.terminationGrace_s + 30) * 1000);
  }

  /** Waits for the StatefulSet's replacement pod of this broker to be Ready. */
  async start(id: number): Promise<void> {
    this.requireId(id);
    const timeout_ms = this.options.readyTimeout_ms ?? 5 * 60_000;
    await this.until(
      () => this.running(id),
      timeout_ms,
      () =>
        `broker ${id} (pod ${this.podName(id)}) was not Ready within ${timeout_ms} ms: ${this.describe(id)}`,
    );
    this.removedUid.delete(id);
  }

  pause(): Promise<void> {
    return Promise.reject(new Error(kubernetesPauseRefusal));
  }

  resume(): Promise<void> {
    return Promise.reject(new Error(kubernetesPauseRefusal));
  }

  networkFault(): Promise<void> {
    return Promise.reject(new Error(kubernetesRefusals['network-fault']));
  }

  /** Scales the StatefulSet and waits until exactly brokers 0..replicas-1 run. */
  async scale(replicas: number): Promise<void> {
    if (!Number.isInteger(replicas) || replicas < 1)
      throw new Error(`broker count must be >= 1, got ${replicas}`);
    await this.options.api.scaleStatefulSet(this.statefulSet, replicas);
    this.replicas = replicas;
    this.options.logger.info({ statefulSet: this.statefulSet, replicas }, 'broker statefulset scaled');
    const timeout_ms = this.options.readyTimeout_ms ?? 5 * 60_000;
    await this.until(
      () =>
        [...this.members.keys()].every((id) => id < replicas) &&
        this.ids().every((id) => {
          const view = this.members.get(id);
          return !!view && view.ready && !podGone(view);
        }),
      timeout_ms,
      () =>
        `the brokers did not settle at ${replicas} within ${timeout_ms} ms: ${[...this.members.keys()]
          .sort((a, b) => a - b)
          .map((id) => `${id}: ${this.describe(id)}`)
          .join('; ')}`,
    );
  }

  async close(): Promise<void> {
    await this.watch.stop();
  }

  private async deletePod(id: number, grace_s: number | undefined, timeout_ms: number): Promise<void> {
    this.requireId(id);
    const view = this.members.get(id);
    if (!view) return;
    this.removedUid.set(id, view.uid);
    await this.options.api.deletePod(view.name, grace_s);
    await this.until(
      () => this.members.get(id)?.uid !== view.uid,
      timeout_ms,
      () =>
        `broker pod ${view.name} was still there ${timeout_ms} ms after its deletion: ${this.describe(id)}`,
    );
    this.options.logger.info(
      { broker: id, pod: view.name, grace_s: grace_s ?? 'default' },
      'broker pod deleted',
    );
  }

  /** A Ready pod that is not the one a fault removed. */
  private running(id: number): boolean {
    const view = this.members.get(id);
    if (!view?.ready) return false;
    return !podGone(view) && view.uid !== this.removedUid.get(id);
  }

  private ids(): number[] {
    return Array.from({ length: this.replicas }, (_, id) => id);
  }

  private requireId(id: number): void {
    if (!Number.isInteger(id) || id < 0 || id >= this.replicas)
      throw new Error(
        `no broker ${id}: the StatefulSet ${this.statefulSet} has ${this.replicas} (ids 0..${this.replicas - 1})`,
      );
  }

  private podName(id: number): string {
    return `${this.statefulSet}-${id}`;
  }

  private ordinalOf(podName: string): number | undefined {
    const prefix = `${this.statefulSet}-`;
    if (!podName.startsWith(prefix)) return undefined;
    const rest = podName.slice(prefix.length);
    return /^\d+$/.test(rest) ? Number(rest) : undefined;
  }

  private host(id: number): string {
    const domain = this.options.clusterDomain ?? 'cluster.local';
    return `${this.podName(id)}.${this.service}.${this.options.api.namespace}.svc.${domain}`;
  }

  private address(id: number): string {
    return `${this.host(id)}:${this.options.kafkaPort ?? 9092}`;
  }

  private describe(id: number): string {
    const view = this.members.get(id);
    if (!view) return 'no pod';
    return `${view.terminating ? 'terminating' : view.phase}${view.ready ? ', ready' : ''}${view.waiting ? ` (${view.waiting})` : ''}${view.uid === this.removedUid.get(id) ? ', not yet replaced' : ''}`;
  }

  private async until(check: () => boolean, timeout_ms: number, failure: () => string): Promise<void> {
    const deadline = Date.now() + timeout_ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(failure());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
