// Where the controller's Kubernetes credentials and namespace come from: in-cluster, or a kubeconfig.
import { existsSync, readFileSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import { UserError } from '../../common/errors.ts';
import { KubeApi } from './api.ts';

/** Mounted into every pod whose ServiceAccount token is automounted. */
export const serviceAccountDir = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface KubeConnectOptions {
  /** Namespace of the workers and brokers; default: the pod's own, else the kubeconfig context's, else `longhaul`. */
  readonly namespace?: string;
  /** Path of a kubeconfig file; default: in-cluster when running in a pod, else $KUBECONFIG or ~/.kube/config. */
  readonly kubeconfig?: string;
  /** kubeconfig context; default: the current one. */
  readonly context?: string;
  /** For tests: an already loaded configuration. */
  readonly config?: KubeConfig;
  readonly env?: NodeJS.ProcessEnv;
}

export interface KubeConnection {
  readonly api: KubeApi;
  readonly namespace: string;
  /** How the configuration was found, for the start-up log line. */
  readonly source: string;
}

export const defaultNamespace = 'longhaul';

/** Loads the configuration (no API call yet): a missing kubeconfig is a UserError with a hint. */
export function connectKube(options: KubeConnectOptions = {}): KubeConnection {
  const env = options.env ?? process.env;
  const config = options.config ?? new KubeConfig();
  let source: string;
  let podNamespace: string | undefined;
  const inCluster =
    !options.config &&
    !options.kubeconfig &&
    env.KUBERNETES_SERVICE_HOST !== undefined &&
    existsSync(`${serviceAccountDir}/token`);
  if (options.config) {
    source = 'given configuration';
  } else if (inCluster) {
    config.loadFromCluster();
    source = `in-cluster ServiceAccount (${serviceAccountDir})`;
    podNamespace = readFileSync(`${serviceAccountDir}/namespace`, 'utf8').trim() || undefined;
  } else {
    const file = options.kubeconfig ?? env.KUBECONFIG?.split(':')[0] ?? `${env.HOME ?? ''}/.kube/config`;
    if (!existsSync(file)) {
      throw new UserError(`no Kubernetes configuration: ${file} does not exist and this is not a pod`, {
        hint: 'run the controller inside the cluster (deploy/kustomize), or point --kubeconfig / KUBECONFIG at a kubeconfig file',
      });
    }
    try {
      config.loadFromFile(file);
    } catch (error) {
      throw new UserError(`cannot read the kubeconfig ${file}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    source = `kubeconfig ${file}`;
  }
  if (options.context) {
    if (!config.getContextObject(options.context)) {
      throw new UserError(`the kubeconfig has no context "${options.context}"`, {
        hint: `contexts: ${
          config
            .getContexts()
            .map((c) => c.name)
            .join(', ') || '(none)'
        }`,
      });
    }
    config.setCurrentContext(options.context);
  }
  if (!config.getCurrentCluster()) {
    throw new UserError(`the Kubernetes configuration (${source}) names no current cluster`, {
      hint: 'select a context with --kube-context, or `kubectl config use-context NAME`',
    });
  }
  const namespace =
    options.namespace ??
    podNamespace ??
    config.getContextObject(config.getCurrentContext())?.namespace ??
    defaultNamespace;
  return { api: new KubeApi(config, namespace), namespace, source };
}
