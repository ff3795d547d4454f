// Pure parts of the Kubernetes backends: the worker Deployment, pod status reading, RBAC rules, configuration.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import {
  buildWorkerDeployment,
  defaultWorkerTemplate,
  ownerPodFromEnv,
} from '../../controller/fleet/kubernetes.ts';
import { connectKube } from '../../controller/kube/connect.ts';
import { rbacRules } from '../../controller/kube/operations.ts';
import { lossCause, podGone, podView } from '../../controller/kube/pods.ts';
import { tempDir } from '../helpers/tmp.ts';

describe('buildWorkerDeployment', () => {
  it('makes each worker register under its pod name and dial the given bus URL', () => {
    const template = defaultWorkerTemplate('registry.example/longhaul:1');
    const deployment = buildWorkerDeployment(template, {
      name: 'longhaul-worker',
      replicas: 5,
      busUrl: 'ws://longhaul-controller.soak.svc:8080/bus',
    });
    const [container] = deployment.spec!.template.spec!.containers;
    expect(container.args).toEqual(['worker', '--id', '$(POD_NAME)']);
    expect(container.env).toContainEqual({
      name: 'POD_NAME',
      valueFrom: { fieldRef: { fieldPath: 'metadata.name' } },
    });
    expect(container.env).toContainEqual({
      name: 'LONGHAUL_CONTROLLER',
      value: 'ws://longhaul-controller.soak.svc:8080/bus',
    });
    expect(deployment.spec!.replicas).toBe(5);
    expect(deployment.spec!.selector.matchLabels).toEqual(deployment.spec!.template.metadata!.labels);
  });

  it('keeps an --id the template already sets, and the template untouched', () => {
    const template = defaultWorkerTemplate('img');
    template.spec!.containers[0].args = ['worker', '--id', '$(POD_NAME)', '--labels', 'zone=a'];
    const before = structuredClone(template);
    const deployment = buildWorkerDeployment(template, { name: 'w', replicas: 1 });
    expect(deployment.spec!.template.spec!.containers[0].args).toEqual([
      'worker',
      '--id',
      '$(POD_NAME)',
      '--labels',
      'zone=a',
    ]);
    expect(template).toEqual(before);
  });

  it('sets CPU as a request only and memory as request and limit', () => {
    const deployment = buildWorkerDeployment(defaultWorkerTemplate('img'), {
      name: 'w',
      replicas: 1,
      resources: { cpu: '3', memory: '6Gi' },
    });
    expect(deployment.spec!.template.spec!.containers[0].resources).toEqual({
      requests: { cpu: '3', memory: '6Gi' },
      limits: { memory: '6Gi' },
    });
  });

  it('is owned by the controller pod, without blocking its deletion', () => {
    const owner = ownerPodFromEnv({ POD_NAME: 'longhaul-controller-7d9', POD_UID: 'u-1' });
    const deployment = buildWorkerDeployment(defaultWorkerTemplate('img'), { name: 'w', replicas: 1, owner });
    expect(deployment.metadata!.ownerReferences).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Pod',
        name: 'longhaul-controller-7d9',
        uid: 'u-1',
        controller: false,
        blockOwnerDeletion: false,
      },
    ]);
    expect(ownerPodFromEnv({})).toBeUndefined();
  });

  it('refuses a template without a container', () => {
    expect(() => buildWorkerDeployment({ spec: { containers: [] } }, { name: 'w', replicas: 1 })).toThrow(
      /has no container/,
    );
  });
});

const pod = (status: V1Pod['status'], metadata: Partial<NonNullable<V1Pod['metadata']>> = {}): V1Pod => ({
  metadata: { name: 'w-1', uid: 'u', creationTimestamp: '2026-01-01T00:00:00Z' as never, ...metadata },
  spec: { containers: [], nodeName: 'node-a' },
  status,
});

