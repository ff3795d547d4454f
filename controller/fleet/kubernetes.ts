// The kubernetes fleet: a worker Deployment (on spot nodes) and a watch on its pods; pod name = worker id.
import { EventEmitter } from 'node:events';
import type {
  V1Container,
  V1Deployment,
  V1EnvVar,
  V1OwnerReference,
  V1Pod,
  V1PodTemplateSpec,
} from '@kubernetes/client-node';
import { UserError } from '../../common/errors.ts';
import type { Logger } from '../../common/log.ts';
import type { BusServer, WorkerInfo } from '../bus/server.ts';
import { type KubeApi, KubeApiError } from '../kube/api.ts';
import type { PodWatch } from '../kube/pod-watch.ts';
import { lossCause, type PodLossCause, type PodView, podGone, podView } from '../kube/pods.ts';
import { type Fleet, WorkersUnavailableError } from './fleet.ts';

/** What the fleet needs of the bus: who is connected, and to forget workers whose pods are gone. */
export type FleetBus = Pick<BusServer, 'worker' | 'forget' | 'on' | 'off'>;

export interface WorkerResources {
  /** CPU request of each worker, e.g. `1` or `500m` (no CPU limit: throttling would read as latency). */
  readonly cpu?: string;
  /** Memory request and limit of each worker, e.g. `1Gi`. */
  readonly memory?: string;
}

/** The controller's own pod: the worker Deployment is owned by it, so it goes when the controller does. */
export interface OwnerPod {
  readonly name: string;
  readonly uid: string;
}

export interface KubernetesFleetOptions {
  readonly api: KubeApi;
  readonly bus: FleetBus;
  readonly logger: Logger;
  /** Name of the worker Deployment (default `longhaul-worker`). */
  readonly name?: string;
  /** PodTemplate the Deployment's pods are made from (default `longhaul-worker`, from deploy/kustomize). */
  readonly podTemplate?: string;
  /** The controller's bus URL as workers reach it; sets LONGHAUL_CONTROLLER (default: the template's). */
  readonly busUrl?: string;
  /** Worker image; needed only when there is no PodTemplate. */
  readonly image?: string;
  readonly resources?: WorkerResources;
  /** Default: from POD_NAME and POD_UID (downward API), when set. */
  readonly owner?: OwnerPod;
  /** How long `ensure` waits for workers to register: spot capacity may need a new node (default 10 min). */
  readonly registerTimeout_ms?: number;
  /** How long `kill` waits for the killed worker to drop off the bus (default 30 s). */
  readonly killTimeout_ms?: number;
  /** Delete the worker Deployment on close (default true: idle spot workers still cost money). */
  readonly deleteOnClose?: boolean;
}

export interface PodLoss {
  readonly workerId: string;
  readonly cause: PodLossCause;
  /** The Kubernetes reason, e.g. DeletionByTaintManager, Evicted. */
  readonly reason: string | undefined;
  readonly node: string | undefined;
}

export interface KubernetesFleetEvents {
  /** A worker pod is Running and Ready (its worker may not have registered yet). */
  'pod-ready': [view: PodView];
  /** A worker pod is going or gone; its worker drops off the bus, which interrupts its task. */
  'pod-lost': [loss: PodLoss];
}

export const workerSelectorLabels = (name: string): Record<string, string> => ({
  'app.kubernetes.io/name': 'longhaul',
  'app.kubernetes.io/component': 'worker',
  'longhaul.dev/fleet': name,
});

export function ownerPodFromEnv(env: NodeJS.ProcessEnv = process.env): OwnerPod | undefined {
  return env.POD_NAME && env.POD_UID ? { name: env.POD_NAME, uid: env.POD_UID } : undefined;
}

const workerContainerName = 'worker';
const metricsPort = 9464;
/** Where workers find the controller's bus without a PodTemplate: the Service `longhaul-controller`. */
export const defaultWorkerBusUrl = 'ws://longhaul-controller:8080/bus';

