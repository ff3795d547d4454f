// Kubernetes schema checks for rendered manifests: types, formats and required fields, and no unknown fields.
import * as k8s from '@kubernetes/client-node';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Role, RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { ConfigMap, Namespace, PodTemplate, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';

export interface Manifest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

interface Validatable {
  validate(): void;
}

/**
 * The kinds deploy/kustomize may render. Each is checked twice: by kubernetes-models (types,
 * formats such as quantities, required fields, from the Kubernetes OpenAPI schema) and against
 * @kubernetes/client-node's models of the same schema for unknown fields, which the OpenAPI schema
 * allows but `kubectl apply --validate=strict` refuses and kustomize lets through (a `tolerationss`
 * typo in a patch would otherwise schedule workers anywhere without a word).
 */
const kinds: Record<string, { readonly model: (data: never) => Validatable; readonly type: string }> = {
  'v1/Namespace': { model: (d) => new Namespace(d), type: 'V1Namespace' },
  'v1/ServiceAccount': { model: (d) => new ServiceAccount(d), type: 'V1ServiceAccount' },
  'v1/ConfigMap': { model: (d) => new ConfigMap(d), type: 'V1ConfigMap' },
  'v1/Secret': { model: (d) => new Secret(d), type: 'V1Secret' },
  'v1/Service': { model: (d) => new Service(d), type: 'V1Service' },
  'v1/PodTemplate': { model: (d) => new PodTemplate(d), type: 'V1PodTemplate' },
  'apps/v1/Deployment': { model: (d) => new Deployment(d), type: 'V1Deployment' },
  'apps/v1/StatefulSet': { model: (d) => new StatefulSet(d), type: 'V1StatefulSet' },
  'batch/v1/Job': { model: (d) => new Job(d), type: 'V1Job' },
  'policy/v1/PodDisruptionBudget': {
    model: (d) => new PodDisruptionBudget(d),
    type: 'V1PodDisruptionBudget',
  },
  'rbac.authorization.k8s.io/v1/Role': { model: (d) => new Role(d), type: 'V1Role' },
  'rbac.authorization.k8s.io/v1/RoleBinding': { model: (d) => new RoleBinding(d), type: 'V1RoleBinding' },
};

type AttributeMap = readonly { readonly baseName: string; readonly type: string }[];

function attributes(type: string): AttributeMap | undefined {
  const model = (k8s as unknown as Record<string, { getAttributeTypeMap?: () => AttributeMap }>)[type];
  return model?.getAttributeTypeMap?.();
}

function unknownFields(value: unknown, type: string, path: string, problems: string[]): void {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (!Array.isArray(value)) problems.push(`${path}: expected a list`);
    else for (const [i, item] of value.entries()) unknownFields(item, array[1], `${path}[${i}]`, problems);
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    if (typeof value === 'object')
      for (const [k, v] of Object.entries(value)) unknownFields(v, map[1], `${path}.${k}`, problems);
    return;
  }
  const attrs = attributes(type);
  if (!attrs || typeof value !== 'object' || Array.isArray(value)) return;
  for (const [field, child] of Object.entries(value)) {
    const attr = attrs.find((a) => a.baseName === field);
    if (!attr) problems.push(`${path}.${field}: unknown field of ${type}`);
    else unknownFields(child, attr.type, `${path}.${field}`, problems);
  }
}

/** Problems of one object, each naming the field; empty when it is valid. */
export function schemaProblems(object: Manifest): string[] {
  const id = `${object.kind} ${object.metadata?.name}`;
  const entry = kinds[`${object.apiVersion}/${object.kind}`];
  if (!entry)
    return [`${id}: no schema for ${object.apiVersion} ${object.kind} in test/kubernetes/schema.ts`];
  const problems: string[] = [];
  try {
    entry.model(structuredClone(object) as never).validate();
  } catch (error) {
    problems.push(`${id}: ${(error as Error).message}`);
  }
  const found: string[] = [];
  unknownFields(object, entry.type, '', found);
  problems.push(...found.map((problem) => `${id}: ${problem}`));
  return problems;
}
