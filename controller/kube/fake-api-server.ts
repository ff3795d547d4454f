// A FAKE Kubernetes API server for tests: real HTTP and chunked watch streams, simulated controllers.
import { randomBytes, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';

/**
 * NOT a Kubernetes API server. It answers the subset of the API the controller uses (pods,
 * podtemplates, deployments, statefulsets: get, list, watch, create, JSON/merge patch, delete) over
 * real HTTP on 127.0.0.1, so that @kubernetes/client-node runs its real code paths, including
 * newline-delimited JSON watch events streamed with chunked encoding and resourceVersion resumes.
 * It simulates, crudely, what the cluster would do: the Deployment and StatefulSet controllers
 * create and delete pods, pods become Running and Ready after `startDelay_ms`, graceful deletion
 * takes `terminateDelay_ms`, and `preemptPod` reclaims a pod as a spot node's loss would. No
 * container runs: tests react to `pod-running` and `pod-gone` to stand in for the processes.
 */

type Obj = Record<string, unknown> & { metadata: Meta };
interface Meta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }[];
  [key: string]: unknown;
}

export type FakeResource = 'pods' | 'podtemplates' | 'deployments' | 'statefulsets';

const resources: Record<FakeResource, { group: '' | 'apps'; kind: string }> = {
  pods: { group: '', kind: 'Pod' },
  podtemplates: { group: '', kind: 'PodTemplate' },
  deployments: { group: 'apps', kind: 'Deployment' },
  statefulsets: { group: 'apps', kind: 'StatefulSet' },
};

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One request as the fake saw it, with the RBAC verb it would need on a real cluster. */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly contentType: string | undefined;
  readonly body: unknown;
  readonly apiGroup: string | undefined;
  readonly resource: FakeResource | undefined;
  readonly name: string | undefined;
  readonly verb: string | undefined;
}

export interface FakeKubeApiServerOptions {
  /** Bearer token every request must carry (default `fake-token`). */
  readonly token?: string;
  /** How long a new pod stays Pending before it is Running and Ready (default 20 ms). */
  readonly startDelay_ms?: number;
  /** How long a gracefully deleted pod takes to terminate (default 50 ms). */
  readonly terminateDelay_ms?: number;
  /** Watch events kept for resumes from a resourceVersion; older ones get 410 Gone (default 1000). */
  readonly eventLogSize?: number;
}

export interface FakeKubeApiServerEvents {
  /** A pod became Running and Ready: a test may start a stand-in for its process. */
  'pod-running': [pod: Obj];
  /** A pod's process is gone (deleted, reclaimed or terminated): stop its stand-in. */
  'pod-gone': [pod: Obj];
}

interface Watcher {
  readonly resource: FakeResource;
  readonly namespace: string;
  readonly selector: LabelSelector;
  readonly response: ServerResponse;
}

interface LoggedEvent {
  readonly rv: number;
  readonly type: WatchEventType;
  readonly resource: FakeResource;
  readonly namespace: string;
  readonly object: Obj;
}

class HttpError extends Error {
  readonly status: number;
  readonly reason: string;
  constructor(status: number, reason: string, message: string) {
    super(message);
    this.status = status;
    this.reason = reason;
  }
}

const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const clone = <T>(value: T): T => structuredClone(value);