/** The pod template used when the namespace has no PodTemplate: no spot scheduling, just a worker. */
export function defaultWorkerTemplate(image: string): V1PodTemplateSpec {
  return {
    metadata: { labels: {} },
    spec: {
      terminationGracePeriodSeconds: 30,
      securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000 },
      containers: [
        {
          name: workerContainerName,
          image,
          args: ['worker'],
          env: [
            // The controller Service of deploy/kustomize; `busUrl` overrides it.
            { name: 'LONGHAUL_CONTROLLER', value: defaultWorkerBusUrl },
            { name: 'LONGHAUL_METRICS_LISTEN', value: `0.0.0.0:${metricsPort}` },
          ],
          ports: [{ name: 'metrics', containerPort: metricsPort }],
          resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { memory: '1Gi' } },
        },
      ],
    },
  };
}

function upsertEnv(env: V1EnvVar[], variable: V1EnvVar): V1EnvVar[] {
  return [...env.filter((e) => e.name !== variable.name), variable];
}

/**
 * The worker Deployment for `replicas` workers: the template's pods, labelled for the fleet's
 * selector, each worker's id the pod's name (downward API), dialing `busUrl`.
 */
export function buildWorkerDeployment(
  template: V1PodTemplateSpec,
  options: {
    readonly name: string;
    readonly replicas: number;
    readonly busUrl?: string;
    readonly image?: string;
    readonly resources?: WorkerResources;
    readonly owner?: OwnerPod;
  },
): V1Deployment {
  const spec = structuredClone(template.spec);
  const containers = spec?.containers ?? [];
  const index = Math.max(
    0,
    containers.findIndex((c) => c.name === workerContainerName),
  );
  const original = containers[index];
  if (!spec || !original)
    throw new UserError(`the worker pod template ${options.name} has no container`, {
      hint: 'give it a container named "worker" running `longhaul worker` (see deploy/kustomize/base/worker.yaml)',
    });
  let env = original.env ?? [];
  env = upsertEnv(env, { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } });
  if (options.busUrl) env = upsertEnv(env, { name: 'LONGHAUL_CONTROLLER', value: options.busUrl });
  const args = original.args && original.args.length > 0 ? [...original.args] : ['worker'];
  // The worker registers under its pod's name: the fleet matches pods and bus workers by it.
  if (!args.includes('--id')) args.push('--id', '$(POD_NAME)');
  const resources = structuredClone(original.resources ?? {});
  if (options.resources?.cpu) resources.requests = { ...resources.requests, cpu: options.resources.cpu };
  if (options.resources?.memory) {
    resources.requests = { ...resources.requests, memory: options.resources.memory };
    resources.limits = { ...resources.limits, memory: options.resources.memory };
  }
  const container: V1Container = {
    ...original,
    image: options.image ?? original.image,
    args,
    env,
    resources,
  };
  containers[index] = container;
  const labels = { ...(template.metadata?.labels ?? {}), ...workerSelectorLabels(options.name) };
  const ownerReferences: V1OwnerReference[] | undefined = options.owner && [
    {
      apiVersion: 'v1',
      kind: 'Pod',
      name: options.owner.name,
      uid: options.owner.uid,
      controller: false,
      blockOwnerDeletion: false,
    },
  ];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: options.name,
      labels: workerSelectorLabels(options.name),
      annotations: { 'longhaul.dev/managed-by': 'longhaul controller (kubernetes fleet)' },
      ownerReferences,
    },
    spec: {
      replicas: options.replicas,
      revisionHistoryLimit: 2,
      selector: { matchLabels: workerSelectorLabels(options.name) },
      // A lost worker's replacement may start at once; workers hold no state.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '100%', maxUnavailable: '100%' } },
      template: {
        metadata: { ...template.metadata, labels, name: undefined },
        spec: { ...spec, containers },
      },
    },
  };
}

/**
 * Level-triggered: `ensure` makes the Deployment exist with the replicas asked for (creating it
 * from the PodTemplate, or scaling it), then waits until that many pods' workers registered on
 * the bus. A pod that goes (spot reclaim, eviction, kill) closes its worker's connection, so the
 * bus declares the worker lost and the task loop interrupts and retries the task, exactly as with
 * local processes; the Deployment replaces the pod, and the next `ensure` waits for it.
 */
