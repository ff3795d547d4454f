// deploy/: every kustomize overlay renders, validates against the Kubernetes schemas, and schedules, permits and sizes as designed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { commands } from '../../bin/commands.ts';
import { envName } from '../../common/config.ts';
import { buildWorkerDeployment } from '../../controller/fleet/kubernetes.ts';
import { rbacRules } from '../../controller/kube/operations.ts';
import { dashboardSyncProblems, syncCommand } from '../../deploy/kustomize/sync-dashboards.ts';
import { loadSuite } from '../../scenarios/load.ts';
import { longhaulBin, repoRoot, runToExit } from '../helpers/processes.ts';
import { missingTool } from '../helpers/tools.ts';
import { type Manifest, schemaProblems } from './schema.ts';

const kustomizeDir = join(repoRoot, 'deploy', 'kustomize');
const targets = ['base', 'overlays/eks', 'overlays/gke', 'overlays/aks', 'overlays/local'] as const;

/** Each cloud's spot node label, and the taint its spot nodes carry (or that deploy/README.md tells to add). */
const spot = {
  'overlays/eks': { key: 'eks.amazonaws.com/capacityType', value: 'SPOT' },
  'overlays/gke': { key: 'cloud.google.com/gke-spot', value: 'true' },
  'overlays/aks': { key: 'kubernetes.azure.com/scalesetpriority', value: 'spot' },
} as const;
const allSpotKeys = Object.values(spot).map((s) => s.key);

interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}
interface Container {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  env?: {
    name: string;
    value?: string;
    valueFrom?: { fieldRef?: { fieldPath: string }; configMapKeyRef?: { name: string; key: string } };
  }[];
  envFrom?: unknown[];
  ports?: { name?: string; containerPort: number }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean };
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  serviceAccountName?: string;
  securityContext?: { runAsNonRoot?: boolean };
  affinity?: {
    nodeAffinity?: {
      requiredDuringSchedulingIgnoredDuringExecution?: {
        nodeSelectorTerms: { matchExpressions?: { key: string; operator: string; values?: string[] }[] }[];
      };
    };
  };
}
interface PodTemplateSpec {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: PodSpec;
}

function render(target: string): Manifest[] {
  const result = spawnSync('kubectl', ['kustomize', join(kustomizeDir, target)], {
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`kubectl kustomize ${target} failed:\n${result.stderr}`);
  return parseAllDocuments(result.stdout).map((doc) => doc.toJS() as Manifest);
}

const rendered = new Map<string, Manifest[]>();
function objects(target: string): Manifest[] {
  let found = rendered.get(target);
  if (!found) {
    found = render(target);
    rendered.set(target, found);
  }
  return found;
}

function find(target: string, kind: string, name: string): Manifest {
  const object = objects(target).find((o) => o.kind === kind && o.metadata.name === name);
  if (!object) throw new Error(`${target} renders no ${kind} ${name}`);
  return object;
}

/** The pod template of anything that makes pods. */
function podTemplate(object: Manifest): PodTemplateSpec | undefined {
  if (object.kind === 'PodTemplate') return object.template as PodTemplateSpec;
  const spec = object.spec as { template?: PodTemplateSpec } | undefined;
  return ['Deployment', 'StatefulSet', 'Job', 'DaemonSet'].includes(object.kind) ? spec?.template : undefined;
}

/** Kubernetes' toleration matching (empty effect matches every effect; Exists ignores the value). */
function tolerates(
  tolerations: readonly Toleration[] | undefined,
  taint: Required<Omit<Toleration, 'operator'>>,
) {
  return (tolerations ?? []).some(
    (t) =>
      (t.key === undefined || t.key === taint.key) &&
      (t.effect === undefined || t.effect === taint.effect) &&
      (t.operator === 'Exists' || t.value === taint.value),
  );
}

/** True when every required node selector term keeps the pod off nodes labelled key=value. */
function requiresNot(spec: PodSpec, key: string, value: string): boolean {
  const terms =
    spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  return (
    terms.length > 0 &&
    terms.every((term) =>
      (term.matchExpressions ?? []).some(
        (e) =>
          e.key === key &&
          ((e.operator === 'NotIn' && e.values?.includes(value)) || e.operator === 'DoesNotExist'),
      ),
    )
  );
}

const envOf = (container: Container, name: string) => container.env?.find((e) => e.name === name);

/** The `longhaul` program with every subcommand registered, as bin/cli.ts builds it (nothing runs). */
function longhaulProgram(): Command {
  const program = new Command('longhaul');
  for (const register of commands) register(program);
  return program;
}

/** Variables every longhaul command reads besides its options. */
const commonEnv = new Set(['LONGHAUL_LOG_LEVEL', 'LONGHAUL_LOG_FORMAT']);

/** `$(VAR)` references in args expanded from the container's env, as the kubelet does. */
function expandArgs(args: readonly string[], env: Record<string, string>): string[] {
  return args.map((arg) => arg.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (ref, name) => env[name] ?? ref));
}

