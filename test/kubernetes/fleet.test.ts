// The kubernetes fleet end to end through @kubernetes/client-node against a FAKE API server, with a real bus.
import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkerInfo } from '../../controller/bus/server.ts';
import { captureLogs, startController, type TestController } from '../../controller/bus/test-kit.ts';
import {
  KubernetesFleet,
  type KubernetesFleetOptions,
  type PodLoss,
} from '../../controller/fleet/kubernetes.ts';
import { connectKube } from '../../controller/kube/connect.ts';
import { FakeKubeApiServer } from '../../controller/kube/fake-api-server.ts';
import { rbacRules } from '../../controller/kube/operations.ts';
import { BusClient } from '../../worker/bus/client.ts';
import { freePort } from '../helpers/ports.ts';
import { waitFor } from '../helpers/wait.ts';

const namespace = 'longhaul';

/** What deploy/kustomize/base/worker.yaml holds, reduced to what the fleet reads. */
const workerPodTemplate = {
  metadata: { name: 'longhaul-worker' },
  template: {
    metadata: { labels: { 'app.kubernetes.io/name': 'longhaul', 'app.kubernetes.io/component': 'worker' } },
    spec: {
      tolerations: [
        { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
      ],
      containers: [
        {
          name: 'worker',
          image: 'registry.example/longhaul:test',
          args: ['worker', '--id', '$(POD_NAME)'],
          env: [{ name: 'LONGHAUL_CONTROLLER', value: 'ws://longhaul-controller:8080/bus' }],
          ports: [{ name: 'metrics', containerPort: 9500 }],
          resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { memory: '1Gi' } },
        },
      ],
    },
  },
};

interface Harness {
  readonly fake: FakeKubeApiServer;
  readonly controller: TestController;
  /** Stand-ins for the worker processes of running pods: bus clients registered as the pod's name. */
  readonly workers: Map<string, BusClient>;
  fleet(options?: Partial<KubernetesFleetOptions>): Promise<KubernetesFleet>;
}

let harness: Harness | undefined;
const closers: (() => Promise<void>)[] = [];

beforeEach(async () => {
  const fake = await FakeKubeApiServer.start({ startDelay_ms: 20, terminateDelay_ms: 50 });
  const controller = await startController(await freePort(), { heartbeat_ms: 200, lostAfter_ms: 600 });
  const workers = new Map<string, BusClient>();
  fake.on('pod-running', (pod) => {
    if (pod.metadata.labels?.['app.kubernetes.io/component'] !== 'worker') return;
    const client = new BusClient({
      url: controller.url,
      workerId: pod.metadata.name,
      heartbeat_ms: 200,
      logger: captureLogs('warn').logger,
    });
    workers.set(pod.metadata.name, client);
    client.start();
  });
  fake.on('pod-gone', (pod) => {
    void workers.get(pod.metadata.name)?.close();
    workers.delete(pod.metadata.name);
  });
  closers.push(async () => {
    await Promise.all([...workers.values()].map((w) => w.close()));
    await controller.stop();
    await fake.close();
  });
  harness = {
    fake,
    controller,
    workers,
    async fleet(options = {}) {
      const { api } = connectKube({ config: fake.kubeConfig(namespace) });
      const fleet = await KubernetesFleet.start({
        api,
        bus: controller.bus,
        logger: controller.logs.logger,
        busUrl: controller.url,
        registerTimeout_ms: 15_000,
        killTimeout_ms: 5000,
        ...options,
      });
      closers.unshift(() => fleet.close());
      return fleet;
    },
  };
});

afterEach(async () => {
  // Whatever a test did, it used only calls the Role derived from kubeOperations grants.
  const granted = new Set(
    rbacRules().flatMap((rule) =>
      rule.verbs.map((verb) => `${rule.apiGroups[0]}/${rule.resources[0]}:${verb}`),
    ),
  );
  const used = harness?.fake.requests.map((r) => `${r.apiGroup}/${r.resource}:${r.verb}`) ?? [];
  for (const call of closers.splice(0)) await call();
  expect(used.filter((call) => !granted.has(call))).toEqual([]);
  harness = undefined;
});

function h(): Harness {
  if (!harness) throw new Error('no harness');
  return harness;
}