export class FakeKubeApiServer extends EventEmitter<FakeKubeApiServerEvents> {
  readonly requests: FakeRequest[] = [];
  readonly token: string;
  private readonly http: Server;
  private readonly options: FakeKubeApiServerOptions;
  private readonly store = new Map<string, Obj>();
  private readonly watchers = new Set<Watcher>();
  private readonly events: LoggedEvent[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly forbidden = new Set<string>();
  /** Pods waiting for `releasePodStarts` (namespace/name), while starts are held. */
  private held: [string, string][] | undefined;
  private rv = 1;
  private nodeCounter = 0;
  private reconcileQueued = false;
  private closed = false;

  private constructor(options: FakeKubeApiServerOptions) {
    super();
    this.options = options;
    this.token = options.token ?? 'fake-token';
    this.http = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.sendStatus(response, 500, 'InternalError', (error as Error).message);
      });
    });
  }

  static async start(options: FakeKubeApiServerOptions = {}): Promise<FakeKubeApiServer> {
    const fake = new FakeKubeApiServer(options);
    await new Promise<void>((resolve, reject) => {
      fake.http.once('error', reject);
      fake.http.listen(0, '127.0.0.1', () => resolve());
    });
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  /** A client configuration pointing at this fake, as a kubeconfig file would. */
  kubeConfig(namespace = 'default'): KubeConfig {
    const config = new KubeConfig();
    config.loadFromOptions({
      clusters: [{ name: 'fake', server: this.url, skipTLSVerify: true }],
      users: [{ name: 'fake', token: this.token }],
      contexts: [{ name: 'fake', cluster: 'fake', user: 'fake', namespace }],
      currentContext: 'fake',
    });
    return config;
  }

  // --- direct access for tests ---

  /** Creates an object as `kubectl apply` would have (a PodTemplate, a StatefulSet). */
  seed(resource: FakeResource, namespace: string, object: Record<string, unknown>): Obj {
    const created = this.create(resource, namespace, clone(object) as Obj);
    this.queueReconcile();
    return clone(created);
  }

  get(resource: FakeResource, namespace: string, name: string): Obj | undefined {
    const found = this.store.get(key(resource, namespace, name));
    return found && clone(found);
  }

  list(resource: FakeResource, namespace: string): Obj[] {
    return this.objects(resource, namespace).map(clone);
  }

  /**
   * A spot reclaim: the node goes away, the pod's process dies, the pod is marked Failed with a
   * DisruptionTarget condition, then the pod garbage collector deletes it.
   */
  preemptPod(namespace: string, name: string, reason = 'DeletionByTaintManager'): void {
    const pod = this.store.get(key('pods', namespace, name));
    if (!pod) throw new Error(`fake: no pod ${namespace}/${name}`);
    const status = (pod.status ?? {}) as Record<string, unknown>;
    const conditions = ((status.conditions as Record<string, unknown>[]) ?? []).map((c) =>
      c.type === 'Ready' || c.type === 'ContainersReady' ? { ...c, status: 'False' } : c,
    );
    conditions.push({
      type: 'DisruptionTarget',
      status: 'True',
      reason,
      message: 'fake: the spot node was reclaimed',
      lastTransitionTime: now(),
    });
    pod.status = { ...status, phase: 'Failed', reason: 'NodeLost', conditions };
    this.modified('pods', pod);
    this.emit('pod-gone', clone(pod));
    this.later(this.options.terminateDelay_ms ?? 50, () => this.remove('pods', namespace, name));
    this.queueReconcile();
  }

  /** New pods stay Pending (no node, not Ready) until `releasePodStarts`: a deterministic slow start. */
  holdPodStarts(): void {
    this.held ??= [];
  }

  releasePodStarts(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const [namespace, name] of held) this.startPod(namespace, name);
  }

  /** Answers 403 Forbidden to this verb on this resource, as RBAC would without the permission. */
  forbid(verb: string, resource: FakeResource): void {
    this.forbidden.add(`${verb} ${resource}`);
  }

  /** Ends every open watch, as an API server does on restart or after its request timeout. */
  dropWatches(): void {
    for (const watcher of this.watchers) watcher.response.end();
    this.watchers.clear();
  }

  /** Forgets watch history up to now: a resume from an older resourceVersion then gets 410 Gone. */
  compactEvents(): void {
    this.events.splice(0);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.dropWatches();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // --- HTTP ---

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const query = Object.fromEntries(url.searchParams);
    const text = await readBody(request);
    const contentType = request.headers['content-type']?.split(';')[0];
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return this.sendStatus(response, 400, 'BadRequest', 'fake: the body is not JSON');
    }
    const route = parsePath(url.pathname);
    const verb = route ? rbacVerb(request.method ?? 'GET', route.name, query) : undefined;
    this.requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query,
      contentType,
      body,
      apiGroup: route ? resources[route.resource].group : undefined,
      resource: route?.resource,
      name: route?.name,
      verb,
    });
    if (request.headers.authorization !== `Bearer ${this.token}`)
      return this.sendStatus(response, 401, 'Unauthorized', 'fake: missing or wrong bearer token');
    if (!route) return this.sendStatus(response, 404, 'NotFound', `fake: no route for ${url.pathname}`);
    if (this.forbidden.has(`${verb} ${route.resource}`)) {
      const group = resources[route.resource].group;
      return this.sendStatus(
        response,
        403,
        'Forbidden',
        `${route.resource}${group ? `.${group}` : ''} is forbidden: User "system:serviceaccount:${route.namespace}:fake" cannot ${verb} resource "${route.resource}" in API group "${group}" in the namespace "${route.namespace}" (fake)`,
      );
    }
    try {
      const { resource, namespace, name } = route;
      switch (verb) {
        case 'watch':
          return this.watch(resource, namespace, query, response);
        case 'list': {
          const selector = parseSelector(query.labelSelector);
          const items = this.objects(resource, namespace).filter((o) => selector(o.metadata.labels ?? {}));
          return send(response, 200, {
            apiVersion: apiVersion(resource),
            kind: `${resources[resource].kind}List`,
            metadata: { resourceVersion: String(this.rv) },
            items,
          });
        }
        case 'get':
          return send(response, 200, this.require(resource, namespace, name!));
        case 'create': {
          const created = this.create(resource, namespace, body as Obj);
          this.queueReconcile();
          return send(response, 201, created);
        }
        case 'patch': {
          const patched = this.patch(resource, namespace, name!, contentType, body);
          this.queueReconcile();
          return send(response, 200, patched);
        }
        case 'delete': {
          const options = (body ?? {}) as { gracePeriodSeconds?: number; propagationPolicy?: string };
          const grace =
            query.gracePeriodSeconds !== undefined
              ? Number(query.gracePeriodSeconds)
              : options.gracePeriodSeconds;
          const result = this.delete(resource, namespace, name!, grace);
          this.queueReconcile();
          return send(response, 200, result);
        }
        default:
          throw new HttpError(
            405,
            'MethodNotAllowed',
            `fake: ${request.method} ${url.pathname} is not supported`,
          );
      }
    } catch (error) {
      if (error instanceof HttpError)
        return this.sendStatus(response, error.status, error.reason, error.message);
      throw error;
    }
  }

  private watch(
    resource: FakeResource,
    namespace: string,
    query: Record<string, string>,
    response: ServerResponse,
  ): void {
    const selector = parseSelector(query.labelSelector);
    const from = query.resourceVersion ? Number(query.resourceVersion) : undefined;
    response.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    response.flushHeaders();
    const write = (type: string, object: unknown): void => {
      response.write(`${JSON.stringify({ type, object })}\n`);
    };
    if (from === undefined || from === 0) {
      for (const object of this.objects(resource, namespace))
        if (selector(object.metadata.labels ?? {})) write('ADDED', object);
    } else {
      const oldest = this.events[0]?.rv ?? this.rv;
      if (from < oldest - 1) {
        write('ERROR', {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'Expired',
          code: 410,
          message: `fake: too old resource version: ${from} (${oldest - 1})`,
        });
        response.end();
        return;
      }
      for (const event of this.events)
        if (
          event.rv > from &&
          event.resource === resource &&
          event.namespace === namespace &&
          selector(event.object.metadata.labels ?? {})
        )
          write(event.type, event.object);
    }
    const watcher: Watcher = { resource, namespace, selector, response };
    this.watchers.add(watcher);
    const timeout_s = Number(query.timeoutSeconds ?? 0);
    const timer = timeout_s > 0 ? setTimeout(() => response.end(), timeout_s * 1000) : undefined;
    response.on('close', () => {
      clearTimeout(timer);
      this.watchers.delete(watcher);
    });
  }

  private sendStatus(response: ServerResponse, code: number, reason: string, message: string): void {
    if (response.headersSent) {
      response.end();
      return;
    }
    send(response, code, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      code,
    });
  }

  // --- the object store ---

  private objects(resource: FakeResource, namespace: string): Obj[] {
    const prefix = `${resource}/${namespace}/`;
    return [...this.store.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([, object]) => object)
      .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
  }

  private require(resource: FakeResource, namespace: string, name: string): Obj {
    const found = this.store.get(key(resource, namespace, name));
    if (!found)
      throw new HttpError(
        404,
        'NotFound',
        `${resource} "${name}" not found in namespace ${namespace} (fake)`,
      );
    return found;
  }

  private create(resource: FakeResource, namespace: string, object: Obj): Obj {
    const name = object?.metadata?.name;
    if (typeof name !== 'string' || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name))
      throw new HttpError(422, 'Invalid', `fake: metadata.name "${String(name)}" is not a DNS-1123 name`);
    if (this.store.has(key(resource, namespace, name)))
      throw new HttpError(409, 'AlreadyExists', `${resource} "${name}" already exists (fake)`);
    const created: Obj = {
      ...object,
      apiVersion: apiVersion(resource),
      kind: resources[resource].kind,
      metadata: {
        ...object.metadata,
        namespace,
        uid: randomUUID(),
        generation: 1,
        creationTimestamp: now(),
        resourceVersion: String(++this.rv),
      },
    };
    if (resource === 'deployments' || resource === 'statefulsets') {
      const spec = (created.spec ?? {}) as Record<string, unknown>;
      created.spec = { ...spec, replicas: spec.replicas ?? 1 };
      created.status = { observedGeneration: 1, replicas: 0 };
    }
    this.store.set(key(resource, namespace, name), created);
    this.log('ADDED', resource, created);
    if (resource === 'pods')
      this.later(this.options.startDelay_ms ?? 20, () => this.startPod(namespace, name));
    return created;
  }

  private patch(
    resource: FakeResource,
    namespace: string,
    name: string,
    contentType: string | undefined,
    body: unknown,
  ): Obj {
    const current = this.require(resource, namespace, name);
    let next: Obj;
    if (contentType === 'application/json-patch+json') {
      if (!Array.isArray(body))
        throw new HttpError(400, 'BadRequest', 'fake: a JSON patch is an array of operations');
      next = applyJsonPatch(current, body as JsonPatchOp[]);
    } else if (contentType === 'application/merge-patch+json') {
      next = mergePatch(current, body) as Obj;
    } else {
      throw new HttpError(
        415,
        'UnsupportedMediaType',
        `fake: patch content type ${contentType} is not supported`,
      );
    }
    next.metadata = { ...next.metadata, name, namespace, uid: current.metadata.uid };
    if (JSON.stringify(next.spec) !== JSON.stringify(current.spec))
      next.metadata.generation = (current.metadata.generation ?? 1) + 1;
    this.store.set(key(resource, namespace, name), next);
    this.modified(resource, next);
    return next;
  }

  private delete(resource: FakeResource, namespace: string, name: string, grace: number | undefined): Obj {
    const object = this.require(resource, namespace, name);
    if (resource !== 'pods') {
      this.remove(resource, namespace, name);
      // Background propagation: the garbage collector removes what the object owned.
      for (const pod of this.objects('pods', namespace))
        if (pod.metadata.ownerReferences?.some((o) => o.uid === object.metadata.uid))
          this.deletePod(pod, undefined);
      return {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Success',
        details: { name },
      } as never;
    }
    return this.deletePod(object, grace);
  }

  private deletePod(pod: Obj, grace: number | undefined): Obj {
    const { name, namespace } = pod.metadata;
    const spec = (pod.spec ?? {}) as { terminationGracePeriodSeconds?: number };
    const seconds = grace ?? spec.terminationGracePeriodSeconds ?? 30;
    const phase = (pod.status as { phase?: string } | undefined)?.phase;
    if (seconds === 0 || phase !== 'Running') {
      this.remove('pods', namespace!, name);
      return pod;
    }
    if (pod.metadata.deletionTimestamp) return pod;
    pod.metadata.deletionTimestamp = new Date(Date.now() + seconds * 1000)
      .toISOString()
      .replace(/\.\d+Z$/, 'Z');
    pod.metadata.deletionGracePeriodSeconds = seconds;
    this.modified('pods', pod);
    // The kubelet sends SIGTERM; the fake's process "exits" after terminateDelay_ms.
    this.later(this.options.terminateDelay_ms ?? 50, () => this.remove('pods', namespace!, name));
    return pod;
  }

  private remove(resource: FakeResource, namespace: string, name: string): void {
    const object = this.store.get(key(resource, namespace, name));
    if (!object) return;
    this.store.delete(key(resource, namespace, name));
    object.metadata.resourceVersion = String(++this.rv);
    this.log('DELETED', resource, object);
    const phase = (object.status as { phase?: string } | undefined)?.phase;
    if (resource === 'pods' && phase === 'Running') this.emit('pod-gone', clone(object));
    this.queueReconcile();
  }

  private modified(resource: FakeResource, object: Obj): void {
    object.metadata.resourceVersion = String(++this.rv);
    this.log('MODIFIED', resource, object);
  }

  private log(type: WatchEventType, resource: FakeResource, object: Obj): void {
    const namespace = object.metadata.namespace ?? '';
    const event: LoggedEvent = { rv: this.rv, type, resource, namespace, object: clone(object) };
    this.events.push(event);
    if (this.events.length > (this.options.eventLogSize ?? 1000)) this.events.shift();
    for (const watcher of this.watchers) {
      if (watcher.resource !== resource || watcher.namespace !== namespace) continue;
      if (!watcher.selector(object.metadata.labels ?? {})) continue;
      watcher.response.write(`${JSON.stringify({ type, object: event.object })}\n`);
    }
  }

  private later(delay_ms: number, run: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) run();
    }, delay_ms);
    this.timers.add(timer);
  }

  // --- simulated cluster behaviour ---

  private startPod(namespace: string, name: string): void {
    const pod = this.store.get(key('pods', namespace, name));
    if (!pod || pod.metadata.deletionTimestamp) return;
    if (this.held) {
      this.held.push([namespace, name]);
      return;
    }
    const time = now();
    const spec = (pod.spec ?? {}) as { containers?: { name: string; image?: string }[]; nodeName?: string };
    pod.spec = { ...spec, nodeName: `fake-node-${++this.nodeCounter}` };
    const condition = (type: string) => ({ type, status: 'True', lastTransitionTime: time });
    pod.status = {
      phase: 'Running',
      startTime: time,
      podIP: `10.0.0.${this.nodeCounter % 250}`,
      conditions: ['PodScheduled', 'Initialized', 'ContainersReady', 'Ready'].map(condition),
      containerStatuses: (spec.containers ?? []).map((c) => ({
        name: c.name,
        image: c.image ?? '',
        imageID: '',
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt: time } },
      })),
    };
    this.modified('pods', pod);
    this.emit('pod-running', clone(pod));
    this.queueReconcile();
  }

  private queueReconcile(): void {
    if (this.reconcileQueued || this.closed) return;
    this.reconcileQueued = true;
    setImmediate(() => {
      this.reconcileQueued = false;
      if (!this.closed) this.reconcile();
    });
  }

  /** The Deployment and StatefulSet controllers, level-triggered like the real ones. */
  private reconcile(): void {
    const namespaces = new Set([...this.store.values()].map((o) => o.metadata.namespace ?? ''));
    for (const namespace of namespaces) {
      for (const deployment of this.objects('deployments', namespace)) this.reconcileDeployment(deployment);
      for (const statefulSet of this.objects('statefulsets', namespace))
        this.reconcileStatefulSet(statefulSet);
    }
  }

  private owned(owner: Obj): Obj[] {
    return this.objects('pods', owner.metadata.namespace ?? '').filter((pod) =>
      pod.metadata.ownerReferences?.some((o) => o.uid === owner.metadata.uid),
    );
  }

  private reconcileDeployment(deployment: Obj): void {
    const spec = deployment.spec as { replicas: number; template: { metadata?: Meta; spec?: unknown } };
    const active = this.owned(deployment).filter((pod) => isActive(pod));
    const hash = deployment.metadata.uid!.slice(0, 8);
    for (let i = active.length; i < spec.replicas; i++) {
      const name = `${deployment.metadata.name}-${hash}-${randomBytes(3).toString('hex').slice(0, 5)}`;
      this.create(
        'pods',
        deployment.metadata.namespace!,
        podFrom(deployment, spec.template, name, {
          'pod-template-hash': hash,
        }),
      );
    }
    const excess = active.length - spec.replicas;
    if (excess > 0) for (const pod of active.slice(-excess)) this.deletePod(pod, undefined);
    this.updateStatus(deployment);
  }

  private reconcileStatefulSet(statefulSet: Obj): void {
    const spec = statefulSet.spec as { replicas: number; template: { metadata?: Meta; spec?: unknown } };
    const namespace = statefulSet.metadata.namespace!;
    for (let ordinal = 0; ordinal < spec.replicas; ordinal++) {
      const name = `${statefulSet.metadata.name}-${ordinal}`;
      // A StatefulSet replaces a pod only once the old one with the same name is gone.
      if (!this.store.has(key('pods', namespace, name)))
        this.create(
          'pods',
          namespace,
          podFrom(statefulSet, spec.template, name, {
            'apps.kubernetes.io/pod-index': String(ordinal),
            'statefulset.kubernetes.io/pod-name': name,
          }),
        );
    }
    for (const pod of this.owned(statefulSet)) {
      const ordinal = Number(pod.metadata.name.slice(statefulSet.metadata.name.length + 1));
      if (ordinal >= spec.replicas && !pod.metadata.deletionTimestamp) this.deletePod(pod, undefined);
    }
    this.updateStatus(statefulSet);
  }

  private updateStatus(owner: Obj): void {
    const pods = this.owned(owner).filter((pod) => isActive(pod));
    const ready = pods.filter((pod) => isReady(pod)).length;
    const status = {
      observedGeneration: owner.metadata.generation,
      replicas: pods.length,
      readyReplicas: ready,
      availableReplicas: ready,
      updatedReplicas: pods.length,
    };
    if (JSON.stringify(status) === JSON.stringify(owner.status)) return;
    owner.status = status;
    this.modified(owner.kind === 'Deployment' ? 'deployments' : 'statefulsets', owner);
  }
}

