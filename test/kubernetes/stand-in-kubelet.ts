// Tests only: plays the kubelet for a FAKE API server, running each pod's longhaul container as a local process.
import type { FakeKubeApiServer } from '../../controller/kube/fake-api-server.ts';
import { spawnLonghaul, type TestProcess } from '../helpers/processes.ts';

interface PodContainer {
  name: string;
  image?: string;
  args?: string[];
  env?: {
    name: string;
    value?: string;
    valueFrom?: { fieldRef?: { fieldPath: string } };
  }[];
}

interface FakePod {
  metadata: { name: string; namespace?: string; uid?: string; labels?: Record<string, string> };
  spec?: { containers?: PodContainer[] };
}

/** A pod the stand-in started: what ran, so tests can check the pod spec was runnable as it is. */
export interface StartedPod {
  readonly pod: string;
  readonly address: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly process: TestProcess;
}

export interface StandInKubeletOptions {
  /** Loopback addresses are `<network>.<n>`, e.g. `127.83.12`. */
  readonly network: string;
  /** The StatefulSet pods that get fixed addresses, and their headless Service: DNS names for them. */
  readonly statefulSet: { readonly name: string; readonly service: string; readonly namespace: string };
  /** Which pods to run (default every pod). */
  readonly runs?: (pod: FakePod) => boolean;
}

const dnsPreload = new URL('./cluster-dns.mjs', import.meta.url).href;

/**
 * NOT a kubelet. When the fake marks a pod Running, this starts `longhaul <args>` of its first
 * container with the container's env (values, and the downward API's metadata fields), `$(VAR)`
 * references expanded, and every `0.0.0.0:` address bound to the pod's own loopback address
 * instead. Pod `<sts>-<n>` always gets `<network>.<10+n>`, and its DNS name
 * `<sts>-<n>.<service>.<ns>.svc.cluster.local` resolves there in every process started with
 * `processEnv()` (cluster-dns.mjs), so a replacement pod is reached at the same name, as on a
 * cluster. When the pod goes, its process is killed: SIGKILL for grace 0 (a reclaimed node, a
 * force delete), SIGTERM otherwise.
 */
export class StandInKubelet {
  readonly started: StartedPod[] = [];
  private readonly fake: FakeKubeApiServer;
  private readonly options: StandInKubeletOptions;
  private readonly running = new Map<string, StartedPod>();
  /** Exit of the last process per address: a replacement binds only after its predecessor is gone. */
  private readonly exits = new Map<string, Promise<unknown>>();
  private nextAddress = 100;
  private readonly onRunning = (pod: FakePod): void => {
    if (this.options.runs && !this.options.runs(pod)) return;
    const address = this.addressOf(pod);
    const previous = this.exits.get(address) ?? Promise.resolve();
    const start = previous.then(() => this.start(pod, address));
    this.exits.set(
      address,
      start.then((started) => started?.process.exited),
    );
  };
  private readonly onGone = (pod: FakePod & { metadata: { deletionGracePeriodSeconds?: number } }): void => {
    const key = pod.metadata.uid ?? pod.metadata.name;
    const started = this.running.get(key);
    if (!started) return;
    this.running.delete(key);
    void started.process.stop(pod.metadata.deletionGracePeriodSeconds ? 'SIGTERM' : 'SIGKILL', 5000);
  };

  constructor(fake: FakeKubeApiServer, options: StandInKubeletOptions) {
    this.fake = fake;
    this.options = options;
    fake.on('pod-running', this.onRunning as never);
    fake.on('pod-gone', this.onGone as never);
  }

  /** The stateful pod's DNS name and address. */
  host(ordinal: number): { name: string; address: string } {
    const { name, service, namespace } = this.options.statefulSet;
    return {
      name: `${name}-${ordinal}.${service}.${namespace}.svc.cluster.local`,
      address: `${this.options.network}.${10 + ordinal}`,
    };
  }

  /** Environment for any process that must resolve the stateful pods' DNS names (the controller too). */
  processEnv(ordinals = 4): Record<string, string> {
    const hosts: Record<string, string> = {};
    for (let ordinal = 0; ordinal < ordinals; ordinal++) {
      const { name, address } = this.host(ordinal);
      hosts[name] = address;
    }
    return {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${dnsPreload}`.trim(),
      LONGHAUL_TEST_CLUSTER_HOSTS: JSON.stringify(hosts),
    };
  }

  /** The process playing the pod now (the latest one of that name). */
  async process(podName: string, timeout_ms = 15_000): Promise<TestProcess> {
    const deadline = Date.now() + timeout_ms;
    for (;;) {
      const found = [...this.started].reverse().find((s) => s.pod === podName);
      if (found) return found.process;
      if (Date.now() > deadline) throw new Error(`stand-in kubelet: pod ${podName} was not started`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    this.fake.off('pod-running', this.onRunning as never);
    this.fake.off('pod-gone', this.onGone as never);
    await Promise.all([...this.running.values()].map((s) => s.process.stop('SIGKILL', 5000)));
    this.running.clear();
  }

  private addressOf(pod: FakePod): string {
    const prefix = `${this.options.statefulSet.name}-`;
    const rest = pod.metadata.name.startsWith(prefix) ? pod.metadata.name.slice(prefix.length) : '';
    if (/^\d+$/.test(rest)) return this.host(Number(rest)).address;
    return `${this.options.network}.${this.nextAddress++}`;
  }

  private start(pod: FakePod, address: string): StartedPod | undefined {
    const { name, namespace = '', uid } = pod.metadata;
    // Gone while its predecessor was still exiting: nothing to run.
    if (this.fake.get('pods', namespace, name)?.metadata.uid !== uid) return undefined;
    const container = pod.spec?.containers?.[0];
    if (!container) throw new Error(`stand-in kubelet: pod ${pod.metadata.name} has no container`);
    const env: Record<string, string> = {};
    const expand = (text: string): string =>
      text
        .replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (ref, name: string) => env[name] ?? ref)
        .replace(/\b0\.0\.0\.0:/g, `${address}:`);
    for (const variable of container.env ?? []) {
      if (variable.value !== undefined) env[variable.name] = expand(variable.value);
      else if (variable.valueFrom?.fieldRef)
        env[variable.name] = this.field(pod, address, variable.valueFrom.fieldRef.fieldPath);
      else throw new Error(`stand-in kubelet: cannot resolve ${variable.name} of pod ${pod.metadata.name}`);
    }
    const args = (container.args ?? []).map(expand);
    const process = spawnLonghaul(args, {
      name: `pod ${pod.metadata.name}`,
      env: { ...env, ...this.processEnv() },
    });
    const started: StartedPod = { pod: pod.metadata.name, address, args, env, process };
    this.started.push(started);
    this.running.set(pod.metadata.uid ?? pod.metadata.name, started);
    return started;
  }

  private field(pod: FakePod, address: string, path: string): string {
    if (path === 'metadata.name') return pod.metadata.name;
    if (path === 'metadata.namespace') return pod.metadata.namespace ?? '';
    if (path === 'metadata.uid') return pod.metadata.uid ?? '';
    if (path === 'status.podIP') return address;
    const label = /^metadata\.labels\['(.+)'\]$/.exec(path);
    if (label) return pod.metadata.labels?.[label[1]] ?? '';
    throw new Error(`stand-in kubelet: field ${path} of pod ${pod.metadata.name} is not supported`);
  }
}
