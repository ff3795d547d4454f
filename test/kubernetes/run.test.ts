// `longhaul run|soak --target kubernetes --fleet kubernetes` end to end against a FAKE API server, pods played by local processes.
import { randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeKubeApiServer } from '../../controller/kube/fake-api-server.ts';
import { rbacRules } from '../../controller/kube/operations.ts';
import { freePort } from '../helpers/ports.ts';
import { longhaulBin, runToExit } from '../helpers/processes.ts';
import { tempDir } from '../helpers/tmp.ts';
import { StandInKubelet } from './stand-in-kubelet.ts';

const namespace = 'test';

/** deploy/kustomize/base/broker.yaml, reduced: the same env, a file:// store instead of S3. */
const brokerStatefulSet = (dataUrl: string) => {
  const labels = { 'app.kubernetes.io/name': 'longhaul', 'app.kubernetes.io/component': 'broker' };
  return {
    metadata: { name: 'longhaul-broker' },
    spec: {
      replicas: 1,
      serviceName: 'longhaul-broker',
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          terminationGracePeriodSeconds: 5,
          containers: [
            {
              name: 'broker',
              image: 'longhaul:test',
              args: ['broker'],
              env: [
                { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
                { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                {
                  name: 'LONGHAUL_NODE_ID',
                  valueFrom: { fieldRef: { fieldPath: "metadata.labels['apps.kubernetes.io/pod-index']" } },
                },
                { name: 'LONGHAUL_LISTEN', value: '0.0.0.0:9092' },
                {
                  name: 'LONGHAUL_ADVERTISED_LISTENER',
                  value: '$(POD_NAME).longhaul-broker.$(POD_NAMESPACE).svc.cluster.local:9092',
                },
                { name: 'LONGHAUL_ADMIN_LISTEN', value: '0.0.0.0:9644' },
                { name: 'LONGHAUL_ENABLE_FAULT_INJECTION', value: 'true' },
                { name: 'LONGHAUL_DATA', value: dataUrl },
              ],
            },
          ],
        },
      },
    },
  };
};

/** deploy/kustomize/base/worker.yaml, reduced, dialing this test's controller instead of its Service. */
const workerPodTemplate = (busUrl: string) => ({
  metadata: { name: 'longhaul-worker' },
  template: {
    metadata: { labels: { 'app.kubernetes.io/name': 'longhaul', 'app.kubernetes.io/component': 'worker' } },
    spec: {
      terminationGracePeriodSeconds: 5,
      containers: [
        {
          name: 'worker',
          image: 'longhaul:test',
          args: ['worker', '--id', '$(POD_NAME)'],
          env: [
            { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'LONGHAUL_CONTROLLER', value: busUrl },
            { name: 'LONGHAUL_METRICS_LISTEN', value: '0.0.0.0:0' },
          ],
          ports: [{ name: 'metrics', containerPort: 9464 }],
          resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { memory: '1Gi' } },
        },
      ],
    },
  },
});

const quickSuite = `
name: kubernetes-quick
target:
  embedded: { brokers: 1 } # --target kubernetes replaces it
workers: 1
defaults:
  partitions: 2
  rate: 200/s
  payload: experiment
  warmup: 1s
  duration: 4s
tasks:
  - name: flow
    kind: produce-consume
  - name: kill
    kind: broker-kill
    duration: 8s
    at: 2s
    restartAfter: 1s
    assert:
      produceLatency: false
      endToEndLatency: false
      recovery: 30s
`;

interface Harness {
  readonly fake: FakeKubeApiServer;
  readonly kubelet: StandInKubelet;
  readonly kubeconfig: string;
  readonly controllerPort: number;
  readonly dir: string;
}

let harness: Harness | undefined;

beforeEach(async () => {
  const fake = await FakeKubeApiServer.start({ startDelay_ms: 20, terminateDelay_ms: 100 });
  const dir = tempDir('longhaul-k8s-run-');
  // The kubeconfig's context points at namespace default: --namespace must win.
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, fake.kubeConfig('default').exportConfig());
  const kubelet = new StandInKubelet(fake, {
    network: `127.${randomInt(20, 250)}.${randomInt(1, 250)}`,
    statefulSet: { name: 'longhaul-broker', service: 'longhaul-broker', namespace },
  });
  const controllerPort = await freePort();
  fake.seed('podtemplates', namespace, workerPodTemplate(`ws://127.0.0.1:${controllerPort}/bus`));
  fake.seed('statefulsets', namespace, brokerStatefulSet(`file://${dir}/store`));
  // The broker pod's process listens before the controller attaches, as its readiness probe ensures.
  const broker = await kubelet.process('longhaul-broker-0');
  await broker.waitForOutput(/"msg":"listening"/, 30_000);
  harness = { fake, kubelet, kubeconfig, controllerPort, dir };
});