// --- helpers ---

function key(resource: FakeResource, namespace: string, name: string): string {
  return `${resource}/${namespace}/${name}`;
}

function apiVersion(resource: FakeResource): string {
  return resources[resource].group === '' ? 'v1' : `${resources[resource].group}/v1`;
}

function isActive(pod: Obj): boolean {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  return !pod.metadata.deletionTimestamp && phase !== 'Failed' && phase !== 'Succeeded';
}

function isReady(pod: Obj): boolean {
  const conditions = (pod.status as { conditions?: { type: string; status: string }[] } | undefined)
    ?.conditions;
  return conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function podFrom(
  owner: Obj,
  template: { metadata?: Meta; spec?: unknown },
  name: string,
  extraLabels: Record<string, string>,
): Obj {
  return {
    metadata: {
      name,
      labels: { ...(template.metadata?.labels ?? {}), ...extraLabels },
      annotations: { ...(template.metadata?.annotations ?? {}) },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: String(owner.kind),
          name: owner.metadata.name,
          uid: owner.metadata.uid!,
          controller: true,
        },
      ],
    },
    spec: clone(template.spec ?? {}),
    status: { phase: 'Pending' },
  };
}

function parsePath(
  pathname: string,
): { resource: FakeResource; namespace: string; name: string | undefined } | undefined {
  const match =
    /^\/(?:api\/v1|apis\/(apps)\/v1)\/namespaces\/([^/]+)\/(pods|podtemplates|deployments|statefulsets)(?:\/([^/]+))?$/.exec(
      pathname,
    );
  if (!match) return undefined;
  const resource = match[3] as FakeResource;
  if ((match[1] ?? '') !== resources[resource].group) return undefined;
  return {
    resource,
    namespace: decodeURIComponent(match[2]),
    name: match[4] && decodeURIComponent(match[4]),
  };
}