describe('pod status', () => {
  it('reads readiness, and creation times given as strings (watch events) or Dates (lists)', () => {
    const ready = podView(pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] }));
    expect(ready).toMatchObject({ name: 'w-1', ready: true, terminating: false, node: 'node-a' });
    expect(ready.created_ms).toBe(Date.parse('2026-01-01T00:00:00Z'));
    const listed = podView(
      pod({ phase: 'Running' }, { creationTimestamp: new Date('2026-01-01T00:00:00Z') }),
    );
    expect(listed.created_ms).toBe(ready.created_ms);
  });

  it('names why a pod waits: unschedulable, or its container waiting', () => {
    expect(
      podView(
        pod({
          phase: 'Pending',
          conditions: [
            {
              type: 'PodScheduled',
              status: 'False',
              reason: 'Unschedulable',
              message: '0/3 nodes are available',
            },
          ],
        }),
      ).waiting,
    ).toBe('unschedulable: 0/3 nodes are available');
    expect(
      podView(
        pod({
          phase: 'Pending',
          containerStatuses: [
            {
              name: 'worker',
              image: 'x',
              imageID: '',
              ready: false,
              restartCount: 0,
              state: { waiting: { reason: 'ImagePullBackOff', message: 'not found' } },
            },
          ],
        }),
      ).waiting,
    ).toBe('ImagePullBackOff: not found');
  });

  it('tells a spot reclaim, an eviction, a kill, a deletion and a failure apart', () => {
    const disrupted = (reason: string) =>
      podView(pod({ phase: 'Running', conditions: [{ type: 'DisruptionTarget', status: 'True', reason }] }));
    expect(lossCause(disrupted('DeletionByTaintManager'), false)).toBe('preempted');
    expect(lossCause(disrupted('TerminationByKubelet'), false)).toBe('preempted');
    expect(lossCause(disrupted('PreemptionByScheduler'), false)).toBe('preempted');
    expect(lossCause(disrupted('EvictionByEvictionAPI'), false)).toBe('evicted');
    expect(lossCause(podView(pod({ phase: 'Failed', reason: 'Evicted' })), false)).toBe('evicted');
    expect(lossCause(podView(pod({ phase: 'Failed', reason: 'NodeShutdown' })), false)).toBe('preempted');
    expect(lossCause(podView(pod({ phase: 'Failed', reason: 'Error' })), false)).toBe('failed');
    expect(lossCause(podView(pod({ phase: 'Running' }, { deletionTimestamp: new Date() })), false)).toBe(
      'deleted',
    );
    expect(lossCause(disrupted('DeletionByTaintManager'), true)).toBe('killed');
    expect(podGone(podView(pod({ phase: 'Running' }, { deletionTimestamp: new Date() })))).toBe(true);
    expect(podGone(podView(pod({ phase: 'Running' })))).toBe(false);
  });
});

describe('rbacRules', () => {
  it('groups operations into one rule per API group and resource, verbs sorted', () => {
    expect(
      rbacRules([
        { apiGroup: 'apps', resource: 'deployments', verb: 'patch' },
        { apiGroup: '', resource: 'pods', verb: 'watch' },
        { apiGroup: 'apps', resource: 'deployments', verb: 'get' },
        { apiGroup: '', resource: 'pods', verb: 'list' },
      ]),
    ).toEqual([
      { apiGroups: [''], resources: ['pods'], verbs: ['list', 'watch'] },
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'patch'] },
    ]);
  });
});

describe('connectKube', () => {
  const kubeconfig = (namespace?: string): string => {
    const dir = tempDir('longhaul-kubeconfig-');
    const file = join(dir, 'config');
    writeFileSync(
      file,
      `apiVersion: v1
kind: Config
clusters: [{ name: c, cluster: { server: "https://127.0.0.1:6443" } }]
users: [{ name: u, user: { token: t } }]
contexts:
  - { name: one, context: { cluster: c, user: u${namespace ? `, namespace: ${namespace}` : ''} } }
  - { name: two, context: { cluster: c, user: u, namespace: other } }
current-context: one
`,
    );
    return file;
  };

  it('takes the namespace from the flag, else the kubeconfig context, else longhaul', () => {
    expect(connectKube({ kubeconfig: kubeconfig('soak'), env: {} }).namespace).toBe('soak');
    expect(connectKube({ kubeconfig: kubeconfig(), env: {} }).namespace).toBe('longhaul');
    expect(connectKube({ kubeconfig: kubeconfig('soak'), namespace: 'flag', env: {} }).namespace).toBe(
      'flag',
    );
    expect(connectKube({ kubeconfig: kubeconfig('soak'), context: 'two', env: {} }).namespace).toBe('other');
  });

  it('explains a missing kubeconfig and an unknown context', () => {
    expect(() => connectKube({ env: { HOME: '/nonexistent' } })).toThrow(
      /no Kubernetes configuration: \/nonexistent\/.kube\/config does not exist/,
    );
    expect(() => connectKube({ kubeconfig: kubeconfig(), context: 'nope', env: {} })).toThrow(
      /no context "nope"/,
    );
  });
});
