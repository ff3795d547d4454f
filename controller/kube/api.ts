// The controller's only door to the Kubernetes API: one method per entry of `kubeOperations`.
import {
  AppsV1Api,
  CoreV1Api,
  type KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  type V1Deployment,
  type V1PodList,
  type V1PodTemplate,
  type V1StatefulSet,
} from '@kubernetes/client-node';
import { type KubeOperationName, kubeOperations } from './operations.ts';
import { PodWatch, type PodWatchOptions } from './pod-watch.ts';

/** A failed API call, with the HTTP status (undefined when the API server was not reached). */
export class KubeApiError extends Error {
  readonly status: number | undefined;
  readonly operation: KubeOperationName;
  constructor(message: string, status: number | undefined, operation: KubeOperationName, cause: unknown) {
    super(message, { cause });
    this.name = 'KubeApiError';
    this.status = status;
    this.operation = operation;
  }
}

/** The `message` of a Kubernetes Status body, whether the client parsed it or left it a string. */
function statusMessage(body: unknown): string | undefined {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return body.slice(0, 300) || undefined;
    }
  }
  if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string')
    return (value as { message: string }).message;
  return undefined;
}

type Methods = { [K in KubeOperationName]: (...args: never[]) => unknown };

/**
 * Calls are namespaced to `namespace`. Every method maps to one row of `kubeOperations`, so the
 * RBAC Role can be derived from that table; nothing else in the controller talks to the API.
 */
export class KubeApi implements Methods {
  readonly namespace: string;
  /** The API server URL, for messages. */
  readonly server: string;
  readonly config: KubeConfig;
  private readonly core: CoreV1Api;
  private readonly apps: AppsV1Api;

  constructor(config: KubeConfig, namespace: string) {
    this.config = config;
    this.namespace = namespace;
    this.server = config.getCurrentCluster()?.server ?? '(no current cluster)';
    this.core = config.makeApiClient(CoreV1Api);
    this.apps = config.makeApiClient(AppsV1Api);
  }

  async getPodTemplate(name: string): Promise<V1PodTemplate | undefined> {
    return this.orUndefined(
      'getPodTemplate',
      name,
      this.core.readNamespacedPodTemplate({ name, namespace: this.namespace }),
    );
  }

  async getDeployment(name: string): Promise<V1Deployment | undefined> {
    return this.orUndefined(
      'getDeployment',
      name,
      this.apps.readNamespacedDeployment({ name, namespace: this.namespace }),
    );
  }

  async createDeployment(body: V1Deployment): Promise<V1Deployment> {
    return this.call(
      'createDeployment',
      body.metadata?.name,
      this.apps.createNamespacedDeployment({ namespace: this.namespace, body }),
    );
  }

  async scaleDeployment(name: string, replicas: number): Promise<void> {
    await this.call(
      'scaleDeployment',
      name,
      this.apps.patchNamespacedDeployment(
        { name, namespace: this.namespace, body: replicasPatch(replicas) },
        setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
      ),
    );
  }

  /** Deletes the Deployment and, in the background, its pods; false when it did not exist. */
  async deleteDeployment(name: string): Promise<boolean> {
    const result = await this.orUndefined(
      'deleteDeployment',
      name,
      this.apps
        .deleteNamespacedDeployment({ name, namespace: this.namespace, propagationPolicy: 'Background' })
        .then(() => true),
    );
    return result === true;
  }

  async getStatefulSet(name: string): Promise<V1StatefulSet | undefined> {
    return this.orUndefined(
      'getStatefulSet',
      name,
      this.apps.readNamespacedStatefulSet({ name, namespace: this.namespace }),
    );
  }

  async scaleStatefulSet(name: string, replicas: number): Promise<void> {
    await this.call(
      'scaleStatefulSet',
      name,
      this.apps.patchNamespacedStatefulSet(
        { name, namespace: this.namespace, body: replicasPatch(replicas) },
        setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
      ),
    );
  }

  async listPods(labelSelector: string): Promise<V1PodList> {
    return this.call(
      'listPods',
      undefined,
      this.core.listNamespacedPod({ namespace: this.namespace, labelSelector }),
    );
  }

  /** A list-then-watch of the pods matching the selector, re-listing after the watch breaks. */
  watchPods(
    labelSelector: string,
    options: Omit<PodWatchOptions, 'path' | 'labelSelector' | 'list'>,
  ): PodWatch {
    return new PodWatch(this.config, {
      ...options,
      path: `/api/v1/namespaces/${encodeURIComponent(this.namespace)}/pods`,
      labelSelector,
      list: () => this.listPods(labelSelector),
    });
  }

  /**
   * Deletes a pod; gracePeriodSeconds 0 removes it at once, as a reclaimed spot node does, and
   * undefined uses the pod's own terminationGracePeriodSeconds. False when it did not exist.
   */
  async deletePod(name: string, gracePeriodSeconds: number | undefined): Promise<boolean> {
    const result = await this.orUndefined(
      'deletePod',
      name,
      this.core.deleteNamespacedPod({ name, namespace: this.namespace, gracePeriodSeconds }).then(() => true),
    );
    return result !== undefined;
  }

  private async orUndefined<T>(
    operation: KubeOperationName,
    name: string | undefined,
    request: Promise<T>,
  ): Promise<T | undefined> {
    try {
      return await this.call(operation, name, request);
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  private async call<T>(
    operation: KubeOperationName,
    name: string | undefined,
    request: Promise<T>,
  ): Promise<T> {
    try {
      return await request;
    } catch (error) {
      throw this.explain(operation, name, error);
    }
  }

  private explain(operation: KubeOperationName, name: string | undefined, error: unknown): KubeApiError {
    const { verb, resource } = kubeOperations[operation];
    const code = (error as { code?: unknown }).code;
    const status = typeof code === 'number' ? code : undefined;
    const what = `${verb} ${resource}${name ? ` ${name}` : ''} in namespace ${this.namespace}`;
    const detail = statusMessage((error as { body?: unknown }).body) ?? (error as Error).message;
    let message: string;
    if (status === undefined) {
      message = `cannot reach the Kubernetes API at ${this.server} to ${what}: ${detail}; check the kubeconfig (or that the controller runs in the cluster)`;
    } else if (status === 401) {
      message = `the Kubernetes API at ${this.server} rejected the controller's credentials (401) to ${what}: check the kubeconfig, or the pod's ServiceAccount token`;
    } else if (status === 403) {
      message = `Kubernetes forbids the controller to ${what} (403: ${detail}); apply the Role and RoleBinding of deploy/kustomize (ServiceAccount longhaul-controller), or run with credentials that may`;
    } else if (status === 404) {
      message = `cannot ${what}: not found (404)`;
    } else {
      message = `cannot ${what}: the API answered ${status}: ${detail}`;
    }
    return new KubeApiError(message, status, operation, error);
  }
}

function replicasPatch(replicas: number): object[] {
  if (!Number.isInteger(replicas) || replicas < 0)
    throw new Error(`replicas must be a whole number >= 0, got ${replicas}`);
  return [{ op: 'replace', path: '/spec/replicas', value: replicas }];
}