function nextLoss(fleet: KubernetesFleet, workerId: string): Promise<PodLoss> {
  return new Promise((resolve) => {
    const listener = (loss: PodLoss): void => {
      if (loss.workerId !== workerId) return;
      fleet.off('pod-lost', listener);
      resolve(loss);
    };
    fleet.on('pod-lost', listener);
  });
}

async function nextBusLoss(workerId: string): Promise<WorkerInfo> {
  const signal = AbortSignal.timeout(10_000);
  for (;;) {
    const [info] = (await once(h().controller.bus, 'worker-lost', { signal })) as [WorkerInfo];
    if (info.workerId === workerId) return info;
  }
}

describe('kubernetes fleet', () => {
  it('creates the worker Deployment from the PodTemplate and resolves once every pod registered as a worker', async () => {
    const { fake } = h();
    fake.seed('podtemplates', namespace, workerPodTemplate);
    const fleet = await h().fleet({ resources: { cpu: '2', memory: '2Gi' } });

    await fleet.ensure(3);

    const deployment = fake.get('deployments', namespace, 'longhaul-worker') as unknown as {
      spec: {
        replicas: number;
        template: { spec: { containers: Record<string, unknown>[]; tolerations: unknown[] } };
      };
    };
    expect(deployment.spec.replicas).toBe(3);
    const [container] = deployment.spec.template.spec.containers;
    expect(container.args).toEqual(['worker', '--id', '$(POD_NAME)']);
    expect(container.env).toEqual(
      expect.arrayContaining([
        { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'LONGHAUL_CONTROLLER', value: h().controller.url },
      ]),
    );
    expect(container.resources).toEqual({ requests: { cpu: '2', memory: '2Gi' }, limits: { memory: '2Gi' } });
    expect(deployment.spec.template.spec.tolerations).toEqual(workerPodTemplate.template.spec.tolerations);
    const pods = fake.list('pods', namespace).map((pod) => pod.metadata.name);
    expect(fleet.workerIds().sort()).toEqual(pods.sort());
    expect(pods).toHaveLength(3);
    // Prometheus finds the workers through the controller's /api/targets: pod IP and metrics port.
    expect(fleet.metricsUrls()).toEqual(
      fleet
        .workerIds()
        .map((workerId) => ({ workerId, url: expect.stringMatching(/^http:\/\/10\.0\.0\.\d+:9500$/) })),
    );
  });

  it('a pod preempted mid-task drops its worker off the bus (which interrupts the task), is reported, and is replaced', async () => {
    const { fake, controller } = h();
    fake.seed('podtemplates', namespace, workerPodTemplate);
    const fleet = await h().fleet();
    await fleet.ensure(2);
    const [victim, survivor] = fleet.workerIds();

    const reported = nextLoss(fleet, victim);
    const droppedOffBus = nextBusLoss(victim);
    fake.preemptPod(namespace, victim, 'DeletionByTaintManager');

    // The bus's worker-lost is what the task loop listens to: a task with a role there is interrupted.
    expect(await droppedOffBus).toMatchObject({ workerId: victim, state: 'lost' });
    expect(await reported).toMatchObject({
      workerId: victim,
      cause: 'preempted',
      reason: 'DeletionByTaintManager',
    });
    expect(fleet.workerIds()).not.toContain(victim);

    // The retry's ensure waits for the Deployment's replacement pod to register.
    await fleet.ensure(2);
    const ids = fleet.workerIds();
    expect(ids).toHaveLength(2);
    expect(ids).toContain(survivor);
    expect(ids).not.toContain(victim);
    // Once its pod is deleted for good the worker is forgotten, not kept as lost forever.
    await waitFor(() => controller.bus.worker(victim) === undefined, {
      what: `${victim} forgotten by the bus`,
    });
  });

  it('kill() force-deletes the pod with gracePeriodSeconds 0 and returns once the worker is off the bus', async () => {
    const { fake, controller } = h();
    fake.seed('podtemplates', namespace, workerPodTemplate);
    const fleet = await h().fleet();
    await fleet.ensure(2);
    const [victim] = fleet.workerIds();
    const reported = nextLoss(fleet, victim);

    await fleet.kill(victim);

    expect(controller.bus.worker(victim)?.state ?? 'forgotten').not.toBe('connected');
    const deletes = fake.requests.filter((r) => r.method === 'DELETE' && r.resource === 'pods');
    expect(deletes).toEqual([
      expect.objectContaining({
        path: `/api/v1/namespaces/${namespace}/pods/${victim}`,
        query: { gracePeriodSeconds: '0' },
      }),
    ]);
    expect(await reported).toMatchObject({ workerId: victim, cause: 'killed' });
    await fleet.ensure(2);
    expect(fleet.workerIds()).not.toContain(victim);
  });

  it('scales the Deployment with a JSON patch of spec.replicas, and close() deletes it', async () => {
    const { fake } = h();
    fake.seed('podtemplates', namespace, workerPodTemplate);
    const fleet = await h().fleet();
    await fleet.ensure(1);
    await fleet.ensure(3);
    expect(fleet.workerIds()).toHaveLength(3);
    await fleet.ensure(2);
    await waitFor(() => fleet.workerIds().length === 2, { what: 'the fleet down to 2 workers' });

    const patches = fake.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((p) => [p.contentType, p.body])).toEqual([
      ['application/json-patch+json', [{ op: 'replace', path: '/spec/replicas', value: 3 }]],
      ['application/json-patch+json', [{ op: 'replace', path: '/spec/replicas', value: 2 }]],
    ]);

    await fleet.close();
    expect(fake.get('deployments', namespace, 'longhaul-worker')).toBeUndefined();
    await waitFor(() => fake.list('pods', namespace).length === 0, { what: 'the worker pods gone' });
  });

  it('keeps seeing pods after the API server ends its watch, and after a 410 Gone forces a re-list', async () => {
    const { fake } = h();
    fake.seed('podtemplates', namespace, workerPodTemplate);
    const fleet = await h().fleet();
    await fleet.ensure(2);
    const [first, second] = fleet.workerIds();

    fake.dropWatches();
    const firstLost = nextLoss(fleet, first);
    fake.preemptPod(namespace, first);
    expect((await firstLost).cause).toBe('preempted');

    // The history the watch would resume from is gone: the client gets 410 and lists again.
    fake.compactEvents();
    fake.dropWatches();
    const secondLost = nextLoss(fleet, second);
    fake.preemptPod(namespace, second);
    await secondLost;
    await fleet.ensure(2);
    expect(fleet.workerIds()).not.toContain(first);
    expect(fleet.workerIds()).not.toContain(second);
    // One list at start, one after the 410; a watch after each list and after the first drop.
    expect(fake.requests.filter((r) => r.verb === 'list')).toHaveLength(2);
    expect(fake.requests.filter((r) => r.verb === 'watch').length).toBeGreaterThanOrEqual(3);
  });

  it('adopts a Deployment a previous controller left behind instead of creating a second one', async () => {
    const { fake } = h();
    fake.seed('podtemplates', namespace, workerPodTemplate);
    const first = await h().fleet({ deleteOnClose: false });
    await first.ensure(2);
    await first.close();

    const second = await h().fleet();
    await second.ensure(2);
    expect(fake.requests.filter((r) => r.verb === 'create' && r.resource === 'deployments')).toHaveLength(1);
    expect(second.workerIds()).toHaveLength(2);
  });

  it('says which permission is missing when RBAC forbids watching pods', async () => {
    h().fake.forbid('list', 'pods');
    await expect(h().fleet()).rejects.toThrow(
      /forbids the controller to list pods in namespace longhaul \(403.*Role/,
    );
  });

  it('without a PodTemplate or an image, ensure() says to apply the kustomize overlay', async () => {
    const fleet = await h().fleet();
    await expect(fleet.ensure(1)).rejects.toThrow(/no PodTemplate longhaul-worker in namespace longhaul/);
  });

  it('names the pods and why they wait when workers do not register in time', async () => {
    const { fake } = h();
    fake.seed('podtemplates', namespace, workerPodTemplate);
    // No stand-in worker registers for these pods.
    fake.removeAllListeners('pod-running');
    const fleet = await h().fleet({ registerTimeout_ms: 500 });
    await expect(fleet.ensure(1)).rejects.toThrow(
      /only 0 of 1 workers registered within 500 ms; pods: longhaul-worker-\S+ \(Running; bus: not registered\)/,
    );
  });
});