describe.skipIf(missingTool('kubectl', ['version', '--client']))('deploy/kustomize', () => {
  it.each(targets)('%s renders and every object is valid against the Kubernetes schemas', (target) => {
    const all = objects(target);
    expect(all.length).toBeGreaterThan(10);
    expect(all.flatMap((object) => schemaProblems(object))).toEqual([]);
    for (const object of all)
      if (object.kind !== 'Namespace') expect(object.metadata.namespace).toBe('longhaul');
  });

  it.each(Object.entries(spot))(
    '%s: workers select and tolerate spot; the controller and brokers stay off it',
    (target, s) => {
      const taint = { key: s.key, value: s.value, effect: 'NoSchedule' };
      const worker = podTemplate(find(target, 'PodTemplate', 'longhaul-worker'))!.spec;
      expect(worker.nodeSelector).toEqual({ [s.key]: s.value });
      expect(tolerates(worker.tolerations, taint)).toBe(true);
      for (const [kind, name] of [
        ['Deployment', 'longhaul-controller'],
        ['StatefulSet', 'longhaul-broker'],
      ]) {
        const spec = podTemplate(find(target, kind, name))!.spec;
        expect(
          requiresNot(spec, s.key, s.value),
          `${kind} ${name} must be kept off ${s.key}=${s.value}`,
        ).toBe(true);
        expect(tolerates(spec.tolerations, taint), `${kind} ${name} must not tolerate spot`).toBe(false);
      }
      // Nothing but the workers may land on spot.
      for (const object of objects(target)) {
        const template = podTemplate(object);
        if (!template || object.metadata.name === 'longhaul-worker') continue;
        expect(tolerates(template.spec.tolerations, taint), `${object.kind} ${object.metadata.name}`).toBe(
          false,
        );
      }
    },
  );

  it('base and local: no spot scheduling at all', () => {
    for (const target of ['base', 'overlays/local']) {
      for (const object of objects(target)) {
        const spec = podTemplate(object)?.spec;
        if (!spec) continue;
        expect(Object.keys(spec.nodeSelector ?? {}).filter((k) => allSpotKeys.includes(k as never))).toEqual(
          [],
        );
        expect(spec.tolerations ?? []).toEqual([]);
      }
    }
  });

  it.each(targets)(
    '%s: the Role grants exactly what controller/kube/operations.ts lists, to the controller only',
    (target) => {
      const roles = objects(target).filter((o) => o.kind === 'Role' || o.kind === 'ClusterRole');
      expect(roles.map((r) => `${r.kind} ${r.metadata.name}`)).toEqual(['Role longhaul-controller']);
      expect(roles[0].rules).toEqual(rbacRules());
      const bindings = objects(target).filter(
        (o) => o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding',
      );
      expect(bindings).toHaveLength(1);
      expect(bindings[0]).toMatchObject({
        kind: 'RoleBinding',
        roleRef: { kind: 'Role', name: 'longhaul-controller' },
        subjects: [{ kind: 'ServiceAccount', name: 'longhaul-controller' }],
      });
      expect(podTemplate(find(target, 'Deployment', 'longhaul-controller'))!.spec.serviceAccountName).toBe(
        'longhaul-controller',
      );
      // Workers and brokers never talk to the API: no token in their pods.
      for (const name of ['longhaul-worker', 'longhaul-broker'])
        expect(find(target, 'ServiceAccount', name).automountServiceAccountToken).toBe(false);
    },
  );

  it.each(targets)(
    '%s: every container has CPU and memory requests and a memory limit, and runs unprivileged',
    (target) => {
      let containers = 0;
      for (const object of objects(target)) {
        const template = podTemplate(object);
        if (!template) continue;
        expect(template.spec.securityContext?.runAsNonRoot, `${object.kind} ${object.metadata.name}`).toBe(
          true,
        );
        for (const container of [...template.spec.containers, ...(template.spec.initContainers ?? [])]) {
          const where = `${object.kind} ${object.metadata.name} container ${container.name}`;
          containers++;
          expect(container.resources?.requests?.cpu, where).toBeDefined();
          expect(container.resources?.requests?.memory, where).toBeDefined();
          expect(container.resources?.limits?.memory, where).toBeDefined();
          expect(container.securityContext?.allowPrivilegeEscalation, where).toBe(false);
        }
      }
      expect(containers).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(targets)(
    '%s: controller, brokers and workers are scraped by Prometheus on a port they serve',
    (target) => {
      for (const [kind, name] of [
        ['Deployment', 'longhaul-controller'],
        ['StatefulSet', 'longhaul-broker'],
        ['PodTemplate', 'longhaul-worker'],
      ]) {
        const template = podTemplate(find(target, kind, name))!;
        const annotations = template.metadata?.annotations ?? {};
        expect(annotations['prometheus.io/scrape'], name).toBe('true');
        expect(annotations['prometheus.io/path'], name).toBe('/metrics');
        const ports = template.spec.containers
          .flatMap((c) => c.ports ?? [])
          .map((p) => String(p.containerPort));
        expect(ports, name).toContain(annotations['prometheus.io/port']);
      }
    },
  );

  it.each(targets)('%s: every PodDisruptionBudget selects pods that exist', (target) => {
    const budgets = objects(target).filter((o) => o.kind === 'PodDisruptionBudget');
    expect(budgets.map((b) => b.metadata.name).sort()).toEqual([
      'longhaul-broker',
      'longhaul-controller',
      'longhaul-worker',
    ]);
    const podLabels = objects(target)
      .map((o) => podTemplate(o)?.metadata?.labels)
      .filter((labels) => labels !== undefined);
    for (const budget of budgets) {
      const selector = (budget.spec as { selector: { matchLabels: Record<string, string> } }).selector
        .matchLabels;
      const matches = podLabels.filter((labels) =>
        Object.entries(selector).every(([k, v]) => labels[k] === v),
      );
      expect(matches.length, `PodDisruptionBudget ${budget.metadata.name}`).toBeGreaterThan(0);
    }
  });

  it.each(targets)('%s: the manifests are what the kubernetes fleet and target expect', (target) => {
    // Controller: runs the soak with both kubernetes backends, serving the bus on the Service's port.
    const controller = podTemplate(find(target, 'Deployment', 'longhaul-controller'))!.spec.containers[0];
    expect(controller.args?.slice(0, 1)).toEqual(['soak']);
    expect(controller.args?.join(' ')).toContain(
      '--fleet kubernetes --target kubernetes --controller-listen 0.0.0.0:8080',
    );
    expect(envOf(controller, 'POD_UID')?.valueFrom?.fieldRef?.fieldPath).toBe('metadata.uid');
    const controllerService = find(target, 'Service', 'longhaul-controller').spec as {
      ports: { port: number }[];
    };
    expect(controllerService.ports.map((p) => p.port)).toEqual([8080]);

    // Workers: the PodTemplate the fleet reads; each registers under its pod's name and dials the Service.
    const workerTemplate = find(target, 'PodTemplate', 'longhaul-worker');
    const worker = podTemplate(workerTemplate)!.spec.containers.find((c) => c.name === 'worker')!;
    expect(worker.args).toEqual(['worker', '--id', '$(POD_NAME)']);
    expect(envOf(worker, 'POD_NAME')?.valueFrom?.fieldRef?.fieldPath).toBe('metadata.name');
    expect(envOf(worker, 'LONGHAUL_CONTROLLER')?.value).toBe('ws://longhaul-controller:8080/bus');
    // The Deployment the fleet will make from it is valid too.
    const deployment = buildWorkerDeployment(workerTemplate.template as never, {
      name: 'longhaul-worker',
      replicas: 4,
      resources: { cpu: '2', memory: '3Gi' },
      owner: { name: 'longhaul-controller-abc', uid: '5f1c1a7e-0000-4000-8000-000000000001' },
    });
    expect(
      schemaProblems({
        ...deployment,
        metadata: { ...deployment.metadata, name: 'longhaul-worker' },
      } as Manifest),
    ).toEqual([]);

    // Brokers: ids from the ordinal, addresses from the headless Service, S3 from the ConfigMap and Secret.
    const brokerSet = find(target, 'StatefulSet', 'longhaul-broker');
    const brokerSpec = brokerSet.spec as {
      serviceName: string;
      replicas: number;
      volumeClaimTemplates?: unknown;
    };
    expect(brokerSpec.volumeClaimTemplates).toBeUndefined();
    // The kubernetes target keeps the StatefulSet's size, so it must be the cluster the soaked suite
    // asks for: its kills fail over and its reassignments need two brokers or more.
    const suite = loadSuite(join(repoRoot, controller.args![1]));
    expect(suite.target).toMatchObject({ kind: 'embedded', brokers: brokerSpec.replicas });
    expect(brokerSpec.replicas).toBeGreaterThanOrEqual(2);
    const headless = find(target, 'Service', brokerSpec.serviceName).spec as {
      clusterIP: string;
      ports: { name: string; port: number }[];
    };
    expect(headless.clusterIP).toBe('None');
    expect(headless.ports.map((p) => [p.name, p.port])).toEqual([
      ['kafka', 9092],
      ['admin', 9644],
    ]);
    const broker = podTemplate(brokerSet)!.spec.containers[0];
    expect(broker.args).toEqual(['broker']);
    expect(envOf(broker, 'LONGHAUL_NODE_ID')?.valueFrom?.fieldRef?.fieldPath).toBe(
      "metadata.labels['apps.kubernetes.io/pod-index']",
    );
    expect(envOf(broker, 'LONGHAUL_ADVERTISED_LISTENER')?.value).toBe(
      '$(POD_NAME).longhaul-broker.$(POD_NAMESPACE).svc.cluster.local:9092',
    );
    const dataRef = envOf(broker, 'LONGHAUL_DATA')?.valueFrom?.configMapKeyRef;
    if (!dataRef) throw new Error('LONGHAUL_DATA must come from a ConfigMap');
    const data = (find(target, 'ConfigMap', dataRef.name).data as Record<string, string>)[dataRef.key];
    expect(data).toMatch(/^s3:\/\//);
    expect(broker.envFrom).toEqual([{ secretRef: { name: 'longhaul-s3', optional: true } }]);
  });

  it.each(targets)(
    '%s: every longhaul container passes only flags and LONGHAUL_* variables its command has',
    (target) => {
      const program = longhaulProgram();
      let checked = 0;
      for (const object of objects(target)) {
        const template = podTemplate(object);
        for (const container of template?.spec.containers ?? []) {
          // Without `command` the image's ENTRYPOINT, `node /app/bin/longhaul.js`, runs with the args;
          // a container with its own command (the local overlay's bucket Job) does not run longhaul.
          if (!/^longhaul(:|$)/.test(container.image ?? '') || container.command) continue;
          const where = `${object.kind} ${object.metadata.name} container ${container.name}`;
          const [name, ...rest] = container.args ?? [];
          const subcommand = program.commands.find((c) => c.name() === name);
          if (!subcommand) throw new Error(`${where}: longhaul has no command "${name}"`);
          const flags = new Set(subcommand.options.flatMap((o) => [o.long, o.short]));
          const unknownFlags = rest
            .filter((arg) => arg.startsWith('-'))
            .map((arg) => arg.split('=')[0])
            .filter((flag) => !flags.has(flag));
          expect(unknownFlags, `${where}: flags longhaul ${name} does not have`).toEqual([]);
          const variables = new Set(subcommand.options.map((o) => envName(o.attributeName())));
          const unknownEnv = (container.env ?? [])
            .map((e) => e.name)
            .filter((n) => n.startsWith('LONGHAUL_') && !variables.has(n) && !commonEnv.has(n));
          expect(unknownEnv, `${where}: LONGHAUL_* variables longhaul ${name} does not read`).toEqual([]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(3);
    },
  );

  it.each(targets)(
    '%s: the controller container’s command line and environment parse and choose both kubernetes backends (--dry-run)',
    async (target) => {
      const controller = podTemplate(find(target, 'Deployment', 'longhaul-controller'))!.spec.containers[0];
      // What the pod's environment would hold: plain values, and stand-ins for the downward API.
      const env: Record<string, string> = {};
      for (const variable of controller.env ?? []) {
        if (variable.value !== undefined) env[variable.name] = variable.value;
        else if (variable.valueFrom?.fieldRef) env[variable.name] = `downward-${variable.name.toLowerCase()}`;
      }
      const args = expandArgs(controller.args ?? [], env);
      // The image's WORKDIR is /app, the repository's root here.
      const result = await runToExit(process.execPath, [longhaulBin, ...args, '--dry-run'], {
        env,
        timeout_ms: 30_000,
      });
      expect(result.code, result.stderr).toBe(0);
      const plan = JSON.parse(result.stdout);
      expect(plan).toMatchObject({
        command: 'soak',
        target: { kind: 'kubernetes' },
        fleet: 'kubernetes',
        controllerListen: '0.0.0.0:8080',
      });
      // Every task of the soaked suite can run on the kubernetes target: none ends as an error by design.
      expect(plan.refused).toEqual([]);
      expect(plan.tasks.length).toBeGreaterThan(0);
    },
  );

  it('local: the brokers use the in-cluster MinIO with the generated credentials', () => {
    const secret = find('overlays/local', 'Secret', 'longhaul-s3');
    expect(Object.keys(secret.data as object).sort()).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    const configMap = objects('overlays/local').find(
      (o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('longhaul-broker'),
    );
    expect(configMap?.data).toEqual({
      data: 's3://longhaul/data?endpoint=http://minio:9000&region=us-east-1&forcePathStyle=true',
    });
    expect(find('overlays/local', 'Service', 'minio')).toBeDefined();
    expect(find('overlays/local', 'Job', 'longhaul-bucket')).toBeDefined();
  });

  it.each(targets)('%s: one Grafana dashboard ConfigMap per dashboards/*.json', (target) => {
    const sources = existsSync(join(repoRoot, 'dashboards'))
      ? readdirSync(join(repoRoot, 'dashboards')).filter((f) => f.endsWith('.json'))
      : [];
    const configMaps = objects(target).filter(
      (o) =>
        o.kind === 'ConfigMap' && (o.metadata.labels as Record<string, string>)?.grafana_dashboard === '1',
    );
    expect(configMaps.flatMap((c) => Object.keys(c.data as object)).sort()).toEqual(sources.sort());
    for (const configMap of configMaps) {
      const [[file, json]] = Object.entries(configMap.data as Record<string, string>);
      expect(JSON.parse(json), file).toMatchObject({ title: expect.any(String) });
      // Client-side `kubectl apply` keeps a copy in an annotation limited to 256 KiB.
      expect(json.length, file).toBeLessThan(200 * 1024);
    }
  });
});

describe('deploy/kustomize/base/dashboards', () => {
  it('is a current copy of dashboards/*.json', () => {
    const problems = dashboardSyncProblems();
    expect(problems, `run: ${syncCommand}`).toEqual([]);
  });
});

/** Folders reachable from bin/longhaul.js through relative imports (static and dynamic). */
function runtimeFolders(): Set<string> {
  const seen = new Set<string>();
  const folders = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    folders.add(relative(repoRoot, file).split('/')[0]);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g))
      visit(join(dirname(file), match[1]));
  };
  visit(join(repoRoot, 'bin', 'longhaul.js'));
  return folders;
}

describe('deploy/Dockerfile', () => {
  const dockerfile = readFileSync(join(repoRoot, 'deploy', 'Dockerfile'), 'utf8');
  const ignore = readFileSync(join(repoRoot, 'deploy', 'Dockerfile.dockerignore'), 'utf8').split('\n');

  it('is multi-stage on node:20-slim, installs production dependencies only, and runs as a numeric non-root user', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-slim$/m);
    expect(dockerfile.match(/^FROM \$\{NODE_IMAGE\} AS \w+$/gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm ci --omit=dev\b/m);
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["node", "\/app\/bin\/longhaul.js"\]$/m);
    // tsx is the loader bin/longhaul.js registers at run time: it must survive --omit=dev.
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.dependencies.tsx).toBeDefined();
  });

  it('copies, and lets through the build context, every folder the longhaul command imports', () => {
    const folders = [...runtimeFolders()].sort();
    expect(folders).toEqual(expect.arrayContaining(['bin', 'broker', 'common', 'controller', 'worker']));
    for (const folder of folders) {
      expect(dockerfile, folder).toMatch(new RegExp(`^COPY ${folder} \\./${folder}$`, 'm'));
      expect(ignore, folder).toContain(`!${folder}/`);
    }
  });
});