export class KubernetesFleet extends EventEmitter<KubernetesFleetEvents> implements Fleet {
  readonly kind = 'kubernetes' as const;
  readonly name: string;
  private readonly options: KubernetesFleetOptions;
  private readonly pods = new Map<string, PodView>();
  private readonly lostReported = new Set<string>();
  private readonly killed = new Set<string>();
  private readonly watch: PodWatch;
  private readonly onWorkerLost = (info: WorkerInfo): void => {
    // The worker dropped off the bus after its pod was already gone: nothing will reconnect as it.
    if (!this.pods.has(info.workerId) && this.seen.has(info.workerId)) this.options.bus.forget(info.workerId);
  };
  /** Pod names this fleet has seen, bounded: only used to tell our workers from others on the bus. */
  private readonly seen = new Set<string>();
  private closed = false;

  private constructor(options: KubernetesFleetOptions) {
    super();
    this.options = options;
    this.name = options.name ?? 'longhaul-worker';
    const selector = Object.entries(workerSelectorLabels(this.name))
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    this.watch = options.api.watchPods(selector, {
      logger: options.logger,
      onEvent: (type, pod) => this.onPodEvent(type, pod),
    });
  }

  /** Starts watching the fleet's pods; fails fast when the API is unreachable or forbids it. */
  static async start(options: KubernetesFleetOptions): Promise<KubernetesFleet> {
    const fleet = new KubernetesFleet(options);
    await fleet.watch.start();
    options.bus.on('worker-lost', fleet.onWorkerLost);
    options.logger.info(
      { namespace: options.api.namespace, deployment: fleet.name, pods: fleet.pods.size },
      'kubernetes fleet watching its pods',
    );
    return fleet;
  }

  workerIds(): string[] {
    return [...this.pods.values()]
      .filter((view) => !podGone(view) && this.options.bus.worker(view.name)?.state === 'connected')
      .sort((a, b) => a.created_ms - b.created_ms || a.name.localeCompare(b.name))
      .map((view) => view.name);
  }

  /** Where each worker serves /metrics, by pod IP (for Prometheus discovery through GET /api/targets). */
  metricsUrls(): { workerId: string; url: string }[] {
    return this.workerIds().flatMap((workerId) => {
      const view = this.pods.get(workerId);
      return view?.podIP
        ? [{ workerId, url: `http://${view.podIP}:${view.metricsPort ?? metricsPort}` }]
        : [];
    });
  }

  /** The pods of the fleet as last seen, for diagnostics and tests. */
  podViews(): PodView[] {
    return [...this.pods.values()];
  }

  async ensure(count: number): Promise<void> {
    if (!Number.isInteger(count) || count < 0) throw new Error(`worker count must be >= 0, got ${count}`);
    if (this.closed) throw new Error('the kubernetes fleet is closed');
    await this.reconcileDeployment(count);
    await this.awaitRegistered(count);
  }

  async kill(workerId: string): Promise<void> {
    const view = this.pods.get(workerId);
    if (!view) {
      throw new Error(
        `no worker pod ${workerId} in namespace ${this.options.api.namespace} (pods: ${[...this.pods.keys()].join(', ') || 'none'})`,
      );
    }
    this.killed.add(workerId);
    // Grace 0: the API server removes the pod at once and the kubelet kills the container, as when
    // a spot node is reclaimed. The worker gets no SIGTERM and drains nothing.
    await this.options.api.deletePod(workerId, 0);
    const timeout_ms = this.options.killTimeout_ms ?? 30_000;
    const deadline = Date.now() + timeout_ms;
    while (this.options.bus.worker(workerId)?.state === 'connected') {
      if (Date.now() > deadline) {
        throw new Error(
          `worker pod ${workerId} was force-deleted but its worker is still connected after ${timeout_ms} ms: node ${view.node ?? '?'} may be unreachable, so its container may still run`,
        );
      }
      await sleep(50);
    }
    this.options.logger.info({ worker: workerId, node: view.node }, 'worker pod killed');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.options.bus.off('worker-lost', this.onWorkerLost);
    await this.watch.stop();
    if (this.options.deleteOnClose === false) return;
    try {
      if (await this.options.api.deleteDeployment(this.name))
        this.options.logger.info({ deployment: this.name }, 'worker deployment deleted');
    } catch (error) {
      this.options.logger.warn(
        { err: error, deployment: this.name },
        'could not delete the worker deployment; delete it by hand',
      );
    }
  }