/** The RBAC verb a real API server would authorize the request as. */
function rbacVerb(
  method: string,
  name: string | undefined,
  query: Record<string, string>,
): string | undefined {
  switch (method) {
    case 'GET':
      return name ? 'get' : query.watch === 'true' || query.watch === '1' ? 'watch' : 'list';
    case 'POST':
      return name ? undefined : 'create';
    case 'PUT':
      return name ? 'update' : undefined;
    case 'PATCH':
      return name ? 'patch' : undefined;
    case 'DELETE':
      return name ? 'delete' : 'deletecollection';
    default:
      return undefined;
  }
}

type LabelSelector = (labels: Record<string, string>) => boolean;

/** Equality-based selectors (`a=b,c!=d,e,!f`); set-based ones are refused, as this fake does not need them. */
function parseSelector(text: string | undefined): LabelSelector {
  if (!text) return () => true;
  const terms = text.split(',').map((term): LabelSelector => {
    const t = term.trim();
    let m = /^([^!=\s]+)\s*(==|=|!=)\s*([^\s]*)$/.exec(t);
    if (m) {
      const [, k, op, v] = m;
      return op === '!=' ? (l) => l[k] !== v : (l) => l[k] === v;
    }
    m = /^(!?)([^!=\s()]+)$/.exec(t);
    if (m) {
      const [, not, k] = m;
      return not ? (l) => !(k in l) : (l) => k in l;
    }
    throw new HttpError(400, 'BadRequest', `fake: unsupported label selector term "${t}"`);
  });
  return (labels) => terms.every((term) => term(labels));
}

