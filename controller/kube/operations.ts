// Every Kubernetes API call the controller makes, with the RBAC verb it needs: the source of the Role.

/** One API call: which resource it touches and with which RBAC verb. */
export interface KubeOperation {
  /** RBAC API group: '' is the core group. */
  readonly apiGroup: '' | 'apps';
  readonly resource: 'pods' | 'podtemplates' | 'deployments' | 'statefulsets';
  readonly verb: 'get' | 'list' | 'watch' | 'create' | 'patch' | 'delete';
}

/**
 * The calls of `KubeApi`, one entry per method. The fleet and the cluster target reach the API only
 * through those methods, so this table is what the controller does, and the Role in
 * deploy/kustomize/base/rbac.yaml must grant exactly `rbacRules()` (a test compares them).
 */
export const kubeOperations = {
  /** The worker pod template the kustomize overlays shape (spot tolerations, resources). */
  getPodTemplate: { apiGroup: '', resource: 'podtemplates', verb: 'get' },
  getDeployment: { apiGroup: 'apps', resource: 'deployments', verb: 'get' },
  createDeployment: { apiGroup: 'apps', resource: 'deployments', verb: 'create' },
  scaleDeployment: { apiGroup: 'apps', resource: 'deployments', verb: 'patch' },
  deleteDeployment: { apiGroup: 'apps', resource: 'deployments', verb: 'delete' },
  getStatefulSet: { apiGroup: 'apps', resource: 'statefulsets', verb: 'get' },
  scaleStatefulSet: { apiGroup: 'apps', resource: 'statefulsets', verb: 'patch' },
  listPods: { apiGroup: '', resource: 'pods', verb: 'list' },
  watchPods: { apiGroup: '', resource: 'pods', verb: 'watch' },
  /** Worker kill (spot reclaim) and broker pod deletion, graceful or forced. */
  deletePod: { apiGroup: '', resource: 'pods', verb: 'delete' },
} as const satisfies Record<string, KubeOperation>;

export type KubeOperationName = keyof typeof kubeOperations;

/** An RBAC PolicyRule, in the shape a Role's `rules` hold. */
export interface PolicyRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

/** The Role rules that grant exactly the operations given: one rule per (group, resource), sorted. */
export function rbacRules(
  operations: readonly KubeOperation[] = Object.values(kubeOperations),
): PolicyRule[] {
  const byResource = new Map<string, { apiGroup: string; resource: string; verbs: Set<string> }>();
  for (const op of operations) {
    const key = `${op.apiGroup}/${op.resource}`;
    const entry = byResource.get(key) ?? { apiGroup: op.apiGroup, resource: op.resource, verbs: new Set() };
    entry.verbs.add(op.verb);
    byResource.set(key, entry);
  }
  return [...byResource.values()]
    .sort((a, b) => a.apiGroup.localeCompare(b.apiGroup) || a.resource.localeCompare(b.resource))
    .map((entry) => ({
      apiGroups: [entry.apiGroup],
      resources: [entry.resource],
      verbs: [...entry.verbs].sort(),
    }));
}
