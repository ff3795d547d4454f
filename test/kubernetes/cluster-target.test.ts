// The kubernetes cluster target through @kubernetes/client-node against a FAKE API server: pod faults and scaling.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureLogs } from '../../controller/bus/test-kit.ts';
import { KubernetesCluster, kubernetesPauseRefusal } from '../../controller/cluster/kubernetes.ts';
import { connectKube } from '../../controller/kube/connect.ts';
import { FakeKubeApiServer } from '../../controller/kube/fake-api-server.ts';
import { rbacRules } from '../../controller/kube/operations.ts';

const namespace = 'soak';
const labels = { 'app.kubernetes.io/name': 'longhaul', 'app.kubernetes.io/component': 'broker' };

/** The shape of deploy/kustomize/base/broker.yaml, reduced to what the target reads. */
const brokerStatefulSet = (replicas: number) => ({
  metadata: { name: 'longhaul-broker' },
  spec: {
    replicas,
    serviceName: 'longhaul-broker',
    selector: { matchLabels: labels },
    template: {
      metadata: { labels },
      spec: {
        terminationGracePeriodSeconds: 5,
        containers: [{ name: 'broker', image: 'registry.example/longhaul:test', args: ['broker'] }],
      },
    },
  },
});

let fake: FakeKubeApiServer;
const closers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  fake = await FakeKubeApiServer.start({ startDelay_ms: 20, terminateDelay_ms: 100 });
});

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await fake.close();
  const granted = new Set(
    rbacRules().flatMap((rule) =>
      rule.verbs.map((verb) => `${rule.apiGroups[0]}/${rule.resources[0]}:${verb}`),
    ),
  );
  expect(
    fake.requests.map((r) => `${r.apiGroup}/${r.resource}:${r.verb}`).filter((c) => !granted.has(c)),
  ).toEqual([]);
});

async function startTarget(replicas: number, brokers?: number): Promise<KubernetesCluster> {
  fake.seed('statefulsets', namespace, brokerStatefulSet(replicas));
  const { api } = connectKube({ config: fake.kubeConfig(namespace) });
  const cluster = await KubernetesCluster.start({
    api,
    logger: captureLogs('warn').logger,
    brokers,
    readyTimeout_ms: 10_000,
  });
  closers.push(() => cluster.close());
  return cluster;
}

const podUid = (name: string): string | undefined => fake.get('pods', namespace, name)?.metadata.uid;

describe('kubernetes cluster target', () => {
  it('addresses brokers by the per-pod DNS names of the headless Service, ids from the ordinals', async () => {
    const cluster = await startTarget(2);
    expect(cluster.bootstrap()).toEqual([
      'longhaul-broker-0.longhaul-broker.soak.svc.cluster.local:9092',
      'longhaul-broker-1.longhaul-broker.soak.svc.cluster.local:9092',
    ]);
    expect(cluster.brokers()).toEqual([
      {
        id: 0,
        address: 'longhaul-broker-0.longhaul-broker.soak.svc.cluster.local:9092',
        adminUrl: 'http://longhaul-broker-0.longhaul-broker.soak.svc.cluster.local:9644',
        state: 'running',
      },
      expect.objectContaining({ id: 1, state: 'running' }),
    ]);
    expect(cluster.processControl).toBeUndefined();
  });

  it('kill deletes the pod with gracePeriodSeconds 0; start waits for the StatefulSet to bring up a new one', async () => {
    const cluster = await startTarget(2);
    const before = podUid('longhaul-broker-0');
    // The replacement stays Pending until released, so the stopped state can be seen.
    fake.holdPodStarts();

    await cluster.kill(0);

    expect(fake.requests.filter((r) => r.method === 'DELETE')).toEqual([
      expect.objectContaining({
        path: `/api/v1/namespaces/${namespace}/pods/longhaul-broker-0`,
        query: { gracePeriodSeconds: '0' },
      }),
    ]);
    expect(cluster.brokers()[0].state).toBe('stopped');
    const started = cluster.start(0);
    fake.releasePodStarts();
    await started;
    expect(cluster.brokers()[0].state).toBe('running');
    expect(podUid('longhaul-broker-0')).not.toBe(before);
    expect(cluster.brokers()[1].state).toBe('running');
  });

  it('stopGracefully deletes with the pod’s own grace period and returns once the pod is gone', async () => {
    const cluster = await startTarget(1);
    const before = podUid('longhaul-broker-0');
    const started_ms = Date.now();

    await cluster.stopGracefully(0);

    // The fake takes terminateDelay_ms (100 ms) to "exit" after SIGTERM; the pod was there meanwhile.
    expect(Date.now() - started_ms).toBeGreaterThanOrEqual(90);
    const [request] = fake.requests.filter((r) => r.method === 'DELETE');
    expect(request.query).toEqual({});
    await cluster.start(0);
    expect(podUid('longhaul-broker-0')).not.toBe(before);
  });

  it('scales the StatefulSet up and down and waits for exactly that many ready brokers', async () => {
    const cluster = await startTarget(1);

    await cluster.scale(3);
    expect(cluster.bootstrap()).toHaveLength(3);
    expect(cluster.brokers().map((b) => b.state)).toEqual(['running', 'running', 'running']);

    await cluster.scale(1);
    expect(cluster.bootstrap()).toEqual(['longhaul-broker-0.longhaul-broker.soak.svc.cluster.local:9092']);
    expect(fake.list('pods', namespace).map((p) => p.metadata.name)).toEqual(['longhaul-broker-0']);
    const patches = fake.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((p) => [p.path, p.contentType, p.body])).toEqual([
      [
        `/apis/apps/v1/namespaces/${namespace}/statefulsets/longhaul-broker`,
        'application/json-patch+json',
        [{ op: 'replace', path: '/spec/replicas', value: 3 }],
      ],
      [
        `/apis/apps/v1/namespaces/${namespace}/statefulsets/longhaul-broker`,
        'application/json-patch+json',
        [{ op: 'replace', path: '/spec/replicas', value: 1 }],
      ],
    ]);
  });

  it('scales to the broker count asked for at start', async () => {
    const cluster = await startTarget(1, 2);
    expect(cluster.brokers().map((b) => b.state)).toEqual(['running', 'running']);
  });

  it('refuses pause and resume with the reason, and unknown broker ids with the valid range', async () => {
    const cluster = await startTarget(1);
    await expect(cluster.pause()).rejects.toThrow(kubernetesPauseRefusal);
    await expect(cluster.resume()).rejects.toThrow(/cannot be paused/);
    await expect(cluster.kill(4)).rejects.toThrow(
      /no broker 4: the StatefulSet longhaul-broker has 1 \(ids 0..0\)/,
    );
  });

  it('without the broker StatefulSet, says to apply the kustomize overlay', async () => {
    const { api } = connectKube({ config: fake.kubeConfig(namespace) });
    await expect(KubernetesCluster.start({ api, logger: captureLogs('warn').logger })).rejects.toThrow(
      /no broker StatefulSet longhaul-broker in namespace soak/,
    );
  });
});
