// Starts the kubernetes fleet and cluster target from command-line options: what `run` and `soak` call.
import type { Logger } from '../../common/log.ts';
import type { BusServer } from '../bus/server.ts';
import { KubernetesCluster } from '../cluster/kubernetes.ts';
import { KubernetesFleet, type WorkerResources } from '../fleet/kubernetes.ts';
import { connectKube, type KubeConnection, type KubeConnectOptions } from './connect.ts';

/** The options of `--fleet kubernetes` and `--target kubernetes` (controller/run-options.ts); every field is optional. */
export interface KubernetesBackendOptions extends KubeConnectOptions {
  /** The bus URL as workers reach it (default: LONGHAUL_CONTROLLER of the PodTemplate, the controller Service). */
  readonly workerBusUrl?: string;
  /** Worker image when the namespace has no PodTemplate longhaul-worker. */
  readonly workerImage?: string;
  readonly workerResources?: WorkerResources;
  /** How long `ensure` waits for worker pods to register (default 10 min: spot capacity may need a new node). */
  readonly workerRegisterTimeout_ms?: number;
  /** Broker StatefulSet (default longhaul-broker). */
  readonly brokerStatefulSet?: string;
}

/** One connection for both backends, loaded once; logs where the configuration came from. */
export function connectForBackends(options: KubernetesBackendOptions, logger: Logger): KubeConnection {
  const connection = connectKube(options);
  logger.info(
    { namespace: connection.namespace, source: connection.source, server: connection.api.server },
    'kubernetes API',
  );
  return connection;
}

export function startKubernetesFleet(
  connection: KubeConnection,
  bus: BusServer,
  logger: Logger,
  options: KubernetesBackendOptions = {},
): Promise<KubernetesFleet> {
  return KubernetesFleet.start({
    api: connection.api,
    bus,
    logger,
    busUrl: options.workerBusUrl,
    image: options.workerImage,
    resources: options.workerResources,
    registerTimeout_ms: options.workerRegisterTimeout_ms,
  });
}

/** `brokers`: the suite's broker count to scale to, or undefined to keep the StatefulSet's. */
export function startKubernetesTarget(
  connection: KubeConnection,
  logger: Logger,
  brokers: number | undefined,
  options: KubernetesBackendOptions = {},
): Promise<KubernetesCluster> {
  return KubernetesCluster.start({
    api: connection.api,
    logger,
    brokers,
    statefulSet: options.brokerStatefulSet,
  });
}