afterEach(async () => {
  if (!harness) return;
  const { fake, kubelet } = harness;
  harness = undefined;
  await kubelet.close();
  await fake.close();
  // Whatever the controller did, the Role of deploy/kustomize (rbacRules) allows it.
  const granted = new Set(
    rbacRules().flatMap((rule) =>
      rule.verbs.map((verb) => `${rule.apiGroups[0]}/${rule.resources[0]}:${verb}`),
    ),
  );
  const used = fake.requests.map((r) => `${r.apiGroup}/${r.resource}:${r.verb}`);
  expect(used.filter((call) => !granted.has(call))).toEqual([]);
});

function h(): Harness {
  if (!harness) throw new Error('no harness');
  return harness;
}

/** `longhaul <command> <suite> --target kubernetes --fleet kubernetes` as the controller pod would run it. */
function runOnKubernetes(command: 'run' | 'soak', suite: string, extra: string[], timeout_ms: number) {
  const { kubelet, kubeconfig, controllerPort, dir } = h();
  const suiteFile = join(dir, 'suite.yaml');
  writeFileSync(suiteFile, suite);
  const reports = join(dir, 'reports');
  const args = [
    longhaulBin,
    command,
    suiteFile,
    '--target',
    'kubernetes',
    '--fleet',
    'kubernetes',
    '--namespace',
    namespace,
    '--kubeconfig',
    kubeconfig,
    '--controller-listen',
    `127.0.0.1:${controllerPort}`,
    '--report-dir',
    reports,
    ...extra,
  ];
  return {
    reports,
    result: runToExit(process.execPath, args, {
      timeout_ms,
      // The downward API of the controller's pod: the worker Deployment is owned by it.
      env: { ...kubelet.processEnv(), POD_NAME: 'longhaul-controller-e2e', POD_UID: 'e2e-uid' },
    }),
  };
}

const readReport = (reports: string) => JSON.parse(readFileSync(join(reports, 'report.json'), 'utf8'));

describe('longhaul run on kubernetes (FAKE API server)', () => {
  it('runs the suite with worker pods and broker pods, kills a broker pod, and reaches a passing verdict', async () => {
    const { fake, kubelet } = h();
    const brokerUid = fake.get('pods', namespace, 'longhaul-broker-0')?.metadata.uid;

    const { reports, result } = runOnKubernetes('run', quickSuite, ['--seed', '7'], 55_000);
    const { code, stdout, stderr } = await result;

    expect(code, stdout + stderr).toBe(0);
    const report = readReport(reports);
    expect(report.run.status).toBe('pass');
    expect(report.run.target).toBe(
      'kubernetes longhaul-broker-0.longhaul-broker.test.svc.cluster.local:9092',
    );
    const [flow, kill] = report.run.tasks;
    expect(flow.summary.acked).toBeGreaterThan(300);
    expect(flow.summary.lost).toBe(0);
    expect(kill.faults).toEqual([expect.objectContaining({ kind: 'broker-kill', target: 'broker 0' })]);
    expect(kill.assertions.find((a: { id: string }) => a.id === 'continuity.lost').status).toBe('pass');

    // The broker kill was a pod deletion with grace 0; the StatefulSet's replacement took over.
    expect(
      fake.requests
        .filter((r) => r.method === 'DELETE' && r.resource === 'pods')
        .map((r) => [r.name, r.query]),
    ).toEqual([['longhaul-broker-0', { gracePeriodSeconds: '0' }]]);
    expect(fake.get('pods', namespace, 'longhaul-broker-0')?.metadata.uid).not.toBe(brokerUid);

    // The worker ran from the Deployment the fleet made of the PodTemplate, owned by the controller's pod.
    const created = fake.requests.find((r) => r.verb === 'create' && r.resource === 'deployments');
    expect(created?.body).toMatchObject({
      metadata: {
        name: 'longhaul-worker',
        ownerReferences: [{ kind: 'Pod', name: 'longhaul-controller-e2e', uid: 'e2e-uid' }],
      },
      spec: { replicas: 1 },
    });
    const workers = kubelet.started.filter((s) => s.pod.startsWith('longhaul-worker-'));
    expect(workers).toHaveLength(1);
    expect(workers[0].args).toEqual(['worker', '--id', workers[0].pod]);
    // ...and the run deleted it at the end.
    expect(fake.get('deployments', namespace, 'longhaul-worker')).toBeUndefined();
  }, 60_000);

  it('fails within --worker-start-timeout, naming the pods and why, when worker pods never become ready', async () => {
    const { fake } = h();
    // New pods stay Pending: no node has room for them.
    fake.holdPodStarts();
    const started_ms = Date.now();

    const { result } = runOnKubernetes(
      'run',
      quickSuite,
      [
        '--worker-start-timeout',
        '3s',
        '--worker-image',
        'registry.example/longhaul:e2e',
        '--worker-cpu',
        '250m',
        '--worker-memory',
        '256Mi',
      ],
      50_000,
    );
    const { code, stderr } = await result;

    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(
      /longhaul: only 0 of 1 workers registered within 3000 ms; pods: longhaul-worker-[a-z0-9-]+ \(Pending; bus: not registered\)/,
    );
    expect(stderr).toMatch(/hint: check that the node pool has \(spot\) capacity for the worker pods/);
    expect(Date.now() - started_ms).toBeLessThan(40_000);
    // The pods were asked for with the flags' image and resources, and removed on the way out.
    const created = fake.requests.find((r) => r.verb === 'create' && r.resource === 'deployments');
    if (!created) throw new Error('the fleet created no worker Deployment');
    const container = (
      created.body as { spec: { template: { spec: { containers: Record<string, unknown>[] } } } }
    ).spec.template.spec.containers[0];
    expect(container).toMatchObject({
      image: 'registry.example/longhaul:e2e',
      args: ['worker', '--id', '$(POD_NAME)'],
      resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '256Mi' } },
    });
    expect(container.env).toContainEqual({
      name: 'POD_NAME',
      valueFrom: { fieldRef: { fieldPath: 'metadata.name' } },
    });
    expect(fake.get('deployments', namespace, 'longhaul-worker')).toBeUndefined();
  }, 60_000);
});