  private async reconcileDeployment(count: number): Promise<void> {
    const { api, logger } = this.options;
    let existing = await api.getDeployment(this.name);
    if (existing?.metadata?.deletionTimestamp) {
      // A previous controller is deleting it: wait, bounded, then create a fresh one.
      const deadline = Date.now() + 60_000;
      while (existing && Date.now() < deadline) {
        await sleep(500);
        existing = await api.getDeployment(this.name);
      }
      if (existing) throw new Error(`the worker deployment ${this.name} is still being deleted after 60 s`);
    }
    if (!existing) {
      const template = await this.podTemplate();
      const deployment = buildWorkerDeployment(template, {
        name: this.name,
        replicas: count,
        busUrl: this.options.busUrl,
        image: this.options.image,
        resources: this.options.resources,
        owner: this.options.owner ?? ownerPodFromEnv(),
      });
      try {
        await api.createDeployment(deployment);
        logger.info({ deployment: this.name, replicas: count }, 'worker deployment created');
        return;
      } catch (error) {
        // Created meanwhile (another ensure, a restarted controller): scale it instead.
        if (!(error instanceof KubeApiError && error.status === 409)) throw error;
      }
    } else if (existing.spec?.replicas === count) {
      return;
    }
    await api.scaleDeployment(this.name, count);
    logger.info({ deployment: this.name, replicas: count }, 'worker deployment scaled');
  }

  private async podTemplate(): Promise<V1PodTemplateSpec> {
    const name = this.options.podTemplate ?? 'longhaul-worker';
    const found = await this.options.api.getPodTemplate(name);
    if (found?.template) return found.template;
    if (this.options.image) return defaultWorkerTemplate(this.options.image);
    throw new UserError(
      `no PodTemplate ${name} in namespace ${this.options.api.namespace} to make workers from, and no worker image given`,
      {
        hint: 'apply deploy/kustomize/overlays/<cloud> to that namespace (its PodTemplate carries the spot scheduling), or pass a worker image',
      },
    );
  }

  private async awaitRegistered(count: number): Promise<void> {
    const timeout_ms = this.options.registerTimeout_ms ?? 10 * 60_000;
    const deadline = Date.now() + timeout_ms;
    while (this.workerIds().length < count) {
      if (this.closed) throw new Error('the kubernetes fleet was closed while waiting for workers');
      if (Date.now() > deadline) {
        const states = [...this.pods.values()]
          .map((v) => {
            const bus = this.options.bus.worker(v.name)?.state ?? 'not registered';
            return `${v.name} (${v.terminating ? 'terminating' : v.phase}${v.waiting ? `: ${v.waiting}` : ''}; bus: ${bus})`;
          })
          .join(', ');
        throw new WorkersUnavailableError(
          `only ${this.workerIds().length} of ${count} workers registered within ${timeout_ms} ms; pods: ${states || 'none'}`,
          {
            hint: `check that the node pool has (spot) capacity for the worker pods, that they can pull their image, and that they reach the controller at ${this.options.busUrl ?? 'the LONGHAUL_CONTROLLER of the PodTemplate'}`,
          },
        );
      }
      await sleep(100);
    }
  }

  private onPodEvent(type: 'added' | 'modified' | 'deleted', pod: V1Pod): void {
    const view = podView(pod);
    if (!view.name) return;
    this.remember(view.name);
    const before = this.pods.get(view.name);
    if (type === 'deleted') {
      this.pods.delete(view.name);
      this.reportLoss(view);
      this.lostReported.delete(view.name);
      this.killed.delete(view.name);
      if (this.options.bus.worker(view.name)?.state === 'lost') this.options.bus.forget(view.name);
      return;
    }
    this.pods.set(view.name, view);
    if (podGone(view)) this.reportLoss(view);
    else if (view.ready && !before?.ready) {
      this.options.logger.debug({ worker: view.name, node: view.node }, 'worker pod ready');
      this.emit('pod-ready', view);
    }
  }

  private reportLoss(view: PodView): void {
    if (this.lostReported.has(view.name)) return;
    this.lostReported.add(view.name);
    const loss: PodLoss = {
      workerId: view.name,
      cause: lossCause(view, this.killed.has(view.name)),
      reason: view.disruption,
      node: view.node,
    };
    const level = loss.cause === 'killed' || loss.cause === 'deleted' ? 'info' : 'warn';
    this.options.logger[level](loss, 'worker pod lost');
    this.emit('pod-lost', loss);
  }

  private remember(name: string): void {
    this.seen.add(name);
    if (this.seen.size > 10_000) this.seen.delete(this.seen.values().next().value as string);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