interface JsonPatchOp {
  readonly op: string;
  readonly path: string;
  readonly value?: unknown;
}

/** RFC 6902, the operations a client needs to edit fields: add, replace, remove, test. */
function applyJsonPatch(target: Obj, ops: readonly JsonPatchOp[]): Obj {
  const doc = clone(target) as Record<string, unknown>;
  for (const op of ops) {
    const parts = op.path
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    if (last === undefined)
      throw new HttpError(422, 'Invalid', `fake: JSON patch path "${op.path}" is empty`);
    let parent: Record<string, unknown> = doc;
    for (const part of parts) {
      const next = parent[part];
      if (next === null || typeof next !== 'object')
        throw new HttpError(422, 'Invalid', `fake: JSON patch path "${op.path}" does not exist`);
      parent = next as Record<string, unknown>;
    }
    switch (op.op) {
      case 'add':
        if (Array.isArray(parent)) parent.splice(last === '-' ? parent.length : Number(last), 0, op.value);
        else parent[last] = op.value;
        break;
      case 'replace':
        if (!(last in parent))
          throw new HttpError(422, 'Invalid', `fake: cannot replace missing "${op.path}"`);
        parent[last] = op.value;
        break;
      case 'remove':
        if (!(last in parent))
          throw new HttpError(422, 'Invalid', `fake: cannot remove missing "${op.path}"`);
        if (Array.isArray(parent)) parent.splice(Number(last), 1);
        else delete parent[last];
        break;
      case 'test':
        if (JSON.stringify(parent[last]) !== JSON.stringify(op.value))
          throw new HttpError(422, 'Invalid', `fake: test of "${op.path}" failed`);
        break;
      default:
        throw new HttpError(422, 'Invalid', `fake: JSON patch op "${op.op}" is not supported`);
    }
  }
  return doc as Obj;
}

/** RFC 7386 JSON merge patch. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return clone(patch);
  const result: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target)
      ? clone(target as Record<string, unknown>)
      : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete result[k];
    else result[k] = mergePatch(result[k], v);
  }
  return result;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 4 * 1024 * 1024) throw new Error('fake: request body over 4 MiB');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