describe('longhaul soak on kubernetes (FAKE API server)', () => {
  it('records an iteration whose worker pods never start as errors and goes on to the next one', async () => {
    const { fake } = h();
    fake.holdPodStarts();
    const suite = `
name: kubernetes-no-capacity
target:
  embedded: { brokers: 1 }
workers: 1
soak:
  interval: 1s
  stopAfter: { iterations: 2 }
defaults: { warmup: 1s, duration: 2s }
tasks:
  - { name: first, kind: produce-consume }
  - { name: second, kind: produce-consume }
`;
    const { reports, result } = runOnKubernetes(
      'soak',
      suite,
      ['--worker-start-timeout', '2s', '--worker-image', 'registry.example/longhaul:e2e'],
      50_000,
    );
    const { code, stdout, stderr } = await result;

    // Not an assertion failure and not a run that could not happen: a soak that kept going.
    expect(code, stdout + stderr).toBe(0);
    const report = readReport(reports);
    expect(report.kind).toBe('soak');
    expect(report.run.status).toBe('error');
    const [first, second] = report.run.tasks;
    expect(first.status).toBe('error');
    expect(JSON.stringify(first)).toMatch(/only 0 of 1 workers registered within 2000 ms/);
    expect(second.status).toBe('error');
    expect(JSON.stringify(second)).toMatch(/not run: only 0 of 1 workers registered/);
    // Both iterations ran (each asked for its workers again).
    expect(JSON.stringify(report)).toMatch(/-i2/);
  }, 60_000);

  it('refuses broker pauses and network faults with the kubernetes reason, not the embedded-only one', async () => {
    const suite = `
name: kubernetes-refused
target:
  embedded: { brokers: 1 }
workers: 1
soak:
  interval: 1s
  stopAfter: { iterations: 1 }
defaults: { warmup: 1s, duration: 2s }
tasks:
  - { name: pause, kind: broker-pause, at: 1s, for: 1s }
  - { name: delay, kind: network-fault, fault: { delay: { latency: 10ms } }, at: 1s, for: 1s }
`;
    const { reports, result } = runOnKubernetes('soak', suite, [], 40_000);
    const { code, stdout, stderr } = await result;

    expect(code, stdout + stderr).toBe(0);
    const report = readReport(reports);
    expect(report.kind).toBe('soak');
    expect(report.run.status).toBe('error');
    const [pause, delay] = report.run.tasks;
    expect(pause.status).toBe('error');
    expect(delay.status).toBe('error');
    expect(stdout).toContain(
      'refused against the kubernetes target: brokers on Kubernetes cannot be paused: SIGSTOP does not reach',
    );
    expect(stdout).toContain('refused against the kubernetes target: network faults need a TCP proxy');
    expect(JSON.stringify(report)).not.toContain('only the embedded target');
    // Refused up front: no worker pod was ever asked for.
    expect(h().fake.requests.filter((r) => r.resource === 'deployments' && r.verb === 'create')).toEqual([]);
  }, 60_000);
});
