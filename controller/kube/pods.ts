// What a pod's status means to the controller: ready, on its way out, why it was lost, why it waits.
import type { V1Pod } from '@kubernetes/client-node';

/** Why a pod went away, as far as its status tells. */
export type PodLossCause =
  /** The controller deleted it (worker kill, broker fault). */
  | 'killed'
  /** Its node was reclaimed or shut down (spot), or the scheduler preempted it. */
  | 'preempted'
  /** The kubelet or the Eviction API evicted it (node pressure, drain). */
  | 'evicted'
  /** Someone deleted it (kubectl delete, a scale-down, a rollout). */
  | 'deleted'
  /** Its container ended and will not be restarted. */
  | 'failed';

export interface PodView {
  readonly name: string;
  readonly uid: string;
  readonly phase: string;
  readonly ready: boolean;
  /** deletionTimestamp is set: the pod is shutting down. */
  readonly terminating: boolean;
  readonly node: string | undefined;
  readonly podIP: string | undefined;
  /** The containerPort named `metrics`, if a container declares one. */
  readonly metricsPort: number | undefined;
  readonly created_ms: number;
  /** The reason of the DisruptionTarget condition (Kubernetes 1.26+), or of a Failed phase. */
  readonly disruption: string | undefined;
  /** Why it is not running yet: unschedulable message, image pull error, crash loop. */
  readonly waiting: string | undefined;
  readonly labels: Readonly<Record<string, string>>;
}

/** Timestamps are Date objects after the client's list, and strings in raw watch events. */
function time_ms(value: Date | string | undefined): number {
  if (value === undefined) return 0;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? 0 : ms;
}

export function podView(pod: V1Pod): PodView {
  const status = pod.status;
  const conditions = status?.conditions ?? [];
  const condition = (type: string) => conditions.find((c) => c.type === type);
  const disruption = condition('DisruptionTarget');
  const scheduled = condition('PodScheduled');
  const waitingContainer = status?.containerStatuses?.find((c) => c.state?.waiting?.reason);
  let waiting: string | undefined;
  if (scheduled?.status === 'False')
    waiting = `unschedulable: ${scheduled.message ?? scheduled.reason ?? ''}`.trim();
  else if (waitingContainer?.state?.waiting) {
    const w = waitingContainer.state.waiting;
    waiting = `${w.reason}${w.message ? `: ${w.message}` : ''}`;
  }
  return {
    name: pod.metadata?.name ?? '',
    uid: pod.metadata?.uid ?? '',
    phase: status?.phase ?? 'Unknown',
    ready: condition('Ready')?.status === 'True',
    terminating: pod.metadata?.deletionTimestamp !== undefined && pod.metadata?.deletionTimestamp !== null,
    node: pod.spec?.nodeName,
    podIP: status?.podIP,
    metricsPort: pod.spec?.containers?.flatMap((c) => c.ports ?? []).find((port) => port.name === 'metrics')
      ?.containerPort,
    created_ms: time_ms(pod.metadata?.creationTimestamp as Date | string | undefined),
    disruption:
      disruption?.status === 'True'
        ? disruption.reason
        : status?.phase === 'Failed'
          ? status.reason
          : undefined,
    waiting,
    labels: pod.metadata?.labels ?? {},
  };
}

/** True once the pod will never run its process again: shutting down, finished, or failed. */
export function podGone(view: PodView): boolean {
  return view.terminating || view.phase === 'Failed' || view.phase === 'Succeeded';
}

/**
 * Reasons of https://kubernetes.io/docs/concepts/workloads/pods/disruptions/#pod-disruption-conditions
 * and of the kubelet's Failed phase (Evicted, NodeShutdown, Terminated).
 */
export function lossCause(view: PodView, killedByUs: boolean): PodLossCause {
  if (killedByUs) return 'killed';
  switch (view.disruption) {
    case 'PreemptionByScheduler':
    case 'DeletionByTaintManager':
    case 'DeletionByPodGC':
    case 'TerminationByKubelet':
    case 'NodeShutdown':
    case 'NodeLost':
    case 'Terminated':
    case 'Shutdown':
      return 'preempted';
    case 'EvictionByEvictionAPI':
    case 'Evicted':
      return 'evicted';
    default:
      return view.phase === 'Failed' || view.phase === 'Succeeded' ? 'failed' : 'deleted';
  }
}
